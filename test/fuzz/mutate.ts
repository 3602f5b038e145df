// Mutations of a valid input at every depth: the fuzz starts from inputs that reach the handlers
// (ids that exist, files that are there) and breaks one to three things in them.
import fc from 'fast-check';
import { hostileText, hostileValue } from './hostile';

type Path = (string | number)[];

/** Every position in a value (the root is []), objects' keys and arrays' elements included. */
export function positions(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...positions(v, [...path, i])));
  else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) out.push(...positions(v, [...path, k]));
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

const clone = <T>(v: T): T => structuredClone(v);

function getAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v;
}

/** Replaces the value at `path` (the root when path is empty). */
function setAt(root: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = next;
  return root;
}

/** One mutation: what to do at a position, given what is there. */
type Op = (at: unknown, rnd: { value: unknown; text: string; n: number; key: string }) => { drop: true } | { value: unknown };

const OPS: Record<string, Op> = {
  hostileText: (_at, r) => ({ value: r.text }),
  replace: (_at, r) => ({ value: r.value }),
  drop: () => ({ drop: true }),
  nullify: () => ({ value: null }),
  wrapInArray: (at) => ({ value: [at] }),
  // (JSON has no BigInt: hostileValue offers one, and JSON.stringify would throw in the harness, not the app)
  stringify: (at) => ({ value: typeof at === 'string' ? at : JSON.stringify(at, (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x)) ?? 'undefined' }),
  numberEdge: (at, r) => ({ value: typeof at === 'number' ? [at + 1, at - 1, -at, at * 1e6, at + 0.5, 0, 999_999_999][r.n % 7] : r.value }),
  textAround: (at, r) =>
    typeof at === 'string'
      ? { value: [r.text + at, at + r.text, at.slice(0, at.length >> 1) + r.text + at.slice(at.length >> 1), at.slice(0, 1) + r.text + at.slice(1), at.repeat(50)][r.n % 5] }
      : { value: r.text },
  addKey: (at, r) => (isPlainObject(at) ? { value: { ...at, [r.key]: r.value } } : { value: { value: at, [r.key]: r.value } }),
  dropKey: (at, r) => {
    if (!isPlainObject(at)) return { value: {} };
    const keys = Object.keys(at);
    if (keys.length === 0) return { value: { [r.key]: r.value } };
    const copy = { ...at };
    delete copy[keys[r.n % keys.length]!];
    return { value: copy };
  },
  emptyArray: () => ({ value: [] }),
  duplicateElement: (at, r) => (Array.isArray(at) && at.length > 0 ? { value: [...at, at[r.n % at.length]] } : { value: [at, at] }),
  manyElements: (at) => ({ value: Array.isArray(at) && at.length > 0 ? Array.from({ length: 1001 }, (_, i) => at[i % at.length]) : Array(1001).fill(at) }),
  missingId: (_at, r) => ({ value: [999_999, 2 ** 31 - 1, 2 ** 53 - 1, 0, -1][r.n % 5] }),
};

/** How often each is tried: text is where most of the findings were (search syntax, look-alike identifiers, dates). */
const OP_WEIGHTS: Record<keyof typeof OPS, number> = {
  hostileText: 6, textAround: 4, replace: 3, drop: 2, numberEdge: 2, missingId: 2, nullify: 1, wrapInArray: 1, stringify: 1,
  addKey: 1, dropKey: 1, emptyArray: 1, duplicateElement: 1, manyElements: 1,
};

export interface Mutation {
  /** Which positions to choose among: leaves holding text are where most findings were. */
  target: 'string' | 'number' | 'any';
  position: number;
  op: string;
  value: unknown;
  text: string;
  n: number;
  key: string;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  target: fc.oneof({ weight: 5, arbitrary: fc.constant('string' as const) }, { weight: 2, arbitrary: fc.constant('number' as const) }, { weight: 3, arbitrary: fc.constant('any' as const) }),
  // Unbiased: fast-check's default bias towards small numbers would mostly hit the root.
  position: fc.noBias(fc.nat({ max: 1 << 20 })),
  op: fc.oneof(...Object.entries(OP_WEIGHTS).map(([op, weight]) => ({ weight, arbitrary: fc.constant(op) }))),
  value: hostileValue,
  text: hostileText,
  n: fc.noBias(fc.nat({ max: 1 << 20 })),
  key: fc.oneof(fc.constantFrom('unknown', 'id', '__proto__', 'constructor', '', ' '), hostileText.filter((s) => s.length < 50)),
});

/** Applies mutations in order; each picks its position among those of the value as it is then. */
export function applyMutations(seed: unknown, mutations: readonly Mutation[]): unknown {
  let value = clone(seed);
  for (const m of mutations) {
    const all = positions(value);
    const typed = m.target === 'any' ? [] : all.filter((p) => typeof getAt(value, p) === m.target);
    const among = typed.length ? typed : all;
    const path = among[m.position % among.length]!;
    const out = OPS[m.op]!(getAt(value, path), m);
    if ('drop' in out) {
      if (path.length === 0) value = undefined;
      else {
        const parent = getAt(value, path.slice(0, -1));
        const last = path[path.length - 1]!;
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete (parent as Record<string, unknown>)[last];
      }
    } else value = setAt(value, path, out.value);
  }
  return value;
}

/** 1–3 mutations of one of the seeds; the seed itself too, sometimes (a valid call must succeed or be refused cleanly). */
export function mutatedInput(seeds: unknown[]): fc.Arbitrary<unknown> {
  const mutations = fc.oneof(
    { weight: 1, arbitrary: fc.constant<Mutation[]>([]) },
    // Mostly one: a second mutation often makes the schema refuse the input before the first reaches the handler.
    { weight: 6, arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 1 }) },
    { weight: 3, arbitrary: fc.array(mutationArb, { minLength: 2, maxLength: 3 }) },
  );
  return fc.record({ seed: fc.constantFrom(...seeds), mutations }).map(({ seed, mutations: m }) => applyMutations(seed, m));
}

/**
 * A deterministic sweep that runs every time, whatever the seed: each text field of each seed with
 * `insert` put in the middle (a NUL in the middle of a word was the commonest crash: search syntax,
 * file paths), one field at a time.
 */
export function sweepStrings(seeds: unknown[], insert: string): unknown[] {
  const out: unknown[] = [];
  for (const seed of seeds)
    for (const path of positions(seed)) {
      const at = getAt(seed, path);
      if (typeof at !== 'string') continue;
      const mid = at.length >> 1;
      out.push(setAt(clone(seed), path, at.slice(0, mid) + insert + at.slice(mid)));
      // A path: in the file's name too (in the middle it would name a folder that does not exist).
      if (at.includes('/')) out.push(setAt(clone(seed), path, at.slice(0, -4) + insert + at.slice(-4)));
    }
  return out;
}
