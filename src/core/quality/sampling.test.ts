import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/errors';
import { findResourcesDir } from '../paths';
import { AQL_VALUES, INSPECTION_LEVELS, INSPECTION_MODES, samplingPlan } from './sampling';
import type { InspectionLevel, InspectionMode, SamplingInput } from './sampling';

const dir = findResourcesDir();
const plan = (lotSize: number, level: InspectionLevel, aql: number, mode?: InspectionMode) =>
  samplingPlan(dir, { lotSize, level, aql, mode });

type Cell = [number, number] | 'down' | 'up' | null;
const file = JSON.parse(readFileSync(join(dir, 'quality', 'iso2859-1.json'), 'utf8')) as {
  source: string;
  date: string;
  aqls: string[];
  codeLetters: { lotSize: [number, number | null]; letters: Record<string, string> }[];
  sampleSizes: Record<InspectionMode, Record<string, number>>;
  plans: Record<InspectionMode, Record<string, Cell[]>>;
};
const LETTERS = [...'ABCDEFGHJKLMNPQR'];
const isPlan = (c: Cell | undefined): c is [number, number] => Array.isArray(c);

// [lot size, level, AQL, mode, code letter, plan letter, n, Ac, Re] for lots larger than n.
// Values from the standard's tables (ISO 2859-1 = MIL-STD-105E = ANSI/ASQ Z1.4).
const known: [number, InspectionLevel, number, InspectionMode, string, string, number, number, number][] = [
  // normal, lot 1000 at level II is letter J (n = 80)
  [1000, 'II', 2.5, 'normal', 'J', 'J', 80, 5, 6],
  [1000, 'II', 4, 'normal', 'J', 'J', 80, 7, 8],
  [1000, 'II', 0.65, 'normal', 'J', 'J', 80, 1, 2],
  [1000, 'II', 1, 'normal', 'J', 'J', 80, 2, 3],
  [1000, 'II', 1.5, 'normal', 'J', 'J', 80, 3, 4],
  [1000, 'II', 6.5, 'normal', 'J', 'J', 80, 10, 11],
  [1000, 'II', 10, 'normal', 'J', 'J', 80, 14, 15],
  [1000, 'II', 15, 'normal', 'J', 'J', 80, 21, 22],
  [1000, 'II', 0.15, 'normal', 'J', 'J', 80, 0, 1],
  [1000, 'II', 0.25, 'normal', 'J', 'H', 50, 0, 1], // up
  [1000, 'II', 0.4, 'normal', 'J', 'K', 125, 1, 2], // down
  [1000, 'II', 25, 'normal', 'J', 'H', 50, 21, 22], // up
  [1000, 'II', 100, 'normal', 'J', 'E', 13, 21, 22], // up, several rows
  [50, 'II', 1, 'normal', 'D', 'E', 13, 0, 1], // down
  // the other levels
  [1000, 'S-1', 6.5, 'normal', 'C', 'D', 8, 1, 2],
  [1000, 'S-2', 2.5, 'normal', 'C', 'C', 5, 0, 1],
  [1000, 'S-3', 4, 'normal', 'E', 'E', 13, 1, 2],
  [1000, 'S-4', 2.5, 'normal', 'F', 'F', 20, 1, 2],
  [1000, 'I', 1.5, 'normal', 'G', 'G', 32, 1, 2],
  [1000, 'III', 0.65, 'normal', 'K', 'K', 125, 2, 3],
  [600_000, 'III', 0.1, 'normal', 'R', 'R', 2000, 5, 6],
  [600_000, 'III', 0.015, 'normal', 'R', 'P', 800, 0, 1], // edge arrow of row R
  [200_000, 'II', 0.04, 'normal', 'P', 'Q', 1250, 1, 2],
  [40_000, 'II', 0.025, 'normal', 'N', 'N', 500, 0, 1],
  [600_000, 'S-2', 40, 'normal', 'E', 'E', 13, 10, 11],
  [10, 'S-1', 100, 'normal', 'A', 'A', 2, 5, 6],
  [100, 'I', 250, 'normal', 'D', 'D', 8, 30, 31],
  [20, 'II', 650, 'normal', 'C', 'C', 5, 44, 45],
  [30, 'II', 1000, 'normal', 'D', 'B', 3, 44, 45],
  [3000, 'II', 65, 'normal', 'K', 'F', 20, 21, 22], // up, several rows
  [8, 'II', 10, 'normal', 'A', 'C', 5, 1, 2], // edge arrow of row A
  [12, 'II', 400, 'normal', 'B', 'B', 3, 21, 22],
  // tightened: same n as normal, Ac lower
  [1000, 'II', 1, 'tightened', 'J', 'J', 80, 1, 2],
  [1000, 'II', 2.5, 'tightened', 'J', 'J', 80, 3, 4],
  [1000, 'II', 4, 'tightened', 'J', 'J', 80, 5, 6],
  [1000, 'II', 6.5, 'tightened', 'J', 'J', 80, 8, 9],
  [1000, 'II', 0.25, 'tightened', 'J', 'J', 80, 0, 1],
  [1000, 'II', 0.65, 'tightened', 'J', 'K', 125, 1, 2],
  [1000, 'II', 0.4, 'tightened', 'J', 'L', 200, 1, 2], // two down arrows in a row
  [600_000, 'III', 0.025, 'tightened', 'R', 'S', 3150, 1, 2], // letter S exists only here
  [200_000, 'II', 0.025, 'tightened', 'P', 'P', 800, 0, 1],
  [600_000, 'III', 0.01, 'tightened', 'R', 'R', 2000, 0, 1],
  [600_000, 'III', 0.015, 'tightened', 'R', 'Q', 1250, 0, 1],
  [60, 'II', 150, 'tightened', 'E', 'E', 13, 27, 28],
  [20, 'II', 1000, 'tightened', 'C', 'B', 3, 41, 42],
  // reduced: smaller n, a gap between Ac and Re
  [1000, 'II', 2.5, 'reduced', 'J', 'J', 32, 2, 5],
  [1000, 'II', 4, 'reduced', 'J', 'J', 32, 3, 6],
  [1000, 'II', 0.65, 'reduced', 'J', 'J', 32, 0, 2],
  [1000, 'II', 1, 'reduced', 'J', 'J', 32, 1, 3],
  [1000, 'II', 1.5, 'reduced', 'J', 'J', 32, 1, 4],
  [1000, 'II', 6.5, 'reduced', 'J', 'J', 32, 5, 8],
  [1000, 'II', 10, 'reduced', 'J', 'J', 32, 7, 10],
  [1000, 'II', 15, 'reduced', 'J', 'J', 32, 10, 13],
  [1000, 'II', 0.15, 'reduced', 'J', 'J', 32, 0, 1],
  [1000, 'II', 0.25, 'reduced', 'J', 'H', 20, 0, 1],
  [1000, 'II', 0.4, 'reduced', 'J', 'K', 50, 0, 2],
  [60, 'II', 150, 'reduced', 'E', 'E', 5, 14, 17],
  [20, 'II', 650, 'reduced', 'C', 'C', 2, 21, 24],
  [10, 'II', 25, 'reduced', 'B', 'B', 2, 1, 3],
  [5, 'II', 25, 'reduced', 'A', 'A', 2, 1, 2], // row A keeps the normal plan
  [600_000, 'II', 0.4, 'reduced', 'Q', 'Q', 500, 5, 8],
];

