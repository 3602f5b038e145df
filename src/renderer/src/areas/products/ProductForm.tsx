import { useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { ClearpackError } from '../../../../shared/errors';
import type { Product, ProductCreateInput } from '../../../../shared/products';
import { LIMITS } from '../../../../shared/products';
import { api, toClearpackError } from '../../api';
import { Field } from '../../components/Field';
import { fieldErrors } from '../../lib/errors';
import { countryOptions, currencyOptions, minorDigits, minorToInput, parseMoney, parseWhole } from '../../lib/format';

type FormState = Record<
  'sku' | 'name' | 'localName' | 'description' | 'material' | 'hsCode' | 'originCountry' | 'unitNetWeightG' | 'unitValue' | 'currency' | 'warrantyMonths',
  string
>;

const EMPTY: FormState = {
  sku: '', name: '', localName: '', description: '', material: '', hsCode: '', originCountry: '',
  unitNetWeightG: '', unitValue: '', currency: '', warrantyMonths: '',
};

function toForm(p: Product): FormState {
  return {
    sku: p.sku, name: p.name, localName: p.localName ?? '', description: p.description ?? '', material: p.material ?? '',
    hsCode: p.hsCode ?? '', originCountry: p.originCountry ?? '', unitNetWeightG: p.unitNetWeightG?.toString() ?? '',
    unitValue: minorToInput(p.unitValue, p.currency), currency: p.currency ?? '', warrantyMonths: p.warrantyMonths?.toString() ?? '',
  };
}

export function ProductForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { id } = useParams();
  const productId = id === undefined ? null : Number(id);
  const [product, setProduct] = useState<Product | null>(null);
  const [form, setForm] = useState<FormState>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(
    (location.state as { notice?: string } | null)?.notice ? { kind: 'ok', text: (location.state as { notice: string }).notice } : null,
  );
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    if (productId === null) return;
    api.products.get({ id: productId }).then(
      (p) => {
        setProduct(p);
        setForm(toForm(p));
      },
      (err: ClearpackError) => (err.code === 'NOT_FOUND' ? setMissing(true) : setBanner({ kind: 'error', text: t('errors.generic', { message: err.message }) })),
    );
  }, [productId, t]);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  const countries = useMemo(() => countryOptions(), [i18n.language]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const currencies = useMemo(() => currencyOptions(), [i18n.language]);

  const set = (key: keyof FormState) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setErrors((errs) => {
      if (!errs[key]) return errs;
      const { [key]: _gone, ...rest } = errs;
      return rest;
    });
  };

  /** Parses the typed numbers; problems are reported at their fields before anything is sent. */
  function collect(): { input: ProductCreateInput; local: Record<string, string> } {
    const local: Record<string, string> = {};
    const currency = form.currency || null;
    const whole = (key: 'unitNetWeightG' | 'warrantyMonths') => {
      const v = parseWhole(form[key]);
      if (v === null) local[key] = t('errors.number_format');
      return v ?? null;
    };
    const money = parseMoney(form.unitValue, currency);
    if (money === null) local.unitValue = t('errors.money_format', { digits: minorDigits(currency ?? 'USD') });
    const text = (v: string) => (v.trim() === '' ? null : v);
    return {
      local,
      input: {
        sku: form.sku, name: form.name, localName: text(form.localName), description: text(form.description),
        material: text(form.material), hsCode: text(form.hsCode), originCountry: form.originCountry || null,
        unitNetWeightG: whole('unitNetWeightG'), unitValue: money ?? null, currency, warrantyMonths: whole('warrantyMonths'),
      },
    };
  }

  const showError = (err: unknown) => {
    const e = toClearpackError(err);
    const fields = fieldErrors(t, e);
    setErrors(fields);
    const n = Object.keys(fields).length;
    setBanner({ kind: 'error', text: n ? t('productForm.fixErrors', { count: n }) : t('errors.generic', { message: e.message }) });
    if (n) requestAnimationFrame(() => document.querySelector<HTMLElement>('.field.has-error input, .field.has-error select, .field.has-error textarea')?.focus());
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const { input, local } = collect();
    if (Object.keys(local).length) {
      setErrors(local);
      setBanner({ kind: 'error', text: t('productForm.fixErrors', { count: Object.keys(local).length }) });
      return;
    }
    setBusy(true);
    try {
      if (productId === null) {
        const created = await api.products.create(input);
        navigate(`/catalog/${created.id}`, { replace: true, state: { notice: t('productForm.created') } });
      } else {
        const saved = await api.products.update({ id: productId, ...input });
        setProduct(saved);
        setForm(toForm(saved));
        setErrors({});
        setBanner({ kind: 'ok', text: t('productForm.updated') });
      }
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  }

  async function toggleArchive() {
    if (!product) return;
    setBusy(true);
    try {
      const next = product.status === 'archived' ? await api.products.restore({ id: product.id }) : await api.products.archive({ id: product.id });
      setProduct(next);
      setBanner({ kind: 'ok', text: next.status === 'archived' ? t('productForm.archivedDone') : t('productForm.restoredDone') });
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  }

  if (missing)
    return (
      <section className="screen">
        <div className="banner error" role="alert">
          {t('productForm.notFound')}
        </div>
        <button type="button" className="button" onClick={() => navigate('/catalog')}>
          {t('common.back')}
        </button>
      </section>
    );

  const f = (key: keyof FormState) => ({ label: t(`productForm.fields.${key}`), name: key, error: errors[key] });
  return (
    <section className="screen form-screen" aria-labelledby="product-form-title">
      <header className="screen-head">
        <div>
          <button type="button" className="link back" onClick={() => navigate(-1)}>
            ← {t('common.back')}
          </button>
          <h1 id="product-form-title">{productId === null ? t('productForm.newTitle') : t('productForm.editTitle', { sku: product?.sku ?? '' })}</h1>
        </div>
        {product && (
          <button type="button" className="button" onClick={toggleArchive} disabled={busy}>
            {product.status === 'archived' ? t('productForm.restore') : t('productForm.archive')}
          </button>
        )}
      </header>
      {banner && (
        <div className={`banner ${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'} data-testid="form-banner">
          {banner.text}
        </div>
      )}
      {product?.status === 'archived' && <div className="banner muted">{t('productForm.archivedNotice')}</div>}
      <form onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t('productForm.sections.identity')}</legend>
          <div className="grid">
            <Field {...f('sku')} required requiredText={t('common.required')} hint={t('productForm.hints.sku')}>
              <input value={form.sku} onChange={set('sku')} maxLength={LIMITS.sku} autoComplete="off" autoFocus={productId === null} />
            </Field>
            <Field {...f('name')} required requiredText={t('common.required')} hint={t('productForm.hints.name')} wide>
              <input value={form.name} onChange={set('name')} maxLength={LIMITS.name} />
            </Field>
            <Field {...f('localName')} hint={t('productForm.hints.localName')}>
              <input value={form.localName} onChange={set('localName')} maxLength={LIMITS.localName} />
            </Field>
            <Field {...f('material')} hint={t('productForm.hints.material')}>
              <input value={form.material} onChange={set('material')} maxLength={LIMITS.material} />
            </Field>
            <Field {...f('description')} wide>
              <textarea rows={4} value={form.description} onChange={set('description')} />
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('productForm.sections.customs')}</legend>
          <div className="grid">
            <Field {...f('hsCode')} hint={t('productForm.hints.hsCode')}>
              <input value={form.hsCode} onChange={set('hsCode')} inputMode="numeric" className="mono" />
            </Field>
            <Field {...f('originCountry')}>
              <select value={form.originCountry} onChange={set('originCountry')}>
                <option value="">{t('productForm.chooseCountry')}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name} ({c.code})
                  </option>
                ))}
              </select>
            </Field>
            <Field {...f('unitNetWeightG')} hint={t('productForm.hints.unitNetWeightG')}>
              <input value={form.unitNetWeightG} onChange={set('unitNetWeightG')} inputMode="numeric" />
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('productForm.sections.commercial')}</legend>
          <div className="grid">
            <Field {...f('unitValue')}>
              <input value={form.unitValue} onChange={set('unitValue')} inputMode="decimal" />
            </Field>
            <Field {...f('currency')}>
              <select value={form.currency} onChange={set('currency')}>
                <option value="">{t('productForm.chooseCurrency')}</option>
                {currencies.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code} — {c.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field {...f('warrantyMonths')}>
              <input value={form.warrantyMonths} onChange={set('warrantyMonths')} inputMode="numeric" />
            </Field>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
          <button type="button" className="button" onClick={() => navigate('/catalog')}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
