// products.exportCsv: the whole catalog (active and archived) in the format products.importCsv
// reads back as the same catalog: our field names as headers, money as a decimal amount in its
// currency, compliance facts and the national tariff codes as JSON columns. UTF-8 with a BOM (so spreadsheet apps read Chinese),
// written through the output guard (files/output.ts), cells that look like formulas neutralised (cells.ts).
import { EMPTY_COMPLIANCE, normalizeCompliance } from '../../../shared/compliance';
import type { Compliance } from '../../../shared/compliance';
import type { ExportReport, ImportField } from '../../../shared/imports';
import { CURRENCY_MINOR_DIGITS } from '../../../shared/iso';
import type { CoreContext } from '../../context';
import type { JobControl } from '../../jobs/control';
import { writeCsvFile } from '../../tables/common';

export const EXPORT_COLUMNS: ImportField[] = [
  'sku', 'name', 'localName', 'description', 'material', 'hsCode', 'originCountry',
  'unitNetWeightG', 'unitValue', 'currency', 'warrantyMonths', 'status', 'compliance', 'tariffCodes', 'euResponsiblePerson', 'manufacturer',
];

const EMPTY = JSON.stringify(EMPTY_COMPLIANCE);

export function formatMinor(minor: number, currency: string): string {
  const digits = CURRENCY_MINOR_DIGITS[currency] ?? 2;
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

interface Row {
  sku: string; name: string; localName: string | null; description: string | null; material: string | null;
  hsCode: string | null; originCountry: string | null; unitNetWeightG: number | null; unitValue: number | null;
  currency: string | null; warrantyMonths: number | null; status: string; compliance: string;
  tariffCodes: string; euResponsiblePerson: string | null; manufacturer: string | null;
}

export function exportProductsCsv(ctx: CoreContext, input: { path: string; overwrite: boolean }, job: JobControl): ExportReport {
  const total = (ctx.db.prepare('SELECT count(*) FROM products').pluck().get() as number);
  const rows = ctx.db
    .prepare(
      `SELECT sku, name, local_name AS localName, description, material, hs_code AS hsCode, origin_country AS originCountry,
              unit_net_weight_g AS unitNetWeightG, unit_value AS unitValue, currency, warranty_months AS warrantyMonths,
              status, compliance, tariff_codes AS tariffCodes, eu_responsible_person AS euResponsiblePerson, manufacturer
       FROM products ORDER BY id`,
    )
    .iterate() as IterableIterator<Row>;
  const data: string[][] = [];
  let i = 0;
  for (const r of rows) {
    if (i++ % 2000 === 0) {
      job.checkCancelled();
      job.progress(i - 1, total, 'reading');
    }
    const compliance = JSON.stringify(normalizeCompliance(JSON.parse(r.compliance) as Partial<Compliance>));
    data.push([
      r.sku, r.name, r.localName ?? '', r.description ?? '', r.material ?? '', r.hsCode ?? '', r.originCountry ?? '',
      r.unitNetWeightG === null ? '' : String(r.unitNetWeightG),
      r.unitValue === null ? '' : formatMinor(r.unitValue, r.currency ?? 'USD'),
      r.currency ?? '', r.warrantyMonths === null ? '' : String(r.warrantyMonths), r.status,
      compliance === EMPTY ? '' : compliance,
      r.tariffCodes === '{}' ? '' : r.tariffCodes, r.euResponsiblePerson ?? '', r.manufacturer ?? '',
    ]);
  }
  job.progress(total, total, 'writing');
  const bytes = writeCsvFile(ctx, input, EXPORT_COLUMNS, data, job);
  return { path: input.path, products: data.length, bytes };
}
