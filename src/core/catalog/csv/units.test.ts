// Units and money from files shaped like the platforms' documented exports (fixtures written here
// from their column lists): weights in the unit the file says, stored as whole grams; prices with a
// decimal point or comma; the currency from a currency column, else the seller's. A file that does
// not say its weight unit is refused until the seller says it.
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/imports';
import type { Product } from '../../../shared/products';
import { testCore } from '../../../../test/helpers';
import type { TestCore } from '../../../../test/helpers';
import { file, jobResult } from '../../../../test/jobs';
import { toGrams, unitOfHeader } from './units';

const importCsv = (core: TestCore, path: string, extra: Record<string, unknown> = {}) => jobResult<ImportReport>(core, 'products.importCsv', { path, ...extra });
const stored = async (core: TestCore) =>
  ((await core.ok('products.list', { sort: 'sku', limit: 100 })).items as Product[]).map((p) => [p.sku, p.unitNetWeightG, p.unitValue, p.currency]);

// Shopify's product CSV (export columns): Variant Grams is in grams; Variant Weight Unit is the unit shown in the admin.
const SHOPIFY = [
  'Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Grams,Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,Variant Fulfillment Service,Variant Price,Variant Compare At Price,Variant Requires Shipping,Variant Taxable,Variant Barcode,Image Src,Image Position,Image Alt Text,Gift Card,SEO Title,SEO Description,Variant Image,Variant Weight Unit,Variant Tax Code,Cost per item,Status',
  'teapot,Cast iron teapot,<p>Iron</p>,Kettle Co,Home & Garden,Teapots,,true,Title,Default Title,,,,,TP-1,454,shopify,3,deny,manual,"1,299.50",,true,true,,https://cdn.example/t.jpg,1,,false,,,,lb,,,active',
  'cup,Tea cup,<p>Porcelain</p>,Kettle Co,Home & Garden,Cups,,true,Title,Default Title,,,,,CUP-1,85,shopify,9,deny,manual,4.5,,true,true,,,,,false,,,,g,,,active',
].join('\n');

// WooCommerce's product CSV export: the store's weight unit is in the header.
const WOO_HEADER =
  'ID,Type,SKU,Name,Published,"Is featured?","Visibility in catalog","Short description",Description,"Date sale price starts","Date sale price ends","Tax status","Tax class","In stock?",Stock,"Backorders allowed?","Sold individually?","Weight (UNIT)","Length (in)","Width (in)","Height (in)","Allow customer reviews?","Purchase note","Sale price","Regular price",Categories,Tags,"Shipping class",Images,Parent,"Grouped products",Upsells,Cross-sells,"External URL","Button text",Position';
const woo = (unit: string, rows: string[]) => [WOO_HEADER.replace('UNIT', unit), ...rows].join('\n');
const wooRow = (id: number, sku: string, weight: string, sale: string, regular: string) =>
  `${id},simple,${sku},Product ${sku},1,0,visible,Short,"<p>Long</p>",,,taxable,,1,10,0,0,${weight},4,4,4,1,,${sale},${regular},Kitchen,,,,,,,,,,0`;

// Magento 2's catalog_product export: weights in the store's unit (pounds by default), not said in the file.
const MAGENTO = [
  'sku,store_view_code,attribute_set_code,product_type,categories,product_websites,name,description,short_description,weight,product_online,tax_class_name,visibility,price,special_price,url_key,meta_title,country_of_manufacture,qty',
  'MG-1,,Default,simple,Default Category/Gear,base,Joust Duffle Bag,<p>Bag</p>,,1,1,Taxable Goods,"Catalog, Search",34.00,,joust-duffle-bag,,CN,100',
  'MG-2,,Default,simple,Default Category/Gear,base,Sprite Yoga Strap,<p>Strap</p>,,0.5,1,Taxable Goods,"Catalog, Search",14.00,,sprite-yoga-strap,,US,100',
].join('\n');