describe('samplingPlan: cells of the standard', () => {
  it.each(known)('lot %i, level %s, AQL %d, %s → %s/%s n=%i Ac %i Re %i', (lotSize, level, aql, mode, codeLetter, planLetter, n, ac, re) => {
    expect(plan(lotSize, level, aql, mode)).toEqual({ codeLetter, planLetter, sampleSize: n, accept: ac, reject: re, inspectAll: false });
  });

  it('covers every level and at least 12 AQLs in these checks', () => {
    expect(new Set(known.map((k) => k[1])).size).toBe(INSPECTION_LEVELS.length);
    expect(new Set(known.map((k) => k[2])).size).toBeGreaterThanOrEqual(12);
  });

  it('uses normal inspection by default', () => {
    expect(samplingPlan(dir, { lotSize: 1000, level: 'II', aql: 2.5 })).toEqual(plan(1000, 'II', 2.5, 'normal'));
  });

  it('inspects the whole lot when the sample size reaches the lot size', () => {
    // Lot 5 at level II is letter A; AQL 0.65 points down to F (n = 20).
    expect(plan(5, 'II', 0.65)).toEqual({ codeLetter: 'A', planLetter: 'F', sampleSize: 5, accept: 0, reject: 1, inspectAll: true });
    // A sample size equal to the lot size counts too: tightened, letter A under AQL 10 points down to D (n = 8).
    expect(plan(8, 'II', 10, 'tightened')).toEqual({ codeLetter: 'A', planLetter: 'D', sampleSize: 8, accept: 1, reject: 2, inspectAll: true });
    expect(plan(9, 'II', 10, 'tightened').inspectAll).toBe(false);
    // AQL 0.010 at letter J points down to the first plan of that column, letter Q (n = 1250).
    expect(plan(1000, 'II', 0.01)).toEqual({ codeLetter: 'J', planLetter: 'Q', sampleSize: 1000, accept: 0, reject: 1, inspectAll: true });
    expect(plan(1251, 'I', 0.01)).toEqual({ codeLetter: 'H', planLetter: 'Q', sampleSize: 1250, accept: 0, reject: 1, inspectAll: false });
    // A lot of 1 unit (below Table I's first row) is inspected in full.
    expect(plan(1, 'S-1', 6.5)).toEqual({ codeLetter: 'A', planLetter: 'A', sampleSize: 1, accept: 0, reject: 1, inspectAll: true });
  });

  it('reads Table I at the edges of each lot size range', () => {
    const ranges = [8, 15, 25, 50, 90, 150, 280, 500, 1200, 3200, 10_000, 35_000, 150_000, 500_000];
    const levelII = 'ABCDEFGHJKLMNPQ';
    ranges.forEach((max, i) => {
      expect(plan(max, 'II', 1000).codeLetter).toBe(levelII[i]);
      expect(plan(max + 1, 'II', 1000).codeLetter).toBe('ABCDEFGHJKLMNPQR'[i + 1]);
    });
    expect(plan(Number.MAX_SAFE_INTEGER, 'III', 0.65).codeLetter).toBe('R');
    expect(plan(2, 'III', 0.65).codeLetter).toBe('B');
  });
});

