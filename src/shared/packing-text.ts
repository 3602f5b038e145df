// The English wording of the packaging findings (issue 18), spread into PREFLIGHT_TEXT; their
// Chinese is in packing-text-zh.ts, with the same keys and params.
export const PACKAGING_TEXT = {
  msg: {
    pack_small_packet_over:
      'Parcel {{n}} ({{weight}} g, {{dims}} mm) is over the letter-post small-packet limits: at most {{maxWeight}} g, length + width + depth {{maxSum}} mm, longest side {{maxLength}} mm (a roll: length + twice the diameter {{maxRoll}} mm, longest {{maxRollLength}} mm).',
    pack_postal_parcel_over:
      'Parcel {{n}} ({{weight}} g, {{dims}} mm) is over the postal-parcel limits: at most {{maxWeight}} g (many destinations take only {{usualWeight}} g), {{maxLength}} mm on any side, {{maxGirth}} mm for the length plus the girth.',
    pack_carrier_limit: 'Parcel {{n}} is over the limit you set for {{carrier}} ({{over}}): {{message}}',
    pack_fragile_soft: '{{sku}} is fragile, and parcel {{n}} is a soft mailer (poly mailer or padded envelope), which does not protect it.',
    pack_liquid_inner:
      '{{sku}} holds {{ml}} ml of liquid: the post needs a leak-proof primary receptacle, absorbent material for all of the liquid and a secondary packaging, and no parcel says it has all three.',
    pack_battery_protection:
      '{{sku}}: equipment with a lithium battery must be protected against short circuit and accidental activation (Packing Instructions 967/970, Section II), and no parcel says it is.',
    pack_battery_rigid:
      '{{sku}}: equipment with a lithium battery travels in a strong rigid outer packaging unless the equipment itself protects the battery (Packing Instructions 967/970, Section II); parcel {{n}} is a soft mailer.',
    pack_gross_below_tare: 'The parcels are declared at {{gross}} g gross: less than the items’ {{net}} g net plus about {{tare}} g of packaging.',
    pack_volumetric:
      'Parcel {{n}}: its volumetric weight of {{volumetric}} g ({{dims}} mm at {{divisor}} cm³ per kg) is above its actual {{weight}} g; a carrier that charges by volume bills {{volumetric}} g.',
    pack_product_packaging: '{{sku}}: parcel {{n}} is not packed as your packaging rule says — {{message}}',
  },
  fix: {
    pack_small_packet_over: 'Send it as a postal parcel or by courier, or split it into smaller packets.',
    pack_postal_parcel_over: 'Split it into smaller parcels, or send it by courier.',
    pack_carrier_limit: 'Split the parcel, use a smaller box, or choose another carrier.',
    pack_fragile_soft: 'Pack it in a box with cushioning (bubble wrap, about 5 cm on every side), or in a double-wall box.',
    pack_liquid_inner: 'Close the container tightly (tape the cap), wrap it in absorbent material, put it in a sealed bag or a second box, and tick the inner packaging on the parcel.',
    pack_battery_protection: 'Switch the device off, lock or cover its switch, wedge it so it cannot move, then tick “battery protected” on the parcel.',
    pack_battery_rigid: 'Pack the device in a box.',
    pack_gross_below_tare: 'Weigh the packed parcel and enter its real gross weight.',
    pack_volumetric: 'Use a box that fits the goods more closely, if you can.',
    pack_product_packaging: 'Choose the packaging the rule names on the parcel.',
  },
} as const;
