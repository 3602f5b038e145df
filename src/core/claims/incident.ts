// The product safety incident report: what the seller sends to a market surveillance authority
// when a product they sold hurt someone or could have — the product, its lots and supplier, the
// units affected, the customer cases, what was done, and when. It writes a PDF and saves nothing.
import type { ParsedInputOf } from '../../shared/api';
import { dayIn } from '../../shared/dates';
import type { DocumentWritten } from '../../shared/claims';
import { ValidationError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/errors';
import type { Product } from '../../shared/products';
import type { SellerProfile } from '../../shared/settings';
import type { Supplier } from '../../shared/suppliers';
import { getProduct } from '../catalog/products';
import type { CoreContext } from '../context';
import { Kit, countryName, localityLines, profileAddress } from '../documents/kit';
import { getProfile } from '../settings/profile';
import { listLinks } from '../suppliers/links';
import { getSupplier } from '../suppliers/suppliers';
import { fileSafe, resolveOutPath, writePdf } from './output';
import { casesForIncident, lotsForIncident } from './sources';
import type { IncidentCase, IncidentLot } from './sources';

export interface IncidentData {
  product: Product;
  suppliers: Supplier[];
  lots: IncidentLot[];
  cases: IncidentCase[];
  profile: SellerProfile;
  unitsAffected: number;
  description: string;
  actionsTaken: string;
  incidentDate: string;
  awareDate: string | null;
  reportDate: string;
  authority: string | null;
  /** The seller's zone: a case's opening instant is printed as their calendar day. */
  timeZone: string;
}

export async function buildIncidentPdf(d: IncidentData): Promise<{ bytes: Uint8Array; pages: number }> {
  const { product: p, profile } = d;
  const kit = new Kit({ paper: profile.paperSize, title: `Product safety incident report ${p.sku}`, date: new Date(`${d.reportDate}T00:00:00Z`), footer: `Incident report · ${p.sku} · ${d.reportDate}` });
  kit.page();
  kit.header('PRODUCT SAFETY INCIDENT REPORT', d.authority ? `To: ${d.authority}` : 'For the market surveillance authority', [`Product: ${p.sku}`, `Report date: ${d.reportDate}`]);
  const kv = (pairs: [string, string][]) => {
    kit.y += kit.keyValues(pairs, kit.left, kit.y, kit.contentWidth, 150) + 6;
  };

  kit.heading('1. Reported by', 10.5);
  kv([
    ['Economic operator', profile.exporterName ?? '(seller profile not filled in)'],
    ['Address', [...profile.addressLines, ...localityLines(profileAddress(profile)), profile.country ? countryName(profile.country) : ''].filter(Boolean).join(', ')],
    ['Contact', [profile.signatoryName, profile.phone, profile.email].filter(Boolean).join(' · ')],
  ]);

  kit.heading('2. The product', 10.5);
  kv([
    ['Name', p.name],
    ['Local name', p.localName ?? ''],
    ['SKU', p.sku],
    ['HS code', p.hsCode ?? ''],
    ['Country of origin', p.originCountry ? `${countryName(p.originCountry)} (${p.originCountry})` : ''],
    ['Material', p.material ?? ''],
    ['Description', p.description ?? ''],
  ]);

  kit.heading('3. Supplier (manufacturer or importer source)', 10.5);
  if (d.suppliers.length === 0) kit.paragraph('No supplier is recorded for this product.', { size: 9, color: '#555' });
  else
    kit.table(
      [
        { header: 'Supplier', width: 170 },
        { header: 'Country', width: 90 },
        { header: 'Address', width: kit.contentWidth - 170 - 90 - 120 },
        { header: 'Licence no.', width: 120 },
      ],
      d.suppliers.map((s) => [[s.name, s.localName ?? ''], countryName(s.country), s.address ?? '', s.licenceNumber ?? '']),
    );

  kit.heading('4. Lots concerned', 10.5);
  if (d.lots.length === 0) kit.paragraph('No lots are recorded for this product (or none selected).', { size: 9, color: '#555' });
  else
    kit.table(
      [
        { header: 'Lot', width: 140 },
        { header: 'Received', width: 90 },
        { header: 'Quantity', width: 70, align: 'right' },
        { header: 'Supplier', width: kit.contentWidth - 300 },
      ],
      d.lots.map((l) => [l.reference, l.receivedOn ?? '', l.quantity === null ? '' : String(l.quantity), l.supplierName ?? '']),
    );

  kit.heading('5. Units affected', 10.5);
  kit.paragraph(`${d.unitsAffected.toLocaleString('en-US')} unit(s)`, { size: 10, bold: true }, 6);

  kit.heading('6. What happened', 10.5);
  kit.paragraph(d.description, { size: 9.5 }, 6);

  kit.heading('7. Customer cases', 10.5);
  if (d.cases.length === 0) kit.paragraph('No customer cases are recorded (or none selected).', { size: 9, color: '#555' });
  else
    kit.table(
      [
        { header: 'Case', width: 90 },
        { header: 'Customer', width: 130 },
        { header: 'Country', width: 70 },
        { header: 'Type / reason', width: kit.contentWidth - 90 - 130 - 70 - 90 },
        { header: 'Opened', width: 90 },
      ],
      d.cases.map((c) => [c.reference, c.customer ?? '', c.country ?? '', [c.type, c.reason].filter(Boolean).join(' / '), c.openedAt ? dayIn(d.timeZone, Date.parse(c.openedAt)) : '']),
    );

  kit.heading('8. Actions taken', 10.5);
  kit.paragraph(d.actionsTaken, { size: 9.5 }, 6);

  kit.heading('9. Dates', 10.5);
  kv([
    ['Incident (first known)', d.incidentDate],
    ['Seller became aware', d.awareDate ?? ''],
    ['Report date', d.reportDate],
  ]);

  kit.signature('I declare that the information in this report is accurate to the best of my knowledge, and I will inform the authority of any new facts.', {
    name: profile.signatoryName ?? profile.exporterName ?? '',
    title: profile.signatoryTitle ?? '',
    place: profile.city,
    date: d.reportDate,
  });
  kit.numberPages();
  const pages = kit.pageCount;
  return { bytes: await kit.end(), pages };
}

export async function incidentReport(ctx: CoreContext, input: ParsedInputOf<'reports.incident'>): Promise<DocumentWritten> {
  const product = getProduct(ctx.db, input.productId);
  const today = ctx.today();
  const reportDate = input.reportDate ?? today;
  const allLots = lotsForIncident(ctx.db, product.id);
  const allCases = casesForIncident(ctx.db, product.id, input.lotIds ?? []);
  const issues: FieldIssue[] = [];
  (input.lotIds ?? []).forEach((id, i) => {
    if (!allLots.some((l) => l.id === id)) issues.push({ path: `lotIds.${i}`, key: 'lot_unknown', message: `Lot ${id} is not a lot of ${product.sku}`, params: { value: id } });
  });
  (input.caseIds ?? []).forEach((id, i) => {
    if (!allCases.some((c) => c.id === id)) issues.push({ path: `caseIds.${i}`, key: 'case_unknown', message: `Case ${id} is not a case about ${product.sku}`, params: { value: id } });
  });
  if (input.incidentDate > today) issues.push({ path: 'incidentDate', key: 'date_in_future', message: `The incident date ${input.incidentDate} is after today (${today})`, params: { today } });
  if (input.awareDate && input.awareDate < input.incidentDate)
    issues.push({ path: 'awareDate', key: 'aware_before_incident', message: 'The seller cannot have learned of the incident before it happened' });
  if (issues.length) throw new ValidationError(issues);
  const target = resolveOutPath(ctx, input, 'incidents', `incident-${fileSafe(product.sku)}-${reportDate}.pdf`);
  const suppliers = listLinks(ctx.db, { productId: product.id }).map((l) => getSupplier(ctx.db, l.supplierId));
  const lots = input.lotIds ? allLots.filter((l) => input.lotIds!.includes(l.id)) : allLots;
  const cases = input.caseIds ? allCases.filter((c) => input.caseIds!.includes(c.id)) : allCases;
  const { bytes, pages } = await buildIncidentPdf({
    product, suppliers, lots, cases, profile: getProfile(ctx),
    unitsAffected: input.unitsAffected, description: input.description, actionsTaken: input.actionsTaken,
    incidentDate: input.incidentDate, awareDate: input.awareDate ?? null, reportDate, authority: input.authority ?? null, timeZone: ctx.timeZone(),
  });
  return writePdf(target, bytes, pages);
}
