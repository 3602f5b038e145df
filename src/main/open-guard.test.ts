import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers';
import { mayOpen } from './open-guard';

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
