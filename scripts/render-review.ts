// Renders a sample supplier review PDF and its first page as PNG (pdftoppm) in e2e/artifacts/ so a
// person can look at it: `npx tsx scripts/render-review.ts [dpi]`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openCore } from '../src/core';
import type { InputOf, MethodName, OutputOf } from '../src/shared/api';
import { REVIEW_PERIOD, supplierWithHistory } from '../test/fixtures/review';

const dir = resolve('e2e/artifacts');
mkdirSync(dir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'clearpack-review-'));
const core = openCore({ dataDir, now: () => new Date('2026-11-21T10:00:00.000Z') });
const ok = async <M extends MethodName>(method: M, input?: InputOf<M>): Promise<OutputOf<M>> => {
  const r = await core.api.call(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.value as OutputOf<M>;
};
try {
  const { supplier } = await supplierWithHistory({ ok });
  const out = join(dir, 'review-pdf.pdf');
  const res = await ok('suppliers.reviewPdf', { supplierId: supplier.id, period: REVIEW_PERIOD, outPath: out, overwrite: true });
  execFileSync('pdftoppm', ['-png', '-r', process.argv[2] ?? '110', '-singlefile', out, join(dir, 'review-pdf')]);
  console.log(`${out}: pages ${res.pages}, bytes ${res.bytes}; page 1: ${join(dir, "review-pdf.png")}`);
} finally {
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
}
