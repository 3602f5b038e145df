// The unit of a file's weights: from the weight column's header ("Weight (lbs)", "weight_g",
// "净重(kg)"), else a unit column row by row (a cell "lb"), else the seller's `weightUnit`, else the
// platform's own unit (Magento: pounds, the default of its stores; the file does not say). A file
// that says nothing is refused, not guessed: a Magento "1" taken as grams was a pound.
// Weights are stored as whole grams, rounded to the nearest gram (half up): 1 lb → 454 g.
import type { ColumnMapping, CsvFormat, WeightUnit, WeightUnitSource } from '../../../shared/imports';

/** Grams in one unit (the international avoirdupois pound and ounce). */
export const GRAMS_PER: Record<WeightUnit, number> = { g: 1, kg: 1000, lb: 453.59237, oz: 28.349523125 };

/** Words that name a unit, in headers and unit cells (English, main European languages, Chinese). */
const UNIT_WORDS: Record<WeightUnit, string[]> = {
  g: ['g', 'gr', 'grs', 'gram', 'grams', 'gramm', 'gramme', 'grammes', 'grammi', 'gramos', 'grammos', '克'],
  kg: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramm', 'kilogramme', 'kilogrammes', 'kilogrammi', 'kilogramos', '千克', '公斤'],
  lb: ['lb', 'lbs', 'pound', 'pounds', '磅'],
  oz: ['oz', 'ounce', 'ounces', '盎司'],
};
const BY_WORD = new Map(Object.entries(UNIT_WORDS).flatMap(([unit, words]) => words.map((w) => [w, unit as WeightUnit])));
/** Chinese unit words inside a run of Han characters ("重量千克"), longest first so 千克 is not read as 克. */
const HAN_UNITS = [...BY_WORD].filter(([w]) => /\p{Script=Han}/u.test(w)).sort((a, b) => b[0].length - a[0].length);

/** A unit cell ("lb", "Kg", "grams"), or null when it names none. */
export function unitOfCell(text: string): WeightUnit | null {
  return BY_WORD.get(text.trim().toLowerCase().replace(/\.$/, '')) ?? null;
}

/** The unit a weight column's header names ("Weight (lbs)", "weight_g", "unitNetWeightG", "净重(g)"), or null. */
export function unitOfHeader(header: string): WeightUnit | null {
  const words = header.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().match(/[a-z]+|\p{Script=Han}+/gu) ?? [];
  // The unit is the header's last word that names one ("Weight (lbs)"; "Gross weight g").
  for (const word of words.reverse()) {
    const unit = BY_WORD.get(word) ?? HAN_UNITS.find(([w]) => word.endsWith(w))?.[1];
    if (unit) return unit;
  }
  return null;
}

/** The unit of the file's weights and where it comes from; unit null with from 'column': per row; both null: unknown. */
export function weightUnitOf(format: CsvFormat, mapping: ColumnMapping, asked: WeightUnit | undefined): { unit: WeightUnit | null; from: WeightUnitSource | null } {
  const header = mapping.unitNetWeightG;
  if (!header) return { unit: null, from: null };
  const named = unitOfHeader(header);
  if (named) return { unit: named, from: 'header' };
  if (mapping.weightUnit) return { unit: null, from: 'column' };
  if (asked) return { unit: asked, from: 'asked' };
  if (format === 'magento') return { unit: 'lb', from: 'platform' };
  return { unit: null, from: null };
}

/** A weight in `unit` as whole grams (nearest gram, half up). */
export const toGrams = (value: number, unit: WeightUnit): number => Math.round(value * GRAMS_PER[unit]);
