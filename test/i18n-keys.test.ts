// Every word the app can show exists in English AND Chinese: the keys the renderer names in code
// (t('…'), i18nKey="…", errors.<key>), every error key the core and the contract emit (the UI
// shows them as errors.<key>), and the two languages have the same key set. A key missing in one
// language would fall back to English (or to the raw key) on a Chinese seller's screen.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
  });

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = '', out = new Set<string>()): Set<string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    // A plural form (count_one, count_other) answers for its base key; too_many is a key of its own.
    if (typeof v === 'string') out.add(key).add(key.replace(/_(zero|one|two|few|many|other)$/, ''));
    else flatten(v, key, out);
  }
  return out;
}

// The words as the app loads them (src/renderer/src/i18n/resources.ts gathers the shell's and every area's).
async function resources(): Promise<{ en: Set<string>; zh: Set<string> }> {
  const all = await import('../src/renderer/src/i18n/resources');
  return { en: flatten(all.en as Tree), zh: flatten(all.zh as Tree) };
}

/** The areas that keep words of their own (areas/<area>/i18n.ts). */
const areasWithWords = (): string[] =>
  readdirSync(join(ROOT, 'src', 'renderer', 'src', 'areas')).filter((area) => {
    try {
      return statSync(join(ROOT, 'src', 'renderer', 'src', 'areas', area, 'i18n.ts')).isFile();
    } catch {
      return false;
    }
  });

/** Keys the renderer names literally. */
function rendererKeys(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [/\bt\(\s*'([A-Za-z0-9_.-]+)'/g, /\bt\(\s*"([A-Za-z0-9_.-]+)"/g, /i18nKey="([A-Za-z0-9_.-]+)"/g, /['"`](errors\.[a-z0-9_]+)['"`]/g];
  for (const f of files(join(ROOT, 'src', 'renderer', 'src'))) {
    const text = readFileSync(f, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) if (m[1]!.includes('.')) found.set(m[1]!, relative(ROOT, f));
  }
  return found;
}

/** Error keys the core and the contract put in field issues (shown as errors.<key>). */
function errorKeys(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /\bpath\b[^\n]*?\bkey: '([a-z0-9_]+)'/g, // ValidationError issues { path, key: 'x', message }
    /\.\.\.base, key: '([a-z0-9_]+)'/g, // zod issues turned into field issues (shared/validation)
    /params: \{ key: '([a-z0-9_]+)'/g, // zod custom issues
    /\bbad\([^,]+, '([a-z0-9_]+)'/g, // csv rows
    /\bpathIssue\('([a-z0-9_]+)'/g,
    /\brefuse\([^,]+, '([a-z0-9_]+)'/g, // the output-path guard
  ];
  for (const dir of ['core', 'shared'])
    for (const f of files(join(ROOT, 'src', dir))) {
      const text = readFileSync(f, 'utf8');
      for (const re of patterns) for (const m of text.matchAll(re)) found.set(`errors.${m[1]}`, relative(ROOT, f));
    }
  return found;
}

describe('words in English and Chinese', () => {
  it('gathers the words of every area (an area left out would show raw keys)', async () => {
    const { areas } = await import('../src/renderer/src/i18n/resources');
    expect(areasWithWords().length).toBeGreaterThan(5);
    expect(Object.keys(areas).sort()).toEqual(areasWithWords().sort());
  });

  it('keeps each top-level group in one place (a second one would silently replace the first)', async () => {
    const { areas } = await import('../src/renderer/src/i18n/resources');
    const { en } = await import('../src/renderer/src/i18n/en');
    const owners = new Map<string, string[]>();
    for (const [name, mod] of [['i18n/en.ts', { en }], ...Object.entries(areas)] as [string, { en: object }][])
      for (const group of Object.keys(mod.en)) owners.set(group, [...(owners.get(group) ?? []), name]);
    expect([...owners].filter(([, o]) => o.length > 1)).toEqual([]);
  });

  it('has the same keys in both languages', async () => {
    const r = await resources();
    expect([...r.en].filter((k) => !r.zh.has(k)), 'only in English').toEqual([]);
    expect([...r.zh].filter((k) => !r.en.has(k)), 'only in Chinese').toEqual([]);
  });

  it('has every key the renderer names, in both languages', async () => {
    const r = await resources();
    const missing = [...rendererKeys()].filter(([k]) => !r.en.has(k) || !r.zh.has(k)).map(([k, f]) => `${k} (${f})`);
    expect(missing).toEqual([]);
  });

  it('has every error key the core and the contract emit, in both languages', async () => {
    const r = await resources();
    const keys = errorKeys();
    expect(keys.size).toBeGreaterThan(50); // the scan finds them (it would pass on nothing otherwise)
    expect(keys.has('errors.too_many') && keys.has('errors.batch_shipments_or_date')).toBe(true);
    const missing = [...keys].filter(([k]) => !r.en.has(k) || !r.zh.has(k)).map(([k, f]) => `${k} (${f})`);
    expect(missing).toEqual([]);
  });
});
