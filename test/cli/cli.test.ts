import { runCli } from './spawn';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const ROOT = resolve(import.meta.dirname, '..', '..');

function cli(dataDir: string, args: string[], stdin?: string) {
  const r = runCli(['--data-dir', dataDir, ...args], { encoding: 'utf8', input: stdin, cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI', () => {
  it('round trip: create → get → search → bad input exits 2 naming the field', () => {
    const dir = tempDir();
    const created = cli(dir, ['api', 'products.create', JSON.stringify({ sku: 'CLI-1', name: 'Phone case', localName: '手机壳', hsCode: '3926.90' })]);
    expect(created.code).toBe(0);
    const product = JSON.parse(created.out);
    expect(product).toMatchObject({ id: 1, sku: 'CLI-1', hsCode: '392690' });

    const got = cli(dir, ['api', 'products.get', '-'], JSON.stringify({ id: product.id }));
    expect(got.code).toBe(0);
    expect(JSON.parse(got.out)).toEqual(product);

    const found = cli(dir, ['api', 'products.list', '{"query":"手机"}']);
    expect(JSON.parse(found.out)).toMatchObject({ total: 1, items: [{ sku: 'CLI-1' }] });

    const bad = cli(dir, ['api', 'products.create', '{"sku":"CLI-2","name":"x","unitNetWeightG":-5}']);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    const error = JSON.parse(bad.err);
    expect(error).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'unitNetWeightG', key: 'negative' }] } });
    expect(error.message).toContain('unitNetWeightG');
    expect(JSON.parse(cli(dir, ['api', 'products.list']).out).total).toBe(1);
  });

  it('exits 1 with a JSON error for a conflict or an unknown method, 2 for JSON that does not parse', () => {
    const dir = tempDir();
    cli(dir, ['api', 'products.create', '{"sku":"A","name":"x"}']);
    const dup = cli(dir, ['api', 'products.create', '{"sku":"a","name":"y"}']);
    expect(dup.code).toBe(1);
    expect(JSON.parse(dup.err)).toMatchObject({ code: 'CONFLICT', details: { issues: [{ path: 'sku' }] } });
    const unknown = cli(dir, ['api', 'products.fly', '{}']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.err)).toMatchObject({ code: 'UNKNOWN_METHOD' });
    const broken = cli(dir, ['api', 'products.create', '{sku:']);
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.err).code).toBe('VALIDATION');
  });

  it('api --list prints every method with its input JSON Schema', () => {
    const r = cli(tempDir(), ['api', '--list']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { name: string; input: { type?: string; properties?: Record<string, unknown> } }[];
    const create = list.find((m) => m.name === 'products.create');
    expect(create?.input.properties).toHaveProperty('hsCode');
    expect(list.map((m) => m.name)).toEqual(expect.arrayContaining(['products.create', 'products.get', 'products.update', 'products.archive', 'products.restore', 'products.list']));
  });

  it('api --list gives each method its declared kind, and a job method is waited for by that kind', () => {
    const dir = tempDir();
    const list = JSON.parse(cli(dir, ['api', '--list']).out) as { name: string; kind: string }[];
    const kinds = Object.fromEntries(list.map((m) => [m.name, m.kind]));
    expect(new Set(Object.values(kinds))).toEqual(new Set(['query', 'mutation', 'job']));
    expect(kinds).toMatchObject({ 'products.list': 'query', 'suppliers.reviewPdf': 'mutation', 'jobs.cancel': 'mutation', 'backup.create': 'job' });
    // backup.create is a job: the CLI prints the finished job (not the {jobId} it answers at once).
    const backup = cli(dir, ['api', 'backup.create', '{}']);
    expect(backup.code, backup.err).toBe(0);
    const job = JSON.parse(backup.out) as { kind: string; state: string; result: { path: string } };
    expect(job).toMatchObject({ kind: 'backup.create', state: 'done' });
    expect(job.result.path).toMatch(/\.clearpack-backup$/);
    // A query is printed as it answers.
    expect(JSON.parse(cli(dir, ['api', 'backup.list', '{}']).out)).toMatchObject({ total: 1 });
  });

  it('an unknown command prints the usage and exits 1', () => {
    const r = cli(tempDir(), ['fly']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Usage: clearpack');
  });

  it('demo fills an empty data file once; an import job is waited for (exit 2 when rows are bad)', () => {
    const dir = tempDir();
    const demo = cli(dir, ['demo']);
    expect(demo.code).toBe(0);
    expect(JSON.parse(demo.out).counts.products).toBeGreaterThanOrEqual(30);
    const again = cli(dir, ['demo']);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.err)).toMatchObject({ code: 'CONFLICT' });
    const csv = join(dir, 'p.csv');
    writeFileSync(csv, 'sku,name,unitNetWeightG\nCLI-CSV-1,Fine,10\nCLI-CSV-2,Bad,-1\n');
    const bad = cli(dir, ['api', 'products.importCsv', JSON.stringify({ path: csv })]);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out)).toMatchObject({ state: 'done', result: { committed: false, errors: [{ row: 3, column: 'unitNetWeightG', key: 'negative' }] } });
    writeFileSync(csv, 'sku,name,unitNetWeightG\nCLI-CSV-1,Fine,10\n');
    const good = cli(dir, ['api', 'products.importCsv', JSON.stringify({ path: csv })]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.out)).toMatchObject({ state: 'done', result: { committed: true, created: 1 } });
  });
});
