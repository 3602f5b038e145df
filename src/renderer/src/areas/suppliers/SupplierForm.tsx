import { useState } from 'react';
import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { KeysIn } from '../../i18n/keys';
import type { en } from './i18n';
import { Link, useNavigate, useParams } from 'react-router';
import type { ClearpackError } from '../../../../shared/errors';
import type { AssessmentMethod, AssessmentResult, Supplier, SupplierCreateInput, SupplierStatus } from '../../../../shared/suppliers';
import { ASSESSMENT_METHODS, ASSESSMENT_RESULTS, SUPPLIER_LIMITS, SUPPLIER_STATUSES } from '../../../../shared/suppliers';
import { api } from '../../api';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { useRecord } from '../../lib/useRecord';
import { FormBanner } from '../../components/FormBanner';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { NotFound } from '../../components/NotFound';
import { Field } from '../../components/Field';
import { issueText } from '../../lib/errors';
import { CertificatesTable } from '../certificates/ProductCertificatesPanel';
import { SupplierProductsPanel } from './ProductSuppliersPanel';
import { DateField } from '../../components/DateField';
import { BackLink } from '../../components/BackLink';
import { CountryOptions } from '../../components/CountryOptions';
import { FormActions } from '../../components/FormActions';

interface ContactRow {
  name: string;
  phone: string;
  email: string;
  messaging: string;
}
interface FormState {
  name: string;
  localName: string;
  country: string;
  address: string;
  city: string;
  postalCode: string;
  website: string;
  licenceNumber: string;
  taxNumber: string;
  status: SupplierStatus;
  contacts: ContactRow[];
  assessmentDate: string;
  assessmentMethod: AssessmentMethod | '';
  assessmentResult: AssessmentResult | '';
  assessmentNotes: string;
}

const EMPTY: FormState = {
  name: '', localName: '', country: '', address: '', city: '', postalCode: '', website: '', licenceNumber: '', taxNumber: '', status: 'approved', contacts: [],
  assessmentDate: '', assessmentMethod: '', assessmentResult: '', assessmentNotes: '',
};

const toForm = (s: Supplier): FormState => ({
  name: s.name, localName: s.localName ?? '', country: s.country, address: s.address ?? '', website: s.website ?? '',
  city: s.city ?? '', postalCode: s.postalCode ?? '', licenceNumber: s.licenceNumber ?? '', taxNumber: s.taxNumber ?? '', status: s.status,
  contacts: s.contacts.map((c) => ({ name: c.name ?? '', phone: c.phone ?? '', email: c.email ?? '', messaging: c.messaging ?? '' })),
  assessmentDate: s.assessment?.date ?? '', assessmentMethod: s.assessment?.method ?? '', assessmentResult: s.assessment?.result ?? '',
  assessmentNotes: s.assessment?.notes ?? '',
});

/** Where each error path of the contract is shown in this form. */
const FIELD_OF: Record<string, string> = { 'assessment.date': 'assessmentDate', 'assessment.method': 'assessmentMethod', 'assessment.result': 'assessmentResult', 'assessment.notes': 'assessmentNotes' };

/** The core's issue paths, keyed by this form's fields (contacts keep their row: contacts.0.email). */
function supplierFields(t: TFunction, e: ClearpackError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of e.details.issues ?? []) {
    const key = FIELD_OF[issue.path] ?? (issue.path.startsWith('contacts.') ? issue.path : issue.path.split('.')[0]!);
    fields[key] ??= issueText(t, issue);
  }
  return fields;
}

