// The table reader's encodings, through the real core on real files: what spreadsheet apps save
// besides UTF-8 (Windows-1252 from Excel on Western Windows, UTF-16 "Unicode text", GB18030/GBK
// from Chinese Windows), detected from the whole file, shown in the preview and open to override;
// and the delimiters sellers' files use (tab, semicolon).
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportReport, SupplierImportReport } from '../../shared/imports';
import { testCore } from '../../../test/helpers';
import type { TestCore } from '../../../test/helpers';
import { file, jobResult } from '../../../test/jobs';
import { decideEncoding } from './encoding';

const importProducts = (core: TestCore, path: string, extra: Record<string, unknown> = {}) =>
  jobResult<ImportReport>(core, 'products.importCsv', { path, currency: 'USD', ...extra });
const names = async (core: TestCore) => (await core.ok('products.list', { sort: 'sku' })).items.map((p) => [p.sku, p.name]);

/** Windows-1252 bytes written by hand (0x80 is € in Windows-1252 and a control character in Latin-1). */
const CP1252 = Buffer.concat([
  Buffer.from('sku,name,price\r\nC-1,Caf', 'ascii'), Buffer.from([0xe9]), Buffer.from(' cr', 'ascii'), Buffer.from([0xe8]),
  Buffer.from('me,12.50\r\nC-2,Bo', 'ascii'), Buffer.from([0xee]), Buffer.from('te ', 'ascii'), Buffer.from([0x80]), Buffer.from(' Stra', 'ascii'),
  Buffer.from([0xdf]), Buffer.from('e,3\r\n', 'ascii'),
]);
const CP1252_NAMES = [['C-1', 'Café crème'], ['C-2', 'Boîte € Straße']];

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

const CHINESE = 'sku,name,material\n' + ['蓝牙耳机 黑色,塑料', '无线充电器,铝合金', '真丝围巾 红色,桑蚕丝', '陶瓷马克杯,陶瓷', '中文说明书,纸'].map((t, i) => `Z-${i},${t}`).join('\n') + '\n';

describe('table reader: encodings', () => {
  it('Windows-1252 (Excel\'s "CSV" on Western Windows) previews as windows-1252 and imports right', async () => {
    const core = testCore();
    const path = file('excel-1252.csv', CP1252);
    const preview = await core.ok('products.previewCsv', { path });
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.rows.map((r) => r[1])).toEqual(['Café crème', 'Boîte € Straße']);
    expect(await importProducts(core, path)).toMatchObject({ committed: true, created: 2, errorCount: 0 });
    expect(await names(core)).toEqual(CP1252_NAMES);
  });

  it('UTF-16 LE and BE with their byte-order marks', async () => {
    const text = 'sku,name\r\nU-1,Café 蓝牙耳机\r\nU-2,Ωmega\r\n';
    for (const [enc, bytes] of [
      ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ] as const) {
      const core = testCore();
      const path = file(`${enc}.csv`, bytes);
      const preview = await core.ok('products.previewCsv', { path });
      expect(preview).toMatchObject({ encoding: enc, headers: ['sku', 'name'] });
      expect(await importProducts(core, path)).toMatchObject({ committed: true, created: 2 });
      expect(await names(core)).toEqual([['U-1', 'Café 蓝牙耳机'], ['U-2', 'Ωmega']]);
    }
  });

  it('GB18030 / GBK (Chinese Windows) is recognised, not taken for a Latin code page', async () => {
    const bytes = iconv.encode(CHINESE, 'gb18030');
    // Written as Chinese Windows writes it: 蓝 is C0 B6 in GBK (so the fixture is not circular).
    expect(bytes.includes(Buffer.from([0xc0, 0xb6]))).toBe(true);
    const core = testCore();
    const path = file('gbk.csv', bytes);
    expect((await core.ok('products.previewCsv', { path })).encoding).toBe('gb18030');
    expect(await importProducts(core, path)).toMatchObject({ committed: true, created: 5 });
    expect((await names(core))[0]).toEqual(['Z-0', '蓝牙耳机 黑色']);
  });

  it('the seller can choose the encoding: the preview reads in it, the import too; UTF-8 asked of a non-UTF-8 file is a field error', async () => {
    const core = testCore();
    const path = file('choose.csv', CP1252);
    const asked = await core.ok('products.previewCsv', { path, encoding: 'windows-1250' });
    expect(asked.encoding).toBe('windows-1250');
    expect(asked.rows[0]![1]).toBe('Café crčme'); // 0xE8 is č in Windows-1250: what the seller sees is what would be stored
    const wrong = await core.fail('products.previewCsv', { path, encoding: 'utf-8' });
    expect(wrong.details.issues).toMatchObject([{ path: 'encoding', key: 'file_not_encoding', params: { encoding: 'utf-8' } }]);
    const report = await importProducts(core, path, { encoding: 'utf-8' });
    expect(report).toMatchObject({ committed: false, errors: [{ row: null, field: 'encoding', key: 'file_not_encoding' }] });
    expect(await names(core)).toEqual([]);
    await importProducts(core, path, { encoding: 'windows-1252' });
    expect(await names(core)).toEqual(CP1252_NAMES);
    expect((await core.fail('products.previewCsv', { path, encoding: 'ebcdic' })).details.issues![0]!.path).toBe('encoding');
  });

  it('suppliers are read by the same reader (Windows-1252 names and addresses)', async () => {
    const core = testCore();
    const bytes = Buffer.concat([Buffer.from('name,country,address\r\nAtelier Cr', 'ascii'), Buffer.from([0xe9]), Buffer.from('ation,FR,"12 rue de la Paix, Besan', 'ascii'), Buffer.from([0xe7]), Buffer.from('on"\r\n', 'ascii')]);
    const path = file('suppliers-1252.csv', bytes);
    expect((await core.ok('suppliers.previewCsv', { path })).encoding).toBe('windows-1252');
    expect(await jobResult<SupplierImportReport>(core, 'suppliers.importCsv', { path })).toMatchObject({ committed: true, created: 1 });
    const [s] = (await core.ok('suppliers.list', { sort: 'name' })).items;
    expect([s!.name, s!.address]).toEqual(['Atelier Création', '12 rue de la Paix, Besançon']);
  });

  it('UTF-8 stays UTF-8 (with and without BOM); plain ASCII is UTF-8', () => {
    expect(decideEncoding(Buffer.from('\uFEFFsku,name\nA,蓝牙\n'))).toEqual({ encoding: 'utf-8', bomBytes: 3 });
    expect(decideEncoding(Buffer.from('sku,name\nA,Café\n'))).toEqual({ encoding: 'utf-8', bomBytes: 0 });
    expect(decideEncoding(Buffer.from('sku,name\nA,B\n')).encoding).toBe('utf-8');
  });
});

describe('table reader: delimiters', () => {
  it('reads TSV (tab-separated, as "Unicode text" and many exports are)', async () => {
    const core = testCore();
    const path = file('products.tsv', 'sku\tname\tprice\nT-1\tTea, green\t4.50\nT-2\t"Quoted\ttab"\t5\n');
    const preview = await core.ok('products.previewCsv', { path });
    expect(preview.headers).toEqual(['sku', 'name', 'price']);
    expect(await importProducts(core, path)).toMatchObject({ committed: true, created: 2 });
    expect(await names(core)).toEqual([['T-1', 'Tea, green'], ['T-2', 'Quoted\ttab']]);
  });
});
