// The UPU customs declarations CN22 and CN23, laid out with the numbered boxes of the forms so a
// postal clerk recognises them. CN22 is drawn at label size (4 × 6 in), on the pack's paper with a
// cut line, and alone as a label PDF.
import type { PackData } from '../../shared/documents';
import { ITEM_CATEGORIES } from '../../shared/documents';
import { LABEL_SIZE, addressLines, amount, kg, money, taxIds } from './kit';
import type { Kit } from './kit';
import { CATEGORY_LABELS, totals, widths } from './common';

/** A form box: frame, small numbered caption, value. */
function box(kit: Kit, x: number, y: number, w: number, h: number, caption: string, value = '', size = 8.5): void {
  kit.doc.lineWidth(0.7).strokeColor('#000').rect(x, y, w, h).stroke();
  const ch = kit.text(caption, x + 2.5, y + 2, { size: 5.8, color: '#333', width: w - 5 });
  if (value) kit.text(value, x + 2.5, y + 3 + ch, { size, width: w - 5 });
}

const CN22_SHORT: Record<string, string> = { commercial_sample: 'Commercial sample', returned_goods: 'Returned goods', sale_of_goods: 'Sale of goods' };

/** Draws a CN22 in the rectangle (x, y, 288 × 432 pt). */
function cn22At(kit: Kit, d: PackData, x: number, y: number): void {
  const t = totals(d);
  const W = LABEL_SIZE[0] - 16;
  const x0 = x + 8;
  let cy = y + 8;
  const doc = kit.doc;
  doc.lineWidth(1.2).rect(x0, cy, W, LABEL_SIZE[1] - 16).stroke();
  // Title band
  kit.text('CUSTOMS DECLARATION', x0 + 4, cy + 4, { size: 10, bold: true, width: W * 0.62 });
  kit.text('CN 22', x0 + W * 0.62, cy + 2, { size: 16, bold: true, width: W * 0.38 - 4, align: 'right' });
  kit.text('May be opened officially', x0 + 4, cy + 17, { size: 6.5, bold: true, width: W * 0.6 });
  kit.text(`Designated operator: ${d.exporter.company ?? d.exporter.name}`, x0 + 4, cy + 27, { size: 6, width: W - 8 });
  cy += 46;
  // Category of item
  doc.lineWidth(0.7).moveTo(x0, cy).lineTo(x0 + W, cy).stroke();
  const cats = ITEM_CATEGORIES;
  cats.forEach((c, i) => {
    const cx = x0 + 4 + (i % 3) * (W / 3);
    const ry = cy + 4 + Math.floor(i / 3) * 12;
    kit.checkbox(CN22_SHORT[c] ?? CATEGORY_LABELS[c], d.category === c, cx, ry, 7);
  });
  cy += 30;
  // Item rows: (1) description+quantity, (2) net weight, (3) value
  const cw = widths(W, [150, 46, 76]);
  const rowsArea = 136;
  box(kit, x0, cy, cw[0]!, 22, '(1) Quantity and detailed description of contents');
  box(kit, x0 + cw[0]!, cy, cw[1]!, 22, '(2) Net weight (kg)');
  box(kit, x0 + cw[0]! + cw[1]!, cy, cw[2]!, 22, `(3) Value (${d.currency})`);
  cy += 22;
  const lineH = 20;
  const fit = Math.floor(rowsArea / lineH);
  const shown = d.items.length > fit ? d.items.slice(0, fit - 1) : d.items;
  doc.rect(x0, cy, W, rowsArea).stroke();
  doc.moveTo(x0 + cw[0]!, cy).lineTo(x0 + cw[0]!, cy + rowsArea).stroke();
  doc.moveTo(x0 + cw[0]! + cw[1]!, cy).lineTo(x0 + cw[0]! + cw[1]!, cy + rowsArea).stroke();
  shown.forEach((it, i) => {
    const ry = cy + 2 + i * lineH;
    const desc = `${it.quantity} × ${it.description}${it.localName ? ` / ${it.localName}` : ''}`;
    kit.text(desc.length > 70 ? `${desc.slice(0, 68)}…` : desc, x0 + 2, ry, { size: 6.8, width: cw[0]! - 4 });
    kit.text(kg(it.netWeightG * it.quantity).replace(' kg', ''), x0 + cw[0]! + 2, ry, { size: 6.8, width: cw[1]! - 4, align: 'right' });
    kit.text(amount(it.unitValue * it.quantity, d.currency), x0 + cw[0]! + cw[1]! + 2, ry, { size: 6.8, width: cw[2]! - 4, align: 'right' });
  });
  if (shown.length < d.items.length) {
    const rest = d.items.length - shown.length;
    kit.text(`+ ${rest} more item(s): see commercial invoice ${d.invoiceNumber}`, x0 + 2, cy + 2 + shown.length * lineH, { size: 6.8, width: cw[0]! - 4 });
  }
  cy += rowsArea;
  // (4) HS / (5) origin for commercial items
  const hs = [...new Set(d.items.map((i) => i.hsCode))];
  const origins = [...new Set(d.items.map((i) => i.originCountry))];
  const half = W / 2;
  box(kit, x0, cy, half, 30, '(4) For commercial items only: HS tariff number', hs.slice(0, 4).join(', ') + (hs.length > 4 ? ' …' : ''), 7);
  box(kit, x0 + half, cy, half, 30, '(5) Country of origin of goods', origins.join(', '), 7);
  cy += 30;
  box(kit, x0, cy, half, 26, '(6) Total gross weight (kg)', kg(t.grossG).replace(' kg', ''), 9);
  box(kit, x0 + half, cy, half, 26, `(7) Total value (${d.currency})`, money(t.total, d.currency), 9);
  cy += 26;
  // Declaration and (8) date and signature
  const decl =
    "I, the undersigned, whose name and address are given on the item, certify that the particulars given in this declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations.";
  const dh = kit.text(decl, x0 + 3, cy + 3, { size: 6, width: W - 6 });
  cy += dh + 6;
  box(kit, x0, cy, W, LABEL_SIZE[1] - 8 - (cy - y) - 8, '(8) Date and sender\u2019s signature', `${d.invoiceDate}   ${d.signatory.name}, ${d.signatory.title}`, 8);
}

