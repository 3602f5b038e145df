// Demo suppliers in several countries (one on probation, one blocked), their product links and
// certificates — some valid, one expiring within the month, one expired — dated from "today" so
// the dashboard and the preflight always have something to say.
import { certificateCreateInput } from '../../shared/certificates';
import { addDays } from '../../shared/dates';
import { productSupplierSetInput, supplierCreateInput } from '../../shared/suppliers';
import type { SupplierCreateInput } from '../../shared/suppliers';
import { createCertificate } from '../certificates/certificates';
import type { CoreContext } from '../context';
import { setLink } from '../suppliers/links';
import { createSupplier } from '../suppliers/suppliers';

const SUPPLIERS: (SupplierCreateInput & { skus: string[]; costCny?: number })[] = [
  {
    name: 'Shenzhen Volt Electronics Co., Ltd.', localName: '深圳伏特电子有限公司', country: 'CN', status: 'approved',
    address: 'Building 3, Bantian Industrial Park, Longgang, Shenzhen', website: 'volt-electronics.example', licenceNumber: '91440300MA5F00001X',
    contacts: [{ name: 'Lina Wu', phone: '+86 755 8888 1234', email: 'lina@volt-electronics.example', messaging: 'WeChat: lina_volt' }],
    assessment: { date: '2026-03-02', method: 'video_audit', result: 'passed', notes: 'Line for power banks and earbuds seen on video; UN38.3 reports on file.' },
    skus: ['EL-PB-10K', 'EL-HP-BT01', 'EL-EB-TWS2', 'EL-SW-GT3', 'EL-FL-LED'],
  },
  {
    name: 'Ningbo Brightlight Lighting', localName: '宁波明光照明', country: 'CN', status: 'probation',
    contacts: [{ name: 'Zhou Ming', email: 'zhou@brightlight.example' }],
    assessment: { date: '2026-06-18', method: 'document_review', result: 'conditional', notes: 'CE declaration incomplete; two late deliveries.' },
    skus: ['EL-DL-LED', 'EL-KS-5KG'],
  },
  {
    name: 'Dhaka Knit Garments Ltd.', country: 'BD', status: 'approved',
    contacts: [{ name: 'Rahim Ahmed', phone: '+880 2 5566 7788', email: 'rahim@dhakaknit.example' }],
    assessment: { date: '2025-11-10', method: 'third_party_audit', result: 'passed' },
    skus: ['AP-TS-WHT-M', 'AP-TS-BLK-L'],
  },
  {
    name: 'Seoul Beauty Lab', localName: '서울뷰티랩', country: 'KR', status: 'approved',
    contacts: [{ name: 'Kim Ji-woo', email: 'jiwoo@seoulbeauty.example', messaging: 'KakaoTalk: jiwoo_sbl' }],
    skus: ['CO-FC-HYA'],
  },
  {
    name: 'Yiwu Happy Toys Factory', localName: '义乌快乐玩具厂', country: 'CN', status: 'blocked',
    contacts: [{ name: 'Chen Hao', phone: '+86 579 8555 0000' }],
    assessment: { date: '2026-08-05', method: 'on_site_audit', result: 'failed', notes: 'Small parts in toys for under-3s; no EN 71 test report.' },
    skus: ['TY-RC-CAR'],
  },
];

const day = (ctx: CoreContext, offsetDays: number) => addDays(ctx.today(), offsetDays);

export function loadDemoSuppliers(ctx: CoreContext): number {
  const idOfSku = (sku: string) => (ctx.db.prepare('SELECT id FROM products WHERE sku = ?').get(sku) as { id: number } | undefined)?.id;
  const ids = new Map<string, number>();
  for (const { skus, costCny: _cost, ...fields } of SUPPLIERS) {
    const supplier = createSupplier(ctx, supplierCreateInput.parse(fields));
    ids.set(fields.name, supplier.id);
    if (supplier.status === 'blocked') continue;
    skus.forEach((sku, i) => {
      const productId = idOfSku(sku);
      if (productId)
        setLink(ctx, productSupplierSetInput.parse({ productId, supplierId: supplier.id, supplierSku: `${sku}-S`, unitCost: 1500 + i * 700, currency: 'CNY', leadTimeDays: 20 + i * 5, moq: 200, isDefault: true }));
    });
  }
  const certs = [
    { type: 'un38_3', number: 'UN38.3-VOLT-2026-118', issuer: 'SGS Shenzhen', issueDate: '2026-01-15', expiryDate: day(ctx, 20), skus: ['EL-PB-10K'], supplier: 'Shenzhen Volt Electronics Co., Ltd.' },
    { type: 'doc_ce', number: 'DoC-VOLT-HP-01', issuer: 'Shenzhen Volt Electronics', issueDate: '2025-09-01', expiryDate: day(ctx, 400), skus: ['EL-HP-BT01', 'EL-EB-TWS2', 'EL-SW-GT3'], supplier: 'Shenzhen Volt Electronics Co., Ltd.' },
    { type: 'fcc', number: 'FCC ID 2A-VOLT-TWS2', issuer: 'TÜV Rheinland', issueDate: '2025-05-20', expiryDate: null, skus: ['EL-EB-TWS2', 'EL-SW-GT3'], supplier: 'Shenzhen Volt Electronics Co., Ltd.' },
    { type: 'doc_ce', number: 'DoC-BL-LAMP-07', issuer: 'Ningbo Brightlight Lighting', issueDate: '2023-04-01', expiryDate: day(ctx, -15), skus: ['EL-DL-LED'], supplier: 'Ningbo Brightlight Lighting' },
    { type: 'certificate_of_analysis', number: 'COA-SBL-2611', issuer: 'KTR Korea', issueDate: '2026-02-01', expiryDate: day(ctx, 180), skus: ['CO-FC-HYA'], supplier: 'Seoul Beauty Lab' },
    { type: 'iso_9001', number: 'ISO9001-DK-4471', issuer: 'Bureau Veritas', issueDate: '2024-06-30', expiryDate: day(ctx, 25), skus: [], supplier: 'Dhaka Knit Garments Ltd.' },
  ] as const;
  for (const c of certs) {
    const { skus, supplier, ...fields } = c;
    createCertificate(
      ctx,
      certificateCreateInput.parse({ ...fields, supplierId: ids.get(supplier) ?? null, productIds: skus.map(idOfSku).filter((x): x is number => x !== undefined) }),
    );
  }
  return SUPPLIERS.length;
}
