// Cover page: reference and tracking number as Code 128, consignee, preflight result, and a
// checklist of what the pack contains and where each document goes. Drawn last, onto the first
// page, because it lists the page ranges of everything after it.
import type { PackData, PackDocumentKind } from '../../shared/documents';
import type { Kit } from './kit';
import { totals, widths } from './common';
import { displayWeight } from '../../shared/weight';
import { money } from './kit';

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** The cover's line on the preflight: warnings and notes counted apart, as the shipment screen does. */
export function preflightLine(findings: readonly string[]): { text: string; warnings: number; notes: number } {
  const warnings = findings.filter((f) => f.startsWith('Warning:')).length;
  const notes = findings.length - warnings;
  if (findings.length === 0) return { text: 'Passed — no findings', warnings, notes };
  const parts = [warnings ? plural(warnings, 'warning', 'warnings') : '', notes ? plural(notes, 'note', 'notes') : ''].filter(Boolean);
  return { text: `Passed with ${parts.join(' and ')}`, warnings, notes };
}

export interface CoverEntry {
  kind?: PackDocumentKind;
  subject?: string;
  name: string;
  firstPage: number;
  lastPage: number;
  where: string;
}

export function drawCover(kit: Kit, d: PackData, entries: CoverEntry[], skipped: { name: string; reason: string }[]): void {
  const t = totals(d);
  kit.doc.switchToPage(0);
  kit.y = kit.top;
  kit.header('SHIPMENT PACK', `${d.form} · ${plural(d.parcels.length, 'parcel', 'parcels')} · ${displayWeight(t.grossG, 'en-US')} · contents ${money(t.goods, d.currency)}`, [
    `Reference: ${d.reference}`,
    `Invoice no. ${d.invoiceNumber}`,
    `Date: ${d.invoiceDate}`,
  ]);
  const w = kit.contentWidth;
  const half = (w - 10) / 2;
  let y = kit.y;
  kit.text('Shipment reference', kit.left, y, { size: 7, bold: true, color: '#555' });
  const bh = kit.barcode(d.reference, kit.left, y + 10, Math.min(half, 220), 40);
  if (d.trackingNumber) {
    kit.text('Tracking number', kit.left + half + 10, y, { size: 7, bold: true, color: '#555' });
    kit.barcode(d.trackingNumber, kit.left + half + 10, y + 10, Math.min(half, 220), 40);
  } else kit.text('Tracking number: not yet known', kit.left + half + 10, y + 10, { size: 9, color: '#777' });
  y += bh + 18;
  const ah = kit.addressBlock('CONSIGNEE', d.importer, kit.left, y, half);
  // Preflight
  let py = y;
  const line = preflightLine(d.preflight.findings);
  kit.text('PREFLIGHT', kit.left + half + 10, py, { size: 7, bold: true, color: '#555' });
  py += 10;
  py += kit.text(line.text, kit.left + half + 10, py, {
    size: 10,
    bold: true,
    color: line.warnings ? '#e65100' : '#1b5e20',
    width: half,
  });
  for (const f of d.preflight.findings.slice(0, 8)) py += kit.text(`• ${f}`, kit.left + half + 10, py + 1, { size: 8, width: half }) + 1;
  kit.y = Math.max(y + ah, py) + 12;
  if (skipped.length) {
    kit.heading('Attachments NOT included', 10);
    for (const s of skipped) kit.paragraph(`• ${s.name}: ${s.reason}`, { size: 9, color: '#b71c1c' }, 2);
  }
  kit.heading('What is in this pack and where it goes', 10);
  const cw = widths(w, [24, 190, 60, 200]);
  kit.table(
    [
      { header: '✓', width: cw[0]!, align: 'center' },
      { header: 'Document', width: cw[1]! },
      { header: 'Pages', width: cw[2]! },
      { header: 'Where', width: cw[3]! },
    ],
    entries.map((e) => ['', e.name, e.firstPage === e.lastPage ? String(e.firstPage) : `${e.firstPage}–${e.lastPage}`, e.where]),
    { size: 8.5 },
  );
}
