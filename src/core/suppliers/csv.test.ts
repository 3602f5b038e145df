import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SupplierExportReport, SupplierImportReport } from '../../shared/imports';
import { tempDir, testCore } from '../../../test/helpers';
import { file, jobResult, runJob } from '../../../test/jobs';
import type { TestCore } from '../../../test/helpers';

const TABLES = ['suppliers', 'suppliers_fts'];

const importCsv = (core: TestCore, path: string, extra: Record<string, unknown> = {}) => jobResult<SupplierImportReport>(core, 'suppliers.importCsv', { path, ...extra });

describe('suppliers CSV', () => {
  it('export then import into an empty database gives back the same suppliers (contacts, assessment, archived, Chinese, multi-line)', async () => {
    const source = testCore();
    await source.ok('demo.load', {});
    const extra = await source.ok('suppliers.create', {
      name: 'Quote "and", comma Ltd', localName: '深圳市引号有限公司', country: 'CN', address: '南山区科技园\r\nBuilding 3, Floor 2',
      contacts: [{ name: '王丽', phone: '+86 755 1234', email: 'li@example.cn', messaging: 'WeChat: wl_sz' }, { name: 'Tom', email: 'tom@example.cn' }],
      website: 'https://example.cn', licenceNumber: '91440300MA5XXXXX', status: 'probation',
      assessment: { date: '2026-03-01', method: 'video_audit', result: 'conditional', notes: '整改中\nline two' },
    });
    await source.ok('suppliers.archive', { id: extra.id });
    const path = join(tempDir(), 'suppliers.csv');
    const exported = await runJob<SupplierExportReport>(source, 'suppliers.exportCsv', { path });
    expect(exported.state).toBe('done');
    const all = async (core: TestCore) =>
      (await core.ok('suppliers.list', { archived: 'all', sort: 'name', limit: 500 })).items.map(({ id: _i, createdAt: _c, updatedAt: _u, productCount: _p, ...rest }) => rest);
    const original = await all(source);
    expect(exported.result!.suppliers).toBe(original.length);
    expect(original.length).toBeGreaterThan(3);

    const target = testCore();
    expect((await target.ok('suppliers.previewCsv', { path })).format).toBe('clearpack');
    const report = await importCsv(target, path);
    expect(report).toMatchObject({ committed: true, created: original.length, errorCount: 0 });
    expect(await all(target)).toEqual(original);
    expect(original.some((s) => s.archived && s.contacts.length === 2 && s.assessment?.notes === '整改中\nline two')).toBe(true);
    // Found by Chinese search like any supplier.
    expect((await target.ok('suppliers.list', { query: '引号', archived: 'all' })).total).toBe(1);
  });

  it('maps a Chinese spreadsheet by its headers; single-contact columns make one contact', async () => {
    const core = testCore();
    const path = file('cn.csv', '\uFEFF供应商,中文名称,国家,联系人,电话,邮箱,微信,营业执照号\r\nYiwu Toys,义乌玩具厂,cn,陈先生,+86 579 000,chen@yiwu.cn,chen_yw,9133\r\n');
    const preview = await core.ok('suppliers.previewCsv', { path });
    expect(preview).toMatchObject({ format: 'generic', mapping: { name: '供应商', localName: '中文名称', country: '国家', contactName: '联系人', contactEmail: '邮箱', contactMessaging: '微信', licenceNumber: '营业执照号' } });
    const report = await importCsv(core, path);
    expect(report.created).toBe(1);
    expect(await core.ok('suppliers.get', { id: 1 })).toMatchObject({
      name: 'Yiwu Toys', localName: '义乌玩具厂', country: 'CN', status: 'approved', licenceNumber: '9133',
      contacts: [{ name: '陈先生', phone: '+86 579 000', email: 'chen@yiwu.cn', messaging: 'chen_yw' }],
    });
  });

  it('reports every bad row (row, column, key) on a dry run and writes nothing on commit', async () => {
    const core = testCore();
    await core.ok('suppliers.create', { name: 'Already here', country: 'DE' });
    const before = core.snapshot(...TABLES);
    const path = file('bad.csv', [
      'name,country,status,contactEmail,contacts,archived,assessmentDate,assessmentMethod,assessmentResult',
      'Good one,CN,approved,,,,,,', // row 2
      'Unknown country,XX,,,,,,,', // row 3
      ',CN,,,,,,,', // row 4: no name
      'Bad status,CN,friendly,,,,,,', // row 5
      'Bad email,CN,,not-an-email,,,,,', // row 6
      'Bad JSON,CN,,,[{oops,,,,', // row 7
      'Bad archived,CN,,,,maybe,,,', // row 8
      'Half an assessment,CN,,,,,2026-02-30,video_audit,', // row 9: impossible date, no result
      'Already here,DE,,,,,,,', // row 10: names need not be unique
    ].join('\n'));
    for (const dryRun of [true, false]) {
      const report = await importCsv(core, path, { dryRun });
      expect(report).toMatchObject({ committed: false, created: 0, suppliers: 2 });
      expect(report.errors.map((e) => [e.row, e.column, e.key])).toEqual([
        [3, 'country', 'country_not_recognised'],
        [4, 'name', 'required'],
        [5, 'status', 'not_allowed'],
        [6, 'contactEmail', 'email_invalid'],
        [7, 'contacts', 'bad_json'],
        [8, 'archived', 'not_allowed'],
        [9, 'assessmentDate', 'date_format'],
        [9, 'assessmentResult', 'not_allowed'], // missing: "must be one of …", as suppliers.create says it
      ]);
      expect(core.snapshot(...TABLES)).toEqual(before);
    }
  });

  it('a wrong column count, an unclosed quote, a missing required column; binary garbage is refused before a job starts', async () => {
    const core = testCore();
    const columns = await importCsv(core, file('cols.csv', 'name,country\nA,CN\nB\nC,CN,extra\n'));
    expect(columns.errors.map((e) => [e.row, e.key, e.params])).toEqual([
      [3, 'csv_column_count', { expected: 2, found: 1 }],
      [4, 'csv_column_count', { expected: 2, found: 3 }],
    ]);
    expect(columns.committed).toBe(false);
    const quote = await importCsv(core, file('quote.csv', 'name,country\nFine,CN\n"Never closed,CN\nLost,CN\n'));
    expect(quote.errors[0]).toMatchObject({ row: 3, key: 'csv_unclosed_quote' });
    const noCountry = await importCsv(core, file('nocountry.csv', 'name,city\nA,Shenzhen\n'));
    expect(noCountry.errors).toMatchObject([{ row: null, field: 'country', key: 'mapping_required' }]);
    const garbage = Buffer.alloc(2048);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 256;
    expect((await core.fail('suppliers.importCsv', { path: file('g.csv', garbage) })).details.issues![0]!.key).toBe('file_not_text');
    expect(core.snapshot(...TABLES)).toEqual({ suppliers: [], suppliers_fts: [] });
  });
});

