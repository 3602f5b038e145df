// Reference rules: the JSON files in resources/rules, each with its source and date, read once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Severity } from '../../shared/preflight';
import { loadNomenclature } from '../hs/nomenclature';

type Sourced<T> = T & { source: string; date: string };
export interface SpecialRule { severity: Severity; document: string }
export interface Threshold {
  rule: string;
  destination: string;
  currency: string;
  /** Minor units of `currency`. */
  limit: number | null;
  when: 'at_or_below' | 'above' | 'always';
  requires: string | null;
  severity: Severity;
  since: string | null;
}

export interface ReferenceRules {
  destinations: Sourced<{ eu27: string[]; specific: string[] }>;
  declarations: Sourced<{ minChars: number; vagueWords: string[]; fillerWords: string[] }>;
  forms: Sourced<{ cn22: { valueSdr: number; grossWeightG: number }; invoiceForCategories: string[] }>;
  batteries: Sourced<{
    alone: { severity: Severity; unNumbers: Record<string, string> };
    withEquipment: { unNumbers: Record<string, string> };
    sectionII: { liIonWhPerCell: number; liIonWhPerBattery: number; liMetalGPerCell: number; liMetalGPerBattery: number };
    postalPerPackage: { maxCells: number; maxBatteries: number };
  }>;
  dangerousGoods: Sourced<{ flags: { flag: string; rule: string; severity: Severity; unNumber?: string | null; unNumbers?: Record<string, string> }[] }>;
  certifications: Sourced<{ marks: { destination: string; categories: string[]; mark: string; certificateTypes: string[] }[] }>;
  specialGoods: Sourced<{ documentTypes: string[]; defaults: Record<string, SpecialRule>; destinations: Record<string, Record<string, SpecialRule>> }>;
  thresholds: Sourced<{ thresholds: Threshold[] }>;
  exchangeRates: Sourced<{ rates: { from: string; to: string; rate: number }[] }>;
  /** Is the 6-digit start of this code a subheading of HS 2022? */
  hsKnown(code: string): boolean;
}

const FILES = {
  destinations: 'destinations.json',
  declarations: 'declarations.json',
  forms: 'forms.json',
  batteries: 'batteries.json',
  dangerousGoods: 'dangerous-goods.json',
  certifications: 'certifications.json',
  specialGoods: 'special-goods.json',
  thresholds: 'thresholds.json',
  exchangeRates: 'exchange-rates.json',
} as const;

const cache = new Map<string, ReferenceRules>();

export function loadReferenceRules(resourcesDir: string): ReferenceRules {
  let rules = cache.get(resourcesDir);
  if (!rules) {
    const read = (file: string) => JSON.parse(readFileSync(join(resourcesDir, 'rules', file), 'utf8')) as Record<string, unknown>;
    const loaded = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, read(f)]));
    for (const [k, v] of Object.entries(loaded))
      if (typeof v.source !== 'string' || typeof v.date !== 'string') throw new Error(`resources/rules/${FILES[k as keyof typeof FILES]} lacks its source or date`);
    const hs = loadNomenclature(resourcesDir);
    rules = { ...(loaded as unknown as Omit<ReferenceRules, 'hsKnown'>), hsKnown: (code) => hs.has(code.slice(0, 6)) };
    cache.set(resourcesDir, rules);
  }
  return rules;
}
