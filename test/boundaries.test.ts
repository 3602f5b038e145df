// The process boundaries of DESIGN.md are enforced by ESLint; this proves the rules bite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('process boundaries', () => {
  it.each([
    ['src/core/x.ts', "import x from 'electron';"],
    ['src/shared/x.ts', "import x from 'node:fs';"],
    ['src/shared/x.ts', "import x from '../core/api';"],
    ['src/renderer/src/x.ts', "import x from 'node:path';"],
    ['src/renderer/src/x.ts', "import x from 'better-sqlite3';"],
    ['src/renderer/src/x.ts', "import x from '../../core/api';"],
    ['src/preload/x.ts', "import x from '../core/api';"],
  ])('%s may not: %s', async (file, source) => {
    expect(await restricted(file, source)).toBe(true);
  });

  it.each([
    ['src/core/x.ts', "import x from 'node:fs';"],
    ['src/renderer/src/x.ts', "import x from '../../shared/api';"],
    ['src/main/x.ts', "import x from 'electron';"],
  ])('%s may: %s', async (file, source) => {
    expect(await restricted(file, source)).toBe(false);
  });
});
