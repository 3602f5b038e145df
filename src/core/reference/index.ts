// The one loader of reference data: every rule and list the core reasons with (countries, EU
// members, form limits, UN numbers, thresholds, certification marks …) is read from
// resources/rules through a zod schema here, once per resources folder, at the core's start.
// A broken file stops the start with an error naming the file and the path inside it, instead of
// a rule that silently never fires. Settings and the preflight both read from here, which is also
// what keeps them out of each other's folders (no import cycle).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ClearpackError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import { loadNomenclature } from '../hs/nomenclature';
import { PACKAGING_TYPES } from '../../shared/packing';

const severity = z.enum(['block', 'warn', 'info']);
const country = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');
const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code');
const unNumber = z.string().regex(/^UN\d{4}$/, 'a UN number such as UN3481');
const text = z.string().min(1);
/** Every file says where its facts come from and as of when. */
const sourced = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ source: text, date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'), ...shape });
const byBatteryType = <T extends z.ZodType>(t: T) => z.object({ lithium_ion: t, lithium_metal: t });
/** `answeredBy`: certificate types on file that turn its warning into information (default: the file's documentTypes). */
/** `documentZh`: the same document named in Chinese, for the Chinese UI's finding. */
const specialRule = z.object({ severity, document: text, documentZh: text.optional(), answeredBy: z.array(text).optional() });
/**
 * A postcode's form: `pattern` (a regular expression over the whole, trimmed postcode) checks its
 * letters and digits; `shape` / `shapeZh` say it to the seller, `example` shows it, and must match.
 */
const postcodeFormat = z
  .object({ pattern: text, shape: text, shapeZh: text, example: text })
  .superRefine((f, ctx) => {
    let re: RegExp;
    try {
      re = new RegExp(f.pattern, 'u');
    } catch {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'a regular expression' });
      return;
    }
    if (!re.test(f.example)) ctx.addIssue({ code: 'custom', path: ['example'], message: `${f.example} does not match the pattern` });
  });
