// Commercial invoice: parties with tax IDs, terms, one line per item, charges, totals, weights,
// and the signed declaration.
import type { PackData } from '../../shared/documents';
import { amount, kg, money } from './kit';
import type { Kit } from './kit';
import { describe, plural, totals, widths } from './common';

export function drawInvoice(kit: Kit, d: PackData): void {
  const t = totals(d);
  kit.page();
  kit.header('COMMERCIAL INVOICE', undefined, [`Invoice no. ${d.invoiceNumber}`, `Date: ${d.invoiceDate}`, `Shipment: ${d.reference}`]);
  kit.continuesAs('COMMERCIAL INVOICE', `Invoice no. ${d.invoiceNumber} · Shipment: ${d.reference}`);
  const w = kit.contentWidth;
  const half = (w - 10) / 2;
  const y = kit.y;
  // Both parties' text once, then both frames at the common height so they line up.
  const h = Math.max(
    kit.addressBlock('EXPORTER / SELLER', d.exporter, kit.left, y, half, { frame: false }),
    kit.addressBlock('IMPORTER / CONSIGNEE', d.importer, kit.left + half + 10, y, half, { frame: false }),
  );
  kit.frame(kit.left, y, half, h);
  kit.frame(kit.left + half + 10, y, half, h);
  kit.y = y + h + 8;
  const ky = kit.y;
  const labelWidth = half * 0.4;
  // Marks and numbers: what is written on the package, so customs can match invoice and parcel;
  // each mark whole on a line.
  const marks = kit.joinWhole([d.trackingNumber ?? '', d.reference, plural(t.packages, 'package', 'packages')].filter(Boolean), half - labelWidth);
  const h1 = kit.keyValues(
    [
      ['Incoterm', d.incoterm],
      ['Currency', d.currency],
      ['Reason for export', d.reasonForExport],
      ['Marks and numbers', marks],
    ],
    kit.left,
    ky,
    half,
    labelWidth,
  );
  const h2 = kit.keyValues(
    [
      ['Number of packages', String(t.packages)],
      ['Total net weight', kg(t.netG)],
      ['Total gross weight', kg(t.grossG)],
    ],
    kit.left + half + 10,
    ky,
    half,
  );
  kit.y = ky + Math.max(h1, h2) + 8;

  const declaration =
    'I declare that the information on this invoice is true and correct, that the goods are of the origin stated, and that the contents of this shipment are as stated above.';
  // The totals, declaration and signature go on the page of the last line, never alone.
  const totalsHeight = 80;
  const cw = widths(w, [16, 150, 52, 34, 32, 58, 62, 52]);
  const head = ['#', 'Description of goods', 'HS code', 'Origin', 'Qty', `Unit value (${d.currency})`, `Line total (${d.currency})`, 'Net weight'];
  const align: ('left' | 'right')[] = ['right', 'left', 'left', 'left', 'right', 'right', 'right', 'right'];
  kit.table(
    head.map((header, i) => ({ header, width: cw[i]!, align: align[i] })),
    d.items.map((it, i) => [
      String(i + 1),
      it.fibreContent ? [...describe(it), `Fibre content: ${it.fibreContent}`] : describe(it),
      it.hsCode,
      it.originCountry,
      String(it.quantity),
      amount(it.unitValue, d.currency),
      amount(it.unitValue * it.quantity, d.currency),
      kg(it.netWeightG * it.quantity),
    ]),
    { keepWithLast: totalsHeight + kit.signatureHeight(declaration) },
  );

  const tw = 230;
  kit.ensure(totalsHeight);
  const tx = kit.left + w - tw;
  const totalsY = kit.y;
  const th = kit.keyValues(
    [
      ['Goods', money(t.goods, d.currency)],
      ['Postage / freight', money(d.charges.postage, d.currency)],
      ['Insurance', money(d.charges.insurance, d.currency)],
    ],
    tx,
    totalsY,
    tw,
    110,
  );
  kit.doc.moveTo(tx, totalsY + th).lineTo(tx + tw, totalsY + th).lineWidth(0.8).stroke();
  kit.keyValues([['TOTAL', money(t.invoiceTotal, d.currency)]], tx, totalsY + th + 3, tw, 110, 10.5);
  kit.y = totalsY + th + 24;
  kit.signature(declaration, { ...d.signatory, date: d.invoiceDate });
}
