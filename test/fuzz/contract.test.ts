// #11 point 8: every method of the contract, fed valid inputs mutated at every depth and inputs
// generated from its schema, answers with a result or a typed error (never INTERNAL, never a throw,
// never a hang), and a refusal leaves the database and the data folder exactly as they were. Jobs
// are waited for and held to the same rule. FUZZ_RUNS raises the number of runs (npm run test:soak);
// FUZZ_SEED replays a failure (fast-check prints the seed and the shrunk input).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindOf, METHOD_NAMES, methods } from '../../src/shared/api';
import type { MethodName } from '../../src/shared/api';
import { check } from './oracle';
import { mutatedInput, sweepStrings } from './mutate';
import { schemaArbitrary } from './fromSchema';
import { SEEDS } from './seeds';
import { digest } from './digest';
import { confine, openWorld } from './world';
import type { World } from './world';

const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
/** FUZZ_METHODS=regex: only these methods (to replay or dig into one area). */
const ONLY = new RegExp(process.env.FUZZ_METHODS ?? '');
/** Longer than any honest call on a loaded 2-core machine (a pack with Chinese fonts takes ~1 s). */
const CALL_TIMEOUT_MS = 30_000;

let world: World;
let calls = 0;
beforeAll(async () => {
  world = await openWorld();
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) digest(world.core.ctx.db, world.dataDir);
  console.info(`[fuzz] digest of the database and data folder: ${((performance.now() - t0) / 20).toFixed(1)} ms`);
}, 120_000);
afterAll(() => {
  world?.close();
  console.info(`[fuzz] ${calls} calls over ${METHOD_NAMES.filter((m) => ONLY.test(m)).length} methods (FUZZ_RUNS=${RUNS}, FUZZ_SEED=${SEED})`);
});

function property(method: MethodName) {
  return async (raw: unknown) => {
    const input = confine(raw, world);
    calls++;
    const failure = await check(world.core, method, input, CALL_TIMEOUT_MS);
    if (process.env.FUZZ_TRACE) console.log(method, show(input)?.slice(0, 150), failure);
    if (failure === null) return;
    expect.fail(`${method}(${show(input)}) → ${failure}`);
  };
}

const show = (v: unknown) => {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x))?.slice(0, 2000) ?? String(v);
  } catch {
    return String(v);
  }
};

/** Jobs start a worker thread each (≈1 s here): fewer runs, the same rules. */
const runsFor = (method: MethodName) => Math.max(1, kindOf(method) === 'job' ? Math.ceil(RUNS / 3) : RUNS);

describe.sequential('contract fuzz: every method', () => {
  it('has valid seeds for every method (they pass the schema, so mutations start deep)', () => {
    for (const method of METHOD_NAMES) {
      const seeds = SEEDS[method](world);
      expect(seeds.length, method).toBeGreaterThan(0);
      for (const seed of seeds) {
        const parsed = methods[method].input.safeParse(seed);
        expect(parsed.success, `${method} ${show(seed)} ${parsed.error?.message}`).toBe(true);
      }
    }
  });

  it.each(METHOD_NAMES.filter((m) => ONLY.test(m)))('%s: a result or a typed error; a refusal changes nothing', async (method) => {
    const seeds = SEEDS[method](world);
    const inputs = fc.oneof(
      { weight: 3, arbitrary: mutatedInput(seeds) },
      { weight: 1, arbitrary: schemaArbitrary(methods[method].input, world.allIds) },
    );
    const prop = fc.asyncProperty(inputs, property(method));
    // A fixed seed (the same runs every time) and a random one (new ground each run; printed on failure).
    await fc.assert(prop, { numRuns: runsFor(method), seed: SEED, endOnFailure: false });
    await fc.assert(prop, { numRuns: Math.max(1, Math.ceil(runsFor(method) / 3)) });
    // And every text field with a NUL in the middle, one at a time.
    for (const input of sweepStrings(seeds, 'a\u0000b')) await property(method)(input);
  });
});