describe('samplingPlan: bad input', () => {
  const issues = (input: Partial<SamplingInput> & Record<string, unknown>) => {
    try {
      samplingPlan(dir, { lotSize: 100, level: 'II', aql: 1, ...input } as SamplingInput);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).details.issues?.map(({ path, key }) => `${path}:${key}`);
    }
    throw new Error('expected a ValidationError');
  };

  it.each([0, -1, -500])('refuses lot size %d', (lotSize) => {
    expect(issues({ lotSize })).toEqual(['lotSize:too_small']);
  });

  it.each([2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, '100' as unknown as number])('refuses lot size %s', (lotSize) => {
    expect(issues({ lotSize })).toEqual(['lotSize:not_integer']);
  });

  it.each([3, 0.1 + 0.2, 0, -1, 2000, Number.NaN, '2.5' as unknown as number])('refuses AQL %s', (aql) => {
    expect(issues({ aql })).toEqual(['aql:aql_unknown']);
  });

  it('refuses an unknown level or mode', () => {
    expect(issues({ level: 'IV' as InspectionLevel })).toEqual(['level:not_allowed']);
    expect(issues({ level: 's-1' as InspectionLevel })).toEqual(['level:not_allowed']);
    expect(issues({ mode: 'strict' as InspectionMode })).toEqual(['mode:not_allowed']);
  });

  it('reports every bad field at once', () => {
    expect(issues({ lotSize: 0, level: 'X' as InspectionLevel, aql: 7, mode: 'loose' as InspectionMode })).toEqual([
      'lotSize:too_small',
      'level:not_allowed',
      'aql:aql_unknown',
      'mode:not_allowed',
    ]);
  });
});

