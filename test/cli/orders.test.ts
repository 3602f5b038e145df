import { runCli } from './spawn';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers';
import { file } from '../jobs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'orders', 'shopify_orders_export.csv');
const cli = (dataDir: string, ...args: string[]) => runCli(['--data-dir', dataDir, ...args], { encoding: 'utf8', cwd: ROOT });

describe('CLI orders import', () => {
  it('a dry run writes nothing; the import prints each shipment with its verdict; again: nothing new; bad orders exit 2 (--skip-bad imports the good)', async () => {
    const core = testCore();
    await core.ok('demo.load', {});
    const dataDir = core.ctx.dataDir;
    const before = core.ctx.db.prepare('SELECT count(*) FROM shipments').pluck().get() as number;
    core.close();

    const dry = cli(dataDir, 'orders', 'import', FIXTURE, '--dry-run');
    expect(dry.stderr).toContain('6 order(s) in the shopify file (store "shopify"): 3 to ship, 0 with problems, skipped: 1 cancelled, 1 refunded, 1 fulfilled; 1 line(s) need no shipping.');
    expect(dry.stderr).toContain('Dry run: nothing was written.');
    expect(dry.status).toBe(0);

    const run = cli(dataDir, 'orders', 'import', FIXTURE);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => l.split('\t').slice(1, 4));
    expect(lines).toEqual([['#2003', 'blocked', 'Hannah Weber'], ['#2001', 'ready', 'Emily Carter'], ['#2002', 'ready', 'José Álvarez']]);
    expect(run.stderr).toContain('3 draft shipment(s) created: 2 ready, 0 with warnings, 1 blocked.');
    expect(cli(dataDir, 'orders', 'import', FIXTURE).stderr).toContain('skipped: 1 cancelled, 1 refunded, 1 fulfilled, 3 already imported');

    const bad = file('orders.csv', 'Order No,Recipient,Address,City,Country,SKU,Qty,Unit price\nX-1,Anna,Hauptstr. 5,Berlin,DE,HM-MG-CER,1,12.90\nX-2,Ben,Main St 1,Boston,Narnia,HM-MG-CER,1,12.90\n');
    const refused = cli(dataDir, 'orders', 'import', bad);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('PROBLEM order X-2 row 3 column "Country" (country_unknown): Order X-2: "Narnia" is not a country');
    expect(refused.stderr).toContain('Nothing was written.');
    const skipped = cli(dataDir, 'orders', 'import', bad, '--skip-bad', '--store', 'sheet');
    expect(skipped.status).toBe(2);
    expect(skipped.stdout).toMatch(/\tX-1\t/);
    const reopened = (await import('better-sqlite3')).default(join(dataDir, 'clearpack.sqlite'), { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM shipments').pluck().get()).toBe(before + 4);
    reopened.close();
    expect(cli(dataDir, 'orders', 'import').status).toBe(1);
  }, 180_000);
});