const hsPrefix = z.string().regex(/^\d{2,10}$/, '2 to 10 digits of an HS code');
const destKey = z.union([country, z.literal('EU')]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
/** Kinds of goods the HS table recognises; each has its finding text (pf.msg.dg_hs_<kind>). */
export const DG_HS_KINDS = ['perfume', 'nail_polish', 'spirits', 'alcohol', 'alcohol_us', 'lighter', 'matches', 'fireworks', 'explosive', 'aerosol', 'fuel', 'paint'] as const;

const SCHEMAS = {
  countries: sourced({ codes: z.array(country).min(200), aliasesNote: text.optional(), aliases: z.record(text, country).optional() }),
  destinations: sourced({ eu27: z.array(country).length(27), specific: z.array(z.union([country, z.literal('EU')])) }),
  declarations: sourced({ minChars: z.number().int().min(1), vagueWords: z.array(text), fillerWords: z.array(text) }),
  forms: sourced({
    cn22: z.object({ valueSdr: z.number().positive(), grossWeightG: z.number().int().positive() }),
    invoiceForCategories: z.array(text),
  }),
  batteries: sourced({
    alone: z.object({ severity, unNumbers: byBatteryType(unNumber) }),
    withEquipment: z.object({ unNumbers: byBatteryType(unNumber) }),
    sectionII: z.object({
      liIonWhPerCell: z.number().positive(),
      liIonWhPerBattery: z.number().positive(),
      liMetalGPerCell: z.number().positive(),
      liMetalGPerBattery: z.number().positive(),
    }),
    /** The configurations international mail accepts (ICAO TI Part 1, 2.3.2: contained in equipment only). */
    mailAccepts: z.array(z.enum(['alone', 'packed_with_equipment', 'contained_in_equipment'])).min(1),
    /** HS headings that are batteries themselves (a power bank is a battery alone); `type` null: only when the product declares a lithium battery. */
    batteryHsPrefixes: z.array(z.object({ prefix: hsPrefix, type: z.enum(['lithium_ion', 'lithium_metal']).nullable(), note: text })),
    postalPerPackage: z.object({ maxCells: z.number().int().min(0), maxBatteries: z.number().int().min(0) }),
    /**
     * Proper shipping name per UN number, as the battery statement prints it; for UN3481/UN3091
     * one per configuration ("contained in equipment" and "packed with equipment" are two names).
     */
    shippingNames: z.record(unNumber, z.union([text, z.object({ contained: text, packed: text })])),
    packingInstructions: byBatteryType(z.object({ alone: text, packed: text, contained: text })),
  }),
  dangerousGoods: sourced({
    flags: z.array(
      z.object({
        flag: z.enum(['flammableLiquid', 'aerosol', 'compressedGas', 'magnet', 'corrosive', 'other']),
        rule: z.string().regex(/^dg\.[a-z_]+$/),
        severity,
        unNumber: unNumber.nullable().optional(),
        unNumbers: z.record(text, unNumber).optional(),
      }),
    ),
    /** Goods recognised from the HS code whatever boxes are ticked; `flag`: the box that already says it (no second finding). */
    byHsCode: z.array(
      z.object({
        prefixes: z.array(hsPrefix).min(1),
        kind: z.enum(DG_HS_KINDS),
        flag: z.enum(['flammableLiquid', 'aerosol', 'compressedGas', 'magnet', 'corrosive', 'other']).nullable(),
        severity,
        unNumber: unNumber.nullable(),
        destinations: z.record(destKey, z.object({ kind: z.enum(DG_HS_KINDS), severity })).optional(),
      }),
    ),
  }),
  certifications: sourced({
    marks: z.array(z.object({ destination: z.union([country, z.literal('EU')]), categories: z.array(text).min(1), mark: text, certificateTypes: z.array(text).min(1) })),
    /** GPSR: consumer products to the EU need an EU responsible person (categories under their own rules are exempt). */
    euResponsiblePerson: z.object({ destination: destKey, exemptCategories: z.array(text), severity }),
    /** Battery Regulation 2023/1542 marking for any product with a battery. */
    euBatteryMarking: z.object({ destination: destKey, severity, labelSince: isoDate }),
    /** GPSR art. 9(6): the manufacturer's name and addresses travel with a consumer product to the EU. */
    euManufacturer: z.object({ destination: destKey, severity }),
  }),
  specialGoods: sourced({
    /** HS prefixes of food of animal origin: `food` of these uses the destination's `food_animal` rule when it has one. */
    animalOriginHsPrefixes: z.array(hsPrefix),
    documentTypes: z.array(text),
    defaults: z.record(text, specialRule),
    destinations: z.record(z.union([country, z.literal('EU')]), z.record(text, specialRule)),
  }),
  thresholds: sourced({
    thresholds: z.array(
      z.object({
        rule: text,
        destination: z.union([country, z.literal('EU')]),
        currency,
        /** Minor units of `currency`. */
        limit: z.number().int().min(0).nullable(),
        when: z.enum(['at_or_below', 'above', 'always']),
        requires: text.nullable(),
        severity,
        since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
        /** The last day before which it applies (exclusive), when it is temporary. */
        until: isoDate.nullable().optional(),
        /** A flat duty per distinct 6-digit HS subheading, minor units of `currency` (the EU's €3). */
        perSubheading: z.number().int().positive().optional(),
      }),
    ),
  }),
  exchangeRates: sourced({ maxAgeDays: z.number().int().positive(), rates: z.array(z.object({ from: currency, to: currency, rate: z.number().positive() })) }),
  tariffs: sourced({
    /** National extensions of the HS code: the lengths allowed, and the digits postal items and formal entries need. */
    destinations: z.record(
      destKey,
      z.object({ name: text, /** The same name in Chinese, for the Chinese UI and findings. */ nameZh: text, digits: z.array(z.number().int().min(7).max(12)).min(1), postalDigits: z.number().int().min(6).max(12), entryDigits: z.number().int().min(6).max(12) }),
    ),
  }),
  declaredValues: sourced({
    undervaluation: z.object({ minRatio: z.number().positive().max(1), severity }),
    insuredOverDeclared: z.object({ severity }),
  }),
  packaging: sourced({
    smallPacket: z.object({
      maxWeightG: z.number().int().positive(),
      maxSumMm: z.number().int().positive(),
      maxLengthMm: z.number().int().positive(),
      roll: z.object({ maxLengthPlusTwoDiametersMm: z.number().int().positive(), maxLengthMm: z.number().int().positive() }),
      toleranceMm: z.number().int().min(0),
      severity,
    }),
    postalParcel: z.object({ maxWeightG: z.number().int().positive(), usualWeightG: z.number().int().positive(), maxLengthMm: z.number().int().positive(), maxLengthGirthMm: z.number().int().positive(), severity }),
    softPackaging: z.array(z.enum(PACKAGING_TYPES)),
    rigidPackaging: z.array(z.enum(PACKAGING_TYPES)),
    fragileInSoft: z.object({ severity }),
    liquids: z.object({ severity }),
    batteries: z.object({ severity }),
    tareG: z.record(z.enum(PACKAGING_TYPES), z.number().int().min(0)),
    grossBelowTare: z.object({ severity }),
    volumetric: z.object({ divisorCm3PerKg: z.number().int().min(1000).max(10_000), severity }),
  }),
  /** The parts of a consignee's address a destination's post needs beside the city, and its postcode's form where the post's guidance gives it. */
  addresses: sourced({
    destinations: z.record(country, z.object({ needs: z.array(z.enum(['state', 'postcode'])).min(1), severity, postcodeFormat: postcodeFormat.optional() })),
  }),
  postalOperators: sourced({
    operators: z
      .array(
        z.object({
          id: z.string().regex(/^[A-Z]{2}-[A-Z]+$/, 'an id such as CN-POST'),
          country,
          name: text,
          // Its usual Chinese name, shown in the Chinese UI; the CN 22/CN 23 print `name`. In Chinese letters, not a copy of `name`.
          nameZh: z.string().regex(/^[\u4e00-\u9fff]+$/, 'the name in Chinese characters, such as 中国邮政').optional(),
        }),
      )
      .min(1),
  }),
} as const;

export const REFERENCE_FILES = {
  countries: 'countries.json',
  destinations: 'destinations.json',
  declarations: 'declarations.json',
  forms: 'forms.json',
  batteries: 'batteries.json',
  dangerousGoods: 'dangerous-goods.json',
  certifications: 'certifications.json',
  specialGoods: 'special-goods.json',
  thresholds: 'thresholds.json',
  exchangeRates: 'exchange-rates.json',
  postalOperators: 'postal-operators.json',
  addresses: 'addresses.json',
  tariffs: 'tariffs.json',
  declaredValues: 'declared-values.json',
  packaging: 'packaging.json',
} as const satisfies Record<keyof typeof SCHEMAS, string>;

type Files = { [K in keyof typeof SCHEMAS]: z.infer<(typeof SCHEMAS)[K]> };
export type Threshold = Files['thresholds']['thresholds'][number];
export type SpecialRule = z.infer<typeof specialRule>;
export type PostalOperatorRule = Files['postalOperators']['operators'][number];

export interface ReferenceRules extends Files {
  /** The EU member states, for "is this destination in the EU" (IOSS, a VAT number of another member). */
  isEu(country: string): boolean;
  /** Is the 6-digit start of this code a subheading of HS 2022? */
  hsKnown(code: string): boolean;
}

/** A reference file that cannot be read or does not match its schema: names the file and the path in it. */
export class ReferenceDataError extends ClearpackError {
  constructor(file: string, issues: FieldIssue[], cause?: string) {
    super('INTERNAL', `resources/rules/${file} is broken: ${cause ?? issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`, { file, issues });
    this.name = 'ReferenceDataError';
  }
}

function readFile<K extends keyof typeof SCHEMAS>(resourcesDir: string, key: K): Files[K] {
  const file = REFERENCE_FILES[key];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(resourcesDir, 'rules', file), 'utf8'));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ReferenceDataError(file, [{ path: '', key: 'reference_unreadable', message: why }], why);
  }
  const parsed = SCHEMAS[key].safeParse(raw);
  if (!parsed.success)
    throw new ReferenceDataError(
      file,
      parsed.error.issues.map((i) => {
        const path = i.path.join('.');
        return { path, key: 'reference_invalid', message: i.message, params: { path: `${file} ${path}` } };
      }),
    );
  return parsed.data as Files[K];
}

