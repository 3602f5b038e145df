// Product ↔ supplier links, from either side: on a product, the suppliers it is bought from; on a
// supplier, the products bought from it. Same table, same terms form, the picker finds the other side.
import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/products';
import type { ProductSupplier, Supplier } from '../../../../shared/suppliers';
import { api, toClearpackError } from '../../api';
import { Field } from '../../components/Field';
import { SearchPicker } from '../../components/SearchPicker';
import { fieldErrors } from '../../lib/errors';
import { formatMoney, minorDigits, parseMoney, parseWhole, useFormat } from '../../lib/format';

type Side = { productId: number; supplierId?: undefined } | { supplierId: number; productId?: undefined };
type Picked = { kind: 'supplier'; item: Supplier } | { kind: 'product'; item: Product };

const EMPTY_TERMS = { supplierSku: '', unitCost: '', currency: 'CNY', leadTimeDays: '', moq: '', isDefault: false };

function LinksPanel(side: Side) {
  const { t } = useTranslation();
  const [links, setLinks] = useState<ProductSupplier[] | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [terms, setTerms] = useState(EMPTY_TERMS);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const onProduct = side.productId !== undefined;
  const { productId, supplierId } = side;
  const load = useCallback(() => {
    api.productSuppliers.list(productId !== undefined ? { productId } : { supplierId }).then(setLinks, (e: unknown) => setMessage(toClearpackError(e).message));
  }, [productId, supplierId]);
  useEffect(load, [load]);
  const fmt = useFormat();
  const currencies = fmt.currencies();

  const searchSuppliers = useCallback((q: string) => api.suppliers.list({ query: q, limit: 8 }).then((p) => p.items), []);
  const searchProducts = useCallback((q: string) => api.products.list({ query: q, limit: 8 }).then((p) => p.items), []);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!picked) return;
    const local: Record<string, string> = {};
    const cost = parseMoney(terms.unitCost, terms.currency || null);
    if (cost === null) local.unitCost = t('errors.money_format', { count: minorDigits(terms.currency || null) });
    const lead = parseWhole(terms.leadTimeDays);
    if (lead === null) local.leadTimeDays = t('errors.number_format');
    const moq = parseWhole(terms.moq);
    if (moq === null) local.moq = t('errors.number_format');
    if (Object.keys(local).length) return setErrors(local);
    try {
      await api.productSuppliers.set({
        productId: picked.kind === 'product' ? picked.item.id : productId!,
        supplierId: picked.kind === 'supplier' ? picked.item.id : supplierId!,
        supplierSku: terms.supplierSku,
        unitCost: cost ?? null,
        currency: terms.currency || null,
        leadTimeDays: lead ?? null,
        moq: moq ?? null,
        ...(terms.isDefault ? { isDefault: true } : {}),
      });
      setPicked(null);
      setTerms(EMPTY_TERMS);
      setErrors({});
      setMessage(t('productSuppliers.linked'));
      load();
    } catch (err) {
      const ce = toClearpackError(err);
      const fields = fieldErrors(t, ce);
      setErrors(fields);
      if (!Object.keys(fields).length) setMessage(t('errors.generic', { message: ce.message }));
    }
  }

  const act = (p: Promise<unknown>) => p.then(load, (err: unknown) => setMessage(toClearpackError(err).message));
  const set = (key: keyof typeof EMPTY_TERMS) => (e: { target: { value: string } }) => setTerms((s) => ({ ...s, [key]: e.target.value }));
  const pickedError = errors.supplierId ?? errors.productId;

  return (
    <div className="links-panel" data-testid="links-panel">
      {links && links.length === 0 && <p className="muted">{onProduct ? t('productSuppliers.empty') : t('productSuppliers.emptyProducts')}</p>}
      {links && links.length > 0 && (
        <table className="simple-table">
          <thead>
            <tr>
              <th>{onProduct ? t('productSuppliers.columns.supplier') : t('productSuppliers.columns.product')}</th>
              <th>{t('productSuppliers.columns.supplierSku')}</th>
              <th className="end">{t('productSuppliers.columns.unitCost')}</th>
              <th className="end">{t('productSuppliers.columns.leadTime')}</th>
              <th className="end">{t('productSuppliers.columns.moq')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr key={`${l.productId}-${l.supplierId}`}>
                <td>
                  {onProduct ? l.supplierName : `${l.productSku} — ${l.productName}`}{' '}
                  {l.isDefault && <span className="badge">{t('productSuppliers.default')}</span>}{' '}
                  {onProduct && l.supplierStatus !== 'approved' && <span className={`badge status-${l.supplierStatus}`}>{t(`suppliers.status.${l.supplierStatus}`)}</span>}
                </td>
                <td className="mono">{l.supplierSku ?? ''}</td>
                <td className="end">{formatMoney(l.unitCost, l.currency)}</td>
                <td className="end">{l.leadTimeDays === null ? '' : t('productSuppliers.days', { count: l.leadTimeDays })}</td>
                <td className="end">{l.moq ?? ''}</td>
                <td className="end">
                  {!l.isDefault && (
                    <button type="button" className="link" onClick={() => void act(api.productSuppliers.set({ productId: l.productId, supplierId: l.supplierId, isDefault: true }))}>
                      {t('productSuppliers.makeDefault')}
                    </button>
                  )}{' '}
                  <button type="button" className="link danger" onClick={() => void act(api.productSuppliers.remove({ productId: l.productId, supplierId: l.supplierId }))}>
                    {t('productSuppliers.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {message && <p className="muted" role="status">{message}</p>}
      {picked === null ? (
        onProduct ? (
          <SearchPicker<Supplier> label={t('productSuppliers.pickSupplier')} search={searchSuppliers} itemKey={(s) => s.id}
            describe={(s) => fmt.withCode(`${s.name}${s.localName ? ` · ${s.localName}` : ''}`, s.country)} onPick={(item) => setPicked({ kind: 'supplier', item })} />
        ) : (
          <SearchPicker<Product> label={t('productSuppliers.pickProduct')} search={searchProducts} itemKey={(p) => p.id}
            describe={(p) => `${p.sku} — ${p.name}`} onPick={(item) => setPicked({ kind: 'product', item })} />
        )
      ) : (
        <form className="link-form" onSubmit={save} noValidate>
          <p className={pickedError ? 'field-error' : ''}>
            <strong>{picked.kind === 'supplier' ? picked.item.name : `${picked.item.sku} — ${picked.item.name}`}</strong>
            {pickedError && <span role="alert"> — {pickedError}</span>}
          </p>
          <div className="grid compact">
            <Field label={t('productSuppliers.fields.supplierSku')} name="supplierSku" error={errors.supplierSku}>
              <input value={terms.supplierSku} onChange={set('supplierSku')} />
            </Field>
            <Field label={t('productSuppliers.fields.unitCost')} name="unitCost" error={errors.unitCost}>
              <input value={terms.unitCost} onChange={set('unitCost')} inputMode="decimal" />
            </Field>
            <Field label={t('productSuppliers.fields.currency')} name="currency" error={errors.currency}>
              <select value={terms.currency} onChange={set('currency')}>
                <option value="" />
                {currencies.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('productSuppliers.fields.leadTimeDays')} name="leadTimeDays" error={errors.leadTimeDays}>
              <input value={terms.leadTimeDays} onChange={set('leadTimeDays')} inputMode="numeric" />
            </Field>
            <Field label={t('productSuppliers.fields.moq')} name="moq" error={errors.moq}>
              <input value={terms.moq} onChange={set('moq')} inputMode="numeric" />
            </Field>
          </div>
          <label className="check">
            <input type="checkbox" checked={terms.isDefault} onChange={(e) => setTerms((s) => ({ ...s, isDefault: e.target.checked }))} />{' '}
            {t('productSuppliers.fields.isDefault')}
          </label>
          <div className="form-actions">
            <button type="submit" className="button primary">
              {t('productSuppliers.add')}
            </button>
            <button type="button" className="button" onClick={() => { setPicked(null); setErrors({}); }}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/** For the product detail page: the suppliers this product is bought from. */
export function ProductSuppliersPanel({ productId }: { productId: number }) {
  return <LinksPanel productId={productId} />;
}

/** For the supplier detail page: the products bought from this supplier. */
export function SupplierProductsPanel({ supplierId }: { supplierId: number }) {
  return <LinksPanel supplierId={supplierId} />;
}
