// What becomes a product, per platform: sellable, shippable variants only. Each store export has
// its own shape; this turns its rows, in order, into products (with the SKU, name, description,
// vendor and status the platform implies) or skipped rows with a typed reason:
// - Shopify: rows grouped by handle (Title, Body, Vendor, Status, Gift Card on the first row only);
//   rows without variant data are continuation rows (more images); gift cards and variants that do
//   not require shipping are skipped; a variant without a SKU gets one derived from the handle and
//   its option values (stable: the same file gives the same SKU). Status draft/archived/unlisted →
//   archived.
// - WooCommerce: Type variable/grouped → parent (its variations are the products), external →
//   external, virtual/downloadable → digital; Published 0 (private) or -1 (draft) → archived.
// - Magento 2: product_type configurable/grouped/bundle → parent, virtual/downloadable → digital,
//   giftcard → gift_card; rows of a store view (store_view_code set) only translate the default
//   row → continuation; product_online 2 (disabled) → archived. `visibility` is not used: the
//   children of a configurable product are "Not Visible Individually" and are the products.
// - Etsy listings: one product per listing (the download holds the active listings only); a
//   listing without a SKU gets one derived from its title.
// - BigCommerce: a Product row followed by Variant (v3) or SKU (legacy) rows is a parent; its
//   variants are the products and take the product's cells they leave blank (description, price,
//   weight); Image/Video/Rule rows are continuation rows; Type Digital (legacy D) → digital; not
//   visible (Is Visible / Product Visible? N) → archived.
// - Amazon flat files: parent_child "parent" → parent.
import { createHash } from 'node:crypto';
import type { ColumnMapping, CsvFormat, SkipReason } from '../../../shared/imports';
import type { ProductStatus } from '../../../shared/products';
import { shopifyColumns } from './mapping';

/** A row that becomes a product, and what its platform says about it beyond the mapped cells. */
export interface Candidate {
  row: number;
  cells: string[];
  /** The cells of the product a variant belongs to: a mapped cell the variant leaves blank is read there (BigCommerce). */
  parent: string[] | null;
  /** Set by the platform: these win over the mapped cells. */
  sku?: string;
  skuDerived?: boolean;
  name?: string;
  /** As written (HTML or text). */
  description?: string;
  vendor?: string;
  /** null: the mapped status column says (our own export, generic files). */
  status: ProductStatus | null;
}

export type Outcome = { row: number; skip: SkipReason } | { row: number; product: Candidate };

export interface RowReader {
  /** The outcomes this row settles (a platform that groups rows may settle earlier rows now). */
  push(row: number, cells: string[]): Outcome[];
  /** The outcomes of the rows still pending at the end of the file. */
  end(): Outcome[];
}

export interface Cells {
  col(cells: string[], header: string | null | undefined): string;
  raw(cells: string[], header: string | null | undefined): string;
  has(header: string): boolean;
}

const SKU_MAX = 64;

/**
 * A SKU made from a product's key (Shopify: handle and option values; Etsy: title): lower-case
 * ASCII words joined by "-". When that loses something (other scripts, accents, length) a short
 * hash of the exact key is added, so two variants never share a derived SKU by accident.
 */
export function deriveSku(parts: string[]): string {
  const key = parts.filter(Boolean).join('\u0000');
  const slug = parts
    .filter(Boolean)
    .join('-')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Only ASCII punctuation and case are lost by the slug: it is kept as it is. Letters of other
  // scripts or with accents, or a key too long, would let two keys share a slug: a hash is added.
  const lossless = slug !== '' && slug.length <= SKU_MAX && /^[ -~]*$/.test(parts.join(''));
  if (lossless) return slug;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return `${slug.slice(0, SKU_MAX - 9).replace(/-+$/, '')}-${hash}`.replace(/^-/, '');
}

const one = (outcome: Outcome): Outcome[] => [outcome];
const lower = (s: string) => s.toLowerCase();
const NO = new Set(['n', 'no', 'false', '0']);

