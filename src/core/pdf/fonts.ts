// Fonts for every document: Noto Sans (Latin, Greek, Cyrillic), Noto Sans SC (Chinese, Japanese
// kana) and Noto Sans KR (Hangul), from npm packages so users' machines need nothing installed.
// pdfkit embeds each one as a subset (TrueType glyf outlines subset reliably), so a pack only
// carries the glyphs it prints. No single font covers all scripts, so text is split into runs by
// the first font of the chain that has each character.
// Where the files are: resourceDirs() (src/core/paths.ts), from node_modules in the repository and
// from the resources folder of a packaged app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import type { Font } from 'fontkit';
import { FONT_FILES, resourceDirs } from '../paths';

export type FontName = keyof typeof FONT_FILES;

let fontsDir: string | null = null;
// Parsed once per process: parsing the 10 MB CJK font costs ~40 ms, drawing with it afterwards
// almost nothing. pdfkit accepts a parsed fontkit font and makes a fresh subset per document.
const loaded = new Map<FontName, Font>();

export function fontObject(name: FontName): Font {
  let font = loaded.get(name);
  if (!font) {
    fontsDir ??= resourceDirs().fonts;
    font = create(readFileSync(join(fontsDir, FONT_FILES[name])));
    loaded.set(name, font);
  }
  return font;
}

const FALLBACK: FontName[] = ['cjk', 'hangul'];
const charFont = new Map<number, FontName | null>();

/** Which fallback font draws this code point (null: the Latin font does, or nothing does). */
function fallbackFor(cp: number): FontName | null {
  let f = charFont.get(cp);
  if (f !== undefined) return f;
  f = null;
  if (!fontObject('sans').hasGlyphForCodePoint(cp)) {
    f = FALLBACK.find((n) => fontObject(n).hasGlyphForCodePoint(cp)) ?? null;
  }
  charFont.set(cp, f);
  return f;
}

export interface Run {
  font: FontName;
  text: string;
}

/** Splits text into runs, each drawn with one font. */
export function runs(text: string, bold = false): Run[] {
  const base: FontName = bold ? 'sans-bold' : 'sans';
  const out: Run[] = [];
  // Fast path: ASCII only.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return [{ font: base, text }];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const last = out[out.length - 1];
    // ASCII stays in the current run: every font of the chain has it, and a name like
    // "纯棉T恤" then stays one piece of text (one run reads back as one string).
    const font = cp < 0x80 && last ? last.font : (fallbackFor(cp) ?? base);
    if (last && last.font === font) last.text += ch;
    else out.push({ font, text: ch });
  }
  return out;
}

/**
 * Parses every font and lays out a few characters of each script, so the tables a document reads
 * first (cmap, metrics, GSUB/GPOS) are decoded before a job needs them: a warm job worker does this
 * while it waits (jobs/worker.ts).
 */
export function warmFonts(): void {
  for (const name of Object.keys(FONT_FILES) as FontName[]) fontObject(name).layout('Warm 0.5 kg — 预热 한국');
  runs('预热 한국 Wärme');
}
