import { runCli } from './spawn';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { packSetup } from '../fixtures/shipment-packs';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('CLI pack', () => {
  it('prints the day’s packs into a folder with progress on stderr; exits 1 naming the blocked shipment and why', async () => {
    const { core, cn22, cn23, blocked } = await packSetup();
    const out = tempDir();
    const r = runCli(['--data-dir', core.ctx.dataDir, 'pack', '--date', '2026-11-22', '--out', out], { encoding: 'utf8', cwd: ROOT });
    expect(r.stderr).toMatch(/building 3\/3/);
    expect(r.stderr).toContain(`BLOCKED ${blocked.reference}`);
    expect(r.stderr).toMatch(/it ships as a battery alone \(UN3480\)[^\n]*forbidden in mail/i);
    expect(r.stdout).toContain(cn22.reference);
    expect(r.stdout).toContain(cn23.reference);
    expect(r.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual([`${cn22.reference}_Anna_Schmidt.pdf`, `${cn23.reference}_Anna_Schmidt.pdf`].sort());

    // The pack file is there already: kept, and the batch refused, unless --overwrite.
    const first = readFileSync(join(out, `${cn22.reference}_Anna_Schmidt.pdf`));
    const kept = runCli(['--data-dir', core.ctx.dataDir, 'pack', '--ids', `${cn22.id}`, '--out', out], { encoding: 'utf8', cwd: ROOT });
    expect(kept.status).toBe(2);
    expect(JSON.parse(kept.stderr)).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'outDir', key: 'file_exists' }] } });
    expect(readFileSync(join(out, `${cn22.reference}_Anna_Schmidt.pdf`)).equals(first)).toBe(true);
    const ok = runCli(['--data-dir', core.ctx.dataDir, 'pack', '--ids', `${cn22.id}`, '--out', out, '--overwrite'], { encoding: 'utf8', cwd: ROOT });
    expect(ok.status).toBe(0);
    const bad = runCli(['--data-dir', core.ctx.dataDir, 'pack', '--date', '2026-11-22', '--out', join(out, 'missing')], { encoding: 'utf8', cwd: ROOT });
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stderr)).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'outDir' }] } });
  }, 120_000); // a real CLI process: tsx start-up, a worker thread and the fonts loaded once
});
