// Which column fills which product field: our own export maps by name; the stores' exports
// (Shopify, WooCommerce, Magento 2, Etsy, BigCommerce, Amazon flat files) are recognised by their
// headers and mapped to their documented columns; any other file is matched by common header
// names in English, Chinese and the main European languages.
import { IMPORT_FIELDS } from '../../../shared/imports';
import type { ColumnMapping, CsvFormat, ImportField } from '../../../shared/imports';
import { mapBySynonyms } from '../../tables/common';
import { weightUnitOf } from './units';

/**
 * Shopify's product CSV, under its classic names and the names of its 2024 template ("URL handle",
 * "SKU", "Weight value (grams)" …): the first name found in the file is used.
 */
export const SHOPIFY_COLUMNS = {
  handle: ['Handle', 'URL handle'],
  title: ['Title'],
  body: ['Body (HTML)', 'Description'],
  vendor: ['Vendor'],
  sku: ['Variant SKU', 'SKU'],
  grams: ['Variant Grams', 'Weight value (grams)'],
  price: ['Variant Price', 'Price'],
  option1: ['Option1 Value', 'Option1 value'],
  option2: ['Option2 Value', 'Option2 value'],
  option3: ['Option3 Value', 'Option3 value'],
  status: ['Status'],
  giftCard: ['Gift Card', 'Gift card'],
  requiresShipping: ['Variant Requires Shipping', 'Requires shipping'],
} as const;
export type ShopifyColumn = keyof typeof SHOPIFY_COLUMNS;

/** The file's header for each Shopify column (null: absent). */
export function shopifyColumns(headers: string[]): Record<ShopifyColumn, string | null> {
  const set = new Set(headers);
  return Object.fromEntries(
    Object.entries(SHOPIFY_COLUMNS).map(([k, names]) => [k, (names as readonly string[]).find((n) => set.has(n)) ?? null]),
  ) as Record<ShopifyColumn, string | null>;
}

/**
 * Header (lower case, letters and digits only) -> field, for files that are not one of the
 * platforms' exports: English, Chinese, German, French, Italian, Spanish, Dutch, Polish, Portuguese,
 * Swedish; and the attribute names of Amazon's flat files (item_sku, item_name, standard_price …).
 */
