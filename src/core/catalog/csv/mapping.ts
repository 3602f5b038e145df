// Which column fills which product field: our own export maps by name, Shopify's product export
// is recognised by its headers, any other file is matched by common header names (English and Chinese).
import { IMPORT_FIELDS } from '../../../shared/imports';
import type { ColumnMapping, CsvFormat, ImportField } from '../../../shared/imports';
import { mapBySynonyms } from '../../tables/common';
import { previewCsv } from '../../tables/read';
import type { Detect } from '../../tables/read';
import { weightUnitOf } from './units';

export const SHOPIFY = {
  handle: 'Handle',
  title: 'Title',
  body: 'Body (HTML)',
  vendor: 'Vendor',
  sku: 'Variant SKU',
  grams: 'Variant Grams',
  price: 'Variant Price',
  options: ['Option1 Value', 'Option2 Value', 'Option3 Value'],
} as const;

/** Header (lower case, letters and digits only) -> field, for files that are neither ours nor Shopify's. */
const SYNONYMS: Record<ImportField, string[]> = {
  sku: ['sku', 'itemsku', 'productsku', 'variantsku', 'articlenumber', 'itemcode', 'productcode', '货号', 'sku编码', '商品编码'],
  name: ['name', 'title', 'productname', 'itemname', 'englishname', '品名', '名称', '英文品名', '商品名称'],
  localName: ['localname', 'chinesename', 'namecn', 'namezh', '中文名', '中文品名', '中文名称'],
  description: ['description', 'body', 'bodyhtml', 'details', '描述', '商品描述'],
  material: ['material', 'materials', 'composition', '材质', '材料'],
  hsCode: ['hscode', 'hs', 'hstariffcode', 'tariffcode', 'customscode', '海关编码', 'hs编码'],
  originCountry: ['origincountry', 'countryoforigin', 'origin', 'coo', '原产国', '产地'],
  // A weight column in any unit (units.ts reads the unit from the header, a unit column or the seller).
  unitNetWeightG: [
    'unitnetweightg', 'netweightg', 'weightg', 'grams', 'variantgrams', 'weight', 'weightlbs', 'weightlb', 'weightkg', 'weightoz', 'weightgrams',
    'variantweight', 'itemweight', 'netweight', 'netweightkg', 'gewicht', 'gewichtkg', 'gewichtg', 'poids', 'poidskg', 'poidsg', 'peso', 'pesokg', 'pesog', '净重g', '净重kg', '净重', '重量g', '重量kg', '重量',
  ],
  weightUnit: ['weightunit', 'variantweightunit', 'unitofweight', 'weightuom', 'itemweightunitofmeasure', 'gewichtseinheit', 'unitedepoids', '重量单位'],
  unitValue: ['unitvalue', 'price', 'regularprice', 'unitprice', 'value', 'variantprice', 'preis', 'prix', 'prezzo', 'precio', '单价', '价格', '申报价值'],
  currency: ['currency', 'currencycode', 'pricecurrency', 'waehrung', 'währung', 'devise', 'valuta', 'moneda', 'divisa', '币种', '货币'],
  warrantyMonths: ['warrantymonths', 'warranty', '保修月数', '保修'],
  status: ['status', '状态'],
  compliance: ['compliance'],
  vendor: ['vendor', 'supplier', 'manufacturer', '供应商', '厂家'],
};

export function detectFormat(headers: string[]): CsvFormat {
  const set = new Set(headers);
  if (set.has(SHOPIFY.handle) && set.has(SHOPIFY.title) && (set.has(SHOPIFY.sku) || set.has(SHOPIFY.price))) return 'shopify';
  if (set.has('sku') && set.has('name') && headers.every((h) => (IMPORT_FIELDS as readonly string[]).includes(h))) return 'clearpack';
  // Magento 2's catalog_product export: lower-case system columns.
  if (set.has('sku') && set.has('attribute_set_code') && set.has('product_type')) return 'magento';
  // WooCommerce's product export: "Type", "SKU", "Name", "Regular price", a weight with its unit.
  if (set.has('SKU') && set.has('Name') && set.has('Type') && set.has('Regular price')) return 'woocommerce';
  return 'generic';
}

export function detectMapping(headers: string[], format: CsvFormat): ColumnMapping {
  const has = (h: string) => headers.includes(h);
  if (format === 'clearpack') return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, has(f) ? f : null]));
  if (format === 'shopify') {
    const pick = (h: string) => (has(h) ? h : null);
    return {
      sku: pick(SHOPIFY.sku), name: pick(SHOPIFY.title), localName: null, description: pick(SHOPIFY.body), material: null,
      // Variant Grams is in grams whatever Variant Weight Unit says (that unit is for display only).
      hsCode: null, originCountry: null, unitNetWeightG: pick(SHOPIFY.grams), weightUnit: null, unitValue: pick(SHOPIFY.price),
      currency: null, warrantyMonths: null, status: null, compliance: null, vendor: pick(SHOPIFY.vendor),
    };
  }
  const mapping = mapBySynonyms(headers, IMPORT_FIELDS, SYNONYMS);
  // Magento exports country_of_manufacture; its `price` is the base price (no currency column).
  if (format === 'magento' && has('country_of_manufacture')) mapping.originCountry ??= 'country_of_manufacture';
  return mapping;
}

/** The detected mapping with the caller's overrides applied (a field set to null is left out). */
export function resolveMapping(headers: string[], format: CsvFormat, overrides: ColumnMapping | undefined): ColumnMapping {
  return { ...detectMapping(headers, format), ...(overrides ?? {}) };
}

/** How a product file is recognised (the reader's `detect`): its format, then the mapping for it. */
export const detectProducts: Detect<ImportField> = (headers) => {
  const format = detectFormat(headers);
  const mapping = detectMapping(headers, format);
  return { format, mapping, weight: weightUnitOf(format, mapping, undefined) };
};

/** products.previewCsv: what the wizard shows before an import. */
export const previewProductsCsv = (input: Parameters<typeof previewCsv>[0]) => previewCsv(input, detectProducts);
