// Reference data lives once, in resources/: a copy in code drifts (the pack's own EU list lacked
// Hungary). This scans src/ for lists of country codes and for the lithium battery UN numbers
// outside the loader and the tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../shared/iso';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const countries = new Set(COUNTRY_CODES);
const UN_NUMBERS = /\bUN(3480|3481|3090|3091)\b/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx|js|mjs)$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
  });
}

/** Runs of five or more ISO country codes in one literal list: ['AT','BE',…] or 'AT BE BG …'. */
function countryLists(text: string): string[] {
  const found: string[] = [];
  const quoted = /(['"`])[A-Z]{2}\1(?:\s*,\s*(['"`])[A-Z]{2}\2){4,}/g;
  const spaced = /(['"`])(?:[A-Z]{2}[\s,]+){4,}[A-Z]{2}\1/g;
  for (const m of [...text.matchAll(quoted), ...text.matchAll(spaced)]) {
    const codes = m[0].match(/[A-Z]{2}/g) ?? [];
    if (codes.filter((c) => countries.has(c)).length >= 5) found.push(m[0].slice(0, 60));
  }
  return found;
}

function copiesIn(text: string): string[] {
  return [...countryLists(text), ...[...text.matchAll(UN_NUMBERS)].map((m) => m[0])];
}

describe('no copy of reference data in code', () => {
  it('src/ holds no list of country codes (EU members …) and no lithium battery UN number outside the loader', () => {
    const loader = join(SRC, 'core', 'reference');
    const copies = sources(SRC)
      .filter((f) => !f.startsWith(loader + '/'))
      .flatMap((f) => copiesIn(readFileSync(f, 'utf8')).map((c) => `${relative(SRC, f)}: ${c}`));
    expect(copies).toEqual([]);
  });

  it('the scan finds the copies it is there for', () => {
    expect(copiesIn(`const EU = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR IE IT'.split(' '));`)).toHaveLength(1);
    expect(copiesIn(`const eu = ["AT", "BE", "BG", "HR", "CY"];`)).toHaveLength(1);
    expect(copiesIn(`const unNumber = ion ? 'UN3480' : 'UN3481';`)).toEqual(['UN3480', 'UN3481']);
    // Not a list of countries: currencies, four codes, SKUs.
    expect(copiesIn(`['USD', 'EUR', 'GBP', 'CNY', 'JPY']; ['DE','FR','IT','ES']; 'UN38.3'`)).toEqual([]);
  });
});
