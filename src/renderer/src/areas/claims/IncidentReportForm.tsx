// The product safety incident report, asked for in one form and written as a PDF (nothing saved).
import { useCallback, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeysIn } from '../../i18n/keys';
import type { en } from './i18n';
import type { DocumentWritten } from '../../../../shared/claims';
import type { Product } from '../../../../shared/products';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { SearchPicker } from '../../components/SearchPicker';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { FormBanner } from '../../components/FormBanner';
import { ClaimsTabs } from './ClaimsTabs';
import { OpenFileButton } from '../../components/OpenFileButton';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';

export function IncidentReportForm() {
  const { t } = useTranslation();
  const [product, setProduct] = useState<Product | null>(null);
  const [form, setForm] = useState({ unitsAffected: '', incidentDate: '', awareDate: '', authority: '', description: '', actionsTaken: '' });
  const { errors, setErrors, banner, setBanner, busy, run } = useFormFeedback('incident.fixErrors');
  const [result, setResult] = useState<DocumentWritten | null>(null);
  const searchProducts = useCallback(async (query: string) => (await api.products.list({ query, limit: 8 })).items, []);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setResult(null);
    setBanner(null);
    await run(async () => {
      setResult(
        await api.reports.incident({
          productId: product?.id ?? 0,
          unitsAffected: form.unitsAffected.trim() === '' ? (undefined as unknown as number) : Number(form.unitsAffected),
          incidentDate: form.incidentDate,
          awareDate: form.awareDate || undefined,
          authority: form.authority,
          description: form.description,
          actionsTaken: form.actionsTaken,
        }),
      );
      setErrors({});
    });
  }

  const f = (key: KeysIn<typeof en.incident.fields>) => ({ label: t(`incident.fields.${key}`), name: key, error: errors[key] });
  return (
    <section className="screen form-screen" aria-labelledby="incident-title">
      <ClaimsTabs />
      <header className="screen-head">
        <div>
          <h1 id="incident-title">{t('incident.title')}</h1>
          <p className="muted">{t('incident.intro')}</p>
        </div>
      </header>
      <FormBanner banner={banner} />
      <form onSubmit={onSubmit} noValidate>
        <fieldset>
          <div className="grid">
            <div className={`field ${errors.productId ? 'has-error' : ''}`} data-field="productId">
              <SearchPicker<Product> label={t('incident.fields.product')} search={searchProducts} itemKey={(p) => p.id} describe={(p) => `${p.sku} — ${p.name}`} onPick={setProduct} />
              {product && <p className="chosen">{t('incident.chosen', { name: `${product.sku} — ${product.name}` })}</p>}
              {errors.productId && <p className="field-error" role="alert">{errors.productId}</p>}
            </div>
            <Field {...f('unitsAffected')} required requiredText={t('common.required')}><input inputMode="numeric" value={form.unitsAffected} onChange={set('unitsAffected')} /></Field>
            <Field {...f('incidentDate')} required requiredText={t('common.required')}><DateField value={form.incidentDate} onChange={set('incidentDate')} /></Field>
            <Field {...f('awareDate')}><DateField value={form.awareDate} onChange={set('awareDate')} /></Field>
            <Field {...f('authority')}><input value={form.authority} onChange={set('authority')} /></Field>
            <Field {...f('description')} wide required requiredText={t('common.required')}><textarea rows={4} value={form.description} onChange={set('description')} /></Field>
            <Field {...f('actionsTaken')} wide required requiredText={t('common.required')}><textarea rows={3} value={form.actionsTaken} onChange={set('actionsTaken')} /></Field>
          </div>
        </fieldset>
        <FormActions>
          <button type="submit" className="button primary" disabled={busy}>{t('incident.generate')}</button>
        </FormActions>
        {result && (
          <div className="banner ok" role="status" data-testid="incident-result">
            {t('incident.written', { count: result.pages, pages: result.pages })} <code className="mono">{result.path}</code> <OpenFileButton path={result.path} testId="open-incident" />
          </div>
        )}
      </form>
    </section>
  );
}
