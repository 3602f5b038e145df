// Cover page: reference and tracking number as Code 128, consignee, preflight result, and a
// checklist of what the pack contains and where each document goes. Drawn last, onto the first
// page, because it lists the page ranges of everything after it.
// The cover is for the seller and the packer, not for customs: every word is printed in English
// with the Chinese beside or under it, as the how-to-pack lines are (the core does not know the
// window's language, and the packer often reads Chinese). The customs forms stay English/French.
import type { PackData, PackDocumentKind, PackFinding, PackLine, PackPdf } from '../../shared/documents';
import { documentName, PACK_TEXT } from '../../shared/documents-text';
import { countFindings, SEVERITY_NAMES } from '../../shared/preflight-counts';
import type { Column, Kit } from './kit';
import { plural, totals, widths } from './common';
import { displayWeight } from '../../shared/weight';
import { labelled, money } from './kit';

type Words = Pick<PackLine, 'en' | 'zh'>;

/** The cover's own words; `both` prints a label as "English · 中文". */
const COVER = {
  title: { en: 'SHIPMENT PACK', zh: '单证包' },
  reference: { en: 'Reference', zh: '编号' },
  invoiceNo: { en: 'Invoice no.', zh: '发票号' },
  date: { en: 'Invoice date', zh: '发票日期' },
  shipmentReference: { en: 'Shipment reference', zh: '货件编号' },
  tracking: { en: 'Tracking number', zh: '运单号' },
  noTracking: { en: 'Tracking number: not yet known', zh: '运单号：尚未填写' },
  consignee: { en: 'CONSIGNEE', zh: '收件人' },
  phone: { en: 'Tel.', zh: '电话' },
  preflight: { en: 'PREFLIGHT', zh: '预检' },
  skipped: { en: 'Attachments NOT included', zh: '未包含的附件' },
  contents: { en: 'What is in this pack and where it goes', zh: '单证包内容及放置位置' },
  document: { en: 'Document', zh: '单证' },
  pages: { en: 'Pages', zh: '页码' },
  where: { en: 'Where', zh: '放在哪里' },
} satisfies Record<string, Words>;

const both = (w: Words) => `${w.en} · ${w.zh}`;

/** The warnings and the notes counted, as the shipment screen counts them (FINDING_COUNTS). */
const counted = (lang: 'en' | 'zh', warnings: number, notes: number) =>
  [warnings ? countFindings(lang, 'warn', warnings) : '', notes ? countFindings(lang, 'info', notes) : ''].filter(Boolean);

/**
 * The cover's line on the preflight: warnings and notes counted apart, as the shipment screen does
 * ("2 warnings · 1 note", in Chinese "2 个警告 · 1 条提示": Chinese counts have no plural).
 */
export function preflightLine(findings: readonly Pick<PackFinding, 'severity'>[]): Words & { warnings: number; notes: number } {
  const warnings = findings.filter((f) => f.severity === 'warn').length;
  const notes = findings.length - warnings;
  if (findings.length === 0) return { en: 'Passed — no findings', zh: '通过——没有检查结果', warnings, notes };
  const en = counted('en', warnings, notes);
  const zh = counted('zh', warnings, notes);
  return { en: `Passed with ${en.join(' and ')}`, zh: `通过：${zh.join('，')}`, warnings, notes };
}

export interface CoverEntry {
  kind?: PackDocumentKind;
  subject?: string;
  /** The English name (the pack's record keeps it); the cover adds the Chinese by kind. */
  name: string;
  /** Its Chinese name when not the kind's (a certificate's type; a group of entries). */
  zh?: string;
  firstPage: number;
  lastPage: number;
  where: Words;
}


/**
 * The Chinese under a document's English name. A certificate's subject (its type, number and file)
 * is in the English line already: the Chinese says only what it is, so the row stays two lines.
 */
