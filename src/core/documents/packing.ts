// Packing list: each parcel with its contents, quantities and weights, and its dimensions. No
// prices. Totals come from the same computation as the invoice.
import type { PackData, PackHowTo, PackLine, PackParcel } from '../../shared/documents';
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
  const contentsTable = (contents: PackParcel['contents']) =>
    kit.table(
      [
        { header: '#', width: cw[0]!, align: 'right' },
        { header: 'Contents', width: cw[1]! },
        { header: 'HS code', width: cw[2]! },
        { header: 'Quantity', width: cw[3]!, align: 'right' },
        { header: 'Net weight', width: cw[4]!, align: 'right' },
      ],
      contents.map((c, i) => {
        const it = d.items[c.item]!;
        return [String(i + 1), describe(it), it.hsCode, String(c.quantity), kg(it.netWeightG * c.quantity)];
      }),
    );
  const netOf = (contents: PackParcel['contents']) => contents.reduce((s, c) => s + (d.items[c.item]?.netWeightG ?? 0) * c.quantity, 0);
  // Contents known per parcel only when every parcel lists its own; else (the shipment records no
  // parcel's contents) they are listed once for all the parcels, and no parcel is given a net weight
  // it may not hold (12.990 kg net in a 12 kg parcel, and an empty second parcel).
  const perParcel = d.parcels.every((p) => p.contents.length > 0);
  d.parcels.forEach((p, pi) => {
    kit.heading(`Parcel ${pi + 1} of ${d.parcels.length}`);
    const weights = perParcel ? `Net weight ${kg(netOf(p.contents))} · Gross weight ${kg(p.grossWeightG)}` : `Gross weight ${kg(p.grossWeightG)}`;
    kit.paragraph(`${dimensions(p)} · ${weights}`, { size: 9 });
    if (perParcel) contentsTable(p.contents);
    if (p.howToPack) drawHowToPack(kit, p.howToPack);
  });
  if (!perParcel) {
    const all = d.parcels.flatMap((p) => p.contents);
    kit.heading(d.parcels.length > 1 ? `Contents of the ${d.parcels.length} parcels (not listed per parcel)` : 'Contents');
    contentsTable(all);
  }
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

/** "Dimensions 400 × 300 × 200 mm", or that the parcel was not measured (never "0 × 0 × 0 mm"). */
export function dimensions(p: Pick<PackParcel, 'lengthMm' | 'widthMm' | 'heightMm'>): string {
  const { lengthMm: l, widthMm: w, heightMm: h } = p;
  return l && w && h ? `Dimensions ${l} × ${w} × ${h} mm` : 'Dimensions not measured';
}