describe('iso2859-1.json', () => {
  const plansOf = (mode: InspectionMode) => Object.entries(file.plans[mode]);

  it('names its source and date', () => {
    expect(file.source).toMatch(/ISO 2859-1/);
    expect(file.source).toMatch(/Table II-C/);
    expect(file.date).toBe('2026-11-21');
    expect(file.aqls.map(Number)).toEqual(AQL_VALUES);
  });

  it('has Table I rows that cover every lot size once, with letters that never go down', () => {
    let next = 2;
    const previous: Record<string, string> = {};
    for (const { lotSize: [min, max], letters } of file.codeLetters) {
      expect(min).toBe(next);
      next = max === null ? Infinity : max + 1;
      for (const level of INSPECTION_LEVELS) {
        const letter = letters[level] as string;
        expect(LETTERS.indexOf(letter)).toBeGreaterThanOrEqual(LETTERS.indexOf(previous[level] ?? 'A'));
        previous[level] = letter;
      }
    }
    expect(next).toBe(Infinity);
  });

  it('has the sample sizes of each table', () => {
    const normal = [2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000];
    expect(Object.values(file.sampleSizes.normal)).toEqual(normal);
    expect(file.sampleSizes.tightened).toEqual({ ...file.sampleSizes.normal, S: 3150 });
    expect(Object.values(file.sampleSizes.reduced)).toEqual([2, 2, 2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800]);
    for (const mode of INSPECTION_MODES) expect(Object.keys(file.plans[mode])).toEqual(Object.keys(file.sampleSizes[mode]));
  });

  it('has 26 cells per row, blanks only in row S of the tightened table', () => {
    for (const mode of INSPECTION_MODES)
      for (const [letter, row] of plansOf(mode)) {
        expect(row).toHaveLength(26);
        if (letter !== 'S') expect(row.every((c) => c !== null)).toBe(true);
      }
    expect(file.plans.tightened.S?.filter(isPlan)).toEqual([[1, 2]]);
  });

  it('has Re = Ac + 1 in the normal and tightened tables, and gaps in the reduced one', () => {
    for (const mode of ['normal', 'tightened'] as const)
      for (const [, row] of plansOf(mode)) for (const c of row) if (Array.isArray(c)) expect(c[1]).toBe(c[0] + 1);
    const reducedPlans = plansOf('reduced').flatMap(([, row]) => row.filter(isPlan).map((c) => c.join('/')));
    expect(reducedPlans).toEqual(expect.arrayContaining(['0/2', '1/3', '1/4', '2/5', '3/6', '5/8', '7/10', '10/13', '14/17', '21/24']));
  });

  it('never lowers Ac going down a column', () => {
    for (const mode of INSPECTION_MODES)
      for (let j = 0; j < 26; j++) {
        const acs = plansOf(mode).flatMap(([, row]) => {
          const cell = row[j];
          return Array.isArray(cell) ? [cell[0]] : [];
        });
        expect(acs).toEqual([...acs].sort((a, b) => a - b));
      }
  });

  it('puts each plan on one diagonal: one code letter further per AQL step', () => {
    for (const mode of INSPECTION_MODES) {
      const diagonals = new Map<string, Set<number>>();
      plansOf(mode).forEach(([, row], i) =>
        row.forEach((c, j) => {
          if (!Array.isArray(c)) return;
          const key = c.join('/');
          diagonals.set(key, (diagonals.get(key) ?? new Set()).add(i + j));
        }),
      );
      for (const [key, sums] of diagonals) expect([mode, key, sums.size]).toEqual([mode, key, 1]);
    }
    // The plans of the normal table, one diagonal after the other.
    const order = plansOf('normal')
      .flatMap(([, row], i) => row.flatMap((c, j) => (Array.isArray(c) ? [[i + j, c.join('/')] as const] : [])))
      .sort((a, b) => a[0] - b[0]);
    expect([...new Set(order.map((o) => o[1]))]).toEqual(['0/1', '1/2', '2/3', '3/4', '5/6', '7/8', '10/11', '14/15', '21/22', '30/31', '44/45']);
  });

  it('repeats the same cell along each diagonal, except in the corners the standard treats apart', () => {
    // Reference: the cell of the diagonal in the lowest row (R). Any single-cell typo breaks this list.
    const apart = (mode: InspectionMode) => {
      const rows = plansOf(mode).filter(([letter]) => letter !== 'S');
      return rows.flatMap(([letter, row], i) =>
        row.flatMap((c, j) => {
          const r = Math.min(15, i + j);
          const ref = rows[r]?.[1][i + j - r];
          return JSON.stringify(c) === JSON.stringify(ref) ? [] : [`${letter} ${file.aqls[j]} ${JSON.stringify(c)}`];
        }),
      );
    };
    const corner = (big: [string, string]) =>
      ['A 1000 0', 'B 650 0', 'B 1000 1', 'C 400 0', 'C 650 1', 'D 250 0', 'D 400 1', 'E 150 0', 'E 250 1'].map((s) => {
        const [l, a, k] = s.split(' ');
        return `${l} ${a} ${big[Number(k)]}`;
      });
    expect(apart('normal')).toEqual(corner(['[30,31]', '[44,45]']));
    expect(apart('tightened')).toEqual(['A 10 "down"', ...corner(['[27,28]', '[41,42]'])]);
    expect(apart('reduced')).toEqual([
      // Row A keeps the normal plans (its n = 2 cannot be reduced); row B points up to them.
      ...['25 [1,2]', '40 [2,3]', '65 [3,4]', '100 [5,6]', '150 [7,8]', '250 [10,11]', '400 [14,15]', '650 [21,22]', '1000 [30,31]'].map((s) => `A ${s}`),
      ...['40', '65', '100', '150', '250', '400'].map((a) => `B ${a} "up"`),
      ...['C 400 [14,17]', 'C 650 [21,24]', 'D 250 [14,17]', 'D 400 [21,24]', 'E 150 [14,17]', 'E 250 [21,24]'],
    ]);
  });

  it('has every arrow lead to a plan in its own direction, except the documented edge cells', () => {
    const edge: string[] = [];
    for (const mode of INSPECTION_MODES) {
      const rows = plansOf(mode);
      rows.forEach(([letter, row], i) =>
        row.forEach((c, j) => {
          if (c !== 'up' && c !== 'down') return;
          const step = c === 'down' ? 1 : -1;
          let k = i + step;
          while (k >= 0 && k < rows.length && !Array.isArray(rows[k]?.[1][j])) k += step;
          if (k < 0 || k >= rows.length) edge.push(`${mode} ${letter} ${file.aqls[j]} ${c}`);
        }),
      );
    }
    expect(edge).toEqual(['normal A 10 up', 'normal R 0.015 down', 'tightened R 0.015 down', 'reduced A 10 up', 'reduced R 0.015 down']);
  });
});