describe('suppliers.importCsv: addresses, tax numbers, countries as written, empty words', () => {
  it('imports city, postal code, website and tax number; UK/USA/Japan/中国 to ISO codes; a default country for blank cells; NULL, N/A, -, — and none are empty', async () => {
    const core = testCore();
    const path = file('lieferanten.csv', [
      'Firma,Land,Stadt,PLZ,Adresse,Webseite,USt-IdNr,Telefon',
      'Ningbo Bags,中国,Ningbo,315000,88 Jiangdong Rd,https://nb.example,NULL,+86 574 1234',
      'Leeds Wool,UK,Leeds,LS1 4AP,N/A,-,GB123456789,—',
      'Ohio Tins,USA,Dayton,45402,none,,,',
      'Osaka Paper,Japan,Osaka,530-0001,,,,',
      'Local Print,,Berlin,10115,,,DE811907980,',
      'Nowhere Ltd,Atlantis,,,,,,',
    ].join('\n'));
    const dry = await importCsv(core, path, { dryRun: true, defaultCountry: 'DE' });
    expect(dry.errors.map((e) => [e.row, e.column, e.key])).toEqual([[7, 'Land', 'country_not_recognised']]);
    const fixed = file('lieferanten-ok.csv', (await import('node:fs')).readFileSync(path, 'utf8').split('\n').slice(0, 6).join('\n'));
    expect(await importCsv(core, fixed, { defaultCountry: 'DE' })).toMatchObject({ committed: true, created: 5 });
    const { items } = await core.ok('suppliers.list', { sort: 'name' });
    const full = await Promise.all(items.map((s) => core.ok('suppliers.get', { id: s.id })));
    expect(full.map((s) => [s.name, s.country, s.city, s.postalCode, s.address, s.website, s.taxNumber, s.contacts.length])).toEqual([
      ['Leeds Wool', 'GB', 'Leeds', 'LS1 4AP', null, null, 'GB123456789', 0],
      ['Local Print', 'DE', 'Berlin', '10115', null, null, 'DE811907980', 0],
      ['Ningbo Bags', 'CN', 'Ningbo', '315000', '88 Jiangdong Rd', 'https://nb.example', null, 1],
      ['Ohio Tins', 'US', 'Dayton', '45402', null, null, null, 0],
      ['Osaka Paper', 'JP', 'Osaka', '530-0001', null, null, null, 0],
    ]);
    // Without a country column or a default, the file is refused before any row.
    const noCountry = await importCsv(testCore(), file('no-country.csv', 'Firma,Stadt\nA,Berlin\n'), { dryRun: true });
    expect(noCountry.errors).toMatchObject([{ row: null, field: 'country', key: 'mapping_required' }]);
    expect(await importCsv(testCore(), file('no-country2.csv', 'Firma,Stadt\nA,Berlin\n'), { defaultCountry: 'AT' })).toMatchObject({ committed: true, created: 1 });
  });
});
