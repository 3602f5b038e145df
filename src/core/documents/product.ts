// Product information sheet, one per distinct product: what it is made of, what it does, how to
// use it safely, its EU responsible person (GPSR) for an EU parcel, and its certifications with
// numbers and expiry.
import type { PackData } from '../../shared/documents';
import type { Kit } from './kit';
import { widths } from './common';

export function productKeys(d: PackData): string[] {
  return [...new Set(d.items.map((i) => i.productKey))];
}

export function drawProductSheet(kit: Kit, d: PackData, key: string): void {
  const item = d.items.find((i) => i.productKey === key)!;
  const info = d.products?.find((p) => p.productKey === key);
  kit.page();
  kit.header('PRODUCT INFORMATION', undefined, [`Product: ${key}`, `Shipment: ${d.reference}`]);
  // English first (the customs description when the product's own name is not English), the
  // local name only as a second line, and only when it says something the first does not.
  const title = info?.name ?? item.description;
  kit.paragraph(title, { size: 13, bold: true }, 2);
  const local = info ? info.localName : item.localName;
  if (local && local !== title) kit.paragraph(local, { size: 11, color: '#444' }, 6);
  else kit.y += 4;
  const y = kit.y;
  kit.y =
    y +
    kit.keyValues(
      [
        // The national code when one is declared for the destination (7+ digits), else the HS subheading.
        [item.hsCode.replace(/\./g, '').length > 6 ? 'Tariff code' : 'HS code', item.hsCode],
        ['Country of origin', item.originCountry],
      ],
      kit.left,
      y,
      kit.contentWidth,
      130,
    ) +
    4;
  if (info?.euResponsiblePerson) {
    // GPSR (Regulation (EU) 2023/988) art. 16(3): who answers for the product in the EU, on a
    // document that accompanies it, for the consumer and the market surveillance authorities.
    kit.heading('EU responsible person (Regulation (EU) 2023/988, art. 16)', 10);
    kit.paragraph(info.euResponsiblePerson, { size: 9 }, 4);
  }
  if (info?.manufacturer) {
    kit.heading('Manufacturer (Regulation (EU) 2023/988, art. 9(6))', 10);
    kit.paragraph(info.manufacturer, { size: 9 }, 4);
  }
  const sections: [string, string | null | undefined][] = [
    ['Materials / ingredients', info?.materials],
    ['Functions', info?.functions],
    ['Instructions for use', info?.instructions],
    ['Precautions', info?.precautions],
  ];
  for (const [title, body] of sections) {
    kit.heading(title, 10);
    kit.paragraph(body || 'Not stated.', { size: 9, color: body ? 'black' : '#777' }, 4);
  }
  const certs = (d.certificates ?? []).filter((c) => !c.productKeys || c.productKeys.includes(key));
  kit.heading('Certifications', 10);
  if (!certs.length) kit.paragraph('None on file.', { size: 9, color: '#777' });
  else {
    const cw = widths(kit.contentWidth, [150, 110, 150, 70]);
    kit.table(
      [
        { header: 'Certificate', width: cw[0]! },
        { header: 'Number', width: cw[1]! },
        { header: 'Issuer', width: cw[2]! },
        { header: 'Expiry', width: cw[3]! },
      ],
      certs.map((c) => [c.type, c.number, c.issuer, c.expiry ?? 'no expiry']),
    );
  }
}
