// Values a careless or hostile caller sends: the building blocks of the contract fuzz.
import fc from 'fast-check';

/** Characters that have broken text handling somewhere: control, line and paragraph separators, bidi, zero-width, quotes, FTS syntax. */
export const HOSTILE_CHARS = [
  '\u0000', '\u0007', '\t', '\r', '\n', '\u0085', '\u2028', '\u2029',
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\u200d', '\ufeff', '\ufffd', '\ud800',
  '"', "'", '`', '\\', '%', '_', '*', '(', ')', ':', '^', '-', '+', '=', '@', '<', '>', '&', ';', '/',
  '中', '😀', 'é',
];

/** Whole strings: FTS5 operators, SQL fragments, formulas, numbers in disguise, dates that do not exist. */
export const HOSTILE_STRINGS = [
  '', ' ', '   ', '"', '""', "'", 'a"b', '"unbalanced', 'NEAR(a b)', 'a OR', 'AND', 'NOT x', 'col:val', '*', 'a*', '^a', '(',
  "'; DROP TABLE products; --", '%', '_', '\\', '=cmd|\' /C calc\'!A0', '+1', '-1', '@SUM(A1)', '=HYPERLINK("x")',
  'NaN', 'Infinity', '-Infinity', '-0', '1e999', '0x1F', '1', '0', '2026-02-30', '2026-13-01', '0000-00-00', '9999-12-31',
  '2026-11-21T10:00:00.000Z', 'ZZ', 'XX', 'eu', 'usd', 'ABC', '../../../../etc/passwd', 'CON', 'nul', '.', '..',
  'SKU\u202eGPJ', 'SKU\u200b1', 'a\u2028b', 'a\u0085b', 'a\u0000b', '\u0000', '<script>alert(1)</script>', '中文', '😀'.repeat(10),
  '__proto__', 'constructor', 'toString',
];

export const hostileChar = fc.constantFrom(...HOSTILE_CHARS);

/** A short string that fits most fields: where a length limit would refuse it first, the handler never sees it. */
export const shortHostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.array(fc.oneof(hostileChar, fc.constantFrom('a', 'Mug', 'SKU-1', ' ', '8517', 'DE', '2026-11-21')), { minLength: 1, maxLength: 8 }).map((p) => p.join('')),
);

/** A string mixing ordinary text with hostile characters, sometimes far too long. */
export const hostileText = fc.oneof(
  { weight: 6, arbitrary: shortHostileText },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.array(fc.oneof(hostileChar, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(10_001, 100_001).chain((n) => fc.constantFrom('x'.repeat(n), '中'.repeat(n), 'a"'.repeat(n / 2))) },
);

/** Numbers at and past every edge a schema or SQLite has. */
export const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 1.5, -1.5, 0.1, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e15, 1e308, -1e308,
    Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, NaN, Infinity, -Infinity, 999_999_999, 100_000_000_001),
  fc.integer(),
  fc.double(),
);

/** Any value of the wrong kind, anywhere. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, [null], { '': 1 }, [[[]]], { __proto__: null }) },
  // Only what a door can carry: IPC's structured clone (no functions, no symbols) or the CLI's JSON.
  { weight: 1, arbitrary: fc.constantFrom<unknown>(BigInt(1), new Date(0), new Date(NaN), /x/, new Map([[1, 2]]), new Set([1]), new Uint8Array([1, 2])) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
