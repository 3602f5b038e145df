// Words of the packing facts (issue 18): the product's packing facts (Compliance tab), the parcel's
// packaging (shipment editor, ParcelPackaging) and a packaging hold's "prevent this next time".
// Spread into the compliance area's words under the one top-level group `packing`.
export const en = {
  packing: {
    legend: 'Packing',
    intro: 'How this product must be packed: the preflight checks the parcel against it, and the packing list tells the packer.',
    flags: {
      fragile: 'Fragile', liquid: 'Liquid (creams and gels too)', powder: 'Powder', sharp: 'Sharp', perishable: 'Perishable',
      temperatureSensitive: 'Temperature-sensitive', highValue: 'High value', upright: 'Must stay upright',
    },
    liquidMl: 'Liquid per unit (ml)',
    needsLegend: 'Packaging it needs',
    needs: {
      bubble_wrap: 'Bubble wrap', void_fill: 'Void fill', rigid_box: 'Rigid box', double_box: 'Double box', corner_protection: 'Corner protectors',
      leak_proof_bag: 'Leak-proof bag', absorbent: 'Absorbent pad', cold_pack: 'Cold pack', moisture_barrier: 'Moisture barrier', blade_guard: 'Blade guard',
    },
    note: 'Packing note',
    parcel: {
      legend: 'Packaging of parcel {{n}}',
      type: 'Outer packaging',
      chooseType: 'Not specified',
      types: { poly_mailer: 'Poly mailer', padded_envelope: 'Padded envelope', single_wall_box: 'Single-wall box', double_wall_box: 'Double-wall box', tube: 'Tube', other: 'Other' },
      mailClass: 'Sent as',
      chooseMailClass: 'Not specified',
      mailClasses: { small_packet: 'Small packet (letter post)', postal_parcel: 'Postal parcel', courier: 'Courier' },
      innerLegend: 'Inner packaging for liquids',
      batteryLegend: 'Batteries',
      inner: { sealed: 'Leak-proof, sealed container', absorbent: 'Absorbent material', secondary: 'Secondary packaging' },
      batteryProtected: 'Battery equipment switched off and protected (short circuit, activation)',
      findings: 'Packaging findings',
    },
    hold: {
      prevent: 'Prevent this next time: packaging rule',
      intro: 'The product must travel in:',
      make: 'Make packaging rule',
      made: 'Packaging rule made',
      anyDestination: 'For every destination',
    },
  },
};

export const zh: typeof en = {
  packing: {
    legend: '包装',
    intro: '此商品须如何包装：预检据此检查包裹，装箱单据此告诉打包人员。',
    flags: {
      fragile: '易碎', liquid: '液体（含膏霜、凝胶）', powder: '粉末', sharp: '尖锐', perishable: '易腐',
      temperatureSensitive: '怕热或怕冷', highValue: '高价值', upright: '须保持直立',
    },
    liquidMl: '每件液体容量（毫升）',
    needsLegend: '所需包装',
    needs: {
      bubble_wrap: '气泡膜', void_fill: '填充物', rigid_box: '硬质纸箱', double_box: '双层箱', corner_protection: '护角',
      leak_proof_bag: '防漏袋', absorbent: '吸水垫', cold_pack: '冰袋', moisture_barrier: '防潮袋', blade_guard: '刀刃护套',
    },
    note: '包装备注',
    parcel: {
      legend: '第 {{n}} 个包裹的包装',
      type: '外包装',
      chooseType: '未指定',
      types: { poly_mailer: '快递袋', padded_envelope: '气泡信封', single_wall_box: '单层瓦楞纸箱', double_wall_box: '双层瓦楞纸箱', tube: '纸筒', other: '其他' },
      mailClass: '寄送方式',
      chooseMailClass: '未指定',
      mailClasses: { small_packet: '国际小包（函件）', postal_parcel: '邮政包裹', courier: '快递' },
      innerLegend: '液体内包装',
      batteryLegend: '电池',
      inner: { sealed: '防漏密封容器', absorbent: '吸收材料', secondary: '第二层包装' },
      batteryProtected: '含电池设备已关机并做好防护（防短路、防意外启动）',
      findings: '包装问题',
    },
    hold: {
      prevent: '下次避免：包装规则',
      intro: '此商品须使用：',
      make: '建立包装规则',
      made: '已建立包装规则',
      anyDestination: '适用于所有目的地',
    },
  },
};
