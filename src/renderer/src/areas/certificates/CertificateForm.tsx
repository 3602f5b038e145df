import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeysIn } from '../../i18n/keys';
import type { en } from './i18n';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Certificate, CertificateProduct, CertificateType } from '../../../../shared/certificates';
import { CERTIFICATE_TYPES } from '../../../../shared/certificates';
import type { Product } from '../../../../shared/products';
import type { Supplier } from '../../../../shared/suppliers';
import { api } from '../../api';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { useRecord } from '../../lib/useRecord';
import { useFormat } from '../../lib/format';
import { FormBanner } from '../../components/FormBanner';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { NotFound } from '../../components/NotFound';
import { Field } from '../../components/Field';
import { SearchPicker } from '../../components/SearchPicker';
import { ValidityBadge } from './ValidityBadge';
import { DateField } from '../../components/DateField';
import { BackLink } from '../../components/BackLink';
import { FormActions } from '../../components/FormActions';

interface FormState {
  type: CertificateType | '';
  number: string;
  issuer: string;
  issueDate: string;
  expiryDate: string;
  notes: string;
  supplier: { id: number; name: string } | null;
  products: CertificateProduct[];
}
const EMPTY: FormState = { type: '', number: '', issuer: '', issueDate: '', expiryDate: '', notes: '', supplier: null, products: [] };
const toForm = (c: Certificate): FormState => ({
  type: c.type, number: c.number ?? '', issuer: c.issuer ?? '', issueDate: c.issueDate, expiryDate: c.expiryDate ?? '', notes: c.notes ?? '',
  supplier: c.supplierId !== null ? { id: c.supplierId, name: c.supplierName ?? '' } : null, products: c.products,
});

