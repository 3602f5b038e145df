// The seller profile: who exports, their tax identities, document defaults and the exchange rates
// the preflight and the documents convert with (to SDR for the CN22/CN23 choice, and between
// currencies for destination thresholds such as the EU's €150).
import { z } from 'zod';
import { isTimeZone, plainDate } from './dates';
import { isCurrencyCode } from './iso';
import { countryCode, currencyCode, optionalText, requiredText, identifier, optionalIdentifier, optionalEmail } from './validation';
import { filePath } from './paths';

/** ISO 4217 code of the IMF's Special Drawing Right, the UPU's unit for the CN22 limit. */
export const SDR = 'XDR';
export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;
export type Incoterm = (typeof INCOTERMS)[number];
export const PAPER_SIZES = ['A4', 'Letter'] as const;

export interface ExchangeRate {
  /** 1 unit of `from` = `rate` units of `to`. */
  from: string;
  to: string;
  rate: number;
  /** The day the rate was taken (YYYY-MM-DD). */
  date: string;
}

export interface SellerProfile {
  exporterName: string | null;
  addressLines: string[];
  city: string | null;
  state: string | null;
  postcode: string | null;
  country: string | null;
  phone: string | null;
  email: string | null;
  eori: string | null;
  iossNumber: string | null;
  vatNumbers: { country: string; number: string }[];
  /** Australian Business Number or ATO Reference Number, for GST on low-value imports. */
  abnArn: string | null;
  /** GPSR (EU) 2023/988: the economic operator in the EU for the seller's consumer products — name, address, e-mail. */
  euResponsiblePerson: string | null;
  otherTaxIds: { label: string; number: string }[];
  signatoryName: string | null;
  signatoryTitle: string | null;
  defaultCurrency: string;
  defaultIncoterm: Incoterm;
  paperSize: (typeof PAPER_SIZES)[number];
  /** The designated operator printed on CN 22/CN 23 when a shipment names none (postal-operators.json id). */
  defaultPostalOperator: string | null;
  rates: ExchangeRate[];
  /** IANA zone whose calendar decides "today" (due dates, expiry, ship date); null: the computer's zone. */
  timeZone: string | null;
  /** The folder the last batch of packs was printed into (Print packs… starts there); null: none yet. */
  printFolder: string | null;
  updatedAt: string | null;
}

/** A calendar day (YYYY-MM-DD, a real one): the one date rule, src/shared/dates.ts. */
export const calendarDate = plainDate;

const rateCurrency = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((s, ctx) => {
    if (s !== SDR && !isCurrencyCode(s))
      ctx.addIssue({ code: 'custom', message: `Unknown currency code "${s}" (ISO 4217, or XDR for SDR)`, params: { key: 'currency_unknown', value: s } });
  });

export const exchangeRateSchema = z.strictObject({
  from: rateCurrency,
  to: rateCurrency,
  rate: z.number().positive().max(1e9),
  date: calendarDate,
});

const line = (max: number) => requiredText(max);

/** A designated operator's id from resources/rules/postal-operators.json ('' or null: none). */
export const postalOperatorId = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^([A-Z]{2}-[A-Z]+)?$/, { error: 'A designated operator id such as CN-POST' }))
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional();

export const settingsUpdateInput = z.strictObject({
  exporterName: optionalText(200),
  addressLines: z.array(line(200)).max(4).optional(),
  city: optionalText(100),
  state: optionalText(100),
  postcode: optionalText(20),
  country: countryCode.nullable().optional(),
  phone: optionalText(40),
  email: optionalEmail(200),
  eori: optionalIdentifier(20),
  iossNumber: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase().replace(/\s/g, ''))
    .pipe(z.string().regex(/^(IM\d{10})?$/, { error: 'An IOSS number is IM followed by 10 digits' }))
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional(),
  vatNumbers: z.array(z.strictObject({ country: countryCode, number: identifier(30) })).max(40).optional(),
  abnArn: optionalIdentifier(20),
  euResponsiblePerson: optionalText(400),
  otherTaxIds: z.array(z.strictObject({ label: line(60), number: identifier(60) })).max(20).optional(),
  signatoryName: optionalText(120),
  signatoryTitle: optionalText(120),
  defaultCurrency: currencyCode.optional(),
  defaultIncoterm: z.enum(INCOTERMS).optional(),
  paperSize: z.enum(PAPER_SIZES).optional(),
  defaultPostalOperator: postalOperatorId,
  rates: z.array(exchangeRateSchema).max(500).optional(),
  timeZone: z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      if (!isTimeZone(s)) ctx.addIssue({ code: 'custom', message: `Unknown time zone "${s}" (an IANA name such as Asia/Shanghai)`, params: { key: 'time_zone_unknown', value: s } });
    })
    .nullable()
    .optional(),
  printFolder: filePath.nullable().optional(),
});
export type SettingsUpdateInput = z.input<typeof settingsUpdateInput>;

export const EMPTY_PROFILE: SellerProfile = {
  exporterName: null, addressLines: [], city: null, state: null, postcode: null, country: null, phone: null, email: null,
  eori: null, iossNumber: null, vatNumbers: [], abnArn: null, euResponsiblePerson: null, otherTaxIds: [], signatoryName: null, signatoryTitle: null,
  defaultCurrency: 'USD', defaultIncoterm: 'DAP', paperSize: 'A4', defaultPostalOperator: null, rates: [], timeZone: null, printFolder: null, updatedAt: null,
};

const digitsOf = (code: string, digits: Readonly<Record<string, number>>) => (code === SDR ? 2 : (digits[code] ?? 2));

/**
 * Converts an amount in minor units between currencies with the profile's rates: a direct rate,
 * its inverse, or through SDR (both currencies' rates to SDR). Null when no path exists.
 */
export function convertMinor(
  amountMinor: number,
  from: string,
  to: string,
  rates: readonly ExchangeRate[],
  minorDigits: Readonly<Record<string, number>>,
): number | null {
  const factor = rateBetween(from, to, rates);
  if (factor === null) return null;
  const major = amountMinor / 10 ** digitsOf(from, minorDigits);
  return Math.round(major * factor * 10 ** digitsOf(to, minorDigits));
}

export function rateBetween(from: string, to: string, rates: readonly ExchangeRate[]): number | null {
  if (from === to) return 1;
  const direct = (a: string, b: string): number | null => {
    const r = rates.find((x) => x.from === a && x.to === b);
    if (r) return r.rate;
    const inv = rates.find((x) => x.from === b && x.to === a);
    return inv ? 1 / inv.rate : null;
  };
  const d = direct(from, to);
  if (d !== null) return d;
  const a = direct(from, SDR);
  const b = direct(to, SDR);
  return a !== null && b !== null ? a / b : null;
}
