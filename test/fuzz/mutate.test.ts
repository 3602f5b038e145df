// The fuzz harness itself: a mutation must never throw in the test (stop 28's CI failed when the
// stringify mutation met the BigInt that hostileValue offers: "Do not know how to serialize a BigInt").
import { describe, expect, it } from 'vitest';
import { applyMutations } from './mutate';
import type { Mutation } from './mutate';

const at = (op: string, value: unknown = null): Mutation => ({ target: 'any', position: 0, op, value, text: 'x', n: 0, key: 'k' });

describe('fuzz mutations', () => {
  it('stringify turns a BigInt, alone or inside, into its digits (as JSON text) instead of throwing', () => {
    expect(applyMutations(BigInt(12), [at('stringify')])).toBe('"12"');
    expect(applyMutations({ id: 1 }, [at('replace', { n: BigInt(3) }), at('stringify')])).toBe('{"n":"3"}');
  });
});