// Etsy's listing export: a CURRENCY_CODE column.
const ETSY = [
  'TITLE,DESCRIPTION,PRICE,CURRENCY_CODE,QUANTITY,TAGS,MATERIALS,IMAGE1,SKU',
  'Hand-thrown mug,Stoneware mug,28.00,EUR,4,"mug,stoneware",stoneware,https://img.example/1.jpg,ET-1',
  'Linen napkin,Set of two,12.50,GBP,9,linen,linen,,ET-2',
].join('\n');

describe('weights: the unit the file says, stored as whole grams', () => {
  it('reads the unit from headers in several languages', () => {
    const cases: [string, string | null][] = [
      ['Weight (lbs)', 'lb'], ['Weight (kg)', 'kg'], ['weight_g', 'g'], ['unitNetWeightG', 'g'], ['Variant Grams', 'g'], ['Gewicht (kg)', 'kg'],
      ['Poids (g)', 'g'], ['净重(g)', 'g'], ['重量(千克)', 'kg'], ['重量（克）', 'g'], ['Weight (oz)', 'oz'], ['weight', null], ['重量', null], ['Item weight', null],
    ];
    for (const [header, unit] of cases) expect([header, unitOfHeader(header)]).toEqual([header, unit]);
    expect([toGrams(1, 'lb'), toGrams(0.5, 'lb'), toGrams(1, 'oz'), toGrams(1.5, 'kg'), toGrams(0.4, 'g'), toGrams(0.5, 'g')]).toEqual([454, 227, 28, 1500, 0, 1]);
  });

  it('Shopify: Variant Grams are grams whatever Variant Weight Unit shows; a price with a thousands comma', async () => {
    const core = testCore();
    const path = file('shopify.csv', SHOPIFY);
    expect((await core.ok('products.previewCsv', { path })).weight).toEqual({ unit: 'g', from: 'header' });
    expect(await importCsv(core, path, { currency: 'CAD' })).toMatchObject({ committed: true, created: 2, errorCount: 0 });
    expect(await stored(core)).toEqual([['CUP-1', 85, 450, 'CAD'], ['TP-1', 454, 129950, 'CAD']]);
  });

  it('WooCommerce: "Weight (lbs)" and "Weight (kg)", decimals like .5 and 1.5; the regular price, not the sale price', async () => {
    const core = testCore();
    const lbs = file('woo-lbs.csv', woo('lbs', [wooRow(11, 'WC-1', '1', '15', '18'), wooRow(12, 'WC-2', '.5', '', '7.25')]));
    const preview = await core.ok('products.previewCsv', { path: lbs });
    expect(preview).toMatchObject({ format: 'woocommerce', weight: { unit: 'lb', from: 'header' }, mapping: { unitNetWeightG: 'Weight (lbs)', unitValue: 'Regular price' } });
    expect(await importCsv(core, lbs, { currency: 'USD' })).toMatchObject({ committed: true, created: 2 });
    const kg = file('woo-kg.csv', woo('kg', [wooRow(13, 'WC-3', '1.5', '', '30')]));
    expect(await importCsv(core, kg, { currency: 'EUR' })).toMatchObject({ committed: true, created: 1 });
    expect(await stored(core)).toEqual([['WC-1', 454, 1800, 'USD'], ['WC-2', 227, 725, 'USD'], ['WC-3', 1500, 3000, 'EUR']]);
  });

  it('Magento 2: weights are pounds unless the seller says otherwise (1 lb → 454 g, not 1 g)', async () => {
    const core = testCore();
    const path = file('magento.csv', MAGENTO);
    const preview = await core.ok('products.previewCsv', { path });
    expect(preview).toMatchObject({ format: 'magento', weight: { unit: 'lb', from: 'platform' }, mapping: { unitNetWeightG: 'weight', unitValue: 'price', originCountry: 'country_of_manufacture' } });
    expect(await importCsv(core, path, { dryRun: true, currency: 'EUR' })).toMatchObject({ errorCount: 0, products: 2 });
    expect(await importCsv(core, path, { currency: 'EUR' })).toMatchObject({ committed: true, created: 2 });
    expect(await stored(core)).toEqual([['MG-1', 454, 3400, 'EUR'], ['MG-2', 227, 1400, 'EUR']]);

    const kgStore = testCore();
    await importCsv(kgStore, path, { currency: 'EUR', weightUnit: 'kg' });
    expect((await stored(kgStore)).map((p) => p[1])).toEqual([1000, 500]);
  });

  it('a file that does not say its weight unit is refused (a field error on weightUnit) until the seller says it', async () => {
    const core = testCore();
    const path = file('plain.csv', 'sku,name,weight,price\nP-1,Scarf,1.5,10\n');
    expect((await core.ok('products.previewCsv', { path })).weight).toEqual({ unit: null, from: null });
    for (const dryRun of [true, false])
      expect(await importCsv(core, path, { dryRun, currency: 'USD' })).toMatchObject({
        committed: false, created: 0, errors: [{ row: null, column: 'weight', field: 'weightUnit', key: 'weight_unit_required' }],
      });
    expect(await stored(core)).toEqual([]);
    expect(await importCsv(core, path, { weightUnit: 'kg', currency: 'USD' })).toMatchObject({ committed: true, created: 1 });
    expect(await stored(core)).toEqual([['P-1', 1500, 1000, 'USD']]);
  });

  it('a unit column gives each row its unit; a cell that names none is a problem on that row', async () => {
    const core = testCore();
    const path = file('unit-column.csv', 'sku,name,Variant Weight,Variant Weight Unit\nU-1,Kettle,2,lb\nU-2,Spoon,500,g\nU-3,Box,1,stone\n');
    expect((await core.ok('products.previewCsv', { path })).weight).toEqual({ unit: null, from: 'column' });
    const bad = await importCsv(core, path);
    expect(bad).toMatchObject({ committed: false, errors: [{ row: 4, column: 'Variant Weight Unit', field: 'weightUnit', key: 'weight_unit_unknown' }] });
    await importCsv(core, file('unit-column-ok.csv', 'sku,name,Variant Weight,Variant Weight Unit\nU-1,Kettle,2,lb\nU-2,Spoon,500,g\nU-3,Box,3,OZ\n'));
    expect((await stored(core)).map((p) => p[1])).toEqual([907, 500, 85]);
  });
});

