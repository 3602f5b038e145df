// A context whose connection prepares each SQL text once. An import makes thousands of shipments
// through the shipments' own create path (createShipment, the preflight's loaders), which prepare
// their statements at every call: preparing was a third of the import's time. Statements are
// handed back with their modes reset (pluck, raw, expand are settings of the statement), so a
// caller sees a freshly prepared one. Only for work that runs its statements to the end before the
// next call (no iterate() left open), as the create path does.
import type { Statement } from 'better-sqlite3';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';

export function withStatementCache(ctx: CoreContext): CoreContext {
  const db = ctx.db;
  const cache = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
    // A statement that returns no data refuses the mode setters.
    if (stmt.reader) stmt.pluck(false).expand(false).raw(false);
    return stmt;
  };
  const cached = new Proxy(db, {
    get(target, key) {
      if (key === 'prepare') return prepare;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as DB;
  return { ...ctx, db: cached, readDb: cached };
}
