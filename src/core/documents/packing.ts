// Packing list: each parcel with its contents, quantities and weights, and its dimensions. No
// prices. Totals come from the same computation as the invoice.
import type { PackData, PackHowTo, PackLine } from '../../shared/documents';
import { kg } from './kit';
import type { Kit } from './kit';
import { describe, totals, widths } from './common';

export function drawPackingList(kit: Kit, d: PackData): void {
  const t = totals(d);
  kit.page();
  kit.header('PACKING LIST', undefined, [`Invoice no. ${d.invoiceNumber}`, `Date: ${d.invoiceDate}`, `Shipment: ${d.reference}`]);
  kit.continuesAs('PACKING LIST', `Invoice no. ${d.invoiceNumber} · Shipment: ${d.reference}`);
  const w = kit.contentWidth;
  const half = (w - 10) / 2;
  const y = kit.y;
  const h = Math.max(
    kit.addressBlock('SHIPPER', d.exporter, kit.left, y, half),
    kit.addressBlock('CONSIGNEE', d.importer, kit.left + half + 10, y, half),
  );
  kit.y = y + h + 10;
  const cw = widths(w, [16, 200, 60, 40, 60]);
  d.parcels.forEach((p, pi) => {
    const net = p.contents.reduce((s, c) => s + (d.items[c.item]?.netWeightG ?? 0) * c.quantity, 0);
    kit.heading(`Parcel ${pi + 1} of ${d.parcels.length}`);
    kit.paragraph(
      `Dimensions ${p.lengthMm} × ${p.widthMm} × ${p.heightMm} mm · Net weight ${kg(net)} · Gross weight ${kg(p.grossWeightG)}`,
      { size: 9 },
    );
    kit.table(
      [
        { header: '#', width: cw[0]!, align: 'right' },
        { header: 'Contents', width: cw[1]! },
        { header: 'HS code', width: cw[2]! },
        { header: 'Quantity', width: cw[3]!, align: 'right' },
        { header: 'Net weight', width: cw[4]!, align: 'right' },
      ],
      p.contents.map((c, i) => {
        const it = d.items[c.item]!;
        return [String(i + 1), describe(it), it.hsCode, String(c.quantity), kg(it.netWeightG * c.quantity)];
      }),
    );
    if (p.howToPack) drawHowToPack(kit, p.howToPack);
  });
  kit.heading('Totals');
  const ty = kit.y;
  kit.y =
    ty +
    kit.keyValues(
      [
        ['Number of packages', String(t.packages)],
        ['Total quantity', String(t.quantity)],
        ['Total net weight', kg(t.netG)],
        ['Total gross weight', kg(t.grossG)],
      ],
      kit.left,
      ty,
      260,
    );
}

/** How to pack this parcel (issue 18): English with the Chinese under it; a box for what the parcel says is done. */
function drawHowToPack(kit: Kit, h: PackHowTo): void {
  kit.heading('How to pack · 如何包装', 10);
  const say = (l: PackLine) => {
    const box = l.done === undefined ? '' : l.done ? '[x] ' : '[  ] ';
    kit.paragraph(`${box}${l.en}`, { size: 9 }, 1);
    kit.paragraph(`${box ? '      ' : ''}${l.zh}`, { size: 8.5, color: '#333' }, 4);
  };
  if (h.packaging) say(h.packaging);
  const section = (title: string, lines: PackLine[]) => {
    if (lines.length === 0) return;
    kit.paragraph(title, { size: 9, bold: true }, 2);
    lines.forEach(say);
  };
  section('Protect · 保护', h.protect);
  section('Inner packaging for liquids · 液体内包装', h.inner);
  section('Marks to stick on · 需粘贴的标记', h.marks);
}
