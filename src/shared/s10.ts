// UPU S10 item identifiers (the postal "tracking number"): two letters for the service, an
// 8-digit serial number, a check digit and the ISO country code of the operator that issued it,
// e.g. RR123456785CN. The check digit: the serial's digits weighted 8, 6, 4, 2, 3, 5, 9, 7;
// 11 − (sum mod 11), where 10 gives 0 and 11 gives 5 (UPU standard S10). Anything else (a
// courier's number) is not an S10 identifier and is left as it is.
const S10 = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;
const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

export interface S10Id {
  /** The identifier as printed: upper case, no spaces. */
  text: string;
  service: string;
  serial: string;
  checkDigit: number;
  /** The check digit the serial number calls for. */
  expected: number;
  valid: boolean;
  country: string;
}

export function s10CheckDigit(serial: string): number {
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(serial[i]), 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

/** The S10 identifier in `text` (spaces allowed, any case), or null for anything else. */
export function parseS10(text: string | null | undefined): S10Id | null {
  if (!text) return null;
  const compact = text.replace(/\s+/g, '').toUpperCase();
  const m = S10.exec(compact);
  if (!m) return null;
  const [, service, serial, check, country] = m as unknown as [string, string, string, string, string];
  const expected = s10CheckDigit(serial);
  return { text: compact, service, serial, checkDigit: Number(check), expected, valid: expected === Number(check), country };
}
