import { runCli } from './spawn';
import { existsSync, readdirSync, truncateSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const ROOT = resolve(import.meta.dirname, '..', '..');

function cli(dataDir: string, args: string[], cwd = ROOT) {
  const r = runCli(['--data-dir', dataDir, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI backup, backups, restore', () => {
  it('backs up, lists, refuses a damaged data file (exit 1, no stack) and restores from it', () => {
    const dir = tempDir();
    expect(cli(dir, ['demo']).code).toBe(0);
    const made = cli(dir, ['backup']);
    expect(made.code, made.err).toBe(0);
    const path = made.out.trim();
    expect(path).toMatch(/backups\/clearpack-.*-manual\.clearpack-backup$/);
    expect(existsSync(path)).toBe(true);
    expect(made.err).toMatch(/writing \d+\/\d+/); // progress on stderr

    const listed = cli(dir, ['backups']);
    expect(listed.code).toBe(0);
    expect(listed.out.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`\\tmanual\\t\\d+\\t${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))]);

    truncateSync(join(dir, 'clearpack.sqlite'), 0);
    const refused = cli(dir, ['api', 'products.list']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.err)).toMatchObject({ code: 'DATABASE_UNREADABLE', details: { newestBackup: { path } } });
    expect(refused.err).not.toMatch(/\n\s+at /); // no stack trace

    const restored = cli(dir, ['restore', path]);
    expect(restored.code, restored.err).toBe(0);
    expect(JSON.parse(restored.out)).toMatchObject({ restoredFrom: path, counts: { products: expect.any(Number) } });
    expect(JSON.parse(cli(dir, ['api', 'products.list']).out).total).toBeGreaterThan(0);

    // Over readable data: the CLI ends only once the replaced data is in its "before restore" backup.
    const again = cli(dir, ['restore', path]);
    expect(again.code, again.err).toBe(0);
    const kept = JSON.parse(again.out).previousKeptAt as string;
    expect(kept).toMatch(/-before-restore\.clearpack-backup$/);
    expect(cli(dir, ['backups']).out).toContain(`\tbefore-restore\t`);
    expect(readdirSync(join(dir, 'backups')).filter((n) => !n.endsWith('.clearpack-backup'))).toEqual([expect.stringMatching(/\.replaced$/)]);
  });

  it('a backup to a relative FILE goes to the working folder; a bad FILE exits 2 naming the field', () => {
    const dir = tempDir();
    const cwd = tempDir();
    expect(cli(dir, ['backup', 'mine.clearpack-backup'], cwd).code).toBe(0);
    expect(existsSync(join(cwd, 'mine.clearpack-backup'))).toBe(true);
    const bad = cli(dir, ['backup', join(cwd, 'mine.zip')]);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.err)).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'path', key: 'path_extension' }] } });
    const missing = cli(dir, ['restore', join(cwd, 'none.clearpack-backup')]);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.err)).toMatchObject({ details: { issues: [{ path: 'path', key: 'file_not_found' }] } });
    expect(cli(dir, ['restore']).code).toBe(1);
  });
});
