import { describe, expect, it } from 'vitest';
import { latest } from './latest';

/** A promise settled from outside, to make answers arrive in any order. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('last call wins', () => {
  it('drops an older answer that arrives after a newer one', async () => {
    const loads = latest();
    const seen: string[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    loads.run(first.promise, (v) => seen.push(v), () => seen.push('error'));
    loads.run(second.promise, (v) => seen.push(v), () => seen.push('error'));
    second.resolve('record 2');
    await settle();
    first.resolve('record 1');
    await settle();
    expect(seen).toEqual(['record 2']);
  });

  it('drops an older failure too, and anything after drop()', async () => {
    const loads = latest();
    const seen: string[] = [];
    const first = deferred<string>();
    loads.run(first.promise, (v) => seen.push(v), () => seen.push('error 1'));
    const second = deferred<string>();
    loads.run(second.promise, (v) => seen.push(v), () => seen.push('error 2'));
    first.reject(new Error('gone'));
    second.reject(new Error('gone'));
    await settle();
    expect(seen).toEqual(['error 2']);
    const third = deferred<string>();
    loads.run(third.promise, (v) => seen.push(v), () => seen.push('error 3'));
    loads.drop();
    third.resolve('record 3');
    await settle();
    expect(seen).toEqual(['error 2']);
  });

  it('lets the only load land', async () => {
    const loads = latest();
    const seen: number[] = [];
    loads.run(Promise.resolve(7), (v) => seen.push(v), () => undefined);
    await settle();
    expect(seen).toEqual([7]);
  });
});
