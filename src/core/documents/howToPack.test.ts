// How to pack, printed (issue 18): the packing list says per parcel what to protect, which inner
// packaging and which marks go where, in English and Chinese — read back from the real PDF.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import { readPdf } from '../../../test/pdf';
import { consignee, packSetup } from '../../../test/fixtures/shipment-packs';
import { howToPack } from './howToPack';

const none = { type: 'none', configuration: null } as const;

describe('how to pack', () => {
  it('says nothing for a parcel and products without packing facts', () => {
    expect(howToPack({ packagingType: null, mailClass: null }, [{ sku: 'TS-1', packing: undefined, battery: none }])).toBeNull();
  });

  it('a liquid gets the three inner packagings, ticked as the parcel says, and the this-way-up arrows', () => {
    const h = howToPack({ packagingType: 'single_wall_box', innerPackaging: { sealed: true, absorbent: false, secondary: true }, mailClass: 'postal_parcel' }, [
      { sku: 'SE-30', packing: { liquid: true, liquidMl: 30 }, battery: none },
    ])!;
    expect(h.packaging).toMatchObject({ en: 'Single-wall box · sent as postal parcel', zh: '单层瓦楞纸箱 · 按邮政包裹寄送' });
    expect(h.inner.map((l) => l.done)).toEqual([true, false, true]);
    expect(h.marks.map((m) => m.en).join(' ')).toContain('This way up');
    expect(h.marks.some((m) => m.en.includes('FRAGILE'))).toBe(false);
  });

  it('the packing list PDF prints it per parcel: protect, inner packaging, marks and where, English and Chinese', async () => {
    const core = testCore();
    const { speaker } = await packSetup(core);
    const vase = await core.ok('products.create', {
      sku: 'VA-01', name: 'Glass flower vase', localName: '玻璃花瓶', hsCode: '701391', originCountry: 'CN', unitNetWeightG: 400, unitValue: 1500, currency: 'USD',
      compliance: { packing: { fragile: true, upright: true, needs: ['bubble_wrap', 'double_box'], note: 'Wrap the neck twice' } },
    });
    const s = await core.ok('shipments.create', {
      consignee, orderRefs: ['#3001'], invoiceNumber: 'INV-30', invoiceDate: '2026-11-21', shipDate: '2026-11-22', postage: 850,
      items: [{ productId: vase.id, quantity: 1 }, { productId: speaker.id, quantity: 1 }],
      parcels: [{ grossWeightG: 2200, lengthMm: 400, widthMm: 300, heightMm: 200, packagingType: 'double_wall_box', batteryProtected: true, mailClass: 'postal_parcel' }],
    } as never);
    const pack = await core.ok('documents.buildPack', { shipmentId: (s as { id: number }).id });
    const doc = pack.documents.find((d) => d.name === 'Packing list')!;
    const pages = await readPdf(readFileSync(pack.path));
    const text = pages.slice(doc.firstPage - 1, doc.lastPage).map((p) => p.text).join('\n').replace(/\s+/g, ' ');
    for (const t of [
      'How to pack · 如何包装', 'Double-wall box · sent as postal parcel', 'Protect · 保护', 'VA-01 is fragile', 'VA-01 易碎', 'VA-01 needs: bubble wrap, double box.',
      'VA-01: Wrap the neck twice', '[x] SPK-01 has a lithium battery inside', 'Marks to stick on · 需粘贴的标记', 'Lithium battery mark (UN3481',
      '锂电池标记', 'FRAGILE label: on the top and on two opposite sides.', '易碎标签', 'This way up', '向上箭头',
    ])
      expect(text, t).toContain(t);
    expect(text).not.toContain('Inner packaging for liquids');
  });
});
