// Lithium battery documents: the statement (UN number, Section II compliance, handling) and the
// lithium battery mark at its regulated size (IATA DGR fig. 7.1.C: 100 × 100 mm, or 100 × 70 mm
// on small packages), drawn as vectors so it prints at exactly that size.
import type { PackBatteries, PackData } from '../../shared/documents';
import { mm } from './kit';
import type { Kit } from './kit';

/** Mark size in mm: [width, height]. */
export const markSize = (b: PackBatteries): [number, number] => (b.markSize === '100x70' ? [100, 70] : [100, 100]);

export function drawBatteryStatement(kit: Kit, d: PackData, b: PackBatteries): void {
  kit.page();
  kit.header('LITHIUM BATTERY STATEMENT', undefined, [`Shipment: ${d.reference}`, `Date: ${d.invoiceDate}`]);
  // One block per UN number and configuration, each with the proper shipping name that applies.
  for (const e of b.entries) {
    const y = kit.y;
    kit.y =
      y +
      kit.keyValues(
        [
          ['UN number', e.unNumber],
          ['Proper shipping name', e.shippingName],
          ['Packing instruction', `${e.packingInstruction}, Section II`],
          ['Batteries in this parcel', String(e.count)],
          ['Rating', e.rating],
        ],
        kit.left,
        y,
        kit.contentWidth,
        150,
      ) +
      6;
    kit.doc.moveTo(kit.left, kit.y - 3).lineTo(kit.left + kit.contentWidth, kit.y - 3).lineWidth(0.4).strokeColor('#999').stroke().strokeColor('#000');
  }
  kit.y += kit.keyValues([['Emergency telephone', b.phone]], kit.left, kit.y, kit.contentWidth, 150) + 8;
  const pi = [...new Set(b.entries.map((e) => e.packingInstruction))].join(' and ');
  kit.heading('Declaration of compliance', 10);
  kit.paragraph(
    `The lithium batteries in this package are prepared in compliance with Section II of IATA ${pi}. ` +
      'Each cell and battery is of a type proven to meet the requirements of each test in the UN Manual of Tests and Criteria, Part III, subsection 38.3. ' +
      'Batteries are protected against short circuit and against accidental activation, and the equipment is packed in strong rigid outer packaging.',
    { size: 9 },
    8,
  );
  kit.heading('Handling', 10);
  for (const line of [
    'This package contains lithium batteries: handle with care. A flammability hazard exists if the package is damaged.',
    'If the package is damaged, isolate it, do not load it, and inspect it; repack before onward transport.',
    `For information call ${b.phone}.`,
    'The lithium battery mark (next page) must be affixed to the outside of the package.',
  ])
    kit.paragraph(`• ${line}`, { size: 9 }, 3);
  kit.y += 10;
  kit.signature('I declare that the contents of this consignment are fully and accurately described above and comply with the regulations stated.', {
    ...d.signatory,
    date: d.invoiceDate,
  });
}

/** The lithium battery mark at its regulated size, centred, with a dashed cut line. */
export function drawBatteryMark(kit: Kit, b: PackBatteries): void {
  kit.page();
  kit.header('LITHIUM BATTERY MARK', `Print at 100 % (no "fit to page"). Cut out along the dashed line and affix to the outside of the parcel. Size ${markSize(b).join(' × ')} mm.`);
  const [wmm, hmm] = markSize(b);
  const W = mm(wmm);
  const H = mm(hmm);
  const x = kit.left + (kit.contentWidth - W) / 2;
  const y = kit.y + 30;
  const doc = kit.doc;
  doc.save().dash(4, { space: 3 }).lineWidth(0.5).strokeColor('#777').rect(x - 8, y - 8, W + 16, H + 16).stroke().undash().restore();
  // Red hatched border (at least 5 mm wide), clipped to the band between the outer and inner rects.
  const band = mm(5);
  doc.save();
  doc.rect(x, y, W, H).rect(x + band, y + band, W - 2 * band, H - 2 * band).clip('even-odd');
  doc.lineWidth(mm(1.6)).strokeColor('#d50000');
  for (let k = -H; k < W + H; k += mm(4)) doc.moveTo(x + k, y + H).lineTo(x + k + H, y).stroke();
  doc.restore();
  // The mark's exact outline (its size is what the regulation fixes).
  doc.lineWidth(0.3).strokeColor('#d50000').rect(x, y, W, H).stroke();
  const ix = x + band + mm(3);
  const iw = W - 2 * band - mm(6);
  // The UN number(s): every one in the parcel (Li-ion and Li-metal together show both).
  const uns = [...new Set(b.entries.map((e) => e.unNumber))].join(', ');
  kit.text(uns, ix, y + band + mm(2), { size: (hmm < 100 ? 14 : 18) * (uns.length > 6 ? 0.8 : 1), bold: true, width: iw, align: 'center' });
  // Battery symbol: two cells (one damaged with a flame) drawn as vectors.
  const sh = H * (hmm < 100 ? 0.22 : 0.25);
  const sw = sh * 0.55;
  const cy = y + H / 2 - sh / 2 + (hmm < 100 ? mm(1) : 0);
  const cx = x + W / 2 - sw * 1.2;
  doc.lineWidth(1.5).strokeColor('black').fillColor('black');
  doc.rect(cx, cy, sw, sh).stroke();
  doc.rect(cx + sw * 0.3, cy - sh * 0.08, sw * 0.4, sh * 0.08).fill();
  kit.text('+', cx, cy + sh * 0.05, { size: sh * 0.25, bold: true, width: sw, align: 'center' });
  kit.text('–', cx, cy + sh * 0.6, { size: sh * 0.25, bold: true, width: sw, align: 'center' });
  const dx = cx + sw * 1.4;
  doc.rect(dx, cy, sw, sh).stroke();
  doc.rect(dx + sw * 0.3, cy - sh * 0.08, sw * 0.4, sh * 0.08).fill();
  // flame
  const fx = dx + sw / 2;
  const fy = cy + sh * 0.85;
  doc
    .moveTo(fx, fy)
    .bezierCurveTo(fx - sw * 0.45, fy - sh * 0.15, fx - sw * 0.2, fy - sh * 0.45, fx, fy - sh * 0.7)
    .bezierCurveTo(fx + sw * 0.05, fy - sh * 0.45, fx + sw * 0.45, fy - sh * 0.3, fx, fy)
    .fill('#d50000');
  doc.fillColor('black');
  // Telephone field
  const ty = y + H - band - mm(hmm < 100 ? 9 : 12);
  // The label at the number's size, so both sit on one baseline (at 9 pt it stood above the number)
  kit.text('Tel.', ix, ty, { size: 10, bold: true, width: 30 });
  doc.lineWidth(0.6).moveTo(ix + 24, ty + 11).lineTo(ix + iw, ty + 11).stroke();
  kit.text(b.phone, ix + 26, ty, { size: 10, width: iw - 26 });
  kit.y = y + H + 24;
}
