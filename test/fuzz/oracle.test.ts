// The fuzz's rule must be able to fail: each way a call can break it is caught, on a real core
// whose API is wrapped to misbehave in that one way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreApi } from '../../src/core/api';
import { testCore } from '../helpers';
import { check } from './oracle';

describe('the contract fuzz rule', () => {
  const misbehaving = (call: CoreApi['call']) => {
    const core = testCore();
    return { core, target: { ctx: core.ctx, api: { call } } };
  };

  it('passes a result and a clean refusal', async () => {
    const core = testCore();
    expect(await check(core, 'products.get', { id: 1 }, 5_000)).toBeNull(); // NOT_FOUND, nothing written
    expect(await check(core, 'products.create', { sku: 'A-1', name: 'Mug' }, 5_000)).toBeNull();
  });

  it('catches INTERNAL, a throw, a hang and a refusal that wrote', async () => {
    const internal = misbehaving(async () => ({ ok: false, error: { code: 'INTERNAL', message: 'boom', details: {} } }));
    expect(await check(internal.target, 'products.list', {}, 5_000)).toMatch(/^INTERNAL: boom/);

    const throws = misbehaving(async () => {
      throw new TypeError('raw');
    });
    expect(await check(throws.target, 'products.list', {}, 5_000)).toMatch(/^threw: TypeError: raw/);

    const hangs = misbehaving(() => new Promise(() => {}));
    expect(await check(hangs.target, 'products.list', {}, 50)).toBe('no answer within 50 ms');

    const writes = misbehaving(async (method, input) => {
      await writes.core.api.call('products.create', { sku: 'LEAK-1', name: 'Written by a refused call' });
      void method;
      void input;
      return { ok: false, error: { code: 'VALIDATION', message: 'bad', details: {} } };
    });
    expect(await check(writes.target, 'products.create', {}, 5_000)).toMatch(/^refusal changed data \(VALIDATION/);

    const writesFile = misbehaving(async () => {
      mkdirSync(join(writesFile.core.ctx.dataDir, 'files'), { recursive: true });
      writeFileSync(join(writesFile.core.ctx.dataDir, 'files', 'stray'), 'x');
      return { ok: false, error: { code: 'CONFLICT', message: 'no', details: {} } };
    });
    expect(await check(writesFile.target, 'attachments.add', {}, 5_000)).toMatch(/^refusal changed data \(CONFLICT/);
  });
});
