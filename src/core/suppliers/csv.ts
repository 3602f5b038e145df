// suppliers.importCsv / exportCsv / previewCsv, on the products' CSV machinery (read, mapping,
// row issues, one all-or-nothing transaction, atomic export). Every row is validated exactly as
// suppliers.create validates a supplier. Names need not be unique, so an import always creates.
// With `onError: "skip"` the good rows are created and the bad ones reported; either way the bad rows
// are staged as a problems CSV (tables/problems.ts). The file is a CSV or an Excel sheet.
import { z } from 'zod';
import { IMPORT_ERROR_LIMIT, SUPPLIER_IMPORT_FIELDS } from '../../shared/imports';
import type {
  CsvFormat, ImportIssue, SupplierColumnMapping, SupplierExportReport, SupplierImportField, SupplierImportReport, supplierCsvImportInput,
} from '../../shared/imports';
import { supplierCreateInput } from '../../shared/suppliers';
import type { Contact, Supplier } from '../../shared/suppliers';
import { issuesFromZod } from '../../shared/validation';
import { cellReader, commitAll, eachRecord, mapBySynonyms, mappingIssues, rowIssues, writeCsvFile } from '../tables/common';
import { openTableFile, previewTable } from '../tables/read';
import { BadRows } from '../tables/problems';
import type { Detect } from '../tables/read';
import type { CoreContext } from '../context';
import type { JobControl } from '../jobs/control';
import { createSupplier, getSupplier, setSupplierArchived } from './suppliers';
import { countryCode } from '../tables/countries';

type Options = z.output<typeof supplierCsvImportInput>;

const SYNONYMS: Record<SupplierImportField, string[]> = {
  name: [
    'name', 'supplier', 'suppliername', 'company', 'companyname', 'vendor', 'vendorname',
    'lieferant', 'firma', 'firmenname', 'unternehmen', 'fournisseur', 'société', 'societe', 'entreprise', 'raisonsociale', 'fornitore', 'azienda', 'ragionesociale',
    'proveedor', 'empresa', 'razónsocial', 'razonsocial', 'leverancier', 'bedrijf', 'bedrijfsnaam', 'dostawca', 'nazwafirmy', 'fornecedor', 'leverantör', 'företag',
    '供应商', '供应商名称', '公司名称', '名称',
  ],
  localName: ['localname', 'chinesename', 'namecn', 'namezh', '中文名', '中文名称', '本地名称'],
  country: ['country', 'countrycode', 'land', 'pays', 'paese', 'país', 'pais', 'kraj', '国家', '国家代码'],
  address: ['address', 'street', 'adresse', 'anschrift', 'straße', 'strasse', 'rue', 'indirizzo', 'dirección', 'direccion', 'adres', 'endereço', 'endereco', 'adress', 'gatuadress', '地址'],
  city: ['city', 'town', 'stadt', 'ort', 'ville', 'città', 'citta', 'ciudad', 'stad', 'plaats', 'woonplaats', 'miasto', 'miejscowość', 'cidade', 'ort', '城市', '市'],
  postalCode: [
    'postalcode', 'postcode', 'zip', 'zipcode', 'postleitzahl', 'plz', 'codepostal', 'cp', 'cap', 'codicepostale', 'códigopostal', 'codigopostal',
    'kodpocztowy', 'cep', 'postnummer', '邮编', '邮政编码',
  ],
  contactName: ['contactname', 'contact', 'contactperson', 'ansprechpartner', 'kontakt', 'kontaktperson', 'interlocuteur', 'referente', 'contacto', 'contactpersoon', 'osobakontaktowa', 'contato', '联系人'],
  contactPhone: ['contactphone', 'phone', 'telephone', 'tel', 'mobile', 'telefon', 'téléphone', 'telefono', 'teléfono', 'telefoon', 'telefone', '电话', '手机'],
  contactEmail: ['contactemail', 'email', 'mail', 'courriel', 'adresseemail', '邮箱', '电子邮件'],
  contactMessaging: ['contactmessaging', 'messaging', 'wechat', 'whatsapp', 'skype', '微信'],
  contacts: ['contacts'],
  website: ['website', 'web', 'url', 'homepage', 'webseite', 'siteweb', 'siteinternet', 'sitoweb', 'sitioweb', 'stronawww', 'webbplats', '网站', '网址'],
  licenceNumber: ['licencenumber', 'licensenumber', 'businesslicence', 'businesslicense', 'uscc', '营业执照', '营业执照号', '统一社会信用代码'],
  taxNumber: [
    'taxnumber', 'taxid', 'taxno', 'vat', 'vatnumber', 'vatno', 'vatid', 'tin', 'ein', 'gst', 'gstnumber', 'ustid', 'ustidnr', 'steuernummer',
    'umsatzsteueridentifikationsnummer', 'tva', 'numérotva', 'numerotva', 'partitaiva', 'piva', 'nif', 'cif', 'btw', 'btwnummer', 'nip', 'momsnummer', 'momsregistreringsnummer',
    '税号', '纳税人识别号',
  ],
  status: ['status', '状态'],
  archived: ['archived', '已归档'],
  assessmentDate: ['assessmentdate', 'auditdate', '评估日期', '审核日期'],
  assessmentMethod: ['assessmentmethod', 'auditmethod', '评估方式', '审核方式'],
  assessmentResult: ['assessmentresult', 'auditresult', '评估结果', '审核结果'],
  assessmentNotes: ['assessmentnotes', 'auditnotes', '评估备注', '审核备注'],
};

