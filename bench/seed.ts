// Realistic catalog data for benchmarks: product names built from the words sellers use, with
// Chinese names, spread over HS codes and origins. Deterministic (seeded) so runs compare.
import { createProduct } from '../src/core/catalog/products';
import type { CoreContext } from '../src/core/context';

export function rng(seed = 42) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: [string, string, string][] = [
  ['headphones', '耳机', '851830'], ['phone case', '手机壳', '392690'], ['T-shirt', 'T恤', '610910'],
  ['mug', '马克杯', '691200'], ['backpack', '背包', '420292'], ['desk lamp', '台灯', '940521'],
  ['power bank', '充电宝', '850760'], ['yoga mat', '瑜伽垫', '950691'], ['water bottle', '水杯', '732393'],
  ['hair dryer', '吹风机', '851631'], ['toy car', '玩具车', '950300'], ['lipstick', '口红', '330410'],
  ['sneakers', '运动鞋', '640411'], ['scarf', '围巾', '611710'], ['charging cable', '充电线', '854442'],
  ['wrist watch', '手表', '910211'], ['sunglasses', '太阳镜', '900410'], ['notebook', '笔记本', '482020'],
];
const ADJ: [string, string][] = [
  ['Wireless', '无线'], ['Cotton', '纯棉'], ['Ceramic', '陶瓷'], ['Waterproof', '防水'], ['Portable', '便携'],
  ['Kids', '儿童'], ['Leather', '真皮'], ['Stainless steel', '不锈钢'], ['Foldable', '折叠'], ['Silicone', '硅胶'],
];
const COLORS: [string, string][] = [['black', '黑色'], ['white', '白色'], ['red', '红色'], ['blue', '蓝色'], ['green', '绿色'], ['pink', '粉色']];
const ORIGINS = ['CN', 'CN', 'CN', 'VN', 'IN', 'TR', 'BD', 'MY'];

export interface SeedRow {
  sku: string; name: string; localName: string; description: string; hsCode: string; originCountry: string;
  unitNetWeightG: number; unitValue: number; currency: string;
}

export function productRow(i: number, r: () => number): SeedRow {
  const [kind, kindZh, hs] = KINDS[Math.floor(r() * KINDS.length)]!;
  const [adj, adjZh] = ADJ[Math.floor(r() * ADJ.length)]!;
  const [color, colorZh] = COLORS[Math.floor(r() * COLORS.length)]!;
  return {
    sku: `SKU-${String(i).padStart(6, '0')}-${color.slice(0, 3).toUpperCase()}`,
    name: `${adj} ${kind}, ${color}`,
    localName: `${colorZh}${adjZh}${kindZh}`,
    description: `${adj} ${kind} in ${color}. Model ${Math.floor(r() * 9000 + 1000)}.`,
    hsCode: hs,
    originCountry: ORIGINS[Math.floor(r() * ORIGINS.length)]!,
    unitNetWeightG: Math.floor(r() * 2000) + 20,
    unitValue: Math.floor(r() * 10000) + 99,
    currency: 'USD',
  };
}

/** Fills the catalog through the core's own create path, in one transaction. */
export function seedProducts(ctx: CoreContext, count: number, seed = 42): void {
  const r = rng(seed);
  ctx.db.transaction(() => {
    for (let i = 0; i < count; i++) createProduct(ctx, productRow(i, r));
  })();
}
