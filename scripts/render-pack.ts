// Renders sample packs to PDF and PNG (pdftoppm) in e2e/artifacts/ so a person can look at them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildPackPdf } from '../src/core/documents/pack';
import { samplePack } from '../test/fixtures/pack';

const dir = 'e2e/artifacts/documents';
mkdirSync(dir, { recursive: true });
const cases = [
  { name: 'cn23-battery-a4', data: samplePack({ items: 8, form: 'CN23', batteries: true }), paper: 'A4' as const },
  { name: 'cn22-letter', data: samplePack({ items: 3, form: 'CN22' }), paper: 'Letter' as const },
];
for (const c of cases) {
  const pack = await buildPackPdf(c.data, { paper: c.paper });
  writeFileSync(`${dir}/${c.name}.pdf`, pack.bytes);
  execFileSync('pdftoppm', ['-png', '-r', process.argv[2] ?? '60', `${dir}/${c.name}.pdf`, `${dir}/${c.name}`]);
  console.log(c.name, pack.pages, 'pages', pack.bytes.length, 'bytes', JSON.stringify(pack.documents));
}
