// Store exports as their platforms document them (fixtures written here from the documented column
// lists: Shopify product CSV, WooCommerce's CSV importer schema, Etsy's listings download, Magento 2
// catalog_product export, BigCommerce v3 Bulk edit and legacy exports, Amazon's inventory flat
// file): recognised, mapped, and only sellable, shippable variants become products.
import { describe, expect, it } from 'vitest';
import type { CsvPreview, ImportField, ImportReport } from '../../../shared/imports';
import { testCore } from '../../../../test/helpers';
import { file, jobResult } from '../../../../test/jobs';
import type { TestCore } from '../../../../test/helpers';
import { deriveSku } from './platforms';
import { htmlToText } from './html';
import { detectFormat, detectMapping } from './mapping';

const importCsv = (core: TestCore, path: string, extra: Record<string, unknown> = {}) => jobResult<ImportReport>(core, 'products.importCsv', { path, ...extra });
const products = async (core: TestCore) =>
  (await core.ok('products.list', { sort: 'sku', status: 'all' })).items.map((p) => ({
    sku: p.sku, name: p.name, status: p.status, g: p.unitNetWeightG, value: p.unitValue, currency: p.currency, origin: p.originCountry, description: p.description,
  }));
const csv = (rows: (string | number)[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';

describe('store exports: what becomes a product', () => {
  it('Shopify: gift cards, no-shipping variants and image rows skipped by reason; draft/archived come in archived; blank Variant SKUs get a stable derived SKU shown in the preview', async () => {
    const header = ['Handle', 'Title', 'Body (HTML)', 'Vendor', 'Published', 'Option1 Name', 'Option1 Value', 'Option2 Name', 'Option2 Value', 'Variant SKU', 'Variant Grams',
      'Variant Requires Shipping', 'Variant Price', 'Image Src', 'Gift Card', 'Status'];
    const text = csv([
      header,
      ['linen-shirt', 'Linen shirt', '<p>Washed linen &amp; horn buttons&nbsp;&ndash; 100&percnt;</p>', 'Hangzhou Linen', 'TRUE', 'Size', 'S', 'Colour', 'Sand', '', 180, 'TRUE', '39.00', 'https://x/1.jpg', 'FALSE', 'active'],
      ['linen-shirt', '', '', '', '', '', 'M', '', 'Sand', '', 190, 'TRUE', '39.00', '', '', ''],
      ['linen-shirt', '', '', '', '', '', '', '', '', '', '', '', '', 'https://x/2.jpg', '', ''], // image row
      ['linen-shirt', '', '', '', '', '', 'L', '', 'Sand', 'LS-L', 200, 'FALSE', '39.00', '', '', ''], // not shipped (e.g. made to order pickup)
      ['gift-card', 'Gift card', '', 'Shop', 'TRUE', 'Denominations', '$25', '', '', '', 0, 'FALSE', '25.00', '', 'TRUE', 'active'],
      ['old-mug', 'Old mug', '<b>Stoneware</b>', 'Shop', 'FALSE', 'Title', 'Default Title', '', '', 'MUG-OLD', 350, 'TRUE', '12.00', '', 'FALSE', 'archived'],
      ['new-mug', 'New mug', '', 'Shop', 'FALSE', 'Title', 'Default Title', '', '', 'MUG-NEW', 350, 'TRUE', '14.00', '', 'FALSE', 'draft'],
    ]);
    const path = file('products_export_1.csv', text);
    const core = testCore();
    const preview = (await core.ok('products.previewCsv', { path })) as CsvPreview<ImportField>;
    expect(preview.format).toBe('shopify');
    expect(preview.planned!.slice(0, 5)).toEqual([
      { row: 2, skip: null, sku: 'linen-shirt-s-sand', skuDerived: true, name: 'Linen shirt - S / Sand', status: 'active' },
      { row: 3, skip: null, sku: 'linen-shirt-m-sand', skuDerived: true, name: 'Linen shirt - M / Sand', status: 'active' },
      { row: 4, skip: 'continuation', sku: null, skuDerived: false, name: null, status: null },
      { row: 5, skip: 'no_shipping', sku: null, skuDerived: false, name: null, status: null },
      { row: 6, skip: 'gift_card', sku: null, skuDerived: false, name: null, status: null },
    ]);
    const report = await importCsv(core, path, { currency: 'EUR' });
    expect(report).toMatchObject({ committed: true, created: 4, skipped: 3, skippedBy: { continuation: 1, no_shipping: 1, gift_card: 1 }, archived: 2 });
    expect(await products(core)).toEqual([
      { sku: 'linen-shirt-m-sand', name: 'Linen shirt - M / Sand', status: 'active', g: 190, value: 3900, currency: 'EUR', origin: null, description: 'Washed linen & horn buttons – 100%' },
      { sku: 'linen-shirt-s-sand', name: 'Linen shirt - S / Sand', status: 'active', g: 180, value: 3900, currency: 'EUR', origin: null, description: 'Washed linen & horn buttons – 100%' },
      { sku: 'MUG-NEW', name: 'New mug', status: 'archived', g: 350, value: 1400, currency: 'EUR', origin: null, description: null },
      { sku: 'MUG-OLD', name: 'Old mug', status: 'archived', g: 350, value: 1200, currency: 'EUR', origin: null, description: 'Stoneware' },
    ]);
    // The same file again gives the same SKUs (so a second import finds them as duplicates, not new products).
    const again = await importCsv(testCore(), file('again.csv', text), { currency: 'EUR', dryRun: true });
    expect(again.errorCount).toBe(0);
    expect((await importCsv(core, path, { currency: 'EUR', dryRun: true })).errors.map((e) => [e.row, e.key])).toEqual([[2, 'duplicate'], [3, 'duplicate'], [7, 'duplicate'], [8, 'duplicate']]);
  });

  it('Shopify 2024 template names (URL handle, SKU, Weight value (grams), Requires shipping, Gift card) are recognised too', async () => {
    const path = file('product_template.csv', csv([
      ['Title', 'URL handle', 'Description', 'Vendor', 'Status', 'SKU', 'Option1 name', 'Option1 value', 'Price', 'Weight value (grams)', 'Weight unit for display', 'Requires shipping', 'Gift card'],
      ['Tea tin', 'tea-tin', '<p>Tin &lt;250 g&gt;</p>', 'Fujian Tins', 'Active', 'TIN-1', 'Title', 'Default Title', '8.50', 120, 'g', 'TRUE', 'FALSE'],
      ['E-book', 'e-book', 'PDF', 'Shop', 'Active', 'EB-1', 'Title', 'Default Title', '5.00', 0, 'g', 'FALSE', 'FALSE'],
    ]));
    const core = testCore();
    const report = await importCsv(core, path, { currency: 'GBP' });
    expect(report).toMatchObject({ format: 'shopify', committed: true, created: 1, skippedBy: { no_shipping: 1 } });
    expect(await products(core)).toMatchObject([{ sku: 'TIN-1', name: 'Tea tin', g: 120, value: 850, currency: 'GBP', description: 'Tin <250 g>' }]);
  });

  it('WooCommerce: variable and grouped parents, external, virtual and downloadable skipped; variations are products; Published 0/-1 → archived', async () => {
    const header = ['ID', 'Type', 'SKU', 'Name', 'Published', 'Is featured?', 'Visibility in catalog', 'Short description', 'Description', 'Weight (kg)', 'Regular price', 'Sale price', 'Parent'];
    const path = file('wc-product-export.csv', csv([
      header,
      [10, 'variable', 'HOODIE', 'Hoodie', 1, 0, 'visible', 'Warm', '<p>Cotton &amp; polyester</p>', '', '', '', ''],
      [11, 'variation', 'HOODIE-RED', 'Hoodie - Red', 1, 0, 'visible', '', '', '0.5', '45', '', 'id:10'],
      [12, 'variation', 'HOODIE-BLUE', 'Hoodie - Blue', 0, 0, 'visible', '', '', '.45', '45', '40', 'id:10'],
      [13, 'simple', 'BEANIE', 'Beanie', -1, 0, 'visible', '', 'Wool&nbsp;beanie', '0.1', '18', '', ''],
      [14, 'simple, virtual', 'CONSULT', 'Styling call', 1, 0, 'visible', '', '', '', '30', '', ''],
      [15, 'simple, downloadable', 'PATTERN', 'Knitting pattern', 1, 0, 'visible', '', '', '', '6', '', ''],
      [16, 'external', 'AFF-1', 'Partner scarf', 1, 0, 'visible', '', '', '', '20', '', ''],
      [17, 'grouped', 'SET', 'Winter set', 1, 0, 'visible', '', '', '', '', '', ''],
    ]));
    const core = testCore();
    const report = await importCsv(core, path, { currency: 'EUR' });
    expect(report).toMatchObject({ format: 'woocommerce', committed: true, created: 3, skipped: 5, skippedBy: { parent: 2, digital: 2, external: 1 }, archived: 2 });
    expect((await products(core)).map((p) => [p.sku, p.status, p.g, p.value, p.description])).toEqual([
      ['BEANIE', 'archived', 100, 1800, 'Wool beanie'],
      ['HOODIE-BLUE', 'archived', 450, 4500, null],
      ['HOODIE-RED', 'active', 500, 4500, null],
    ]);
  });

  it('Magento 2: configurable/bundle/grouped parents, virtual, downloadable and gift cards skipped; store-view rows are not products; product_online 2 → archived; origin names to ISO codes', async () => {
    const header = ['sku', 'store_view_code', 'attribute_set_code', 'product_type', 'name', 'description', 'weight', 'product_online', 'visibility', 'price', 'country_of_manufacture'];
    const path = file('catalog_product.csv', csv([
      header,
      ['MH01', '', 'Top', 'configurable', 'Chaz Hoodie', '<p>Hooded</p>', '', 1, 'Catalog, Search', '52', ''],
      ['MH01-XS-Black', '', 'Top', 'simple', 'Chaz Hoodie-XS-Black', '<p>Hooded &eacute;t&eacute;</p>', 1, 1, 'Not Visible Individually', '52', 'China'],
      ['MH01-XS-Black', 'fr', 'Top', 'simple', 'Chaz sweat XS noir', '', '', '', '', '', ''],
      ['MH01-S-Black', '', 'Top', 'simple', 'Chaz Hoodie-S-Black', '', 1.5, 2, 'Not Visible Individually', '52', 'Deutschland'],
      ['24-WG080', '', 'Bag', 'bundle', 'Sprite Yoga Kit', '', '', 1, 'Catalog, Search', '', ''],
      ['WARRANTY', '', 'Default', 'virtual', 'Extended warranty', '', '', 1, 'Catalog, Search', '20', ''],
      ['EBOOK', '', 'Default', 'downloadable', 'Yoga e-book', '', '', 1, 'Catalog, Search', '9', ''],
      ['GC-50', '', 'Default', 'giftcard', 'Gift card', '', '', 1, 'Catalog, Search', '50', ''],
      ['MH-SET', '', 'Default', 'grouped', 'Hoodie set', '', '', 1, 'Catalog, Search', '', ''],
      ['MH02', '', 'Top', 'simple', 'Plain tee', '', 0.25, 1, 'Catalog, Search', '15', 'Narnia'],
    ]));
    const core = testCore();
    const dry = await importCsv(core, path, { currency: 'USD', dryRun: true });
    expect(dry).toMatchObject({ format: 'magento', skippedBy: { parent: 3, continuation: 1, digital: 2, gift_card: 1 } });
    // An unknown country is a problem on its row, naming the column.
    expect(dry.errors.map((e) => [e.row, e.column, e.key])).toEqual([[11, 'country_of_manufacture', 'country_not_recognised']]);
    const fixed = file('catalog_product_fixed.csv', csv([header, ['MH01-XS-Black', '', 'Top', 'simple', 'Chaz Hoodie-XS-Black', '<p>Hooded &eacute;t&eacute;</p>', 1, 1, 'Not Visible Individually', '52', 'China'],
      ['MH01-S-Black', '', 'Top', 'simple', 'Chaz Hoodie-S-Black', '', 1.5, 2, 'Not Visible Individually', '52', 'Deutschland'], ['MH02', '', 'Top', 'simple', 'Plain tee', '', 0.25, 1, 'Catalog, Search', '15', '']]));
    expect(await importCsv(core, fixed, { currency: 'USD', defaultCountry: 'VN' })).toMatchObject({ committed: true, created: 3, archived: 1 });
    expect((await products(core)).map((p) => [p.sku, p.status, p.g, p.origin, p.description])).toEqual([
      ['MH01-S-Black', 'archived', 680, 'DE', null],
      ['MH01-XS-Black', 'active', 454, 'CN', 'Hooded été'],
      ['MH02', 'active', 113, 'VN', null],
    ]);
  });

  it('Etsy listings download: CURRENCY_CODE, HTML-free text kept, a listing without SKU gets a SKU from its title', async () => {
    const header = ['TITLE', 'DESCRIPTION', 'PRICE', 'CURRENCY_CODE', 'QUANTITY', 'TAGS', 'MATERIALS', 'IMAGE1', 'VARIATION 1 TYPE', 'VARIATION 1 NAME', 'VARIATION 1 VALUES', 'SKU'];
    const path = file('EtsyListingsDownload.csv', csv([
      header,
      ['Ceramic ring dish', 'Hand-thrown.\nFood safe glaze &amp; gold rim', '24.00', 'GBP', 3, 'dish,ring', 'ceramic,gold', 'https://i.etsystatic.com/1.jpg', '', '', '', 'DISH-1'],
      ['Linen napkins, set of 4', 'Stonewashed', '32.50', 'GBP', 8, 'linen', 'linen', '', 'Colour', 'Colour', 'Sand,Sage', ''],
    ]));
    const core = testCore();
    const preview = (await core.ok('products.previewCsv', { path })) as CsvPreview<ImportField>;
    expect(preview).toMatchObject({ format: 'etsy', mapping: { sku: 'SKU', name: 'TITLE', unitValue: 'PRICE', currency: 'CURRENCY_CODE', material: 'MATERIALS' } });
    expect(await importCsv(core, path)).toMatchObject({ committed: true, created: 2 });
    expect((await products(core)).map((p) => [p.sku, p.value, p.currency, p.description])).toEqual([
      ['DISH-1', 2400, 'GBP', 'Hand-thrown.\nFood safe glaze & gold rim'],
      ['etsy-linen-napkins-set-of-4', 3250, 'GBP', 'Stonewashed'],
    ]);
  });

  it('BigCommerce v3 Bulk edit: a product with variants is a parent, its variants take its blank cells; image rows and digital products skipped; Is Visible N → archived', async () => {
    const header = ['Item', 'ID', 'Name', 'Type', 'SKU', 'Options', 'Inventory Tracking', 'Current Stock', 'Price', 'Description', 'Weight', 'Is Visible', 'Image URL (Import)'];
    const path = file('products-2026-01-10.csv', csv([
      header,
      ['Product', 101, 'Canvas tote', 'Physical', 'TOTE', '', 'variant', '', '19.95', '<p>Heavy canvas</p>', '0.4', 'TRUE', ''],
      ['Variant', 201, '', '', 'TOTE-NAT', 'Type=Rectangle|Name=Colour|Value=Natural', '', 10, '', '', '', '', ''],
      ['Variant', 202, '', '', 'TOTE-BLK', 'Type=Rectangle|Name=Colour|Value=Black', '', 4, '21.95', '', '0.45', '', ''],
      ['Image', '', '', '', '', '', '', '', '', '', '', '', 'https://x/tote.jpg'],
      ['Product', 102, 'Sewing course', 'Digital', 'COURSE', '', 'none', '', '49', '', '0', 'TRUE', ''],
      ['Product', 103, 'Old keyring', 'Physical', 'KEY-1', '', 'none', '', '3.5', '', '0.02', 'FALSE', ''],
    ]));
    const core = testCore();
    const dry = await importCsv(core, path, { currency: 'USD', dryRun: true });
    // BigCommerce's weight unit is a store setting the file does not carry: the seller says it.
    expect(dry.errors.map((e) => e.key)).toEqual(['weight_unit_required']);
    const report = await importCsv(core, path, { currency: 'USD', weightUnit: 'kg' });
    expect(report).toMatchObject({ format: 'bigcommerce', committed: true, created: 3, skippedBy: { parent: 1, continuation: 1, digital: 1 }, archived: 1 });
    expect((await products(core)).map((p) => [p.sku, p.name, p.status, p.g, p.value, p.description])).toEqual([
      ['KEY-1', 'Old keyring', 'archived', 20, 350, null],
      ['TOTE-BLK', 'Canvas tote - Black', 'active', 450, 2195, 'Heavy canvas'],
      ['TOTE-NAT', 'Canvas tote - Natural', 'active', 400, 1995, 'Heavy canvas'],
    ]);
  });

  it('BigCommerce legacy export: Item Type Product/SKU/Rule, Product Code/SKU, Product Visible?, Product Type D', async () => {
    const header = ['Item Type', 'Product ID', 'Product Name', 'Product Type', 'Product Code/SKU', 'Product Description', 'Price', 'Product Weight', 'Product Visible?', 'Category'];
    const path = file('legacy.csv', csv([
      header,
      ['Product', 1, 'Wool socks', 'P', 'SOCK', 'Merino', '12', '0.1', 'Y', 'Socks'],
      ['SKU', '', '[S]Size=M', '', 'SOCK-M', '', '', '', '', ''],
      ['SKU', '', '[S]Size=L', '', 'SOCK-L', '', '13', '0.12', '', ''],
      ['Rule', '', '', '', '', '', '', '', '', ''],
      ['Product', 2, 'Gift voucher PDF', 'D', 'VOUCH', '', '10', '0', 'Y', ''],
    ]));
    const core = testCore();
    expect(await importCsv(core, path, { currency: 'AUD', weightUnit: 'kg' })).toMatchObject({
      format: 'bigcommerce', committed: true, created: 2, skippedBy: { parent: 1, continuation: 1, digital: 1 },
    });
    expect((await products(core)).map((p) => [p.sku, p.name, p.g, p.value, p.currency])).toEqual([
      ['SOCK-L', 'Wool socks - L', 120, 1300, 'AUD'],
      ['SOCK-M', 'Wool socks - M', 100, 1200, 'AUD'],
    ]);
  });

  it('Amazon inventory flat file: the header is the attribute-name row under the template rows; parents skipped; units from item_weight_unit_of_measure', async () => {
    const width = 11;
    const pad = (r: (string | number)[]) => [...r, ...Array(width - r.length).fill('')];
    const text = [
      pad(['TemplateType=fptcustom', 'Version=2025.0101', 'TemplateSignature=SE9NRQ==', 'The top 3 rows are for Amazon use only. Do not modify or delete the top 3 rows.']),
      pad(['Product Type', 'Seller SKU', 'Brand Name', 'Product Name', 'Product Description', 'Standard Price', 'Currency', 'Item Weight', 'Item Weight Unit Of Measure', 'Parentage', 'Country of Origin']),
      pad(['feed_product_type', 'item_sku', 'brand_name', 'item_name', 'product_description', 'standard_price', 'currency', 'item_weight', 'item_weight_unit_of_measure', 'parent_child', 'country_of_origin']),
      pad(['home', 'LAMP-P', 'Lumo', 'Desk lamp', '', '', 'EUR', '', '', 'parent', '']),
      pad(['home', 'LAMP-W', 'Lumo', 'Desk lamp, white', 'LED &amp; USB-C', '29.99', 'EUR', '1.2', 'KG', 'child', 'China']),
      pad(['home', 'LAMP-B', 'Lumo', 'Desk lamp, black', '', '29,99', 'EUR', '2.5', 'LB', 'child', 'CN']),
    ];
    const path = file('Flat.File.Home.de.txt', text.map((r) => r.join('\t')).join('\r\n') + '\r\n');
    const core = testCore();
    const preview = (await core.ok('products.previewCsv', { path })) as CsvPreview<ImportField>;
    expect(preview).toMatchObject({ format: 'amazon', mapping: { sku: 'item_sku', name: 'item_name', unitValue: 'standard_price', currency: 'currency', unitNetWeightG: 'item_weight', weightUnit: 'item_weight_unit_of_measure', originCountry: 'country_of_origin' } });
    expect(preview.planned!.map((p) => [p.row, p.skip, p.sku])).toEqual([[4, 'parent', null], [5, null, 'LAMP-W'], [6, null, 'LAMP-B']]);
    const dry = await importCsv(core, path, { dryRun: true });
    // Row numbers are the file's own; "29,99" in a tab file with a decimal point elsewhere is a thousands comma? No: one comma not followed by 3 digits is a decimal comma.
    expect(dry).toMatchObject({ format: 'amazon', rows: 3, skippedBy: { parent: 1 }, errorCount: 0, products: 2 });
    await importCsv(core, path);
    expect((await products(core)).map((p) => [p.sku, p.g, p.value, p.currency, p.origin, p.description])).toEqual([
      ['LAMP-B', 1134, 2999, 'EUR', 'CN', null],
      ['LAMP-W', 1200, 2999, 'EUR', 'CN', 'LED & USB-C'],
    ]);
  });
});

describe('generic sheets in European languages and Chinese', () => {
  it.each([
    ['de', ['Artikelnummer', 'Titel', 'Beschreibung', 'Gewicht (kg)', 'Preis', 'Währung', 'Ursprungsland']],
    ['fr', ['Référence', 'Nom du produit', 'Description', 'Poids (g)', 'Prix', 'Devise', "Pays d'origine"]],
    ['it', ['Codice', 'Titolo', 'Descrizione', 'Peso (kg)', 'Prezzo', 'Valuta', "Paese d'origine"]],
    ['es', ['Referencia', 'Nombre', 'Descripción', 'Peso (g)', 'Precio', 'Moneda', 'País de origen']],
    ['nl', ['Artikelcode', 'Naam', 'Omschrijving', 'Gewicht (kg)', 'Prijs', 'Valuta', 'Land van herkomst']],
    ['pl', ['Kod produktu', 'Nazwa', 'Opis', 'Waga (kg)', 'Cena', 'Waluta', 'Kraj pochodzenia']],
    ['pt', ['Código', 'Nome', 'Descrição', 'Peso (g)', 'Preço', 'Moeda', 'País de origem']],
    ['sv', ['Artikelnummer', 'Produktnamn', 'Beskrivning', 'Vikt (kg)', 'Pris', 'Valuta', 'Ursprungsland']],
    ['zh', ['货号', '品名', '商品描述', '重量(千克)', '单价', '币种', '原产国']],
  ])('%s headers are mapped without help', (_lang, headers) => {
    expect(detectFormat(headers)).toBe('generic');
    expect(detectMapping(headers, 'generic')).toMatchObject({
      sku: headers[0], name: headers[1], description: headers[2], unitNetWeightG: headers[3], unitValue: headers[4], currency: headers[5], originCountry: headers[6],
    });
  });

  it("a Manufacturer column still names the vendor; the manufacturer's address (GPSR) has its own column", () => {
    const headers = ['SKU', 'Name', 'Manufacturer', 'Manufacturer address'];
    expect(detectMapping(headers, 'generic')).toMatchObject({ vendor: 'Manufacturer', manufacturer: 'Manufacturer address' });
    expect(detectMapping(['SKU', 'Name', 'Hersteller'], 'generic')).toMatchObject({ vendor: 'Hersteller', manufacturer: null });
  });

  it('a German semicolon sheet: Waga-style units from the header, Ursprungsland names, NULL / N/A / - cells empty', async () => {
    const path = file('artikel.csv', 'Artikelnummer;Titel;Beschreibung;Gewicht (kg);Preis;Ursprungsland\r\nA-1;Teekanne;NULL;1,2;24,90;China\r\nA-2;Tasse;N/A;0,3;9,50;-\r\n');
    const core = testCore();
    expect(await importCsv(core, path, { currency: 'EUR', defaultCountry: 'DE' })).toMatchObject({ committed: true, created: 2 });
    expect((await products(core)).map((p) => [p.sku, p.g, p.value, p.origin, p.description])).toEqual([
      ['A-1', 1200, 2490, 'CN', null],
      ['A-2', 300, 950, 'DE', null],
    ]);
  });
});

describe('currency when the file has no currency column', () => {
  const path = () => file('plain.csv', 'sku,name,weight (g),price\nP-1,Scarf,150,10.5\n');
  it('refuses with currency_required on currency when neither the seller nor the profile says it (no hard-coded USD)', async () => {
    const core = testCore();
    const report = await importCsv(core, path(), { dryRun: true });
    expect(report.errors).toMatchObject([{ row: null, field: 'currency', key: 'currency_required', column: 'price' }]);
    expect((await core.ok('products.previewCsv', { path: path() })).defaultCurrency).toBeNull();
  });
  it("takes the saved seller profile's currency, and the seller's choice over it", async () => {
    const core = testCore();
    await core.ok('settings.update', { defaultCurrency: 'CHF' });
    expect((await core.ok('products.previewCsv', { path: path() })).defaultCurrency).toBe('CHF');
    await importCsv(core, path());
    const other = testCore();
    await other.ok('settings.update', { defaultCurrency: 'CHF' });
    await importCsv(other, path(), { currency: 'JPY' });
    expect((await products(core))[0]).toMatchObject({ value: 1050, currency: 'CHF' });
    // JPY has no minor unit: 10.5 is not an amount in yen.
    // The count of decimals goes as i18next's count: the screen then asks for a whole amount.
    expect((await importCsv(testCore(), path(), { currency: 'JPY', dryRun: true })).errors.map((e) => [e.key, e.params])).toEqual([['money_format', { count: 0 }]]);
  });
});

describe('pieces', () => {
  it('derived SKUs are stable, ASCII, at most 64 characters, and distinct when the words lose something', () => {
    expect(deriveSku(['linen-shirt', 'S', 'Sand'])).toBe('linen-shirt-s-sand');
    expect(deriveSku(['linen-shirt', 'S', 'Sand'])).toBe(deriveSku(['linen-shirt', 'S', 'Sand']));
    const a = deriveSku(['scarf', '红色']);
    const b = deriveSku(['scarf', '蓝色']);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scarf-[0-9a-f]{8}$/);
    expect(deriveSku(['x'.repeat(80)]).length).toBeLessThanOrEqual(64);
  });
  it('HTML to text: entities decoded, lists as bullets, images and scripts dropped, plain text untouched', () => {
    expect(htmlToText('<h2>Care</h2><p>Wash at 30&deg;C &ndash; <a href="https://x">guide</a></p><img src="a.jpg"><script>alert(1)</script><ul><li>Cotton</li><li>Linen</li></ul>'))
      .toBe('Care\n\nWash at 30°C – guide\n\n• Cotton\n• Linen');
    expect(htmlToText('5 < 6 and 7 > 3')).toBe('5 < 6 and 7 > 3');
  });
});