const cache = new Map<string, ReferenceRules>();

export function loadReferenceRules(resourcesDir: string): ReferenceRules {
  let rules = cache.get(resourcesDir);
  if (!rules) {
    const files = Object.fromEntries(Object.keys(SCHEMAS).map((k) => [k, readFile(resourcesDir, k as keyof typeof SCHEMAS)])) as Files;
    // Cross-file facts: an EU member that is not a country is a typo the schema alone cannot see.
    const known = new Set(files.countries.codes);
    const strays = files.destinations.eu27.map((c, i) => [c, i] as const).filter(([c]) => !known.has(c));
    if (strays.length)
      throw new ReferenceDataError(
        REFERENCE_FILES.destinations,
        strays.map(([c, i]) => ({
          path: `eu27.${i}`,
          key: 'reference_invalid',
          message: `${c} is not in ${REFERENCE_FILES.countries}`,
          params: { path: `${REFERENCE_FILES.destinations} eu27.${i}` },
        })),
      );
    const eu = new Set(files.destinations.eu27);
    const hs = loadNomenclature(resourcesDir);
    rules = { ...files, isEu: (c) => eu.has(c), hsKnown: (code) => hs.has(code.slice(0, 6)) };
    cache.set(resourcesDir, rules);
  }
  return rules;
}
