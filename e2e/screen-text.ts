// What a screen says, read from its visible text: English words left in the Chinese UI, and calendar
// days shown as ISO text ('2026-12-02') instead of in the language's own way (issue 16, point 7).
import Database from 'better-sqlite3';
import type { Locator } from '@playwright/test';

/** The UI's words (not the seller's data): where a word left in English is a missing translation. */
export const CHROME = [
  'h1', 'h2', 'h3', 'h4', 'th', 'label', 'legend', 'button', '[role="tab"]', '[role="columnheader"]',
  '.badge', '.banner', '.muted', '.field-hint', '.vtable-empty-row', '.empty-card',
].join(', ');

/** Names, codes and formats that stay as they are in every language. */
export const KEPT_WORDS: readonly string[] = [
  'Clearpack', 'pdf', 'PDF', 'CSV', 'csv', 'xlsx', 'HS', 'SKU', 'EORI', 'IOSS', 'VAT', 'CN22', 'CN23', 'UN38', 'WebP',
  'Wi', 'Fi', // Wi-Fi, as Chinese writes it too
  // Other makers' products, as those makers name them.
  'Shopify', 'WooCommerce', 'Etsy', 'eBay', 'Amazon', 'Excel', 'Windows', 'WhatsApp',
  // The data folder's own folders, by the names they have on disk.
  'backups',
];

/**
 * Latin words in the visible text of a part of the screen, leaving out what is not UI words: the
 * user's own data in inputs and selects' chosen values, code and paths (<code>, .mono), and codes
 * in capitals (USD, EORI, CN22, IOSS). With `chrome`, only the text of headings, column heads,
 * labels, buttons, tabs, badges, banners and hints, and the placeholders and aria-labels of the
 * scope's elements; `data` words (the demo's product and consignee names) are the seller's, not ours.
 */
