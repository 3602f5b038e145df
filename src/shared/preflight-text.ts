// The English wording of every preflight finding, by stable key. The core fills `text` from here;
// the UI translates `pf.msg.<key>` / `pf.fix.<key>` (zh in areas/shipments/i18n.ts) with the same params.
import { PACKAGING_TEXT } from './packing-text';

export const PREFLIGHT_TEXT = {
  msg: {
    no_items: 'The shipment has no items.',
    no_parcels: 'No parcel is entered, so the gross weight is unknown.',
    description_missing: 'Item {{n}} ({{sku}}) has no customs description.',
    description_short: 'Item {{n}}: “{{description}}” is too short to describe the goods (at least {{min}} characters).',
    description_vague: 'Item {{n}}: “{{description}}” is too vague; customs and carriers refuse general terms like this.',
    description_not_latin: 'Item {{n}}: “{{description}}” is not written in Latin letters; customs declarations must be in English (or French).',
    hs_missing: 'Item {{n}} ({{sku}}) has no HS code.',
    hs_unknown: 'Item {{n}}: HS code {{code}} is not in the HS 2022 nomenclature.',
    origin_missing: 'Item {{n}} ({{sku}}) has no country of origin.',
    zero_value: 'Item {{n}} ({{sku}}) is declared at zero value on a sale.',
    net_over_gross: 'The items weigh {{net}} g net, more than the parcels’ {{gross}} g gross.',
    gift_on_sale: 'Declared as a gift, but the shipment has order references: it is a sale.',
    other_no_explanation: 'Category “other” needs an explanation of what is sent.',
    form_cn22: 'Declaration: CN 22 (contents {{value}} SDR, {{weight}} g).',
    form_cn23_value: 'Declaration: CN 23 — the contents are worth {{value}} SDR, above {{limit}} SDR.',
    form_cn23_weight: 'Declaration: CN 23 — the parcel weighs {{weight}} g, above {{limit}} g.',
    form_cn23_no_rate: 'Declaration: CN 23 — no exchange rate converts {{currency}} to SDR.',
    invoice_missing: 'Commercial goods need a commercial invoice: no invoice number is entered.',
    operator_missing: 'No designated operator: CN 22/CN 23 print the name of the postal operator that carries the parcel (China Post, Royal Mail, USPS …).',
    s10_check_digit: 'Item number {{number}} has the form of a UPU S10 number, but its check digit {{digit}} is wrong: it should be {{expected}}.',
    s10_country: 'Item number {{number}} was issued in {{country}} (its last two letters), but the forms name {{operator}} ({{operatorCountry}}) as the designated operator.',
    fibre_content_missing: 'Item {{n}} ({{sku}}): a textile (HS {{code}}) to the United States needs its fibre content on the invoice (19 CFR 141.89), and the product does not state it.',
    rate_missing: 'No exchange rate from {{from}} to {{to}}: the tax and duty limits cannot be checked ({{country}}).',
    battery_alone: '{{sku}}: lithium batteries shipped alone ({{un}}) are forbidden in mail and on passenger aircraft.',
    battery_facts_missing: '{{sku}}: the battery facts are incomplete (configuration, Wh or lithium content).',
    battery_cell_wh: '{{sku}}: {{value}} Wh per cell is above the Section II limit of {{limit}} Wh.',
    battery_battery_wh: '{{sku}}: {{value}} Wh per battery is above the Section II limit of {{limit}} Wh.',
    battery_cell_li: '{{sku}}: {{value}} g lithium per cell is above the Section II limit of {{limit}} g.',
    battery_battery_li: '{{sku}}: {{value}} g lithium per battery is above the Section II limit of {{limit}} g.',
    battery_too_many: '{{cells}} cells / {{batteries}} batteries per package: mail allows at most {{maxCells}} cells or {{maxBatteries}} batteries.',
    battery_section2: '{{sku}}: lithium battery in or with equipment ({{un}}), allowed under Section II.',
    dg_flammable_liquid: '{{sku}}: flammable liquid ({{un}}) — not accepted in air mail.',
    dg_aerosol: '{{sku}}: aerosol ({{un}}) — not accepted in air mail.',
    dg_compressed_gas: '{{sku}}: compressed gas ({{un}}) — not accepted in air mail.',
    dg_magnet: '{{sku}}: strong magnet ({{un}}) — not accepted in air mail.',
    dg_corrosive: '{{sku}}: corrosive ({{un}}) — not accepted in air mail.',
    dg_other: '{{sku}}: dangerous goods {{un}} — not accepted in air mail.',
    cert_missing: '{{sku}}: {{country}} requires the {{mark}} mark for this product, and no valid certificate is on file.',
    cert_expired: '{{sku}}: certificate {{number}} ({{type}}) expired on {{expiry}}, before the ship date.',
    special_food: '{{sku}}: food to {{country}} needs {{document}}.',
    special_dietary_supplement: '{{sku}}: dietary supplement to {{country}} needs {{document}}.',
    special_medicine: '{{sku}}: medicine to {{country}} needs {{document}}.',
    special_cosmetics: '{{sku}}: cosmetics to {{country}} need {{document}}.',
    tax_eu_ioss: 'EU consignment of €{{value}} (≤ €150) without an IOSS number: the customer will pay import VAT and a handling fee on delivery.',
    tax_gb_vat: 'UK consignment of £{{value}} (≤ £135) without a GB VAT number: the seller must charge UK VAT.',
    tax_us_duties: 'United States: no de minimis since 29 August 2025 — duty is due on every item. By post, since 24 July 2026, the carrier, a CBP-qualified party or a broker files a postal informal entry with every applicable duty and each item’s 10-digit HTSUS code, origin and value; by courier an ACE entry is needed. Check the duty rate: the stored sources do not say whether the 10 % surcharge of February 2026 was extended past 24 July 2026.',
    tax_au_gst: 'Australian consignment of A${{value}} (≤ A$1,000) without an ABN or ARN: GST must be collected at sale.',
    tax_ca_taxes: 'Canada by post: C${{value}} is above C$20 — GST/HST and duty will be charged with a Canada Post handling fee (the C$40/C$150 CUSMA limits are for couriers from the US or Mexico only).',
    tax_jp_duties: 'Japan: ¥{{value}} is above ¥10,000 — duty and consumption tax will be charged.',
    tax_kr_duties: 'Korea: US${{value}} is above the US$150 de minimis — duties and VAT will be charged.',
    dest_generic: '{{country}} has no specific rule set in Clearpack: the UPU-generic checks were applied.',
    address_state: 'The consignee’s address has no state or province: the post reads it beside the city ({{country}}).',
    address_postcode: 'The consignee’s address has no postcode: the post sorts by it ({{country}}).',
    address_postcode_format: 'The consignee’s postcode “{{postcode}}” is not in the post’s form: {{shape}}, such as {{example}} ({{country}}).',
    product_archived: 'Item {{n}} ({{sku}}) is an archived product.',
    seller_rule: '{{sku}}: {{message}}',
    consultation_rule: '{{sku}}: {{carrier}}, {{date}}: {{message}}',
    consultation_past_validity: '{{sku}}: the answer of {{carrier}} of {{date}} (“{{message}}”) was valid until {{until}}: it no longer holds.',
    consultation_too_old: '{{sku}}: the answer of {{carrier}} of {{date}} (“{{message}}”) is more than six months old (it held until {{until}}).',
    consultation_other_carrier: '{{sku}}: the answer of {{carrier}} of {{date}} (“{{message}}”) does not apply: this shipment goes with {{shipmentCarrier}}.',
    supplier_probation: 'Item {{n}} ({{sku}}): the default supplier {{supplier}} is on probation.',
    supplier_blocked: 'Item {{n}} ({{sku}}): the default supplier {{supplier}} is blocked.',
    battery_alone_hs: '{{sku}}: HS {{code}} is a battery itself (a power bank or spare battery): it ships as a battery alone ({{un}}) whatever it is packed with — forbidden in mail.',
    battery_packed_with: '{{sku}}: lithium batteries packed with equipment ({{un}}) are not accepted by post — mail takes only batteries contained in the equipment (ICAO Technical Instructions).',
    dg_hs_perfume: 'Item {{n}} ({{sku}}): HS {{code}} (heading {{prefix}}, perfumes and toilet waters) is a flammable liquid ({{un}}) — not accepted in air mail.',
    dg_hs_nail_polish: 'Item {{n}} ({{sku}}): HS {{code}} (nail polish, {{prefix}}) is a flammable liquid ({{un}}) — not accepted in air mail.',
    dg_hs_spirits: 'Item {{n}} ({{sku}}): HS {{code}} (spirits or ethyl alcohol, {{prefix}}) above 24 % alcohol is a flammable liquid ({{un}}) — not accepted in air mail.',
    dg_hs_alcohol: 'Item {{n}} ({{sku}}): HS {{code}} (beer, wine or other fermented beverage, {{prefix}}): many postal operators refuse alcohol; check the destination’s list before mailing.',
    dg_hs_alcohol_us: 'Item {{n}} ({{sku}}): HS {{code}} is an alcoholic beverage (heading {{prefix}}): alcohol cannot be mailed to the United States at all.',
    dg_hs_lighter: 'Item {{n}} ({{sku}}): HS {{code}} (lighters, {{prefix}}) is dangerous goods ({{un}}) — forbidden in mail.',
    dg_hs_matches: 'Item {{n}} ({{sku}}): HS {{code}} (matches, {{prefix}}) is a flammable solid ({{un}}) — forbidden in mail.',
    dg_hs_fireworks: 'Item {{n}} ({{sku}}): HS {{code}} (fireworks, {{prefix}}) is an explosive ({{un}}) — forbidden in mail.',
    dg_hs_explosive: 'Item {{n}} ({{sku}}): HS {{code}} (explosives, fuses or ammunition, {{prefix}}) — forbidden in mail.',
    dg_hs_aerosol: 'Item {{n}} ({{sku}}): HS {{code}} ({{prefix}}: hair sprays and deodorants are often aerosols, {{un}}) — an aerosol is not accepted in air mail; tick “aerosol” if it is one.',
    dg_hs_fuel: 'Item {{n}} ({{sku}}): HS {{code}} (fuels, lighter refills or thinners, {{prefix}}) is a flammable liquid ({{un}}) — not accepted in air mail.',
    dg_hs_paint: 'Item {{n}} ({{sku}}): HS {{code}} (paints and varnishes, {{prefix}}) is often a flammable liquid ({{un}}) — water-based paint is not; tick “flammable liquid” if it is.',
    value_undervalued: 'Item {{n}} ({{sku}}): declared at {{currency}} {{value}} a unit, under {{percent}} % of its catalog value of {{currency}} {{catalog}} — customs query undervalued parcels.',
    value_insured_over: 'The parcel is insured for {{currency}} {{insured}}, more than the {{currency}} {{declared}} its contents are declared at.',
    tariff_postal_missing: 'Item {{n}} ({{sku}}): {{country}} needs the {{digits}}-digit {{name}} on postal items; {{code}} is shorter.',
    tariff_entry_digits: 'Item {{n}} ({{sku}}): {{code}} is enough by post; a courier or formal entry to {{country}} needs the {{entry}}-digit {{name}}.',
    cert_eu_responsible_person: '{{sku}}: a consumer product sold into the EU needs an EU responsible person (GPSR, Regulation (EU) 2023/988), and none is entered.',
    cert_eu_manufacturer: '{{sku}}: a consumer product sold into the EU carries its manufacturer’s name and postal and electronic address (GPSR art. 9(6)), and the product has none entered.',
    cert_eu_battery_marking: '{{sku}}: batteries sold in the EU carry the CE mark and the crossed-out wheeled bin (Regulation (EU) 2023/1542).',
    cert_eu_battery_label: '{{sku}}: batteries sold in the EU carry the CE mark, the crossed-out wheeled bin and, since {{since}}, the label with capacity, chemistry and manufacturer (Regulation (EU) 2023/1542).',
    special_food_animal: '{{sku}}: HS {{code}} is food of animal origin — refused in parcels to {{country}} ({{document}}).',
    rates_stale: 'The exchange rate for {{currency}} is from {{date}}, {{days}} days ago (older than {{max}} days): thresholds and the CN 22 limit may be judged wrongly.',
    tax_eu_flat_duty: 'EU consignment of €{{value}} (≤ €150): since 1 July 2026 a customs duty of €3 per tariff subheading is due — {{subheadings}} here, €{{duty}} — plus import VAT (IOSS or on delivery).',
    tax_eu_full_duty: 'EU consignment of €{{value}} (above €150): a full customs declaration with the normal duty rates and import VAT; IOSS cannot be used.',
    tax_gb_border: 'UK consignment of £{{value}} (above £135): import VAT and any customs duty are collected at the border, usually from the customer.',
    tax_au_border: 'Australian consignment of A${{value}} (above A$1,000): an import declaration with duty and GST at the border.',
    ...PACKAGING_TEXT.msg,
  },
  fix: {
    no_items: 'Add the products you are sending.',
    no_parcels: 'Add a parcel with its gross weight.',
    description_missing: 'Say what the item is and what it is made of, e.g. “Cotton T-shirt, men’s”.',
    description_short: 'Describe the goods precisely: what it is, what it is made of, what it is for.',
    description_vague: 'Name the actual goods, e.g. “Bluetooth headphones” instead of “electronics”.',
    description_not_latin: 'Write the description in English.',
    hs_missing: 'Enter the 6-digit HS code (or the destination’s 8–10 digit code).',
    hs_unknown: 'Correct the HS code.',
    origin_missing: 'Enter the country where the goods were made.',
    zero_value: 'Declare the price actually paid (or the market value).',
    net_over_gross: 'Correct the item weights or the parcel’s gross weight.',
    gift_on_sale: 'Choose “sale of goods”.',
    other_no_explanation: 'Explain the category, e.g. “repair and return”.',
    invoice_missing: 'Enter the invoice number and date.',
    operator_missing: 'Choose the “Designated operator (postal carrier)” on the shipment, or a “Default designated operator” in Settings → Seller profile.',
    s10_check_digit: 'Copy the item number again from the postal label or the operator’s receipt.',
    s10_country: 'Choose the carrier that issued the item number, or copy the number again from its label.',
    fibre_content_missing: 'Enter the fibre content with percentages (e.g. “60% cotton, 40% polyester”) in the product’s facts or its material.',
    rate_missing: 'Add the rate in Settings → Seller profile.',
    battery_alone: 'Ship batteries only inside the equipment, or by a dangerous-goods carrier.',
    battery_facts_missing: 'Complete the product’s battery facts in the catalog.',
    battery_over_limit: 'Batteries above Section II limits need a dangerous-goods carrier; remove the item from this parcel.',
    battery_too_many: 'Split the items over more parcels.',
    battery_section2: 'Put the lithium battery mark on the parcel and include the battery statement.',
    dangerous_goods: 'Remove it from the parcel or ship it by a dangerous-goods service by road or sea.',
    cert_missing: 'Add the {{mark}} certificate (declaration of conformity or test report) to the product.',
    cert_expired: 'Renew the certificate before shipping.',
    special_goods: 'Get {{document}} before shipping.',
    tax_eu_ioss: 'Enter your IOSS number in Settings → Seller profile, or tell the customer import VAT is due on delivery.',
    tax_gb_vat: 'Enter your GB VAT number in Settings → Seller profile.',
    tax_us_duties: 'Tell the customer, or ship DDP.',
    tax_au_gst: 'Enter your ABN or ARN in Settings → Seller profile.',
    tax_info: 'Tell the customer, or ship DDP.',
    product_archived: 'Replace it with an active product.',
    seller_rule: 'See your rule under Shipments → Preflight rules.',
    address_state: 'Enter the state or province (its code, such as TX, ON, NSW or SP) in the consignee’s address.',
    address_postcode: 'Enter the postcode in the consignee’s address.',
    address_postcode_format: 'Check the postcode with the customer and correct it in the consignee’s address.',
    consultation_stale: 'Ask {{carrier}} again (Shipments → Consultations) and record the new answer.',
    consultation_other_carrier: 'Ship with {{carrier}}, or ask {{shipmentCarrier}} (Shipments → Consultations).',
    supplier_probation: 'Check the goods from {{supplier}} with care before shipping; see the supplier’s scorecard.',
    supplier_blocked: 'Do not ship goods from {{supplier}}: choose another default supplier for {{sku}} or lift the block after a review.',
    battery_packed_with: 'Put the battery inside the equipment, or ship by a courier’s dangerous-goods service.',
    value_undervalued: 'Declare the price actually paid; if it was a discount, keep the order as proof.',
    value_insured_over: 'Insure the parcel for no more than the value of its contents.',
    tariff_missing: 'Add the national tariff code on the product (Catalog → the product → General → National tariff codes).',
    cert_eu_responsible_person: 'Enter the EU responsible person in Settings → Seller profile, or on the product.',
    cert_eu_battery_marking: 'Check the battery and its packaging carry the marks before shipping.',
    cert_eu_manufacturer: 'Check the product or its packaging names the manufacturer, and enter it on the product (General tab → EU market): the information sheet then prints it.',
    rates_stale: 'Update the rates in Settings → Seller profile.',
    ...PACKAGING_TEXT.fix,
  },
} as const;