/** CN22 on the pack's paper: the label-size form with a dashed cut line. */
export function drawCn22(kit: Kit, d: PackData): void {
  kit.page();
  kit.header('CN 22 — customs declaration', 'Cut along the dashed line and attach to the outside of the parcel (address side).');
  const x = kit.left;
  const y = kit.y;
  kit.doc.save().dash(4, { space: 3 }).lineWidth(0.5).strokeColor('#777').rect(x - 1, y - 1, LABEL_SIZE[0] + 2, LABEL_SIZE[1] + 2).stroke().undash().restore();
  cn22At(kit, d, x, y);
}

/** CN22 alone on a 4 × 6 in label page. */
export function drawCn22Label(kit: Kit, d: PackData): void {
  kit.page(LABEL_SIZE, 0);
  cn22At(kit, d, 0, 0);
}

/** CN23: sender and addressee, items table (continues over pages), totals, boxes 9–17. */
export function drawCn23(kit: Kit, d: PackData): void {
  const t = totals(d);
  kit.page();
  const doc = kit.doc;
  const W = kit.contentWidth;
  const x0 = kit.left;
  let y = kit.top;
  kit.text('CUSTOMS DECLARATION', x0, y, { size: 14, bold: true, width: W * 0.6 });
  kit.text('CN 23', x0 + W * 0.6, y - 2, { size: 22, bold: true, width: W * 0.4, align: 'right' });
  kit.text(`Designated operator: ${d.exporter.company ?? d.exporter.name} · May be opened officially`, x0, y + 20, { size: 7.5, width: W });
  y += 34;
  const half = W / 2;
  const party = (p: PackData['exporter']) => [p.name, ...addressLines(p)].join('\n');
  const ph = Math.max(kit.heightOf(party(d.exporter), half - 6, { size: 8 }), kit.heightOf(party(d.importer), half - 6, { size: 8 })) + 16;
  box(kit, x0, y, half, ph, 'From — Name, business, street, postcode, city, country', party(d.exporter), 8);
  box(kit, x0 + half, y, half, ph, 'To — Name, business, street, postcode, city, country', party(d.importer), 8);
  y += ph;
  box(kit, x0, y, half, 26, "Sender's customs reference (EORI / VAT / IOSS)", taxIds(d.exporter).join('  ') || '—', 7.5);
  box(kit, x0 + half, y, half, 26, "Importer's reference (tax code / VAT / importer code)", taxIds(d.importer).join('  ') || '—', 7.5);
  y += 26;
  box(kit, x0, y, half, 22, "Sender's telephone / e-mail", [d.exporter.phone, d.exporter.email].filter(Boolean).join(' · '), 7.5);
  box(kit, x0 + half, y, half, 22, "Importer's telephone / e-mail", [d.importer.phone, d.importer.email].filter(Boolean).join(' · '), 7.5);
  y += 30;
  kit.y = y;
  const cw = widths(W, [170, 34, 52, 62, 60, 42]);
  kit.table(
    [
      { header: '(1) Detailed description of contents', width: cw[0]! },
      { header: '(2) Quantity', width: cw[1]!, align: 'right' },
      { header: '(3) Net weight (kg)', width: cw[2]!, align: 'right' },
      { header: `(4) Value (${d.currency})`, width: cw[3]!, align: 'right' },
      { header: '(5) HS tariff number', width: cw[4]! },
      { header: '(6) Country of origin', width: cw[5]! },
    ],
    d.items.map((it) => [
      it.localName ? [it.description, it.localName] : it.description,
      String(it.quantity),
      kg(it.netWeightG * it.quantity).replace(' kg', ''),
      amount(it.unitValue * it.quantity, d.currency),
      it.hsCode,
      it.originCountry,
    ]),
    { size: 8 },
  );
  kit.ensure(200);
  y = kit.y;
  const third = W / 3;
  box(kit, x0, y, third, 28, '(7) Total gross weight (kg)', kg(t.grossG).replace(' kg', ''), 10);
  box(kit, x0 + third, y, third, 28, `(8) Total value (${d.currency})`, money(t.total, d.currency), 10);
  box(kit, x0 + 2 * third, y, third, 28, '(9) Postal charges / fees', money(d.charges.postage, d.currency), 10);
  y += 28;
  // (10) category of item
  doc.lineWidth(0.7).rect(x0, y, half, 52).stroke();
  kit.text('(10) Category of item', x0 + 2.5, y + 2, { size: 5.8, color: '#333' });
  ITEM_CATEGORIES.forEach((c, i) => kit.checkbox(CATEGORY_LABELS[c], d.category === c, x0 + 4 + (i % 2) * (half / 2), y + 11 + Math.floor(i / 2) * 13, 7));
  box(kit, x0 + half, y, half, 52, '(11) Explanation', d.reasonForExport, 8);
  y += 52;
  box(kit, x0, y, W, 30, '(12) Comments (e.g. goods subject to quarantine, sanitary/phytosanitary inspection or other restrictions)', d.comments ?? '', 8);
  y += 30;
  const certs = (d.certificates ?? []).map((c) => c.number);
  box(kit, x0, y, third, 34, '(13) Licence — no(s). of licence(s)', (d.licences ?? []).join(', '), 7.5);
  box(kit, x0 + third, y, third, 34, '(14) Certificate — no(s). of certificate(s)', certs.join(', '), 7.5);
  box(kit, x0 + 2 * third, y, third, 34, '(15) Invoice — no. of invoice', d.invoiceNumber, 8);
  y += 34;
  box(kit, x0, y, third, 50, '(16) Office of origin / date of posting', '', 8);
  const decl =
    'I certify that the particulars given in this customs declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations. I have met all applicable export filing requirements under the applicable regulations.';
  box(kit, x0 + third, y, W - third, 50, "(17) Date and sender's signature", '');
  kit.text(decl, x0 + third + 3, y + 10, { size: 6, width: W - third - 6 });
  kit.text(`${d.invoiceDate} · ${d.signatory.name}, ${d.signatory.title}`, x0 + third + 3, y + 38, { size: 8, bold: true, width: W - third - 6 });
  kit.y = y + 58;
}