export const detectSupplierCsv: Detect<SupplierImportField> = (headers) => {
  const ours = headers.includes('name') && headers.includes('country') && headers.every((h) => (SUPPLIER_IMPORT_FIELDS as readonly string[]).includes(h));
  const format: CsvFormat = ours ? 'clearpack' : 'generic';
  if (ours) return { format, mapping: Object.fromEntries(SUPPLIER_IMPORT_FIELDS.map((f) => [f, headers.includes(f) ? f : null])) };
  return { format, mapping: mapBySynonyms(headers, SUPPLIER_IMPORT_FIELDS, SYNONYMS) };
};

export const previewSuppliersCsv = (input: Parameters<typeof previewTable>[0]) => previewTable(input, detectSupplierCsv);

const CONTACT_COLUMNS = { name: 'contactName', phone: 'contactPhone', email: 'contactEmail', messaging: 'contactMessaging' } as const;
const ASSESSMENT_COLUMNS = { date: 'assessmentDate', method: 'assessmentMethod', result: 'assessmentResult', notes: 'assessmentNotes' } as const;
const TEXT_FIELDS = ['name', 'localName', 'address', 'city', 'postalCode', 'website', 'licenceNumber', 'taxNumber'] as const;
const YES = ['true', 'yes', '1', '是'];
const NO = ['false', 'no', '0', '否', ''];

interface Candidate {
  input: z.output<typeof supplierCreateInput>;
  archived: boolean;
}

