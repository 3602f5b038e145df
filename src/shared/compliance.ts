// What customs, a carrier or a regulator will ask about a product: its battery, dangerous-goods
// properties, special categories and consumer information. Declared here once; the catalog stores
// it, the product form edits it, the preflight and the document packs read it.
import { z } from 'zod';
import type { FieldIssue } from './errors';
import { optionalText } from './validation';
import { EMPTY_PACKING, normalizePacking, packingIssues, productPackingSchema } from './packing';
import type { ProductPacking } from './packing';

export const BATTERY_TYPES = ['none', 'lithium_ion', 'lithium_metal', 'other'] as const;
export type BatteryType = (typeof BATTERY_TYPES)[number];
/** IATA's three cases (batteries alone, packed with or contained in equipment); their UN numbers are in resources/rules/batteries.json. */
export const BATTERY_CONFIGURATIONS = ['alone', 'packed_with_equipment', 'contained_in_equipment'] as const;
export type BatteryConfiguration = (typeof BATTERY_CONFIGURATIONS)[number];

export const FLAMMABLE_LIQUID_KINDS = ['perfume', 'alcohol', 'nail_polish', 'other'] as const;

export const SPECIAL_CATEGORIES = [
  'food',
  'dietary_supplement',
  'medicine',
  'cosmetics',
  'toy', // children's product or toy
  'electrical',
  'radio_device',
  'textile',
] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

const measure = (max: number) => z.number().min(0).max(max).nullable().optional();
const units = (max: number) => z.number().int().min(0).max(max).nullable().optional();

export const batterySchema = z.strictObject({
  type: z.enum(BATTERY_TYPES).default('none'),
  configuration: z.enum(BATTERY_CONFIGURATIONS).nullable().optional(),
  /** Watt-hours per battery (lithium-ion). */
  whPerBattery: measure(100_000),
  whPerCell: measure(100_000),
  /** Grams of lithium (lithium-metal). */
  lithiumGPerCell: measure(10_000),
  lithiumGPerBattery: measure(10_000),
  cellsPerUnit: units(10_000),
  batteriesPerUnit: units(10_000),
});
export type Battery = z.output<typeof batterySchema>;

export const dangerousGoodsSchema = z.strictObject({
  flammableLiquid: z.boolean().default(false),
  flammableLiquidKind: z.enum(FLAMMABLE_LIQUID_KINDS).nullable().optional(),
  aerosol: z.boolean().default(false),
  magnet: z.boolean().default(false),
  corrosive: z.boolean().default(false),
  compressedGas: z.boolean().default(false),
  other: z.boolean().default(false),
  /** UN number for `other` (or to state any of the above precisely), e.g. "UN1266". */
  unNumber: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase().replace(/^(\d{4})$/, 'UN$1'))
    // '' clears it, like every optional text field (a form sends '' for an emptied input).
    .pipe(z.union([z.literal(''), z.string().regex(/^UN\d{4}$/, { error: 'A UN number is UN followed by four digits, e.g. UN1266' })]))
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional(),
});
export type DangerousGoods = z.output<typeof dangerousGoodsSchema>;

const EMPTY_BATTERY = { type: 'none', configuration: null, whPerBattery: null, whPerCell: null, lithiumGPerCell: null, lithiumGPerBattery: null, cellsPerUnit: null, batteriesPerUnit: null } as const;