const zhName = (e: CoverEntry) =>
  e.zh ?? (e.kind === undefined ? '' : e.kind === 'certificate' ? documentName('certificate', 'zh', '').trim() : documentName(e.kind, 'zh', e.subject));

/** Consecutive product sheets, and consecutive certificates, as one entry each ("Product information: 30 sheets, A … Z"). */
function grouped(entries: readonly CoverEntry[]): CoverEntry[] {
  const out: CoverEntry[] = [];
  for (let i = 0; i < entries.length; ) {
    const e = entries[i]!;
    let j = i + 1;
    while (j < entries.length && e.kind !== undefined && (e.kind === 'product' || e.kind === 'certificate') && entries[j]!.kind === e.kind) j++;
    if (j - i < 2) out.push(e);
    else {
      const last = entries[j - 1]!;
      const n = j - i;
      const range = `${e.subject ?? ''} … ${last.subject ?? ''}`;
      const sheets = e.kind === 'product' ? { en: `${n} sheets`, zh: `${n} 份` } : { en: `${n} files`, zh: `${n} 份` };
      out.push({
        kind: e.kind,
        name: documentName(e.kind!, 'en', `${sheets.en}, ${range}`),
        zh: documentName(e.kind!, 'zh', e.kind === 'product' ? `${sheets.zh}，${range}` : sheets.zh),
        firstPage: e.firstPage,
        lastPage: last.lastPage,
        where: e.where,
      });
    }
    i = j;
  }
  return out;
}

const FINDING = { size: 8 };
const TABLE = { size: 8 };
const GAP = 3;

export function drawCover(kit: Kit, d: PackData, entries: CoverEntry[], skipped: PackPdf['skipped']): void {
  const t = totals(d);
  kit.doc.switchToPage(0);
  kit.y = kit.top;
  const n = d.parcels.length;
  kit.header(
    `${COVER.title.en}  ${COVER.title.zh}`,
    [
      `${d.form} · ${plural(n, 'parcel', 'parcels')} · ${displayWeight(t.grossG, 'en-US')} · contents ${money(t.goods, d.currency)}`,
      `${d.form} · ${n} 个包裹 · ${displayWeight(t.grossG, 'zh-CN')} · 货值 ${money(t.goods, d.currency)}`,
    ].join('\n'),
    [labelled(both(COVER.reference), d.reference), labelled(both(COVER.invoiceNo), d.invoiceNumber), labelled(both(COVER.date), d.invoiceDate)],
  );
  const w = kit.contentWidth;
  const half = (w - 10) / 2;
  const right = kit.left + half + 10;
  let y = kit.y;
  kit.text(both(COVER.shipmentReference), kit.left, y, { size: 7, bold: true, color: '#555' });
  const bh = kit.barcode(d.reference, kit.left, y + 10, Math.min(half, 220), 40);
  if (d.trackingNumber) {
    kit.text(both(COVER.tracking), right, y, { size: 7, bold: true, color: '#555' });
    kit.barcode(d.trackingNumber, right, y + 10, Math.min(half, 220), 40);
  } else kit.text(`${COVER.noTracking.en}\n${COVER.noTracking.zh}`, right, y + 10, { size: 9, color: '#777' });
  y += bh + 18;
  const ah = kit.addressBlock(both(COVER.consignee), d.importer, kit.left, y, half, { phone: both(COVER.phone) });
  // Preflight: the counts beside the consignee, the findings under both at full width.
  const line = preflightLine(d.preflight.findings);
  let py = y;
  kit.text(both(COVER.preflight), right, py, { size: 7, bold: true, color: '#555' });
  py += 10;
  const summary = { size: 10, bold: true, color: line.warnings ? '#e65100' : '#1b5e20', width: half };
  py += kit.text(line.en, right, py, summary);
  py += kit.text(line.zh, right, py + 1, summary) + 1;
  kit.y = Math.max(y + ah, py) + 8;

  // What comes after the findings, measured first: the findings take only the room it leaves, so
  // the checklist always stays on this page.
  const cw = widths(w, [16, 165, 56, 278]);
  const columns: Column[] = [
    { header: '✓', width: cw[0]!, align: 'center' },
    { header: both(COVER.document), width: cw[1]! },
    { header: both(COVER.pages), width: cw[2]! },
    { header: both(COVER.where), width: cw[3]! },
  ];
  const rowOf = (e: CoverEntry) => ['', [e.name, zhName(e)], e.firstPage === e.lastPage ? String(e.firstPage) : `${e.firstPage}–${e.lastPage}`, [e.where.en, e.where.zh]];
  let rows = entries.map(rowOf);
  const skippedLines = skipped.map((s) => ({
    en: `• ${s.name}: ${s.reason}`,
    zh: `  ${s.name}：${s.problem ? PACK_TEXT.zh.skippedReason[s.problem] : s.reason}`,
  }));
  const headingHeight = (text: string) => 7 + kit.heightOf(text, w, { size: 10, bold: true });
  const below =
    (skipped.length ? headingHeight(both(COVER.skipped)) + skippedLines.reduce((h, l) => h + kit.heightOf(l.en, w, { size: 9 }) + kit.heightOf(l.zh, w, { size: 9 }) + 4, 0) : 0) +
    headingHeight(both(COVER.contents));
  // A pack with many product sheets or certificates lists each run of them as one row, when one
  // row per document would not leave the findings a line.
  if (kit.tableHeight(columns, rows, TABLE) > kit.bottom - kit.y - below - 2 * FINDING.size * 1.5) rows = grouped(entries).map(rowOf);
  drawFindings(kit, d.preflight.findings, kit.bottom - kit.y - below - kit.tableHeight(columns, rows, TABLE));

  if (skipped.length) {
    kit.heading(both(COVER.skipped), 10);
    for (const l of skippedLines) {
      kit.paragraph(l.en, { size: 9, color: '#b71c1c' }, 0);
      kit.paragraph(l.zh, { size: 9, color: '#b71c1c' }, 2);
    }
  }
  kit.heading(both(COVER.contents), 10);
  kit.table(columns, rows, TABLE);
}

