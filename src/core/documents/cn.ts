// The UPU customs declarations CN 22 and CN 23, laid out with the numbered boxes of the UPU forms
// (Letter Post Regulations; the forms as reproduced e.g. in OECD, "Misuse of small parcels", 2018,
// annex A) so a postal clerk and a customs officer recognise them:
// - CN 22: designated operator, item number (S10 barcode), category; per line (1) quantity and
//   description, (2) net weight, (3) value, (4) HS tariff number, (5) country of origin; (6) total
//   gross weight, (7) total value; (8) date and signature.
// - CN 23: designated operator, item number; sender, addressee, references; per line (1)
//   description, (2) quantity, (3) net weight, (5) value, (7) HS tariff number, (8) origin; (4)
//   total gross weight, (6) total value, (9) postal charges/fees; (10) category; (11) comments;
//   (12) licence, (13) certificate, (14) invoice; office of origin; (15) date and signature.
// "Total value" is the contents only; postage and insurance go in the fees box (CN 23).
// CN 22 is drawn at label size (4 × 6 in), on the pack's paper with a cut line, and alone.
import type { PackData, PackFinding, PackItem } from '../../shared/documents';
import { ITEM_CATEGORIES } from '../../shared/documents';
import { LABEL_SIZE, addressLines, amount, kg, money, taxIds } from './kit';
import type { Kit } from './kit';
import { CATEGORY_LABELS, totals, widths } from './common';

/** A form box: frame, small numbered caption, value. Returns the caption's height. */
function box(kit: Kit, x: number, y: number, w: number, h: number, caption: string, value = '', size = 8.5): number {
  kit.doc.lineWidth(0.7).strokeColor('#000').rect(x, y, w, h).stroke();
  const ch = kit.text(caption, x + 2.5, y + 2, { size: 5.8, color: '#333', width: w - 5 });
  if (value) kit.text(value, x + 2.5, y + 3 + ch, { size, width: w - 5 });
  return ch;
}

/** Height a box needs for its caption and value. */
function boxHeight(kit: Kit, w: number, caption: string, value: string, size: number): number {
  return kit.heightOf(caption, w - 5, { size: 5.8 }) + 3 + kit.heightOf(value || ' ', w - 5, { size }) + 4;
}