export const complianceSchema = z.strictObject({
  battery: batterySchema.prefault({}),
  dangerousGoods: dangerousGoodsSchema.prefault({}),
  // A category given twice is one category (kept in the declared order).
  categories: z
    .array(z.enum(SPECIAL_CATEGORIES))
    .max(SPECIAL_CATEGORIES.length * 2)
    .default([])
    .transform((list) => SPECIAL_CATEGORIES.filter((c) => list.includes(c))),
  /** Required for textiles, e.g. "95% cotton, 5% elastane". */
  fibreContent: optionalText(500),
  ingredients: optionalText(5000, true),
  functions: optionalText(5000, true),
  instructionsForUse: optionalText(5000, true),
  precautions: optionalText(5000, true),
  /** How the product must be packed (issue 18): fragile, liquid with its volume, upright …, the packaging it needs. */
  packing: productPackingSchema.prefault({}),
}).transform((c) => ({
  ...c,
  // Figures of a battery the product no longer has, and the kind of a flammable liquid it no longer
  // contains, would be stale facts that a document pack could print: they are dropped.
  battery: c.battery.type === 'none' ? { ...EMPTY_BATTERY } : c.battery,
  dangerousGoods: c.dangerousGoods.flammableLiquid ? c.dangerousGoods : { ...c.dangerousGoods, flammableLiquidKind: null },
}));
export type ComplianceInput = z.input<typeof complianceSchema>;

/** Compliance facts as stored and returned (every field present). */
export interface Compliance {
  battery: {
    type: BatteryType;
    configuration: BatteryConfiguration | null;
    whPerBattery: number | null;
    whPerCell: number | null;
    lithiumGPerCell: number | null;
    lithiumGPerBattery: number | null;
    cellsPerUnit: number | null;
    batteriesPerUnit: number | null;
  };
  dangerousGoods: {
    flammableLiquid: boolean;
    flammableLiquidKind: (typeof FLAMMABLE_LIQUID_KINDS)[number] | null;
    aerosol: boolean;
    magnet: boolean;
    corrosive: boolean;
    compressedGas: boolean;
    other: boolean;
    unNumber: string | null;
  };
  categories: SpecialCategory[];
  fibreContent: string | null;
  ingredients: string | null;
  functions: string | null;
  instructionsForUse: string | null;
  precautions: string | null;
  /** Always present as returned; optional so that facts written before issue 18 still type-check. */
  packing?: ProductPacking;
}

export const EMPTY_COMPLIANCE: Compliance = {
  battery: EMPTY_BATTERY,
  dangerousGoods: { flammableLiquid: false, flammableLiquidKind: null, aerosol: false, magnet: false, corrosive: false, compressedGas: false, other: false, unNumber: null },
  categories: [],
  fibreContent: null,
  ingredients: null,
  functions: null,
  instructionsForUse: null,
  precautions: null,
  packing: EMPTY_PACKING,
};

/**
 * Facts that contradict each other. A product with these cannot be saved: a lithium battery with no
 * Wh or lithium content, a textile with no fibre content, "other" dangerous goods with no UN number.
 * Paths are relative to the product ('compliance.battery.whPerBattery').
 */
export function complianceIssues(c: Compliance): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const b = c.battery;
  const at = (path: string, key: string, message: string) => issues.push({ path: `compliance.${path}`, key, message });
  if (b.type !== 'none') {
    if (!b.configuration) at('battery.configuration', 'battery_configuration_required', 'Say whether the battery ships alone, packed with or contained in the equipment');
    if (b.type === 'lithium_ion' && b.whPerBattery === null && b.whPerCell === null)
      at('battery.whPerBattery', 'battery_wh_required', 'A lithium-ion battery needs its watt-hour rating (per battery or per cell)');
    if (b.type === 'lithium_metal' && b.lithiumGPerBattery === null && b.lithiumGPerCell === null)
      at('battery.lithiumGPerBattery', 'battery_lithium_required', 'A lithium-metal battery needs its lithium content in grams (per battery or per cell)');
  }
  if (c.categories.includes('textile') && !c.fibreContent) at('fibreContent', 'fibre_content_required', 'A textile needs its fibre content, e.g. "100% cotton"');
  if (c.dangerousGoods.other && !c.dangerousGoods.unNumber) at('dangerousGoods.unNumber', 'un_number_required', 'Other dangerous goods need their UN number');
  if (c.dangerousGoods.flammableLiquid && !c.dangerousGoods.flammableLiquidKind)
    at('dangerousGoods.flammableLiquidKind', 'flammable_kind_required', 'Say what the flammable liquid is (perfume, alcohol, nail polish, other)');
  if (c.packing) issues.push(...packingIssues(c.packing));
  return issues;
}

