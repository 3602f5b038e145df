import { runCli } from './spawn';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testCore } from '../helpers';
import { readPdf } from '../pdf';

const ROOT = resolve(import.meta.dirname, '..', '..');
const cli = (dataDir: string, ...args: string[]) => runCli(['--data-dir', dataDir, ...args], { encoding: 'utf8', cwd: ROOT });
const pdfText = async (path: string) => (await readPdf(new Uint8Array(readFileSync(path)))).map((p) => p.text).join('\n');

describe('CLI claims letter', () => {
  it('writes the claim letter in English or, with --lang zh, in Chinese (path on stdout); refuses a bad --lang, a missing ID, an unknown claim', async () => {
    const core = testCore();
    await core.ok('demo.load', {});
    const dataDir = core.ctx.dataDir;
    const claim = (await core.ok('claims.list', {})).items[0]!;
    core.close();

    const en = cli(dataDir, 'claims', 'letter', String(claim.id));
    expect(en.status).toBe(0);
    const enPath = en.stdout.trim();
    expect(enPath).toBe(join(dataDir, 'documents', 'claims', `${claim.reference}-letter.pdf`));
    expect(en.stderr).toContain('page(s) in en');
    expect(await pdfText(enPath)).toContain('INSURANCE CLAIM');

    const dir = tempDir();
    const out = join(dir, 'letter-zh.pdf');
    const zh = cli(dataDir, 'claims', 'letter', String(claim.id), '--lang', 'zh', '--out', out);
    expect(zh.status).toBe(0);
    expect(zh.stdout.trim()).toBe(out);
    expect(zh.stderr).toContain('page(s) in zh');
    const text = await pdfText(out);
    for (const s of ['保险索赔申请书', '保单号', '索赔金额', '随附证据', claim.reference]) expect(text).toContain(s);
    expect(text).not.toContain('INSURANCE CLAIM');
    // The file is there now: written again only with --overwrite.
    expect(cli(dataDir, 'claims', 'letter', String(claim.id), '--lang', 'zh', '--out', out).status).toBe(2);
    expect(cli(dataDir, 'claims', 'letter', String(claim.id), '--lang', 'zh', '--out', out, '--overwrite').status).toBe(0);

    const bad = cli(dataDir, 'claims', 'letter', String(claim.id), '--lang', 'fr', '--out', join(dir, 'fr.pdf'));
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--lang must be one of en, zh (not "fr")');
    expect(bad.stderr).toContain('claims letter ID [--lang en|zh]'); // the usage follows
    expect(existsSync(join(dir, 'fr.pdf'))).toBe(false);
    // The consultation letter refuses it in the same words.
    const badConsultation = cli(dataDir, 'consultations', 'letter', '1', '--lang', 'fr');
    expect(badConsultation.status).not.toBe(0);
    expect(badConsultation.stderr).toContain('--lang must be one of en, zh (not "fr")');

    const missing = cli(dataDir, 'claims', 'letter', '9999');
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stderr)).toMatchObject({ code: 'NOT_FOUND' });
    const usage = cli(dataDir, 'claims', 'letter');
    expect(usage.status).not.toBe(0);
    expect(usage.stderr).toContain('claims letter needs the claim ID');
  });
});