export function rowReader(format: CsvFormat, headers: string[], mapping: ColumnMapping, cells: Cells): RowReader {
  const { col, raw } = cells;
  const pick = (...names: string[]) => names.find((n) => cells.has(n)) ?? null;
  const simple = (judge: (row: number, c: string[]) => Outcome): RowReader => ({ push: (row, c) => one(judge(row, c)), end: () => [] });

  if (format === 'shopify') {
    const s = shopifyColumns(headers);
    let group: { handle: string; title: string; body: string; vendor: string; status: ProductStatus; gift: boolean } | null = null;
    return {
      push(row, c) {
        const handle = col(c, s.handle);
        if (!group || handle !== group.handle) group = { handle, title: '', body: '', vendor: '', status: 'active', gift: false };
        const title = col(c, mapping.name);
        if (title) group.title = title;
        const body = raw(c, mapping.description);
        if (body.trim()) group.body = body;
        const vendor = col(c, mapping.vendor);
        if (vendor) group.vendor = vendor;
        const status = lower(col(c, s.status));
        if (status) group.status = status === 'active' ? 'active' : 'archived';
        const gift = lower(col(c, s.giftCard));
        if (gift) group.gift = gift === 'true';
        const options = [s.option1, s.option2, s.option3].map((h) => col(c, h)).filter((v) => v && v !== 'Default Title');
        const sku = col(c, mapping.sku);
        if (!(sku || options.length || col(c, mapping.unitValue) || col(c, mapping.unitNetWeightG))) return one({ row, skip: 'continuation' });
        if (group.gift) return one({ row, skip: 'gift_card' });
        if (lower(col(c, s.requiresShipping)) === 'false') return one({ row, skip: 'no_shipping' });
        const name = [group.title, options.join(' / ')].filter(Boolean).join(' - ');
        return one({
          row,
          product: {
            row, cells: c, parent: null, sku: sku || deriveSku([handle || group.title, ...options]), skuDerived: !sku,
            ...(name ? { name } : {}), description: group.body, vendor: group.vendor, status: group.status,
          },
        });
      },
      end: () => [],
    };
  }

  if (format === 'woocommerce') {
    const type = pick('Type');
    const published = pick('Published');
    return simple((row, c) => {
      const types = lower(col(c, type)).split(',').map((t) => t.trim());
      if (types.includes('variable') || types.includes('grouped')) return { row, skip: 'parent' };
      if (types.includes('external')) return { row, skip: 'external' };
      if (types.includes('virtual') || types.includes('downloadable')) return { row, skip: 'digital' };
      const p = col(c, published);
      return { row, product: { row, cells: c, parent: null, status: p === '' || p === '1' ? 'active' : 'archived' } };
    });
  }

  if (format === 'magento') {
    const type = pick('product_type');
    const storeView = pick('store_view_code');
    const online = pick('product_online');
    return simple((row, c) => {
      if (col(c, storeView)) return { row, skip: 'continuation' };
      const t = lower(col(c, type));
      if (t === 'configurable' || t === 'grouped' || t === 'bundle') return { row, skip: 'parent' };
      if (t === 'virtual' || t === 'downloadable') return { row, skip: 'digital' };
      if (t === 'giftcard') return { row, skip: 'gift_card' };
      const o = col(c, online);
      return { row, product: { row, cells: c, parent: null, status: o === '' || o === '1' ? 'active' : 'archived' } };
    });
  }

  if (format === 'etsy')
    return simple((row, c) => {
      const sku = col(c, mapping.sku);
      return { row, product: { row, cells: c, parent: null, sku: sku || deriveSku(['etsy', col(c, mapping.name)]), skuDerived: !sku, status: 'active' } };
    });

  if (format === 'bigcommerce') {
    const item = pick('Item', 'Item Type');
    const type = pick('Type', 'Product Type');
    const visible = pick('Is Visible', 'Product Visible?');
    const options = pick('Options');
    let pending: { row: number; cells: string[]; variants: { row: number; cells: string[] }[] } | null = null;
    // A variant's option values: v3 "Type=Rectangle|Name=Size|Value=Small;…", legacy Product Name "[S]Size=Small,Colour=Red".
    const optionText = (c: string[]) => {
      const v3 = [...col(c, options).matchAll(/Value=([^|;]*)/g)].map((m) => m[1]!.trim()).filter(Boolean);
      if (v3.length) return v3.join(' / ');
      const legacy = col(c, mapping.name).replace(/^\[[A-Z]+\]/, '');
      return legacy.split(',').map((p) => p.split('=')[1]?.trim() ?? '').filter(Boolean).join(' / ');
    };
    const flush = (): Outcome[] => {
      const p = pending;
      pending = null;
      if (!p) return [];
      const t = lower(col(p.cells, type));
      const digital = t === 'digital' || t === 'd';
      const status: ProductStatus = NO.has(lower(col(p.cells, visible))) ? 'archived' : 'active';
      if (p.variants.length === 0) return one(digital ? { row: p.row, skip: 'digital' } : { row: p.row, product: { row: p.row, cells: p.cells, parent: null, status } });
      const title = col(p.cells, mapping.name);
      return [
        { row: p.row, skip: 'parent' },
        ...p.variants.map(({ row, cells: c }): Outcome => {
          if (digital) return { row, skip: 'digital' };
          const name = [title, optionText(c)].filter(Boolean).join(' - ');
          return { row, product: { row, cells: c, parent: p.cells, sku: col(c, mapping.sku), ...(name ? { name } : {}), status } };
        }),
      ];
    };
    return {
      push(row, c) {
        const kind = lower(col(c, item));
        if (kind === 'product') {
          const out = flush();
          pending = { row, cells: c, variants: [] };
          return out;
        }
        if ((kind === 'variant' || kind === 'sku') && pending) {
          pending.variants.push({ row, cells: c });
          return [];
        }
        return one({ row, skip: 'continuation' });
      },
      end: flush,
    };
  }

  if (format === 'amazon') {
    const parentChild = pick('parent_child');
    return simple((row, c) => (lower(col(c, parentChild)) === 'parent' ? { row, skip: 'parent' } : { row, product: { row, cells: c, parent: null, status: 'active' } }));
  }

  return simple((row, c) => ({ row, product: { row, cells: c, parent: null, status: null } }));
}

/** A status column of our own export or a generic sheet; undefined: not a status we know. */
export function statusOfCell(text: string): ProductStatus | undefined {
  const s = lower(text);
  if (s === '' || s === 'active' || s === 'enabled' || s === 'published') return 'active';
  if (s === 'archived' || s === 'draft' || s === 'inactive' || s === 'disabled' || s === 'unpublished') return 'archived';
  return undefined;
}