/** Why a product is not yet customs-ready: only SKU and name are needed to save it. */
export interface ReadinessGap {
  field: 'hsCode' | 'originCountry' | 'unitNetWeightG' | 'unitValue' | 'battery';
  key: 'missing_hs' | 'missing_origin' | 'missing_weight' | 'missing_value' | 'missing_battery_facts' | 'battery_not_mailable';
  message: string;
}

/** Fills what an older or partial stored document lacks with the defaults. */
export function normalizeCompliance(stored: Partial<Compliance> | null | undefined): Compliance {
  const s = stored ?? {};
  return {
    ...EMPTY_COMPLIANCE,
    ...s,
    battery: { ...EMPTY_COMPLIANCE.battery, ...(s.battery ?? {}) },
    dangerousGoods: { ...EMPTY_COMPLIANCE.dangerousGoods, ...(s.dangerousGoods ?? {}) },
    categories: s.categories ?? [],
    packing: normalizePacking(s.packing),
  };
}

/** An HS heading that is a battery itself (resources/rules/batteries.json `batteryHsPrefixes`). */
export interface BatteryHsPrefix { prefix: string; type: 'lithium_ion' | 'lithium_metal' | null }

/**
 * A lithium battery that mail does not accept because it travels alone: declared so, or by its HS
 * code (a power bank, HS 8507.60, is a battery alone whatever "how it ships" says). Null otherwise.
 */
export function batteryAlone(p: { hsCode: string | null; compliance: Compliance }, prefixes: readonly BatteryHsPrefix[]): { type: 'lithium_ion' | 'lithium_metal'; byHs: string | null } | null {
  const b = p.compliance.battery;
  const lithium = b.type === 'lithium_ion' || b.type === 'lithium_metal' ? b.type : null;
  const hit = p.hsCode ? prefixes.find((x) => p.hsCode!.startsWith(x.prefix) && (x.type !== null || lithium !== null)) : undefined;
  if (hit) return { type: lithium ?? hit.type ?? 'lithium_ion', byHs: hit.prefix };
  if (lithium && b.configuration === 'alone') return { type: lithium, byHs: null };
  return null;
}

export function customsReadiness(p: {
  hsCode: string | null;
  originCountry: string | null;
  unitNetWeightG: number | null;
  unitValue: number | null;
  compliance: Compliance;
}, batteryHsPrefixes: readonly BatteryHsPrefix[] = []): ReadinessGap[] {
  const gaps: ReadinessGap[] = [];
  if (!p.hsCode) gaps.push({ field: 'hsCode', key: 'missing_hs', message: 'No HS code' });
  if (!p.originCountry) gaps.push({ field: 'originCountry', key: 'missing_origin', message: 'No country of origin' });
  if (p.unitNetWeightG === null || p.unitNetWeightG === 0) gaps.push({ field: 'unitNetWeightG', key: 'missing_weight', message: 'No net weight' });
  if (p.unitValue === null) gaps.push({ field: 'unitValue', key: 'missing_value', message: 'No unit value' });
  const b = p.compliance.battery;
  if (b.type !== 'none' && (!b.configuration || (b.type === 'lithium_ion' && b.whPerBattery === null && b.whPerCell === null) || (b.type === 'lithium_metal' && b.lithiumGPerBattery === null && b.lithiumGPerCell === null)))
    gaps.push({ field: 'battery', key: 'missing_battery_facts', message: 'Battery facts incomplete' });
  // Not a gap that filling a field closes, but the product cannot go by post: never "customs-ready".
  if (batteryAlone(p, batteryHsPrefixes)) gaps.push({ field: 'battery', key: 'battery_not_mailable', message: 'A lithium battery alone (a power bank): not accepted by post' });
  return gaps;
}