export function CertificateForm() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { id } = useParams();
  const certId = id === undefined ? null : Number(id);
  const [form, setForm] = useState<FormState>(EMPTY);
  const { record: cert, setRecord: setCert, missing, error: loadError } = useRecord((id) => api.certificates.get({ id }), certId, (c) => setForm(toForm(c)));
  const { errors, setErrors, banner, setBanner, busy, run } = useFormFeedback('certificateForm.fixErrors', { loadError });

  useEffect(() => {
    if (certId !== null) return;
    // A new certificate started from a supplier or a product page comes with it preselected.
    const sid = Number(search.get('supplierId'));
    if (sid) void api.suppliers.get({ id: sid }).then((s) => setForm((f) => ({ ...f, supplier: { id: s.id, name: s.name } })));
    const pid = Number(search.get('productId'));
    if (pid) void api.products.get({ id: pid }).then((p) => setForm((f) => ({ ...f, products: [{ id: p.id, sku: p.sku, name: p.name }] })));
  }, [certId, search]);

  const searchProducts = useCallback((q: string) => api.products.list({ query: q, limit: 8 }).then((p) => p.items), []);
  const searchSuppliers = useCallback((q: string) => api.suppliers.list({ query: q, limit: 8 }).then((p) => p.items), []);

  const set = (key: 'type' | 'number' | 'issuer' | 'issueDate' | 'expiryDate' | 'notes') => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const input = {
      type: form.type as CertificateType, number: form.number, issuer: form.issuer, issueDate: form.issueDate,
      expiryDate: form.expiryDate || null, notes: form.notes, supplierId: form.supplier?.id ?? null, productIds: form.products.map((p) => p.id),
    };
    await run(async () => {
      if (certId === null) {
        const created = await api.certificates.create(input);
        navigate(`/certificates/${created.id}`, { replace: true, state: { notice: t('certificateForm.created') } });
      } else {
        const saved = await api.certificates.update({ id: certId, ...input });
        setCert(saved);
        setForm(toForm(saved));
        setErrors({});
        setBanner({ kind: 'ok', text: (t) => t('certificateForm.updated') });
      }
    });
  }

  if (missing) return <NotFound text={t('certificateForm.notFound')} back="/certificates" backLabel={t('certificates.title')} />;

  const f = (key: KeysIn<typeof en.certificateForm.fields>) => ({ label: t(`certificateForm.fields.${key}`), name: key, error: errors[key] });
  return (
    <section className="screen form-screen" aria-labelledby="certificate-form-title">
      <header className="screen-head">
        <div>
          <BackLink to="/certificates" label={t('certificates.title')} />
          <h1 id="certificate-form-title">
            {cert ? t('certificateForm.editTitle', { type: t(`certificates.type.${cert.type}`), number: cert.number ?? '' }) : t('certificateForm.newTitle')}{' '}
            {cert && <ValidityBadge expiryDate={cert.expiryDate} />}
          </h1>
        </div>
      </header>
      <FormBanner banner={banner} />
      <form onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t('certificateForm.sections.certificate')}</legend>
          <div className="grid">
            <Field {...f('type')} required requiredText={t('common.required')}>
              <select value={form.type} onChange={set('type')} autoFocus={certId === null}>
                <option value="">{t('certificateForm.chooseType')}</option>
                {CERTIFICATE_TYPES.map((ty) => (
                  <option key={ty} value={ty}>
                    {t(`certificates.type.${ty}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field {...f('number')}>
              <input value={form.number} onChange={set('number')} className="mono" />
            </Field>
            <Field {...f('issuer')}>
              <input value={form.issuer} onChange={set('issuer')} />
            </Field>
            <Field {...f('issueDate')} required requiredText={t('common.required')}>
              <DateField value={form.issueDate} onChange={set('issueDate')} />
            </Field>
            <Field {...f('expiryDate')} hint={t('certificateForm.hints.expiryDate')}>
              <DateField value={form.expiryDate} onChange={set('expiryDate')} />
            </Field>
            <Field {...f('notes')} wide>
              <textarea rows={2} value={form.notes} onChange={set('notes')} />
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('certificateForm.sections.covers')}</legend>
          <div className="covers">
            <div className={`field ${errors.supplierId ? 'has-error' : ''}`} data-field="supplierId">
              <SearchPicker<Supplier>
                label={t('certificateForm.fields.supplierId')}
                search={searchSuppliers}
                itemKey={(s) => s.id}
                describe={(s) => fmt.withCode(s.name, s.country)}
                picked={form.supplier?.name}
                onClear={() => setForm((s) => ({ ...s, supplier: null }))}
                onPick={(s) => setForm((x) => ({ ...x, supplier: { id: s.id, name: s.name } }))}
              />
              {errors.supplierId && <p className="field-error" role="alert">{errors.supplierId}</p>}
            </div>
            <div className={`field ${errors.productIds ? 'has-error' : ''}`} data-field="productIds">
              <SearchPicker<Product> label={t('certificateForm.fields.productIds')} search={searchProducts} itemKey={(p) => p.id} describe={(p) => `${p.sku} — ${p.name}`}
                onPick={(p) => setForm((x) => (x.products.some((q) => q.id === p.id) ? x : { ...x, products: [...x.products, { id: p.id, sku: p.sku, name: p.name }] }))} />
              <p className="field-hint">{t('certificateForm.hints.productIds')}</p>
              <ul className="chips" aria-label={t('certificateForm.fields.productIds')}>
                {form.products.map((p) => (
                  <li key={p.id} className="chip">
                    <span className="mono">{p.sku}</span> {p.name}{' '}
                    <button type="button" className="link" aria-label={t('certificateForm.removeProduct', { sku: p.sku })} onClick={() => setForm((x) => ({ ...x, products: x.products.filter((q) => q.id !== p.id) }))}>
                      ✕
                    </button>
                  </li>
                ))}
              </ul>
              {errors.productIds && <p className="field-error" role="alert">{errors.productIds}</p>}
            </div>
          </div>
        </fieldset>
        <FormActions>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
          <button type="button" className="button" onClick={() => navigate('/certificates')}>
            {t('common.cancel')}
          </button>
        </FormActions>
      </form>
      <section className="panel" aria-labelledby="certificate-files">
        <h2 id="certificate-files">{t('certificateForm.sections.files')}</h2>
        {cert ? <AttachmentsPanel owner={{ kind: 'certificate', id: cert.id }} /> : <p className="muted">{t('certificateForm.saveFirst')}</p>}
      </section>
    </section>
  );
}
