import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../shared/errors';
import { testCore } from '../../test/helpers';
import { errorData } from './failure';

describe('errorData: what a caller is told when something was thrown', () => {
  it('a typed error as it is; SQLite busy as CONFLICT database_busy; anything else one line of INTERNAL, no stack', () => {
    expect(errorData(new NotFoundError('Product', 3), 'products.get')).toMatchObject({ code: 'NOT_FOUND', details: { what: 'Product', id: 3 } });
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(errorData(busy, 'products.create')).toMatchObject({ code: 'CONFLICT', details: { reason: 'database_busy', issues: [{ key: 'database_busy' }] } });
    expect(errorData(Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' }), 'm').code).toBe('CONFLICT');
    const odd = new Error('first line\n    at secret (/home/me/src/core/x.ts:1:1)');
    expect(errorData(odd, 'm')).toEqual({ code: 'INTERNAL', message: 'Internal error in m: first line', details: {} });
    expect(errorData('a string', 'm').message).toBe('Internal error in m: a string');
  });

  it('api.call: an unexpected failure is INTERNAL with a short message, the error goes to onError (the log)', async () => {
    const core = testCore();
    core.ctx.state!.closeDatabase(); // both connections: every query now throws a TypeError that no handler expects
    const e = await core.fail('products.list', {});
    expect(e.code).toBe('INTERNAL');
    expect(e.message).not.toMatch(/\n|\bat .*:\d+:\d+/);
  });
});