describe('money: decimal comma or point; the currency from the file, else the seller', () => {
  it('a semicolon file with decimal commas and thousands points (German spreadsheet)', async () => {
    const core = testCore();
    const path = file('de.csv', 'SKU;Name;Gewicht (kg);Preis;Währung\nDE-1;Teekanne;1,5;1.299,50;EUR\nDE-2;Tasse;0,25;4,9;EUR\n');
    const preview = await core.ok('products.previewCsv', { path });
    expect(preview).toMatchObject({ decimal: ',', weight: { unit: 'kg', from: 'header' }, mapping: { unitValue: 'Preis', currency: 'Währung' } });
    expect(await importCsv(core, path, { currency: 'USD' })).toMatchObject({ committed: true, created: 2 });
    expect(await stored(core)).toEqual([['DE-1', 1500, 129950, 'EUR'], ['DE-2', 250, 490, 'EUR']]);
  });

  it('Etsy: CURRENCY_CODE wins over the seller\'s default, so EUR is never stored as USD', async () => {
    const core = testCore();
    const path = file('etsy.csv', ETSY);
    expect((await core.ok('products.previewCsv', { path })).mapping).toMatchObject({ name: 'TITLE', unitValue: 'PRICE', currency: 'CURRENCY_CODE', sku: 'SKU' });
    expect(await importCsv(core, path, { currency: 'USD' })).toMatchObject({ committed: true, created: 2 });
    expect(await stored(core)).toEqual([['ET-1', null, 2800, 'EUR'], ['ET-2', null, 1250, 'GBP']]);
  });
});
