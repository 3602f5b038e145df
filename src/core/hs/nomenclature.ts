// The HS 2022 nomenclature shipped in resources/hs (converted once from the public-domain
// UN Comtrade file; see scripts/convert-hs.ts). Loaded on first use and kept in memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HsEntry {
  code: string;
  description: string;
  /** Parent code; for a chapter, its section (Roman numeral). */
  parent: string;
}

interface HsFile {
  source: string;
  entries: [string, string, string][];
}

const cache = new Map<string, Map<string, HsEntry>>();

export function loadNomenclature(resourcesDir: string): Map<string, HsEntry> {
  let byCode = cache.get(resourcesDir);
  if (!byCode) {
    const file = JSON.parse(readFileSync(join(resourcesDir, 'hs', 'hs2022.json'), 'utf8')) as HsFile;
    byCode = new Map(file.entries.map(([code, description, parent]) => [code, { code, description, parent }]));
    cache.set(resourcesDir, byCode);
  }
  return byCode;
}

/** An HS code is known when its first six digits are a subheading of the nomenclature. */
export const isKnownSubheading = (resourcesDir: string, code: string): boolean =>
  loadNomenclature(resourcesDir).has(code.slice(0, 6));
