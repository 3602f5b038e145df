import { runCli } from './spawn';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers';

const ROOT = resolve(import.meta.dirname, '..', '..');
const cli = (dataDir: string, ...args: string[]) => runCli(['--data-dir', dataDir, ...args], { encoding: 'utf8', cwd: ROOT });

describe('CLI consultations', () => {
  it('lists the demo consultations (waiting first), writes a letter (text on stdout, PDF path on stderr), refuses a bad ID', async () => {
    const core = testCore();
    await core.ok('demo.load', {});
    const dataDir = core.ctx.dataDir;
    core.close();

    const list = cli(dataDir, 'consultations');
    expect(list.status).toBe(0);
    const rows = list.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.map((r) => [r[2], r[3], r[4], r[5]])).toEqual([['waiting', 'AC-PH-MAG', 'DE', 'China Post'], ['answered', 'EL-HP-BT01', 'GB', 'China Post']]);
    expect(list.stderr).toContain('2 consultation(s)');
    const waiting = cli(dataDir, 'consultations', '--status', 'waiting');
    expect(waiting.stdout.trim().split('\n')).toHaveLength(1);

    const id = rows[0]![1]!;
    const letter = cli(dataDir, 'consultations', 'letter', id, '--lang', 'zh');
    expect(letter.status).toBe(0);
    expect(letter.stdout).toContain('主题：事先咨询：磁吸车载手机支架');
    const path = letter.stderr.split(' (')[0]!.trim();
    expect(path).toMatch(/CQ-\d{4}-\d{6}-zh\.pdf$/);
    expect(existsSync(path)).toBe(true);

    const missing = cli(dataDir, 'consultations', 'letter', '9999');
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stderr)).toMatchObject({ code: 'NOT_FOUND' });
    const usage = cli(dataDir, 'consultations', 'letter');
    expect(usage.status).not.toBe(0);
    expect(usage.stderr).toContain('consultations letter needs the consultation ID');
  });
});
