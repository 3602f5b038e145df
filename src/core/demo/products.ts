// Demo catalog: what a small seller sourcing in China and selling worldwide might carry —
// electronics with and without lithium batteries, cosmetics (some flammable, an aerosol), food and
// a supplement, toys, clothing — with compliance facts filled in and a few gaps left on purpose,
// so the customs-readiness view has something to show.
import type { ProductCreateInput } from '../../shared/products';

const liIon = (wh: number, configuration: 'alone' | 'contained_in_equipment' | 'packed_with_equipment', cells = 1) => ({
  type: 'lithium_ion' as const, configuration, whPerBattery: wh, cellsPerUnit: cells, batteriesPerUnit: 1,
});

const CATALOG: ProductCreateInput[] = [
  // Electronics with batteries
  { sku: 'EL-PB-10K', name: 'Power bank 10,000 mAh, USB-C', localName: '移动电源 10000毫安 USB-C', hsCode: '850760', originCountry: 'CN', unitNetWeightG: 210, unitValue: 1899, currency: 'USD', warrantyMonths: 12, material: 'ABS plastic, aluminium',
    compliance: { battery: liIon(37, 'alone', 2), categories: ['electrical'], precautions: 'Do not puncture, crush or expose to heat above 60 °C.' } },
  { sku: 'EL-HP-BT01', name: 'Bluetooth headphones, over-ear', localName: '蓝牙头戴式耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD', warrantyMonths: 12, material: 'ABS, protein leather',
    compliance: { battery: liIon(1.48, 'contained_in_equipment'), categories: ['electrical', 'radio_device'], instructionsForUse: 'Charge fully before first use. Hold the power button for 3 s to pair.' } },
  { sku: 'EL-EB-TWS2', name: 'True wireless earbuds with charging case', localName: '真无线蓝牙耳机（带充电仓）', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 48, unitValue: 1590, currency: 'USD', warrantyMonths: 12,
    compliance: { battery: { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerCell: 0.15, whPerBattery: 1.11, cellsPerUnit: 3, batteriesPerUnit: 3 }, categories: ['electrical', 'radio_device'] } },
  { sku: 'EL-SW-GT3', name: 'Smartwatch with heart-rate sensor', localName: '智能手表（心率监测）', hsCode: '851762', originCountry: 'CN', unitNetWeightG: 38, unitValue: 3990, currency: 'USD', warrantyMonths: 12,
    compliance: { battery: liIon(1.1, 'contained_in_equipment'), categories: ['electrical', 'radio_device'] } },
  { sku: 'EL-TB-SONIC', name: 'Sonic electric toothbrush', localName: '声波电动牙刷', hsCode: '850980', originCountry: 'CN', unitNetWeightG: 120, unitValue: 2200, currency: 'USD', warrantyMonths: 24,
    compliance: { battery: liIon(2.6, 'contained_in_equipment'), categories: ['electrical'], precautions: 'Not for children under 3.' } },
  { sku: 'EL-KS-5KG', name: 'Digital kitchen scale 5 kg (CR2032 included)', localName: '电子厨房秤 5公斤（含纽扣电池）', hsCode: '842310', originCountry: 'CN', unitNetWeightG: 380, unitValue: 990, currency: 'USD', warrantyMonths: 12,
    compliance: { battery: { type: 'lithium_metal', configuration: 'packed_with_equipment', lithiumGPerCell: 0.1, cellsPerUnit: 1, batteriesPerUnit: 1 }, categories: ['electrical'] } },
  { sku: 'EL-FL-LED', name: 'Rechargeable LED torch', localName: '充电式LED手电筒', hsCode: '851310', originCountry: 'CN', unitNetWeightG: 140, unitValue: 1250, currency: 'USD',
    compliance: { battery: liIon(9.6, 'contained_in_equipment', 1), categories: ['electrical'] } },
  { sku: 'EL-DL-LED', name: 'LED desk lamp, dimmable', localName: '可调光LED台灯', hsCode: '940521', originCountry: 'CN', unitNetWeightG: 850, unitValue: 2990, currency: 'USD', warrantyMonths: 24,
    compliance: { categories: ['electrical'], packing: { fragile: true, needs: ['rigid_box', 'corner_protection'] } } },
  { sku: 'AC-PH-MAG', name: 'Magnetic car phone holder', localName: '磁吸车载手机支架', hsCode: '830249', originCountry: 'CN', unitNetWeightG: 65, unitValue: 650, currency: 'USD', material: 'Zinc alloy, N52 magnets',
    compliance: { dangerousGoods: { magnet: true } } },
  // Cosmetics
  { sku: 'CO-LS-RED', name: 'Matte lipstick, red', localName: '哑光口红 正红色', hsCode: '330410', originCountry: 'CN', unitNetWeightG: 3, unitValue: 890, currency: 'USD',
    compliance: { categories: ['cosmetics'], ingredients: 'Ricinus communis seed oil, cera alba, CI 15850', functions: 'Colours the lips', precautions: 'Discontinue use if irritation occurs.' } },
  { sku: 'CO-PF-50', name: 'Eau de parfum 50 ml, jasmine', localName: '茉莉香水 50毫升', hsCode: '330300', originCountry: 'FR', unitNetWeightG: 50, unitValue: 3500, currency: 'EUR',
    compliance: { dangerousGoods: { flammableLiquid: true, flammableLiquidKind: 'perfume', unNumber: 'UN1266' }, categories: ['cosmetics'], ingredients: 'Alcohol denat., parfum, aqua, linalool', precautions: 'Flammable. Keep away from heat and flame.', packing: { liquid: true, liquidMl: 50, fragile: true, upright: true, needs: ['bubble_wrap', 'leak_proof_bag'] } } },
  { sku: 'CO-NP-PNK', name: 'Nail polish 10 ml, pink', localName: '指甲油 10毫升 粉色', hsCode: '330430', originCountry: 'CN', unitNetWeightG: 10, unitValue: 450, currency: 'USD',
    compliance: { dangerousGoods: { flammableLiquid: true, flammableLiquidKind: 'nail_polish', unNumber: 'UN1263' }, categories: ['cosmetics'] } },
  { sku: 'CO-FC-HYA', name: 'Hyaluronic acid face cream 50 g', localName: '玻尿酸保湿面霜 50克', hsCode: '330499', originCountry: 'KR', unitNetWeightG: 50, unitValue: 1800, currency: 'USD',
    compliance: { categories: ['cosmetics'], ingredients: 'Aqua, glycerin, sodium hyaluronate, niacinamide', functions: 'Moisturises the skin', instructionsForUse: 'Apply morning and evening to clean skin.', packing: { liquid: true, liquidMl: 50, fragile: true, upright: true, needs: ['leak_proof_bag', 'absorbent'], note: 'Glass jar: tape the lid' } } },
  { sku: 'CO-HS-200', name: 'Hair spray 200 ml, strong hold', localName: '强力定型发胶 200毫升', hsCode: '330530', originCountry: 'DE', unitNetWeightG: 200, unitValue: 650, currency: 'EUR',
    compliance: { dangerousGoods: { aerosol: true, unNumber: 'UN1950' }, categories: ['cosmetics'], precautions: 'Pressurised container: do not pierce or burn.' } },
  // Food and supplements
  { sku: 'FD-GT-LJ', name: 'Longjing green tea 100 g', localName: '西湖龙井绿茶 100克', hsCode: '090210', originCountry: 'CN', unitNetWeightG: 100, unitValue: 1600, currency: 'USD',
    compliance: { categories: ['food'], ingredients: 'Green tea leaves (Camellia sinensis)', instructionsForUse: 'Steep 3 g in 80 °C water for 2 minutes.' } },
  { sku: 'FD-GJ-250', name: 'Dried goji berries 250 g', localName: '宁夏枸杞 250克', hsCode: '081340', originCountry: 'CN', unitNetWeightG: 250, unitValue: 990, currency: 'USD',
    compliance: { categories: ['food'], ingredients: 'Dried goji berries (Lycium barbarum)' } },
  { sku: 'FD-CK-MNG', name: 'Mung bean cakes, gift box of 12', localName: '绿豆糕礼盒 12枚', hsCode: '190531', originCountry: 'CN', unitNetWeightG: 360, unitValue: 1200, currency: 'USD',
    compliance: { categories: ['food'], ingredients: 'Mung beans, sugar, vegetable oil', precautions: 'Produced in a facility that handles nuts.' } },
  { sku: 'SP-VC-60', name: 'Vitamin C 500 mg, 60 tablets', localName: '维生素C片 500毫克 60片', hsCode: '210690', originCountry: 'US', unitNetWeightG: 90, unitValue: 1299, currency: 'USD',
    compliance: { categories: ['dietary_supplement'], ingredients: 'Ascorbic acid, microcrystalline cellulose', instructionsForUse: 'One tablet a day with a meal.', precautions: 'Do not exceed the recommended daily dose.' } },
  // Toys
  { sku: 'TY-PL-PANDA', name: 'Plush panda toy 30 cm', localName: '熊猫毛绒玩具 30厘米', hsCode: '950300', originCountry: 'CN', unitNetWeightG: 280, unitValue: 1490, currency: 'USD', material: 'Polyester plush, PP cotton filling',
    compliance: { categories: ['toy', 'textile'], fibreContent: '100% polyester', precautions: 'Suitable from 3 years.' } },
  { sku: 'TY-BB-500', name: 'Building blocks set, 500 pieces', localName: '拼装积木 500块', hsCode: '950300', originCountry: 'CN', unitNetWeightG: 900, unitValue: 2590, currency: 'USD', material: 'ABS plastic',
    compliance: { categories: ['toy'], precautions: 'Warning: small parts. Not for children under 3 years.' } },
  { sku: 'TY-RC-CAR', name: 'Remote-control stunt car', localName: '遥控特技车', hsCode: '950300', originCountry: 'CN', unitNetWeightG: 650, unitValue: 3290, currency: 'USD',
    compliance: { battery: liIon(3.7, 'packed_with_equipment'), categories: ['toy', 'electrical', 'radio_device'] } },
  // Clothing and textiles
  { sku: 'AP-TS-WHT-M', name: 'Cotton T-shirt, white, size M', localName: '纯棉T恤 白色 M码', hsCode: '610910', originCountry: 'BD', unitNetWeightG: 180, unitValue: 890, currency: 'USD', material: 'Cotton jersey',
    compliance: { categories: ['textile'], fibreContent: '100% cotton' } },
  { sku: 'AP-TS-BLK-L', name: 'Cotton T-shirt, black, size L', localName: '纯棉T恤 黑色 L码', hsCode: '610910', originCountry: 'BD', unitNetWeightG: 195, unitValue: 890, currency: 'USD', material: 'Cotton jersey',
    compliance: { categories: ['textile'], fibreContent: '100% cotton' } },
  { sku: 'AP-SC-SILK', name: 'Silk scarf 90 × 90 cm', localName: '真丝方巾 90×90厘米', hsCode: '621410', originCountry: 'CN', unitNetWeightG: 60, unitValue: 2900, currency: 'USD',
    compliance: { categories: ['textile'], fibreContent: '100% mulberry silk', instructionsForUse: 'Hand wash cold.' } },
  { sku: 'AP-SW-WOOL', name: 'Merino wool jumper', localName: '美利奴羊毛衫', hsCode: '611011', originCountry: 'CN', unitNetWeightG: 320, unitValue: 4900, currency: 'USD',
    compliance: { categories: ['textile'], fibreContent: '90% merino wool, 10% nylon' } },
  { sku: 'AP-SK-5P', name: 'Cotton socks, 5 pairs', localName: '棉袜 5双装', hsCode: '611595', originCountry: 'TR', unitNetWeightG: 250, unitValue: 1100, currency: 'USD',
    compliance: { categories: ['textile'], fibreContent: '80% cotton, 17% polyamide, 3% elastane' } },
  // Home and outdoor
  { sku: 'HM-MG-CER', name: 'Ceramic mug 350 ml', localName: '陶瓷马克杯 350毫升', hsCode: '691200', originCountry: 'CN', unitNetWeightG: 320, unitValue: 690, currency: 'USD', material: 'Stoneware', tariffCodes: { US: '6912004400' } },
  { sku: 'HM-BT-SS', name: 'Stainless steel water bottle 750 ml', localName: '不锈钢保温水杯 750毫升', hsCode: '732393', originCountry: 'CN', unitNetWeightG: 380, unitValue: 1590, currency: 'USD', material: '304 stainless steel', tariffCodes: { US: '7323930080' } },
  { sku: 'SP-YM-TPE', name: 'Yoga mat 6 mm, TPE', localName: 'TPE瑜伽垫 6毫米', hsCode: '950691', originCountry: 'VN', unitNetWeightG: 900, unitValue: 1990, currency: 'USD', material: 'TPE' },
  { sku: 'BG-BP-20L', name: 'Travel backpack 20 L', localName: '旅行双肩包 20升', hsCode: '420292', originCountry: 'VN', unitNetWeightG: 650, unitValue: 3490, currency: 'USD', material: 'Polyester 600D',
    compliance: { categories: ['textile'], fibreContent: '100% polyester' } },
  // Just added from a supplier's list: not yet customs-ready.
  { sku: 'NEW-CASE-IP15', name: 'Phone case, clear TPU', localName: '透明手机壳', material: 'TPU' },
  { sku: 'NEW-TOWEL-70', name: 'Bath towel 70 × 140 cm', localName: '浴巾 70×140厘米', hsCode: '630260', compliance: { categories: ['textile'], fibreContent: '100% cotton terry' } },
];

