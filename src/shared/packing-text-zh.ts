// Chinese of the packaging findings (issue 18); the English is packing-text.ts.
import type { PACKAGING_TEXT } from './packing-text';

type Texts = { msg: Record<keyof typeof PACKAGING_TEXT.msg, string>; fix: Record<keyof typeof PACKAGING_TEXT.fix, string> };

export const PACKAGING_TEXT_ZH: Texts = {
  msg: {
    pack_small_packet_over:
      '第 {{n}} 个包裹（{{weight}} 克，{{dims}} 毫米）超出函件小包的限制：最重 {{maxWeight}} 克，长 + 宽 + 高不超过 {{maxSum}} 毫米，最长边不超过 {{maxLength}} 毫米（卷筒状的长度加两倍直径不超过 {{maxRoll}} 毫米，最长 {{maxRollLength}} 毫米）。',
    pack_postal_parcel_over:
      '第 {{n}} 个包裹（{{weight}} 克，{{dims}} 毫米）超出邮政包裹的限制：最重 {{maxWeight}} 克（许多目的地只收 {{usualWeight}} 克以内），任一边不超过 {{maxLength}} 毫米，长度加周长不超过 {{maxGirth}} 毫米。',
    pack_carrier_limit: '第 {{n}} 个包裹超出您为 {{carrier}} 设定的限制（{{over}}）：{{message}}',
    pack_fragile_soft: '{{sku}} 是易碎品，而第 {{n}} 个包裹用的是软包装（快递袋或气泡信封），无法保护它。',
    pack_liquid_inner: '{{sku}} 含 {{ml}} 毫升液体：邮寄须有防漏的内容器、足以吸收全部液体的吸收材料和第二层包装，但没有一个包裹注明三者齐全。',
    pack_battery_protection: '{{sku}}：装有锂电池的设备必须防止短路和意外启动（包装说明 967/970 第 II 部分），但没有一个包裹注明已做到。',
    pack_battery_rigid: '{{sku}}：装有锂电池的设备须使用坚固的硬质外包装，除非设备本身能保护电池（包装说明 967/970 第 II 部分）；第 {{n}} 个包裹是软包装。',
    pack_gross_below_tare: '包裹申报毛重 {{gross}} 克，少于商品净重 {{net}} 克与约 {{tare}} 克包装之和。',
    pack_volumetric: '第 {{n}} 个包裹：体积重 {{volumetric}} 克（{{dims}} 毫米，按每千克 {{divisor}} 立方厘米计）超过实际重量 {{weight}} 克；按体积计费的承运商会按 {{volumetric}} 克收费。',
    pack_product_packaging: '{{sku}}：第 {{n}} 个包裹的包装不符合您的包装规则——{{message}}',
  },
  fix: {
    pack_small_packet_over: '改用邮政包裹或快递寄送，或拆成几个小包。',
    pack_postal_parcel_over: '拆成几个小一些的包裹，或改用快递。',
    pack_carrier_limit: '拆分包裹、换用小一些的箱子，或换一家承运商。',
    pack_fragile_soft: '装入纸箱并加缓冲（每面约 5 厘米气泡膜），或使用双层瓦楞纸箱。',
    pack_liquid_inner: '拧紧容器（用胶带封住瓶盖），用吸收材料包好，装进密封袋或第二层盒子，并在包裹上勾选内包装。',
    pack_battery_protection: '关闭设备，锁住或遮盖开关，固定好使其不能移动，然后在包裹上勾选“电池已防护”。',
    pack_battery_rigid: '把设备装进纸箱。',
    pack_gross_below_tare: '称量打包好的包裹，填写实际毛重。',
    pack_volumetric: '尽量使用与货物尺寸更贴合的箱子。',
    pack_product_packaging: '在包裹上选择规则要求的包装。',
  },
};
