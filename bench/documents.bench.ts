// Document packs: build times (with and without attached certificate PDFs), size with Chinese
// text, and the same commercial invoice drawn by Clearpack vs printed from HTML by headless
// Chromium (the approach many Electron apps take), side by side in one run.
import { chromium } from 'playwright-core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildInvoicePdf, buildPackPdf } from '../src/core/documents/pack';
import { amount, kg, money } from '../src/core/documents/kit';
import { totals } from '../src/core/documents/common';
import type { PackData } from '../src/shared/documents';
import { samplePack } from '../test/fixtures/pack';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/chromium';
import { figures, measure, median, ms, record } from './util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../src/core';
import type { Core } from '../src/core';
import type { BatchReport } from '../src/shared/documents';
import type { Job } from '../src/shared/jobs';

async function certificate(label: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 2; i++) doc.addPage().drawText(`${label} page ${i}`, { x: 50, y: 700, size: 20, font });
  return doc.save();
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same invoice as HTML + CSS, as an Electron app would print it. */
function invoiceHtml(d: PackData): string {
  const t = totals(d);
  const party = (label: string, p: PackData['exporter']) =>
    `<div class="box"><small>${label}</small><b>${esc(p.name)}</b><br>${[p.company, ...p.addressLines, `${p.postalCode ?? ''} ${p.city}`, p.country, p.eori && `EORI: ${p.eori}`, p.ioss && `IOSS: ${p.ioss}`, p.vat && `VAT: ${p.vat}`].filter(Boolean).map((s) => esc(String(s))).join('<br>')}</div>`;
  const rows = d.items
    .map(
      (it, i) =>
        `<tr><td>${i + 1}</td><td>${esc(it.description)}<br>${esc(it.localName ?? '')}</td><td>${it.hsCode}</td><td>${it.originCountry}</td><td class=r>${it.quantity}</td><td class=r>${amount(it.unitValue, d.currency)}</td><td class=r>${amount(it.unitValue * it.quantity, d.currency)}</td><td class=r>${kg(it.netWeightG * it.quantity)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body{font-family:sans-serif;font-size:9pt} h1{font-size:17pt} .parties{display:flex;gap:10px}.box{border:1px solid #000;padding:5px;flex:1}
  small{display:block;font-size:7pt;color:#555} table{width:100%;border-collapse:collapse} th,td{border:0.5px solid #000;padding:3px;vertical-align:top}
  th{background:#e6e6e6} thead{display:table-header-group} .r{text-align:right} tr{break-inside:avoid}</style></head><body>
  <h1>COMMERCIAL INVOICE</h1><p>Invoice no. ${esc(d.invoiceNumber)} · Date ${d.invoiceDate}</p>
  <div class="parties">${party('EXPORTER', d.exporter)}${party('IMPORTER', d.importer)}</div>
  <p>Incoterm ${d.incoterm} · Currency ${d.currency} · Reason ${esc(d.reasonForExport)} · Packages ${t.packages} · Net ${kg(t.netG)} · Gross ${kg(t.grossG)}</p>
  <table><thead><tr><th>#</th><th>Description</th><th>HS code</th><th>Origin</th><th>Qty</th><th>Unit value</th><th>Line total</th><th>Net weight</th></tr></thead><tbody>${rows}</tbody></table>
  <p>Goods ${money(t.goods, d.currency)} · Postage ${money(d.charges.postage, d.currency)} · Insurance ${money(d.charges.insurance, d.currency)} · <b>TOTAL ${money(t.invoiceTotal, d.currency)}</b></p>
  <p>I declare that the information on this invoice is true and correct.</p><p>${esc(d.signatory.name)}, ${esc(d.signatory.title)}, ${d.invoiceDate}</p></body></html>`;
}

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.api.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/** documents.buildPack through the real core (DB reads, preflight, archive) and a 500-pack batch. */
async function throughCore(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpack-bench-docs-'));
  const core = openCore({ dataDir: dir, now: () => new Date('2026-11-21T10:00:00Z') });
  try {
    const d = samplePack({ items: 20, chinese: true });
    await call(core, 'settings.update', {
      exporterName: 'Shenzhen Bright Trading Co., Ltd.', addressLines: ['Room 1203, Tech Park'], city: 'Shenzhen', country: 'CN', phone: '+86 755 1234 5678',
      eori: 'CN1234567890123', iossNumber: 'IM2760000001', signatoryName: 'Li Wei', signatoryTitle: 'Director', rates: [{ from: 'USD', to: 'XDR', rate: 0.75, date: '2026-11-01' }],
    });
    const ids: number[] = [];
    for (const [i, it] of d.items.entries()) {
      const p = await call<{ id: number }>(core, 'products.create', {
        sku: `SKU-${i}`, name: it.description, localName: it.localName, hsCode: it.hsCode, originCountry: it.originCountry, unitNetWeightG: it.netWeightG, unitValue: it.unitValue, currency: 'USD',
      });
      ids.push(p.id);
    }
    const consignee = { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' };
    const items = ids.map((productId, i) => ({ productId, quantity: 1 + (i % 3) }));
    const ship = (n: number, list = items) =>
      call<{ id: number }>(core, 'shipments.create', { consignee, invoiceNumber: `INV-${n}`, invoiceDate: '2026-11-21', shipDate: '2026-11-22', items: list, parcels: [{ grossWeightG: 20_000, lengthMm: 400, widthMm: 300, heightMm: 300 }] });
    const plain = await ship(0);
    record('documents', 'documents.buildPack: 20 items, no attachments (DB + archive)', await measure(() => call(core, 'documents.buildPack', { shipmentId: plain.id }), 20, 2), 100);
    // Three certificate PDFs on the first product.
    for (const label of ['CE', 'RoHS', 'UN38.3']) {
      const c = await call<{ id: number }>(core, 'certificates.create', { type: 'other', number: label, issuer: 'Lab', issueDate: '2026-01-01', productIds: [ids[0]] });
      const path = join(dir, `${label}.pdf`);
      writeFileSync(path, await certificate(label));
      await call(core, 'attachments.add', { owner: { kind: 'certificate', id: c.id }, path });
    }
    record('documents', 'documents.buildPack: 20 items + 3 certificate PDFs', await measure(() => call(core, 'documents.buildPack', { shipmentId: plain.id }), 20, 2), 300);
    const built = await call<{ archivePath: string; pages: number }>(core, 'documents.buildPack', { shipmentId: plain.id });
    const { statSync } = await import('node:fs');
    figures.push({ bench: 'documents', case: 'pack with 3 certificates: size', median: `${(statSync(built.archivePath).size / 1024).toFixed(0)} KB`, goal: '< 500 KB', ok: statSync(built.archivePath).size < 500 * 1024 ? 'yes' : 'NO' });

    // 500 shipments (5 items each, distinct data) printed in one batch job.
    const batchIds: number[] = [];
    for (let n = 1; n <= 500; n++) batchIds.push((await ship(n, items.slice(n % 15, (n % 15) + 5))).id);
    const out = join(dir, 'out');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(out);
    const batchCpu0 = process.cpuUsage();
    const t = performance.now();
    const { jobId } = await call<{ jobId: string }>(core, 'documents.buildBatch', { shipmentIds: batchIds, outDir: out });
    const job = (await core.ctx.jobs!.wait(jobId)) as Job<BatchReport>;
    const elapsed = performance.now() - t;
    if (job.state !== 'done') throw new Error(`batch ${job.state}: ${job.error?.message}`);
    const batchCpu = process.cpuUsage(batchCpu0);
    figures.push({ bench: 'documents', case: '500 packs in one batch: CPU time (both threads)', median: ms((batchCpu.user + batchCpu.system) / 1000) });
    figures.push({ bench: 'documents', case: `500 packs in one batch (${job.result!.workers} threads, ${job.result!.built.length} built)`, median: ms(elapsed), goal: '< 30000 ms', ok: elapsed < 30_000 ? 'yes' : 'NO' });
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await throughCore();
  const plain = samplePack({ items: 20, chinese: false, batteries: true });
  const chinese = samplePack({ items: 20, chinese: true, batteries: true });
  // First use parses the fonts (once per process); report it, then measure warm builds.
  const t0 = performance.now();
  await buildPackPdf(chinese);
  figures.push({ bench: 'documents', case: 'first pack in the process (font parsing)', median: ms(performance.now() - t0) });

  record('documents', '20-item pack, no attachments', await measure(() => buildPackPdf(plain), 20, 2), 100);
  record('documents', '20-item pack with Chinese text, no attachments', await measure(() => buildPackPdf(chinese), 20, 2), 100);
  // CPU time per pack (all of this process's threads): the work itself, which the wall-clock
  // figures above overstate when other processes share the two cores.
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < 20; i++) await buildPackPdf(plain);
  const cpu = process.cpuUsage(cpu0);
  figures.push({ bench: 'documents', case: '20-item pack, no attachments: CPU time per pack', median: ms((cpu.user + cpu.system) / 1000 / 20), goal: '< 100 ms', ok: (cpu.user + cpu.system) / 1000 / 20 < 100 ? 'yes' : 'NO' });

  const withCerts = samplePack({ items: 20, chinese: true, batteries: true });
  withCerts.certificates![0]!.files = [{ name: 'ce.pdf', data: await certificate('CE') }, { name: 'rohs.pdf', data: await certificate('RoHS') }];
  withCerts.certificates![1]!.files = [{ name: 'un383.pdf', data: await certificate('UN38.3') }];
  record('documents', '20-item pack + 3 certificate PDFs', await measure(() => buildPackPdf(withCerts), 20, 2), 300);

  const size = (await buildPackPdf(chinese)).bytes.length;
  figures.push({ bench: 'documents', case: '20-item pack with Chinese text: size', median: `${(size / 1024).toFixed(0)} KB`, goal: '< 500 KB', ok: size < 500 * 1024 ? 'yes' : 'NO' });

  // Side by side: the same invoice, Clearpack vs Chromium print-to-PDF (browser launch excluded).
  const ours = await measure(() => buildInvoicePdf(chinese), 20, 2);
  record('documents', 'commercial invoice (20 items): Clearpack', ours);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const html = invoiceHtml(chinese);
    const theirs = await measure(
      async () => {
        await page.setContent(html);
        await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, footerTemplate: '<span style="font-size:7pt">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>' });
      },
      10,
      2,
    );
    record('documents', 'commercial invoice (20 items): Chromium page.pdf()', theirs);
    const ratio = median(theirs) / median(ours);
    figures.push({ bench: 'documents', case: 'Clearpack speed-up over Chromium', median: `${ratio.toFixed(1)} ×`, goal: '≥ 20 ×', ok: ratio >= 20 ? 'yes' : 'NO' });
  } finally {
    await browser.close();
  }
}