/** `text` cut (with "…") to fit `maxHeight` at `width`; only when it does not fit whole. */
function cutToFit(kit: Kit, text: string, width: number, size: number, maxHeight: number): string {
  if (kit.heightOf(text, width, { size }) <= maxHeight) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (kit.heightOf(`${text.slice(0, mid).trimEnd()}…`, width, { size }) <= maxHeight) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/** The item number (UPU S10 or the carrier's) as a Code 128 barcode with its text, in a box. */
function itemNumber(kit: Kit, d: PackData, x: number, y: number, w: number, h: number, caption: string): void {
  kit.doc.lineWidth(0.7).strokeColor('#000').rect(x, y, w, h).stroke();
  const ch = kit.text(caption, x + 2.5, y + 2, { size: 5.8, color: '#333', width: w - 5 });
  if (!d.trackingNumber) {
    kit.text('—', x + 2.5, y + 4 + ch, { size: 8, color: '#777', width: w - 5 });
    return;
  }
  const bw = Math.min(w - 10, 190);
  kit.barcode(d.trackingNumber, x + (w - bw) / 2, y + 3 + ch, bw, h - ch - 16);
}

const CN22_SHORT: Record<string, string> = { commercial_sample: 'Commercial sample', returned_goods: 'Returned goods', sale_of_goods: 'Sale of goods' };

interface Cn22Row {
  item: PackItem;
  text: string;
  height: number;
}

/**
 * The CN 22 lines at the largest size that shows every line whole: first with the local names,
 * then without, then smaller. Only when even the smallest does not fit are lines left for the
 * invoice (and a description cut, when one alone is taller than the box), each said in `notes` (for the cover, in English and Chinese).
 */
function cn22Rows(kit: Kit, d: PackData, width: number, area: number, notes: PackFinding[]): { rows: Cn22Row[]; size: number; rest: number } {
  const attempts: [number, boolean][] = [[6.8, true], [6.8, false], [6.2, false], [5.6, false], [5, false]];
  const rowsAt = (size: number, local: boolean) =>
    d.items.map((item) => {
      const text = `${item.quantity} × ${item.description}${local && item.localName ? ` / ${item.localName}` : ''}`;
      return { item, text, height: Math.max(kit.heightOf(text, width, { size }), size * 1.25) + 3 };
    });
  for (const [size, local] of attempts) {
    const rows = rowsAt(size, local);
    if (rows.reduce((s, r) => s + r.height, 0) <= area) return { rows, size, rest: 0 };
  }
  const size = attempts.at(-1)![0];
  const rows = rowsAt(size, false);
  const more = size * 1.25 + 4; // the "+ n more" line
  const shown: Cn22Row[] = [];
  let used = 0;
  for (const r of rows) {
    const left = area - used - (shown.length + 1 < rows.length ? more : 0);
    if (r.height <= left) {
      shown.push(r);
      used += r.height;
      continue;
    }
    if (shown.length === 0) {
      // One description taller than the whole box: cut it, as a last resort, and say so.
      const text = cutToFit(kit, r.text, width, size, left - 3);
      shown.push({ ...r, text, height: left });
      notes.push({
        severity: 'info',
        en: `CN 22: the description of ${r.item.productKey} was cut to fit the form; the full text is on the commercial invoice ${d.invoiceNumber}.`,
        zh: `CN 22：${r.item.productKey} 的品名过长，已截短以适合表格；完整内容见商业发票 ${d.invoiceNumber}。`,
      });
    }
    break;
  }
  const rest = rows.length - shown.length;
  if (rest > 0)
    notes.push({
      severity: 'info',
      en: `CN 22 lists ${shown.length} of ${rows.length} lines; the other ${rest} are on the commercial invoice ${d.invoiceNumber}.`,
      zh: `CN 22 列出 ${rows.length} 行中的 ${shown.length} 行；其余 ${rest} 行见商业发票 ${d.invoiceNumber}。`,
    });
  return { rows: shown, size, rest };
}

/** Draws a CN 22 in the rectangle (x, y, 288 × 432 pt). */
function cn22At(kit: Kit, d: PackData, x: number, y: number, notes: PackFinding[]): void {
  const t = totals(d);
  const W = LABEL_SIZE[0] - 16;
  const H = LABEL_SIZE[1] - 16;
  const x0 = x + 8;
  const top = y + 8;
  let cy = top;
  const doc = kit.doc;
  doc.lineWidth(1.2).strokeColor('#000').rect(x0, cy, W, H).stroke();
  // Title band: designated operator (left), form name (right).
  kit.text('Designated operator', x0 + 4, cy + 3, { size: 5.8, color: '#333', width: W * 0.6 });
  kit.text(d.designatedOperator ?? '—', x0 + 4, cy + 10, { size: 9, bold: true, width: W * 0.62 });
  kit.text('CUSTOMS DECLARATION', x0 + 4, cy + 22, { size: 8.5, bold: true, width: W * 0.62 });
  kit.text('CN 22', x0 + W * 0.62, cy + 2, { size: 16, bold: true, width: W * 0.38 - 4, align: 'right' });
  kit.text('May be opened officially', x0 + W * 0.5, cy + 22, { size: 6.5, bold: true, width: W * 0.5 - 4, align: 'right' });
  cy += 34;
  // Item number
  itemNumber(kit, d, x0, cy, W, 44, 'Item no. (S10 barcode)');
  cy += 44;
  // Category of item
  ITEM_CATEGORIES.forEach((c, i) => {
    const cx = x0 + 4 + (i % 3) * (W / 3);
    const ry = cy + 3 + Math.floor(i / 3) * 11;
    kit.checkbox(CN22_SHORT[c] ?? CATEGORY_LABELS[c], d.category === c, cx, ry, 6.5);
  });
  cy += 26;
  // Lines: (1) quantity and description, (2) net weight, (3) value, (4) HS tariff number, (5) origin
  const cw = widths(W, [104, 34, 46, 52, 36]);
  const xs = cw.reduce<number[]>((acc, w, i) => [...acc, acc[i]! + w], [x0]);
  const headers = ['(1) Quantity and detailed description of contents', '(2) Net weight (kg)', `(3) Value (${d.currency})`, '(4) HS tariff number', '(5) Country of origin'];
  const headH = Math.max(...headers.map((h, i) => kit.heightOf(h, cw[i]! - 4, { size: 5.5 }))) + 4;
  headers.forEach((h, i) => {
    doc.lineWidth(0.7).rect(xs[i]!, cy, cw[i]!, headH).stroke();
    kit.text(h, xs[i]! + 2, cy + 2, { size: 5.5, color: '#333', width: cw[i]! - 4 });
  });
  cy += headH;
  // Below the lines: totals (26), declaration (~30), signature (34).
  const decl =
    "I, the undersigned, whose name and address are given on the item, certify that the particulars given in this declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations.";
  const declH = kit.heightOf(decl, W - 6, { size: 5.6 }) + 5;
  const area = top + H - cy - 26 - declH - 30;
  const { rows, size, rest } = cn22Rows(kit, d, cw[0]! - 4, area, notes);
  doc.lineWidth(0.7).rect(x0, cy, W, area).stroke();
  // Column rules down to the last line when a "+ n more" line follows across the whole width.
  const rulesTo = rest > 0 ? cy + rows.reduce((s, r) => s + r.height, 0) : cy + area;
  for (const xi of xs.slice(1, -1)) doc.moveTo(xi, cy).lineTo(xi, rulesTo).stroke();
  let ry = cy;
  for (const r of rows) {
    const it = r.item;
    kit.text(r.text, x0 + 2, ry + 2, { size, width: cw[0]! - 4 });
    kit.text(kg(it.netWeightG * it.quantity).replace(' kg', ''), xs[1]! + 2, ry + 2, { size, width: cw[1]! - 4, align: 'right' });
    kit.text(amount(it.unitValue * it.quantity, d.currency), xs[2]! + 2, ry + 2, { size, width: cw[2]! - 4, align: 'right' });
    kit.text(it.hsCode, xs[3]! + 2, ry + 2, { size, width: cw[3]! - 4 });
    kit.text(it.originCountry, xs[4]! + 2, ry + 2, { size, width: cw[4]! - 4 });
    ry += r.height;
    if (ry < cy + area - 1) doc.lineWidth(0.3).strokeColor('#999').moveTo(x0, ry).lineTo(x0 + W, ry).stroke().strokeColor('#000');
  }
  if (rest > 0) kit.text(`+ ${rest} more line(s): see commercial invoice ${d.invoiceNumber}`, x0 + 2, ry + 2, { size, bold: true, width: W - 4 });
  cy += area;
  const half = W / 2;
  box(kit, x0, cy, half, 26, '(6) Total gross weight (kg)', kg(t.grossG).replace(' kg', ''), 9);
  box(kit, x0 + half, cy, half, 26, `(7) Total value (${d.currency})`, money(t.goods, d.currency), 9);
  cy += 26;
  kit.text(decl, x0 + 3, cy + 3, { size: 5.6, width: W - 6 });
  cy += declH;
  box(kit, x0, cy, W, top + H - cy, '(8) Date and sender\u2019s signature', `${d.invoiceDate}   ${d.signatory.name}, ${d.signatory.title}`, 8);
}

/** CN 22 on the pack's paper: the label-size form with a dashed cut line. */
export function drawCn22(kit: Kit, d: PackData, notes: PackFinding[] = []): void {
  kit.page();
  kit.header('CN 22 — customs declaration', 'Cut along the dashed line and attach to the outside of the parcel (address side).');
  const x = kit.left;
  const y = kit.y;
  kit.doc.save().dash(4, { space: 3 }).lineWidth(0.5).strokeColor('#777').rect(x - 1, y - 1, LABEL_SIZE[0] + 2, LABEL_SIZE[1] + 2).stroke().undash().restore();
  cn22At(kit, d, x, y, notes);
}

/** CN 22 alone on a 4 × 6 in label page (its notes are the same as the A4 copy's). */
export function drawCn22Label(kit: Kit, d: PackData): void {
  kit.page(LABEL_SIZE, 0);
  cn22At(kit, d, 0, 0, []);
}

/** CN 23: sender and addressee, items table (continues over pages), totals, boxes 9–15. */
export function drawCn23(kit: Kit, d: PackData): void {
  const t = totals(d);
  kit.page();
  const doc = kit.doc;
  const W = kit.contentWidth;
  const x0 = kit.left;
  let y = kit.top;
  const half = W / 2;
  // Title band: designated operator and form (left), item number with its barcode (right).
  kit.text('Designated operator', x0, y, { size: 6.5, color: '#333', width: half });
  kit.text(d.designatedOperator ?? '—', x0, y + 8, { size: 11, bold: true, width: half - 8 });
  kit.text('CUSTOMS DECLARATION', x0, y + 24, { size: 12, bold: true, width: half * 0.75 });
  kit.text('CN 23', x0 + half * 0.7, y + 20, { size: 18, bold: true, width: half * 0.3 - 6, align: 'right' });
  kit.text('May be opened officially', x0, y + 40, { size: 7.5, bold: true, width: half });
  itemNumber(kit, d, x0 + half, y, half, 52, 'No. of item (barcode, if any)');
  y += 56;
  const party = (p: PackData['exporter']) => [p.name, ...addressLines(p)].join('\n');
  const ph = Math.max(kit.heightOf(party(d.exporter), half - 6, { size: 8 }), kit.heightOf(party(d.importer), half - 6, { size: 8 })) + 16;
  box(kit, x0, y, half, ph, 'From — Name, business, street, postcode, city, country', party(d.exporter), 8);
  box(kit, x0 + half, y, half, ph, 'To — Name, business, street, postcode, city, country', party(d.importer), 8);
  y += ph;
  // References and contacts: each row as tall as its longer side, so a second line never runs into the next box.
  const refs: [string, string][] = [
    ["Sender's customs reference (EORI / VAT / IOSS)", taxIds(d.exporter).join('  ') || '—'],
    ["Importer's reference (tax code / VAT / importer code)", taxIds(d.importer).join('  ') || '—'],
  ];
  const contacts: [string, string][] = [
    ["Sender's telephone / e-mail", [d.exporter.phone, d.exporter.email].filter(Boolean).join(' · ')],
    ["Importer's telephone / e-mail", [d.importer.phone, d.importer.email].filter(Boolean).join(' · ')],
  ];
  for (const row of [refs, contacts]) {
    const rh = Math.max(...row.map(([c, v]) => boxHeight(kit, half, c, v, 7.5)));
    row.forEach(([c, v], i) => box(kit, x0 + i * half, y, half, rh, c, v, 7.5));
    y += rh;
  }
  y += 8;
  kit.y = y;
  kit.continuesAs('CN 23', [`Shipment: ${d.reference}`, d.trackingNumber ? `No. of item: ${d.trackingNumber}` : ''].filter(Boolean).join(' · '));
  const third = W / 3;
  const fees = [
    `Postage ${amount(d.charges.postage, d.currency)}`,
    d.charges.insurance ? `Insurance ${amount(d.charges.insurance, d.currency)}` : '',
  ].filter(Boolean);
  const feeText = `${fees.join(' + ')}${fees.length > 1 ? ` = ${money(t.fees, d.currency)}` : ` ${d.currency}`}`;
  const th = Math.max(30, boxHeight(kit, third, '(9) Postal charges / Fees', feeText, 8));
  // Boxes 4, 6 and 9 (th), 10 (52), 11 (30), 12–14 (34), 15 (50 + 8): on the page of the last line, never alone.
  const boxes = th + 180;
  const cw = widths(W, [170, 34, 52, 62, 60, 42]);
  kit.table(
    [
      { header: '(1) Detailed description of contents', width: cw[0]! },
      { header: '(2) Quantity', width: cw[1]!, align: 'right' },
      { header: '(3) Net weight (kg)', width: cw[2]!, align: 'right' },
      { header: `(5) Value (${d.currency})`, width: cw[3]!, align: 'right' },
      { header: '(7) HS tariff number', width: cw[4]! },
      { header: '(8) Country of origin', width: cw[5]! },
    ],
    d.items.map((it) => [
      it.localName ? [it.description, it.localName] : it.description,
      String(it.quantity),
      kg(it.netWeightG * it.quantity).replace(' kg', ''),
      amount(it.unitValue * it.quantity, d.currency),
      it.hsCode,
      it.originCountry,
    ]),
    { size: 8, keepWithLast: boxes },
  );
  kit.ensure(boxes);
  y = kit.y;
  box(kit, x0, y, third, th, '(4) Total gross weight (kg)', kg(t.grossG).replace(' kg', ''), 10);
  box(kit, x0 + third, y, third, th, `(6) Total value (${d.currency})`, money(t.goods, d.currency), 10);
  box(kit, x0 + 2 * third, y, third, th, '(9) Postal charges / Fees', feeText, 8);
  y += th;
  // (10) category of item, with the explanation
  doc.lineWidth(0.7).rect(x0, y, half, 52).stroke();
  kit.text('(10) Category of item', x0 + 2.5, y + 2, { size: 5.8, color: '#333' });
  ITEM_CATEGORIES.forEach((c, i) => kit.checkbox(CATEGORY_LABELS[c], d.category === c, x0 + 4 + (i % 2) * (half / 2), y + 11 + Math.floor(i / 2) * 13, 7));
  box(kit, x0 + half, y, half, 52, 'Explanation', d.reasonForExport, 8);
  y += 52;
  box(kit, x0, y, W, 30, '(11) Comments (e.g. goods subject to quarantine, sanitary/phytosanitary inspection or other restrictions)', d.comments ?? '', 8);
  y += 30;
  const certs = (d.certificates ?? []).map((c) => c.number);
  box(kit, x0, y, third, 34, '(12) Licence — no(s). of licence(s)', (d.licences ?? []).join(', '), 7.5);
  box(kit, x0 + third, y, third, 34, '(13) Certificate — no(s). of certificate(s)', certs.join(', '), 7.5);
  box(kit, x0 + 2 * third, y, third, 34, '(14) Invoice — no. of invoice', d.invoiceNumber, 8);
  y += 34;
  box(kit, x0, y, third, 50, 'Office of origin / date of posting', '', 8);
  const decl =
    'I certify that the particulars given in this customs declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations. I have met all applicable export filing requirements under the applicable regulations.';
  box(kit, x0 + third, y, W - third, 50, "(15) Date and sender's signature", '');
  kit.text(decl, x0 + third + 3, y + 10, { size: 6, width: W - third - 6 });
  kit.text(`${d.invoiceDate} · ${d.signatory.name}, ${d.signatory.title}`, x0 + third + 3, y + 38, { size: 8, bold: true, width: W - third - 6 });
  kit.y = y + 58;
}