// Who made each product, as an EU parcel's information sheet prints it (GPSR art. 9(6)): the demo
// suppliers' own goods. The rest of the catalog has none on purpose: their EU parcels show the note.
const VOLT = 'Shenzhen Volt Electronics Co., Ltd., Building B, 3/F, Xinghe Industrial Park, Longhua District, Shenzhen 518109, China · service@volt-electronics.example';
const BRIGHTLIGHT = 'Ningbo Brightlight Lighting Co., Ltd., No. 88 Jinhai Road, Beilun District, Ningbo 315800, China · export@brightlight.example';
const MAKERS: Record<string, string> = {
  'EL-PB-10K': VOLT, 'EL-HP-BT01': VOLT, 'EL-EB-TWS2': VOLT, 'EL-SW-GT3': VOLT, 'EL-FL-LED': VOLT,
  'EL-DL-LED': BRIGHTLIGHT, 'EL-KS-5KG': BRIGHTLIGHT,
  'CO-FC-HYA': 'Seoul Beauty Lab Co., Ltd., 12 Teheran-ro 45-gil, Gangnam-gu, Seoul 06134, Republic of Korea · info@seoulbeauty.example',
};

export const DEMO_PRODUCTS: ProductCreateInput[] = CATALOG.map((p) => (MAKERS[p.sku] ? { ...p, manufacturer: MAKERS[p.sku] } : p));
