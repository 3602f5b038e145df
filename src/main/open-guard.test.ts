import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers';
import { CHOSEN_KEPT, ChosenPaths, mayOpen } from './open-guard';

describe('mayOpen: what the page may hand to the system viewer', () => {
  it('allows stored files and chosen files, refuses everything else', () => {
    const data = tempDir();
    const outside = tempDir();
    mkdirSync(join(data, 'files'));
    writeFileSync(join(data, 'files', 'abc'), 'x');
    writeFileSync(join(outside, 'evil.sh'), 'x');
    symlinkSync(join(outside, 'evil.sh'), join(data, 'files', 'link'));
    const chosen = new Set([join(outside, 'picked.pdf')]);
    expect(mayOpen(join(data, 'files', 'abc'), data, chosen)).toBe(true);
    expect(mayOpen(join(outside, 'picked.pdf'), data, chosen)).toBe(true);
    expect(mayOpen(join(outside, 'evil.sh'), data, chosen)).toBe(false);
    expect(mayOpen(join(data, 'files', 'link'), data, chosen)).toBe(false); // a link out of the folder
    expect(mayOpen(join(data, 'files', '..', '..', 'etc', 'passwd'), data, chosen)).toBe(false);
    expect(mayOpen(data, data, chosen)).toBe(false);
    expect(mayOpen('files/abc', data, chosen)).toBe(false);
    expect(mayOpen(42, data, chosen)).toBe(false);
  });
});

describe('ChosenPaths: what the user chose stays openable after a restart', () => {
  it('keeps the choices in a file in the data folder, the newest last, and reads them back', () => {
    const data = tempDir();
    const file = join(data, 'chosen-paths.json');
    const folder = join(tempDir(), 'packs');
    const first = new ChosenPaths(file);
    expect(first.has(folder)).toBe(false);
    first.add(folder);
    first.add('/tmp/a.pdf');
    first.add(folder); // chosen again: moves to the end, not twice
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(['/tmp/a.pdf', folder]);
    // the next session
    const next = new ChosenPaths(file);
    expect(next.has(folder)).toBe(true);
    expect(mayOpen(folder, data, next)).toBe(true);
    expect(mayOpen(join(folder, 'other.exe'), data, next)).toBe(false); // the folder, not what is in it
  });

  it('keeps the newest choices only, and reads a broken or foreign file as none', () => {
    const data = tempDir();
    const file = join(data, 'chosen-paths.json');
    const kept = new ChosenPaths(file);
    for (let i = 0; i <= CHOSEN_KEPT; i++) kept.add(`/out/${i}`);
    const again = new ChosenPaths(file);
    expect(again.has('/out/0')).toBe(false);
    expect(again.has(`/out/${CHOSEN_KEPT}`)).toBe(true);
    writeFileSync(file, '{not json');
    expect(new ChosenPaths(file).has(`/out/${CHOSEN_KEPT}`)).toBe(false);
    writeFileSync(file, JSON.stringify(['relative/path', 7, '/ok']));
    const mixed = new ChosenPaths(file);
    expect(mixed.has('relative/path')).toBe(false);
    expect(mixed.has('/ok')).toBe(true);
    // a file that cannot be written: the choice still holds for the session
    const unwritable = new ChosenPaths(join(data, 'no-such-dir', 'x.json'));
    unwritable.add('/p');
    expect(unwritable.has('/p')).toBe(true);
  });
});