const SYNONYMS: Record<ImportField, string[]> = {
  sku: [
    'sku', 'itemsku', 'productsku', 'variantsku', 'articlenumber', 'itemcode', 'productcode', 'sellersku',
    'artikelnummer', 'artikelnr', 'artnr', 'referenz', 'référence', 'reference', 'réf', 'ref', 'codearticle', 'codice', 'codiceprodotto', 'codicearticolo',
    'código', 'codigo', 'referencia', 'referência', 'artikelcode', 'kod', 'kodproduktu', 'indeks', 'numerkatalogowy', 'códigodoproduto', 'artikelnumret',
    '货号', 'sku编码', '商品编码', '商品货号', '产品编号',
  ],
  name: [
    'name', 'title', 'productname', 'itemname', 'englishname', 'producttitle',
    'titel', 'produktname', 'artikelname', 'bezeichnung', 'artikelbezeichnung', 'nom', 'nomduproduit', 'nomproduit', 'désignation', 'designation', 'libellé', 'titre',
    'titolo', 'nome', 'nomeprodotto', 'nombre', 'nombredelproducto', 'título', 'titulo', 'naam', 'productnaam', 'nazwa', 'nazwaproduktu', 'tytuł',
    'nomedoproduto', 'produktnamn', 'benämning', 'namn',
    '品名', '名称', '英文品名', '商品名称', '产品名称', '标题',
  ],
  localName: ['localname', 'chinesename', 'namecn', 'namezh', '中文名', '中文品名', '中文名称'],
  description: [
    'description', 'body', 'bodyhtml', 'details', 'productdescription', 'longdescription',
    'beschreibung', 'produktbeschreibung', 'artikelbeschreibung', 'descriptif', 'descrizione', 'descripción', 'descripcion', 'omschrijving', 'beschrijving',
    'opis', 'opisproduktu', 'descrição', 'descricao', 'beskrivning', 'produktbeskrivning',
    '描述', '商品描述', '产品描述',
  ],
  material: ['material', 'materials', 'composition', 'materiale', 'materiali', 'matériau', 'matière', 'werkstoff', 'materiaal', 'materiał', 'skład', 'composición', 'composizione', '材质', '材料'],
  hsCode: [
    'hscode', 'hs', 'hstariffcode', 'tariffcode', 'customscode', 'harmonizedcode', 'commoditycode',
    'zolltarifnummer', 'warentarifnummer', 'codesh', 'nomenclaturedouanière', 'codicedoganale', 'códigoarancelario', 'codigoarancelario', 'taric',
    'goederencode', 'kodcn', 'ncm', 'tulltaxenummer', '海关编码', 'hs编码', '商品编码hs',
  ],
  originCountry: [
    'origincountry', 'countryoforigin', 'origin', 'coo', 'countryofmanufacture', 'madein',
    'ursprungsland', 'herkunftsland', 'paysdorigine', 'paysorigine', 'origine', 'paesedorigine', 'paesediorigine', 'paísdeorigen', 'paisdeorigen', 'origen',
    'landvanherkomst', 'landvanoorsprong', 'krajpochodzenia', 'paísdeorigem', 'paisdeorigem', 'ursprung', '原产国', '产地', '原产地',
  ],
  // A weight column in any unit (units.ts reads the unit from the header, a unit column or the seller).
  unitNetWeightG: [
    'unitnetweightg', 'netweightg', 'weightg', 'grams', 'variantgrams', 'weightvaluegrams', 'weight', 'weightlbs', 'weightlb', 'weightkg', 'weightoz', 'weightgrams',
    'variantweight', 'itemweight', 'productweight', 'netweight', 'netweightkg',
    'gewicht', 'gewichtkg', 'gewichtg', 'nettogewicht', 'poids', 'poidskg', 'poidsg', 'poidsnet', 'peso', 'pesokg', 'pesog', 'pesonetto', 'pesoneto', 'pesolíquido',
    'waga', 'wagakg', 'wagag', 'waganetto', 'vikt', 'viktkg', 'viktg', 'nettovikt',
    '净重g', '净重kg', '净重克', '净重千克', '净重', '重量g', '重量kg', '重量克', '重量千克', '重量公斤', '重量',
  ],
  weightUnit: ['weightunit', 'variantweightunit', 'unitofweight', 'weightuom', 'itemweightunitofmeasure', 'gewichtseinheit', 'unitédepoids', 'unitedepoids', 'unitàdipeso', 'unidaddepeso', 'jednostkawagi', 'viktenhet', '重量单位'],
  unitValue: [
    'unitvalue', 'price', 'regularprice', 'unitprice', 'value', 'variantprice', 'standardprice', 'listprice',
    'preis', 'verkaufspreis', 'stückpreis', 'prix', 'prixunitaire', 'prezzo', 'prezzounitario', 'precio', 'preciounitario', 'prijs', 'cena', 'cenajednostkowa',
    'preço', 'preco', 'pris', 'styckpris', '单价', '价格', '申报价值', '售价',
  ],
  currency: ['currency', 'currencycode', 'pricecurrency', 'waehrung', 'währung', 'devise', 'monnaie', 'valuta', 'moneda', 'divisa', 'munt', 'waluta', 'moeda', '币种', '货币'],
  warrantyMonths: ['warrantymonths', 'warranty', 'garantie', 'garanzia', 'garantía', 'gwarancja', '保修月数', '保修'],
  status: ['status', 'statut', 'stato', 'estado', '状态'],
  compliance: ['compliance'],
  tariffCodes: ['tariffcodes', 'nationaltariffcodes'],
  euResponsiblePerson: ['euresponsibleperson', 'gpsrresponsibleperson', 'responsibleperson'],
  // not 'manufacturer' alone: a platform's Manufacturer column names the vendor (see vendor)
  manufacturer: ['gpsrmanufacturer', 'manufactureraddress', 'manufacturercontact', 'herstelleranschrift', 'adressedufabricant', '制造商地址'],
  vendor: [
    'vendor', 'supplier', 'manufacturer', 'lieferant', 'hersteller', 'fournisseur', 'fabricant', 'fornitore', 'produttore', 'proveedor', 'fabricante',
    'leverancier', 'fabrikant', 'dostawca', 'producent', 'fornecedor', 'leverantör', 'tillverkare', '供应商', '厂家',
  ],
};