export function SupplierForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const supplierId = id === undefined ? null : Number(id);
  const [form, setForm] = useState<FormState>(EMPTY);
  const { record: supplier, setRecord: setSupplier, missing, error: loadError } = useRecord((id) => api.suppliers.get({ id }), supplierId, (s) => setForm(toForm(s)));
  const { errors, setErrors, banner, setBanner, busy, run } = useFormFeedback('supplierForm.fixErrors', { toFields: supplierFields, loadError });


  const clearError = (key: string) =>
    setErrors((errs) => {
      if (!errs[key]) return errs;
      const { [key]: _gone, ...rest } = errs;
      return rest;
    });
  const set = (key: Exclude<keyof FormState, 'contacts'>) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    clearError(key);
  };
  const setContact = (i: number, key: keyof ContactRow) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, contacts: f.contacts.map((c, j) => (j === i ? { ...c, [key]: e.target.value } : c)) }));
    clearError(`contacts.${i}.${key}`);
  };

  function collect(): SupplierCreateInput {
    const assessed = form.assessmentDate.trim() !== '' || form.assessmentMethod !== '' || form.assessmentResult !== '';
    return {
      name: form.name, localName: form.localName, country: form.country, address: form.address, website: form.website,
      city: form.city, postalCode: form.postalCode, licenceNumber: form.licenceNumber, taxNumber: form.taxNumber, status: form.status, contacts: form.contacts,
      assessment: assessed
        ? { date: form.assessmentDate, method: form.assessmentMethod as AssessmentMethod, result: form.assessmentResult as AssessmentResult, notes: form.assessmentNotes }
        : null,
    };
  }


  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      if (supplierId === null) {
        const created = await api.suppliers.create(collect());
        navigate(`/suppliers/${created.id}`, { replace: true, state: { notice: t('supplierForm.created') } });
      } else {
        const saved = await api.suppliers.update({ id: supplierId, ...collect() });
        setSupplier(saved);
        setForm(toForm(saved));
        setErrors({});
        setBanner({ kind: 'ok', text: (t) => t('supplierForm.updated') });
      }
    });
  }

  async function toggleArchive() {
    if (!supplier) return;
    await run(async () => {
      const next = supplier.archived ? await api.suppliers.restore({ id: supplier.id }) : await api.suppliers.archive({ id: supplier.id });
      setSupplier(next);
      setBanner({ kind: 'ok', text: (t) => (next.archived ? t('supplierForm.archivedDone') : t('supplierForm.restoredDone')) });
    });
  }

  if (missing) return <NotFound text={t('supplierForm.notFound')} back="/suppliers" backLabel={t('suppliers.title')} />;

  const f = (key: KeysIn<typeof en.supplierForm.fields>) => ({ label: t(`supplierForm.fields.${key}`), name: key, error: errors[key] });
  return (
    <section className="screen form-screen" aria-labelledby="supplier-form-title">
      <header className="screen-head">
        <div>
          <BackLink to="/suppliers" label={t('suppliers.title')} />
          <h1 id="supplier-form-title">{supplierId === null ? t('supplierForm.newTitle') : t('supplierForm.editTitle', { name: supplier?.name ?? '' })}</h1>
        </div>
        {supplier && (
          <div className="actions">
            {/* Quality area: the supplier's scorecard and reviews. */}
            <Link className="button" to={`/quality/suppliers/${supplier.id}`}>
              {t('quality.lotForm.scorecard')}
            </Link>
            <button type="button" className="button" onClick={toggleArchive} disabled={busy}>
              {supplier.archived ? t('supplierForm.restore') : t('supplierForm.archive')}
            </button>
          </div>
        )}
      </header>
      <FormBanner banner={banner} />
      {supplier?.archived && <div className="banner muted">{t('supplierForm.archivedNotice')}</div>}
      <form onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t('supplierForm.sections.identity')}</legend>
          <div className="grid">
            <Field {...f('name')} required requiredText={t('common.required')}>
              <input value={form.name} onChange={set('name')} maxLength={SUPPLIER_LIMITS.name} autoFocus={supplierId === null} />
            </Field>
            <Field {...f('localName')} hint={t('supplierForm.hints.localName')}>
              <input value={form.localName} onChange={set('localName')} maxLength={SUPPLIER_LIMITS.localName} />
            </Field>
            <Field {...f('country')} required requiredText={t('common.required')}>
              <select value={form.country} onChange={set('country')}>
                <option value="">{t('productForm.chooseCountry')}</option>
                <CountryOptions />
              </select>
            </Field>
            <Field {...f('status')}>
              <select value={form.status} onChange={set('status')}>
                {SUPPLIER_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`suppliers.status.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field {...f('licenceNumber')} hint={t('supplierForm.hints.licenceNumber')}>
              <input value={form.licenceNumber} onChange={set('licenceNumber')} className="mono" />
            </Field>
            <Field {...f('taxNumber')} hint={t('supplierForm.hints.taxNumber')}>
              <input value={form.taxNumber} onChange={set('taxNumber')} className="mono" />
            </Field>
            <Field {...f('website')}>
              <input value={form.website} onChange={set('website')} type="url" />
            </Field>
            <Field {...f('address')} wide>
              <textarea rows={2} value={form.address} onChange={set('address')} />
            </Field>
            <Field {...f('city')}>
              <input value={form.city} onChange={set('city')} />
            </Field>
            <Field {...f('postalCode')}>
              <input value={form.postalCode} onChange={set('postalCode')} className="mono" />
            </Field>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('supplierForm.sections.contacts')}</legend>
          {form.contacts.length === 0 && <p className="muted">{t('supplierForm.noContacts')}</p>}
          {form.contacts.map((c, i) => (
            <div className="contact-row" key={i} role="group" aria-label={t('supplierForm.contactN', { n: i + 1 })}>
              <Field label={t('supplierForm.fields.contactName')} name={`contacts.${i}.name`} error={errors[`contacts.${i}.name`]}>
                <input value={c.name} onChange={setContact(i, 'name')} />
              </Field>
              <Field label={t('supplierForm.fields.phone')} name={`contacts.${i}.phone`} error={errors[`contacts.${i}.phone`]}>
                <input value={c.phone} onChange={setContact(i, 'phone')} type="tel" />
              </Field>
              <Field label={t('supplierForm.fields.email')} name={`contacts.${i}.email`} error={errors[`contacts.${i}.email`]}>
                <input value={c.email} onChange={setContact(i, 'email')} type="email" />
              </Field>
              <Field label={t('supplierForm.fields.messaging')} name={`contacts.${i}.messaging`} error={errors[`contacts.${i}.messaging`]}>
                <input value={c.messaging} onChange={setContact(i, 'messaging')} />
              </Field>
              <button type="button" className="link danger" aria-label={t('supplierForm.removeContact', { n: i + 1 })}
                onClick={() => setForm((s) => ({ ...s, contacts: s.contacts.filter((_, j) => j !== i) }))}>
                ✕
              </button>
            </div>
          ))}
          <button type="button" className="button" onClick={() => setForm((s) => ({ ...s, contacts: [...s.contacts, { name: '', phone: '', email: '', messaging: '' }] }))}>
            + {t('supplierForm.addContact')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('supplierForm.sections.assessment')}</legend>
          <p className="field-hint">{t('supplierForm.hints.assessment')}</p>
          <div className="grid">
            <Field {...f('assessmentDate')}>
              <DateField value={form.assessmentDate} onChange={set('assessmentDate')} />
            </Field>
            <Field {...f('assessmentMethod')}>
              <select value={form.assessmentMethod} onChange={set('assessmentMethod')}>
                <option value="">{t('supplierForm.choose')}</option>
                {ASSESSMENT_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`supplierForm.method.${m}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field {...f('assessmentResult')}>
              <select value={form.assessmentResult} onChange={set('assessmentResult')}>
                <option value="">{t('supplierForm.choose')}</option>
                {ASSESSMENT_RESULTS.map((r) => (
                  <option key={r} value={r}>
                    {t(`supplierForm.result.${r}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field {...f('assessmentNotes')} wide>
              <textarea rows={2} value={form.assessmentNotes} onChange={set('assessmentNotes')} />
            </Field>
          </div>
        </fieldset>
        <FormActions>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
          <button type="button" className="button" onClick={() => navigate('/suppliers')}>
            {t('common.cancel')}
          </button>
        </FormActions>
      </form>
      {supplier ? (
        <>
          <section className="panel" aria-labelledby="supplier-products">
            <h2 id="supplier-products">{t('supplierForm.sections.products')}</h2>
            <SupplierProductsPanel supplierId={supplier.id} />
          </section>
          <section className="panel" aria-labelledby="supplier-certificates">
            <div className="panel-head">
              <h2 id="supplier-certificates">{t('supplierForm.sections.certificates')}</h2>
              <Link className="button" to={`/certificates/new?supplierId=${supplier.id}`}>
                {t('supplierForm.newCertificate')}
              </Link>
            </div>
            <CertificatesTable filter={{ supplierId: supplier.id }} empty={t('certificates.emptyForSupplier')} />
          </section>
          <section className="panel" aria-labelledby="supplier-files">
            <h2 id="supplier-files">{t('supplierForm.sections.files')}</h2>
            <AttachmentsPanel owner={{ kind: 'supplier', id: supplier.id }} />
          </section>
        </>
      ) : (
        <p className="muted">{t('supplierForm.saveFirst')}</p>
      )}
    </section>
  );
}
