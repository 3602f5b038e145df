// ISO 2859-1 (= MIL-STD-105E, ANSI/ASQ Z1.4) single sampling plans. The tables live in
// resources/quality/iso2859-1.json (Table I code letters, Tables II-A/B/C master tables, with their
// source and how they were cross-checked); this module only looks them up and follows the arrows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';

import { AQL_VALUES, INSPECTION_LEVELS, INSPECTION_MODES } from '../../shared/quality';
import type { InspectionLevel, InspectionMode, SamplingInput, SamplingPlan } from '../../shared/quality';

export { AQL_VALUES, INSPECTION_LEVELS, INSPECTION_MODES };
export type { InspectionLevel, InspectionMode, SamplingInput, SamplingPlan };

type Cell = [number, number] | 'down' | 'up' | null;

interface Iso2859File {
  source: string;
  date: string;
  levels: string[];
  aqls: string[];
  codeLetters: { lotSize: [number, number | null]; letters: Record<InspectionLevel, string> }[];
  sampleSizes: Record<InspectionMode, Record<string, number>>;
  plans: Record<InspectionMode, Record<string, Cell[]>>;
}

interface Tables {
  file: Iso2859File;
  /** Row order of each master table (the tightened one has an extra row S). */
  letters: Record<InspectionMode, string[]>;
}

const cache = new Map<string, Tables>();

function loadTables(resourcesDir: string): Tables {
  let tables = cache.get(resourcesDir);
  if (!tables) {
    const file = JSON.parse(readFileSync(join(resourcesDir, 'quality', 'iso2859-1.json'), 'utf8')) as Iso2859File;
    // The code indexes columns by position: refuse a file whose columns are not the ones we export.
    if (file.aqls.length !== AQL_VALUES.length || file.aqls.some((label, i) => Number(label) !== AQL_VALUES[i]))
      throw new Error('iso2859-1.json: AQL columns differ from AQL_VALUES');
    if (file.levels.join() !== INSPECTION_LEVELS.join()) throw new Error('iso2859-1.json: inspection levels differ');
    const letters = Object.fromEntries(INSPECTION_MODES.map((m) => [m, Object.keys(file.plans[m])])) as Tables['letters'];
    tables = { file, letters };
    cache.set(resourcesDir, tables);
  }
  return tables;
}

/** Table I: the code letter for a lot size (a lot of 1 falls in the first row, 2 to 8). */
function codeLetterFor(file: Iso2859File, lotSize: number, level: InspectionLevel): string {
  const row = file.codeLetters.find(({ lotSize: [, max] }) => max === null || lotSize <= max);
  if (!row) throw new Error(`iso2859-1.json: no code letter row for lot size ${lotSize}`);
  return row.letters[level];
}

/**
 * Follows the arrow in a cell to the first plan in its direction. A few arrows on the table's edge
 * (row A under AQL 10 pointing up, row R under 0.015 pointing down) have nothing in their direction;
 * for those the nearest plan the other way applies, as the notes in the JSON file explain.
 */
function resolve(rows: Record<string, Cell[]>, letters: string[], start: number, column: number) {
  const at = (i: number) => rows[letters[i] as string]?.[column] ?? null;
  const first = at(start);
  if (Array.isArray(first)) return { letter: letters[start] as string, plan: first };
  for (const step of first === 'up' ? [-1, 1] : [1, -1]) {
    for (let i = start + step; i >= 0 && i < letters.length; i += step) {
      const cell = at(i);
      if (Array.isArray(cell)) return { letter: letters[i] as string, plan: cell };
    }
  }
  throw new Error(`iso2859-1.json: no plan in column ${column} for row ${letters[start]}`);
}

function validate(input: SamplingInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { lotSize, level, aql, mode } = input;
  if (typeof lotSize !== 'number' || !Number.isSafeInteger(lotSize))
    issues.push({ path: 'lotSize', key: 'not_integer', message: 'The lot size must be a whole number' });
  else if (lotSize < 1)
    issues.push({ path: 'lotSize', key: 'too_small', message: 'The lot size must be at least 1', params: { min: 1 } });
  if (!INSPECTION_LEVELS.includes(level))
    issues.push({
      path: 'level',
      key: 'not_allowed',
      message: `Unknown inspection level "${String(level)}"`,
      params: { values: INSPECTION_LEVELS.join(', ') },
    });
  if (typeof aql !== 'number' || !AQL_VALUES.includes(aql))
    issues.push({
      path: 'aql',
      key: 'aql_unknown',
      message: `AQL ${String(aql)} is not a column of the ISO 2859-1 tables`,
      params: { value: String(aql), values: AQL_VALUES.join(', ') },
    });
  if (mode !== undefined && !INSPECTION_MODES.includes(mode))
    issues.push({
      path: 'mode',
      key: 'not_allowed',
      message: `Unknown inspection mode "${String(mode)}"`,
      params: { values: INSPECTION_MODES.join(', ') },
    });
  return issues;
}

/**
 * The single sampling plan of ISO 2859-1 for a lot: code letter from Table I, then the plan of the
 * master table for the inspection mode (II-A normal, II-B tightened, II-C reduced), following arrows.
 * Throws ValidationError for a bad lot size, level, AQL or mode.
 */
export function samplingPlan(resourcesDir: string, input: SamplingInput): SamplingPlan {
  const issues = validate(input);
  if (issues.length > 0) throw new ValidationError(issues);
  const { lotSize, level, aql } = input;
  const mode = input.mode ?? 'normal';
  const { file, letters } = loadTables(resourcesDir);

  const codeLetter = codeLetterFor(file, lotSize, level);
  const rowOrder = letters[mode];
  const { letter: planLetter, plan } = resolve(file.plans[mode], rowOrder, rowOrder.indexOf(codeLetter), AQL_VALUES.indexOf(aql));
  const planSize = file.sampleSizes[mode][planLetter];
  if (planSize === undefined) throw new Error(`iso2859-1.json: no ${mode} sample size for ${planLetter}`);
  const inspectAll = planSize >= lotSize;
  return { codeLetter, planLetter, sampleSize: inspectAll ? lotSize : planSize, accept: plan[0], reject: plan[1], inspectAll };
}

/** The code letter and its own sample size (no AQL, no arrows): used when every class has AQL 0. */
export function codeLetterSample(resourcesDir: string, lotSize: number, level: InspectionLevel, mode: InspectionMode): { codeLetter: string; sampleSize: number } {
  const { file } = loadTables(resourcesDir);
  const codeLetter = codeLetterFor(file, lotSize, level);
  const size = file.sampleSizes[mode][codeLetter] ?? file.sampleSizes.normal[codeLetter]!;
  return { codeLetter, sampleSize: Math.min(size, lotSize) };
}