export async function englishLeft(scope: Locator, allow: readonly string[], options: { chrome?: boolean; data?: ReadonlySet<string> } = {}): Promise<string[]> {
  const texts = await scope.evaluate((root, chrome) => {
    const out: string[] = [];
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('select, option, code, .mono, .ident, script, style, [hidden]')) continue;
      // Text marked as another language on purpose ('English' in the language switch).
      if (el.closest('[lang]:not([lang^="zh"]):not(html)')) continue;
      if (chrome && !el.closest(chrome)) continue;
      if (shown(el)) out.push(n.textContent ?? '');
    }
    if (chrome) {
      for (const el of root.querySelectorAll('[placeholder], [aria-label]')) {
        if (!shown(el)) continue;
        out.push(el.getAttribute('placeholder') ?? '', el.getAttribute('aria-label') ?? '');
      }
    }
    return out;
  }, options.chrome ? CHROME : null);
  // Paths and file endings are the computer's names ('/home/me/Documents/declaration.pdf', '.clearpack-backup'), not
  // words; what stands in quotation marks is quoted as it is written (Etsy's “Sold Orders”, an English name as an example).
  const words = texts.flatMap((text) => [...text.replace(/“[^”]*”/g, ' ').replace(/(^|[\s(（])(?:[A-Za-z]:\\|~?\/|\.[A-Za-z])\S*/g, ' ').matchAll(/[A-Za-z0-9][A-Za-z0-9’']*/g)].map((m) => m[0]));
  // Tokens with digits are codes, hashes or references, not words.
  return [...new Set(words.filter((w) => !/\d/.test(w) && w.length > 1 && !/^[A-Z]{2,}$/.test(w) && !allow.includes(w) && !options.data?.has(w)))];
}

/**
 * The seller's own texts in a database value: not the app's codes ('draft', 'lithium_ion'), which a
 * screen shows by their names, nor a JSON record's keys; a JSON record's texts one by one.
 */
function seller(value: string): string[] {
  const code = (s: string) => /^[a-z][a-z0-9_]*$/.test(s);
  if (!/^[[{]/.test(value)) return code(value) ? [] : [value];
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!code(v)) out.push(v);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  try {
    walk(JSON.parse(value));
  } catch {
    out.push(value);
  }
  return out;
}

/** Every word of the seller's data in the database (the demo's product, supplier and consignee names …). */
export function userWords(databaseFile: string): Set<string> {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const words = new Set<string>();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%'").pluck().all() as string[];
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate() as Iterable<unknown[]>) {
        for (const v of row) if (typeof v === 'string') for (const text of seller(v)) for (const m of text.matchAll(/[A-Za-z][A-Za-z’']*/g)) words.add(m[0]);
      }
    }
    return words;
  } finally {
    db.close();
  }
}

/** The visible text of the page that shows a calendar day as ISO text, with where it stands. */
export async function isoDatesShown(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent ?? '';
      if (!el || !/\b\d{4}-\d{2}-\d{2}\b/.test(text)) continue;
      if (el.closest('input, textarea, select, option, code, .mono, .ident, [data-raw-date], script, style, [hidden]')) continue;
      if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
      const at = el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.tagName.toLowerCase();
      out.push(`${at}: ${text.trim().slice(0, 80)}`);
    }
    return out;
  });
}

/**
 * Latin punctuation written against Chinese in the UI's own words ('提交截止日: 2027年1月5日',
 * '1 个已取消, 1 个已退款', '德国 (DE)'): Chinese takes its full-width marks (：，；（）), and two
 * sentences follow each other without a space ('已导入 2 个商品。 打开商品目录' was). The seller's
 * data in inputs and code is left out; `chrome` as for englishLeft. The options of a select are read
 * too (a country's code after its name), and a list's cells for a code in parentheses.
 */
export async function latinPunctuationInChinese(scope: Locator): Promise<string[]> {
  return scope.evaluate((root, chrome) => {
    const out: string[] = [];
    const cjk = '[\\u3400-\\u9fff\\uff08\\uff09\\u3001-\\u3011]';
    // Against a Chinese character, not a full-width parenthesis: an English name keeps its own ('PTT (Turkish Post)（TR）').
    const han = '[\\u3400-\\u9fff\\u3001-\\u3011]';
    const parens = `${han}\\s?\\(|\\)\\s?${han}`;
    const bad = new RegExp(`${cjk}\\s?[:,;]|[:,;]\\s?${cjk}|${parens}|[。！？][ \\u00a0]+\\S`);
    // A list's cell mixes the seller's names ('… (CR2032 included) 电子厨房秤'): there, only a code in parentheses after Chinese ('德国 (DE)').
    const codeInParens = new RegExp(`${han}\\s?\\([A-Z0-9-]+\\)`);
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    // Text is split across elements (a label, then its value): read each chrome element's whole text.
    for (const el of root.querySelectorAll(chrome)) {
      if (el.closest('select, option, code, .mono, .ident, script, style, [hidden]')) continue;
      if (!shown(el)) continue;
      const text = (el as HTMLElement).innerText ?? '';
      if (bad.test(text)) out.push(text.trim().replace(/\s+/g, ' ').slice(0, 80));
    }
    // An option is not laid out on its own: its select is.
    for (const el of root.querySelectorAll('select option')) {
      if (el.closest('[hidden]') || !shown(el.closest('select')!)) continue;
      const text = el.textContent ?? '';
      if (bad.test(text)) out.push(`option: ${text.trim().slice(0, 80)}`);
    }
    for (const el of root.querySelectorAll('[role="gridcell"]')) {
      if (el.closest('.mono, .ident, [hidden]') || !shown(el)) continue;
      const text = (el as HTMLElement).innerText ?? '';
      if (codeInParens.test(text)) out.push(`cell: ${text.trim().replace(/\s+/g, ' ').slice(0, 80)}`);
    }
    return [...new Set(out)];
  }, CHROME);
}