/**
 * Each finding in English with its Chinese under it, as many as fit in `room` points; the rest are
 * counted on a last line, which sends the reader to the shipment's preflight.
 */
function drawFindings(kit: Kit, findings: readonly PackFinding[], room: number): void {
  const w = kit.contentWidth;
  const indent = 8;
  const texts = findings.map((f) => {
    const en = `• ${SEVERITY_NAMES.en[f.severity]}: ${f.en}`;
    const zh = `${SEVERITY_NAMES.zh[f.severity]}：${f.zh}`;
    return { en, zh, height: kit.heightOf(en, w, FINDING) + kit.heightOf(zh, w - indent, FINDING) + GAP };
  });
  // "+ 2 more warnings and 1 more note": what is left out, counted as the summary counts.
  const more = (rest: readonly PackFinding[]) => {
    const c = preflightLine(rest);
    return `+ ${counted('en', c.warnings, c.notes).join(' and ')} not shown: see the shipment’s preflight · 另有 ${counted('zh', c.warnings, c.notes).join('，')} 未列出，见货件的预检`;
  };
  const moreHeight = kit.heightOf(more(findings), w, FINDING) + GAP;
  let used = 0;
  let shown = 0;
  for (const f of texts) {
    const left = room - used - (shown + 1 < texts.length ? moreHeight : 0);
    if (f.height > left) break;
    let y = kit.y;
    y += kit.text(f.en, kit.left, y, { ...FINDING, width: w });
    y += kit.text(f.zh, kit.left + indent, y, { ...FINDING, width: w - indent, color: '#333' });
    kit.y = y + GAP;
    used += f.height;
    shown++;
  }
  if (shown < texts.length) kit.y += kit.text(more(findings.slice(shown)), kit.left, kit.y, { ...FINDING, color: '#555', width: w }) + GAP;
}