export function detectFormat(headers: string[]): CsvFormat {
  const set = new Set(headers);
  const shopify = shopifyColumns(headers);
  if (shopify.handle && set.has('Title') && (shopify.sku || shopify.price)) return 'shopify';
  if (set.has('sku') && set.has('name') && headers.every((h) => (IMPORT_FIELDS as readonly string[]).includes(h))) return 'clearpack';
  // Magento 2's catalog_product export: lower-case system columns.
  if (set.has('sku') && set.has('attribute_set_code') && set.has('product_type')) return 'magento';
  // BigCommerce: the v3 "Bulk edit" export (Item: Product/Variant/Image …) or the legacy one (Item Type: Product/SKU/Rule).
  if (set.has('Item') && set.has('Name') && set.has('Type') && set.has('SKU')) return 'bigcommerce';
  if (set.has('Item Type') && set.has('Product Name') && (set.has('Product Code/SKU') || set.has('Product ID'))) return 'bigcommerce';
  // WooCommerce's product export: "Type", "SKU", "Name", "Regular price", a weight with its unit.
  if (set.has('SKU') && set.has('Name') && set.has('Type') && set.has('Regular price')) return 'woocommerce';
  // Etsy's "Download listings" CSV: upper-case columns.
  if (set.has('TITLE') && set.has('PRICE') && set.has('CURRENCY_CODE') && set.has('QUANTITY')) return 'etsy';
  // An Amazon inventory flat file, once its header row (the attribute names) is found (amazon.ts).
  if (set.has('item_sku') && (set.has('feed_product_type') || set.has('item_name'))) return 'amazon';
  return 'generic';
}

/** Each field's column in a platform whose columns are documented (null: the platform has none). */
function platformMapping(headers: string[], format: CsvFormat): ColumnMapping | null {
  const has = (h: string) => headers.includes(h);
  const pick = (...names: string[]) => names.find(has) ?? null;
  const none: ColumnMapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null]));
  if (format === 'shopify') {
    const c = shopifyColumns(headers);
    // The grams column is in grams whatever the display unit says (that unit is for display only).
    return { ...none, sku: c.sku, name: c.title, description: c.body, unitNetWeightG: c.grams, unitValue: c.price, vendor: c.vendor };
  }
  if (format === 'etsy') return { ...none, sku: pick('SKU'), name: 'TITLE', description: pick('DESCRIPTION'), material: pick('MATERIALS'), unitValue: 'PRICE', currency: 'CURRENCY_CODE' };
  if (format === 'bigcommerce') {
    if (has('Item'))
      return { ...none, sku: 'SKU', name: 'Name', description: pick('Description'), unitNetWeightG: pick('Weight'), unitValue: pick('Price') };
    return {
      ...none, sku: pick('Product Code/SKU'), name: 'Product Name', description: pick('Product Description'), unitNetWeightG: pick('Product Weight'), unitValue: pick('Price'),
    };
  }
  return null;
}

export function detectMapping(headers: string[], format: CsvFormat): ColumnMapping {
  const has = (h: string) => headers.includes(h);
  if (format === 'clearpack') return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, has(f) ? f : null]));
  const platform = platformMapping(headers, format);
  if (platform) return platform;
  const mapping = mapBySynonyms(headers, IMPORT_FIELDS, SYNONYMS);
  // Magento exports country_of_manufacture; its `price` is the base price (no currency column).
  if (format === 'magento' && has('country_of_manufacture')) mapping.originCountry ??= 'country_of_manufacture';
  // A platform's status is read by platforms.ts from its own columns (Published, product_online …), not as ours.
  if (format !== 'generic') mapping.status = null;
  return mapping;
}

/** The detected mapping with the caller's overrides applied (a field set to null is left out). */
export function resolveMapping(headers: string[], format: CsvFormat, overrides: ColumnMapping | undefined): ColumnMapping {
  return { ...detectMapping(headers, format), ...(overrides ?? {}) };
}

/** Format, mapping and weight unit of a product file, from its header. */
export function detectProductHeaders(headers: string[]) {
  const format = detectFormat(headers);
  const mapping = detectMapping(headers, format);
  return { format, mapping, weight: weightUnitOf(format, mapping, undefined) };
}