export async function importSuppliersCsv(ctx: CoreContext, options: Options, job: JobControl): Promise<SupplierImportReport> {
  job.progress(0, 1, 'reading');
  const csv = await openTableFile(options.path, { encoding: options.encoding, sheet: options.sheet });
  job.checkCancelled();
  const detected = detectSupplierCsv(csv.headers);
  const mapping: SupplierColumnMapping = { ...detected.mapping, ...(options.mapping ?? {}) };
  const issues: ImportIssue[] = [...csv.issues];
  const candidates: Candidate[] = [];
  let rows = 0;
  const bad = new BadRows();
  const report = (created: number, committed: boolean): SupplierImportReport => ({
    dryRun: options.dryRun, onError: options.onError, sheet: csv.sheet ?? null, badRows: bad.size, problemsFile: bad.stage(ctx.dataDir, csv.headers), format: detected.format, mapping, rows, suppliers: candidates.length, created, committed,
    errorCount: issues.length, errors: issues.slice(0, IMPORT_ERROR_LIMIT),
  });
  if (csv.headers.length === 0) return report(0, false);
  // A file without a country column needs the seller's default country.
  issues.push(...mappingIssues(csv.headers, mapping, options.defaultCountry ? ['name'] : ['name', 'country']));
  if (issues.some((i) => i.row === null)) return report(0, false);

  const { col, raw } = cellReader(csv.headers);
  rows = eachRecord<SupplierImportField>(csv, mapping, job, issues, 'validating', ({ row, cells, problems, bad, texts }) => {
    const input = texts(TEXT_FIELDS, 'address');
    // A country as the file writes it ("UK", "USA", "Japan", "中国"), else the seller's default.
    const countryText = col(cells, mapping.country);
    if (countryText) {
      const code = countryCode(countryText);
      if (code) input.country = code;
      else bad('country', 'country_not_recognised', `"${countryText}" is not a country we know: write its name or ISO code (e.g. CN, DE)`, { value: countryText });
    } else if (options.defaultCountry) input.country = options.defaultCountry;
    const status = col(cells, mapping.status).toLowerCase();
    if (status) input.status = status;

    // Contacts: the JSON column (every contact) wins over the single-contact columns.
    const json = col(cells, mapping.contacts);
    const fromJson = json !== '';
    if (fromJson) {
      try {
        input.contacts = JSON.parse(json);
      } catch {
        bad('contacts', 'bad_json', 'Not valid JSON');
      }
    } else {
      const contact = Object.fromEntries(Object.entries(CONTACT_COLUMNS).map(([k, f]) => [k, col(cells, mapping[f])]).filter(([, v]) => v));
      if (Object.keys(contact).length) input.contacts = [contact];
    }
    const assessment = Object.fromEntries(
      Object.entries(ASSESSMENT_COLUMNS)
        .map(([k, f]) => [k, k === 'notes' ? raw(cells, mapping[f]).trim() : k === 'date' ? col(cells, mapping[f]) : col(cells, mapping[f]).toLowerCase()])
        .filter(([, v]) => v),
    );
    if (Object.keys(assessment).length) input.assessment = assessment;

    const archivedText = col(cells, mapping.archived).toLowerCase();
    const archived = YES.includes(archivedText);
    if (!archived && !NO.includes(archivedText)) bad('archived', 'not_allowed', 'Must be true or false', { values: 'true, false' });

    const columnOf = (path: string): string | null => {
      const [head, index, sub] = path.split('.');
      if (head === 'contacts') return (fromJson || !sub ? mapping.contacts : mapping[CONTACT_COLUMNS[sub as keyof typeof CONTACT_COLUMNS]]) ?? null;
      if (head === 'assessment') return mapping[ASSESSMENT_COLUMNS[index as keyof typeof ASSESSMENT_COLUMNS]] ?? mapping.assessmentDate ?? null;
      return mapping[head as SupplierImportField] ?? null;
    };
    const parsed = z.safeParse(supplierCreateInput, input, { reportInput: true });
    // A country already named as not recognised is not also "required".
    const countryBad = problems.some((p) => p.field === 'country');
    if (!parsed.success) problems.push(...rowIssues(row, issuesFromZod(parsed.error).filter((i) => !(countryBad && i.path === 'country')), columnOf));
    else if (problems.length === 0) candidates.push({ input: parsed.data, archived });
  }, (row, cells, problems) => bad.add(row, cells, problems));
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  // Every issue here is a row's (the file's own returned above): "skip" leaves those rows out.
  if (options.dryRun || (issues.length && options.onError !== 'skip')) return report(0, false);

  commitAll(ctx, candidates, job, (c) => {
    const s = createSupplier(ctx, c.input);
    if (c.archived) setSupplierArchived(ctx, s.id, true);
  });
  return report(candidates.length, true);
}

/** One supplier as a CSV row: the first contact in its own columns, every contact as JSON. */
function toCells(s: Supplier): string[] {
  const first: Partial<Contact> = s.contacts[0] ?? {};
  const a = s.assessment;
  const cells: Record<SupplierImportField, string> = {
    name: s.name, localName: s.localName ?? '', country: s.country, address: s.address ?? '', city: s.city ?? '', postalCode: s.postalCode ?? '',
    contactName: first.name ?? '', contactPhone: first.phone ?? '', contactEmail: first.email ?? '', contactMessaging: first.messaging ?? '',
    contacts: s.contacts.length ? JSON.stringify(s.contacts) : '',
    website: s.website ?? '', licenceNumber: s.licenceNumber ?? '', taxNumber: s.taxNumber ?? '', status: s.status, archived: s.archived ? 'true' : 'false',
    assessmentDate: a?.date ?? '', assessmentMethod: a?.method ?? '', assessmentResult: a?.result ?? '', assessmentNotes: a?.notes ?? '',
  };
  return SUPPLIER_IMPORT_FIELDS.map((f) => cells[f]);
}

export function exportSuppliersCsv(ctx: CoreContext, input: { path: string; overwrite: boolean }, job: JobControl): SupplierExportReport {
  const ids = ctx.db.prepare('SELECT id FROM suppliers ORDER BY id').pluck().all() as number[];
  const data: string[][] = [];
  ids.forEach((id, i) => {
    if (i % 1000 === 0) {
      job.checkCancelled();
      job.progress(i, ids.length, 'reading');
    }
    data.push(toCells(getSupplier(ctx.db, id)));
  });
  job.progress(ids.length, ids.length, 'writing');
  const bytes = writeCsvFile(ctx, input, SUPPLIER_IMPORT_FIELDS, data, job);
  return { path: input.path, suppliers: data.length, bytes };
}