export type PreflightMessageKey = keyof typeof PREFLIGHT_TEXT.msg;
export type PreflightFixKey = keyof typeof PREFLIGHT_TEXT.fix;

/** Replaces {{name}} with params.name. */
export const fillText = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => (params[name] === undefined ? `{{${name}}}` : String(params[name])));

/** The params of a finding that hold an ISO country code: a reader sees the country's name. */
const COUNTRY_PARAMS = ['country', 'operatorCountry'] as const;
const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A finding's params as its reader should see them in `language` ('en', 'zh', 'zh-CN'…):
 * country codes become names ("US" → "United States", "美国"). Codes that are not countries stay.
 */
export function readableParams<P extends Record<string, string | number>>(params: P, language: string): P {
  let names = regionNames.get(language);
  if (!names) regionNames.set(language, (names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' })));
  const out: Record<string, string | number> = { ...params };
  for (const k of COUNTRY_PARAMS) {
    const v = params[k];
    if (typeof v === 'string' && /^[A-Z]{2}$/.test(v)) out[k] = names.of(v) ?? v;
  }
  // A rule's marks are data written in English ("UKCA or CE", certifications.json): in Chinese the
  // "or" between them is 或 (a Chinese line read "英国要求此商品有 UKCA or CE 标志").
  if (language.startsWith('zh') && typeof params.mark === 'string') out.mark = params.mark.replace(/ or /g, ' 或 ');
  return out as P;
}