describe('samplingPlan: properties', () => {
  const arbitraryCase = fc.record({
    level: fc.constantFrom(...INSPECTION_LEVELS),
    aql: fc.constantFrom(...AQL_VALUES),
    mode: fc.constantFrom(...INSPECTION_MODES),
  });
  const lotSize = fc.integer({ min: 1, max: 2_000_000 });

  it('never takes a smaller sample from a bigger lot (while not inspecting all)', () => {
    fc.assert(
      fc.property(arbitraryCase, lotSize, lotSize, ({ level, aql, mode }, a, b) => {
        const [small, big] = a <= b ? [a, b] : [b, a];
        const p = plan(small, level, aql, mode);
        const q = plan(big, level, aql, mode);
        if (!p.inspectAll && !q.inspectAll) expect(p.sampleSize).toBeLessThanOrEqual(q.sampleSize);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts below the rejection number and never samples more than the lot', () => {
    fc.assert(
      fc.property(arbitraryCase, lotSize, ({ level, aql, mode }, n) => {
        const p = plan(n, level, aql, mode);
        expect(p.accept).toBeGreaterThanOrEqual(0);
        expect(p.accept).toBeLessThan(p.reject);
        if (p.inspectAll) expect(p.sampleSize).toBe(n);
        else expect(p.sampleSize).toBeLessThan(n);
        expect(file.sampleSizes[mode][p.planLetter]).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a plan for every lot size range × level × AQL × mode', () => {
    for (const mode of INSPECTION_MODES)
      for (const level of INSPECTION_LEVELS)
        for (const aql of AQL_VALUES)
          for (const { lotSize: [min] } of file.codeLetters) {
            const p = plan(min, level, aql, mode);
            expect(p.reject).toBeGreaterThan(p.accept);
            expect(p.sampleSize).toBeLessThanOrEqual(min);
          }
  });
});

describe('quality.samplingPlan through the API', () => {
  it('returns the plan and names bad fields', async () => {
    const { testCore } = await import('../../../test/helpers');
    const core = testCore();
    expect(await core.ok('quality.samplingPlan', { lotSize: 1000, level: 'II', aql: 2.5 })).toMatchObject({ codeLetter: 'J', sampleSize: 80, accept: 5, reject: 6 });
    const err = await core.fail('quality.samplingPlan', { lotSize: 0, level: 'IV', aql: 3 });
    expect(err.details.issues?.map((i) => `${i.path}:${i.key}`).sort()).toEqual(['level:not_allowed', 'lotSize:too_small']);
    expect((await core.fail('quality.samplingPlan', { lotSize: 10, level: 'II', aql: 3 })).details.issues).toEqual([expect.objectContaining({ path: 'aql', key: 'aql_unknown' })]);
  });
});
