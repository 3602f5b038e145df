// Converts the public-domain HS 2022 nomenclature (UN Comtrade CSV) into resources/hs/hs2022.json.
// Run once by a developer: `npm run hs:convert -- path/to/harmonized-system-2022.csv`.
// The app never reads the CSV; it reads only the committed JSON.
import { readFileSync, writeFileSync } from 'node:fs';

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const [src = '../shared/data/harmonized-system-2022.csv'] = process.argv.slice(2);
const [header, ...rows] = parseCsv(readFileSync(src, 'utf8'));
if (header?.join(',') !== 'section,hscode,description,parent,level') throw new Error(`Unexpected header: ${header}`);
const entries = rows
  .filter((r) => r.length === 5 && r[0] !== 'TOTAL' && !r[1]!.startsWith('99'))
  .map(([section, code, description, parent]) => [code, description, parent === 'TOTAL' ? section : parent] as const);
const counts = { 2: 0, 4: 0, 6: 0 } as Record<number, number>;
for (const [code] of entries) counts[code!.length]!++;
if (counts[2] !== 96 || counts[4] !== 1228 || counts[6] !== 5612) throw new Error(`Unexpected counts ${JSON.stringify(counts)}`);
const out = {
  source: 'Harmonized System 2022 nomenclature, UN Comtrade (public domain), file harmonized-system-2022.csv',
  converted: new Date().toISOString().slice(0, 10),
  note: 'The source counts 97 chapters, 1229 headings and 5613 subheadings including chapter 99 (commodities not specified), which is dropped with the TOTAL row: 96/1228/5612 remain. entries: [code, description, parent]; a chapter\'s parent is its section (Roman numeral).',
  counts,
  entries,
};
writeFileSync('resources/hs/hs2022.json', JSON.stringify(out));
console.log(`wrote resources/hs/hs2022.json: ${entries.length} entries`, counts);
