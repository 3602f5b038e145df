// Receiving form (new lot) and lot detail: the receipt, its status, release, sorting after a
// rejection, photos and papers, and the inspections done.
import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { KeysIn } from '../../i18n/keys';
import type { en } from './i18n';
import { Link, useNavigate, useParams } from 'react-router';
import type { Inspection, Lot } from '../../../../shared/lots';
import { RELEASE_CERTIFICATE_TYPES } from '../../../../shared/lots';
import type { Certificate } from '../../../../shared/certificates';
import type { Product } from '../../../../shared/products';
import type { Supplier } from '../../../../shared/suppliers';
import { api } from '../../api';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { NotFound } from '../../components/NotFound';
import { Field } from '../../components/Field';
import { SearchPicker } from '../../components/SearchPicker';
import { formatDate, localToday } from '../../lib/dates';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { useRecord } from '../../lib/useRecord';
import { FormBanner } from '../../components/FormBanner';
import { currencyOptions, formatMoney, minorDigits, minorToInput, parseMoney } from '../../lib/format';
import { LotStatusBadge, QualityTabs } from './QualityScreen';
import { DateField } from '../../components/DateField';
import { BackLink } from '../../components/BackLink';
import { FormActions } from '../../components/FormActions';

interface FormState {
  supplier: { id: number; name: string } | null;
  product: { id: number; sku: string; name: string } | null;
  poReference: string;
  quantityOrdered: string;
  quantityReceived: string;
  overReceiptReason: string;
  expectedDate: string;
  receivedDate: string;
  unitCost: string;
  currency: string;
  /** The health certificate or certificate of analysis given for this lot: the seller picks it, never types its id. */
  certificate: { id: number; label: string } | null;
  notes: string;
}
const empty = (): FormState => ({
  supplier: null, product: null, poReference: '', quantityOrdered: '', quantityReceived: '', overReceiptReason: '', expectedDate: '',
  receivedDate: localToday(), unitCost: '', currency: 'USD', certificate: null, notes: '',
});
const toForm = (l: Lot): FormState => ({
  supplier: { id: l.supplierId, name: l.supplierName }, product: { id: l.productId, sku: l.productSku, name: l.productName }, poReference: l.poReference ?? '',
  quantityOrdered: String(l.quantityOrdered), quantityReceived: String(l.quantityReceived), overReceiptReason: l.overReceiptReason ?? '', expectedDate: l.expectedDate ?? '',
  receivedDate: l.receivedDate, unitCost: minorToInput(l.unitCost, l.currency), currency: l.currency ?? 'USD', certificate: l.certificateId ? { id: l.certificateId, label: `#${l.certificateId}` } : null, notes: l.notes ?? '',
});
// A number field left as typed: the core names the field when it is not a whole number.
const num = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s));

/** A certificate as the picker names it: its type in the UI's language (the certificates area's words), its number and issuer. */
function certificateLabel(c: Certificate, t: TFunction): string {
  return [t(`certificates.type.${c.type}`), c.number, c.issuer].filter(Boolean).join(' · ');
}

const covers = (c: Certificate, productId: number | undefined) => productId !== undefined && c.products.some((p) => p.id === productId);

export function LotForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const lotId = id === undefined ? null : Number(id);
  const [form, setForm] = useState<FormState>(empty);
  const { record: lot, setRecord: setLot, missing, error: loadError } = useRecord((id) => api.lots.get({ id }), lotId, (l) => setForm(toForm(l)));
  const { errors, setErrors, banner, setBanner, showError: fail, showFieldErrors, busy, run } = useFormFeedback('quality.lotForm.fixErrors', { loadError });
  const [inspections, setInspections] = useState<Inspection[]>([]);
  const [sorting, setSorting] = useState({ accepted: '', rejected: '' });

  useEffect(() => {
    if (lotId === null) return;
    let live = true;
    void api.inspections.list({ lotId }).then((p) => live && setInspections(p.items));
    return () => {
      live = false;
    };
  }, [lotId]);

  const searchSuppliers = useCallback((q: string) => api.suppliers.list({ query: q, limit: 8 }).then((p) => p.items), []);
  const searchProducts = useCallback((q: string) => api.products.list({ query: q, limit: 8 }).then((p) => p.items), []);
  // Only these two kinds can be given for a lot (the core refuses any other), the lot's product's first.
  const productId = form.product?.id;
  const searchCertificates = useCallback(
    (q: string) =>
      Promise.all(RELEASE_CERTIFICATE_TYPES.map((type) => api.certificates.list({ query: q, type, limit: 8 }).then((p) => p.items))).then((lists) =>
        lists.flat().sort((a, b) => Number(covers(b, productId)) - Number(covers(a, productId))).slice(0, 8),
      ),
    [productId],
  );
  // A saved lot holds only its certificate's id: name it as the picker does once it is read.
  const certificateId = form.certificate?.id;
  useEffect(() => {
    if (certificateId === undefined) return;
    let live = true;
    api.certificates.get({ id: certificateId }).then(
      (c) => live && setForm((x) => (x.certificate?.id === c.id ? { ...x, certificate: { id: c.id, label: certificateLabel(c, t) } } : x)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [certificateId, t]);
  const set = (key: keyof FormState) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const cost = parseMoney(form.unitCost, form.currency);
    // Text that is not an amount is stopped here: sent as "no cost" it would be saved as none.
    if (cost === null) return showFieldErrors({ unitCost: t('errors.money_format', { count: minorDigits(form.currency) }) });
    const input = {
      supplierId: form.supplier?.id as number, productId: form.product?.id as number, poReference: form.poReference,
      quantityOrdered: num(form.quantityOrdered) as number, quantityReceived: num(form.quantityReceived) as number, overReceiptReason: form.overReceiptReason,
      expectedDate: form.expectedDate || null, receivedDate: form.receivedDate, unitCost: cost === undefined ? null : cost,
      currency: cost ? form.currency : null, certificateId: form.certificate?.id ?? null, notes: form.notes,
    };
    await run(async () => {
      if (lotId === null) {
        const created = await api.lots.create(input);
        const warnings = (created.warnings ?? []).map((w) => t(`quality.warnings.${w.key}`, { defaultValue: w.message }));
        navigate(`/quality/lots/${created.id}`, { replace: true, state: { notice: [t('quality.lotForm.created'), ...warnings].join(' ') } });
      } else {
        const saved = await api.lots.update({ id: lotId, ...input });
        setLot(saved);
        setForm(toForm(saved));
        setErrors({});
        setBanner({ kind: 'ok', text: (t) => t('quality.lotForm.updated') });
      }
    });
  }

  async function release() {
    if (!lot) return;
    await run(async () => {
      setLot(await api.lots.release({ id: lot.id }));
      setBanner({ kind: 'ok', text: (t) => t('quality.lotForm.released') });
    });
  }

  async function saveSorting(e: FormEvent) {
    e.preventDefault();
    if (!lot) return;
    try {
      setLot(await api.lots.update({ id: lot.id, quantityAccepted: num(sorting.accepted), quantityRejected: num(sorting.rejected) }));
      setErrors({});
      setBanner({ kind: 'ok', text: (t) => t('quality.lotForm.updated') });
    } catch (err) {
      fail(err);
    }
  }

  if (missing) return <NotFound text={t('quality.lotForm.notFound')} back="/quality" backLabel={t('quality.tabs.lots')} />;
  const f = (key: KeysIn<typeof en.quality.lotForm.fields>) => ({ label: t(`quality.lotForm.fields.${key}`), name: key, error: errors[key] });
  const inspected = (lot?.inspectionCount ?? 0) > 0;
  return (
    <section className="screen form-screen" aria-labelledby="lot-form-title">
      <QualityTabs />
      <header className="screen-head title-first">
        <BackLink to="/quality" label={t('quality.tabs.lots')} />
        <div>
          <h1 id="lot-form-title">
            {lot ? t('quality.lotForm.title', { id: lot.id, sku: lot.productSku }) : t('quality.lotForm.newTitle')} {lot && <LotStatusBadge status={lot.status} />}
          </h1>
        </div>
        {lot && (
          <div className="actions">
            {lot.status !== 'released' && (
              <Link className="button primary" to={`/quality/lots/${lot.id}/inspect`}>
                {t('quality.lotForm.inspect')}
              </Link>
            )}
            {['accepted', 'partially_accepted', 'quarantined'].includes(lot.status) && (
              <button type="button" className="button" onClick={() => void release()}>
                {t('quality.lotForm.release')}
              </button>
            )}
            <Link className="button" to={`/quality/plans/${lot.productId}`}>
              {t('quality.lotForm.plan')}
            </Link>
            <Link className="button" to={`/quality/suppliers/${lot.supplierId}`}>
              {t('quality.lotForm.scorecard')}
            </Link>
          </div>
        )}
      </header>
      <FormBanner banner={banner} />
      {lot?.status === 'quarantined' && <div className="banner warn">{t('quality.lotForm.quarantineNote')}</div>}
      <form onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t('quality.lotForm.sections.receipt')}</legend>
          <div className="grid">
            <div className={`field ${errors.supplierId ? 'has-error' : ''}`} data-field="supplierId">
              <SearchPicker<Supplier>
                label={t('quality.lotForm.fields.supplierId')}
                placeholder={t('quality.lotForm.pickSupplier')}
                search={searchSuppliers}
                describe={(s) => s.name}
                itemKey={(s) => s.id}
                picked={form.supplier?.name}
                locked={inspected}
                required
                onPick={(s) => setForm((x) => ({ ...x, supplier: { id: s.id, name: s.name } }))}
              />
              {errors.supplierId && <p className="field-error">{errors.supplierId}</p>}
            </div>
            <div className={`field ${errors.productId ? 'has-error' : ''}`} data-field="productId">
              <SearchPicker<Product>
                label={t('quality.lotForm.fields.productId')}
                placeholder={t('quality.lotForm.pickProduct')}
                search={searchProducts}
                describe={(p) => `${p.sku} · ${p.name}`}
                itemKey={(p) => p.id}
                picked={form.product && `${form.product.sku} · ${form.product.name}`}
                locked={inspected}
                required
                onPick={(p) => setForm((x) => ({ ...x, product: { id: p.id, sku: p.sku, name: p.name } }))}
              />
              {errors.productId && <p className="field-error">{errors.productId}</p>}
            </div>
            <Field {...f('poReference')}>
              <input value={form.poReference} onChange={set('poReference')} className="mono" />
            </Field>
            <Field {...f('quantityOrdered')} required requiredText={t('common.required')}>
              <input inputMode="numeric" value={form.quantityOrdered} onChange={set('quantityOrdered')} />
            </Field>
            <Field {...f('quantityReceived')} required requiredText={t('common.required')}>
              <input inputMode="numeric" value={form.quantityReceived} onChange={set('quantityReceived')} disabled={inspected} />
            </Field>
            <Field {...f('overReceiptReason')}>
              <input value={form.overReceiptReason} onChange={set('overReceiptReason')} />
            </Field>
            <Field {...f('expectedDate')}>
              <DateField value={form.expectedDate} onChange={set('expectedDate')} />
            </Field>
            <Field {...f('receivedDate')} required requiredText={t('common.required')}>
              <DateField value={form.receivedDate} onChange={set('receivedDate')} />
            </Field>
            <Field {...f('unitCost')}>
              <input inputMode="decimal" value={form.unitCost} onChange={set('unitCost')} />
            </Field>
            <Field {...f('currency')}>
              <select value={form.currency} onChange={set('currency')}>
                {currencyOptions().map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code} · {c.name}
                  </option>
                ))}
              </select>
            </Field>
            <div className={`field ${errors.certificateId ? 'has-error' : ''}`} data-field="certificateId">
              <SearchPicker<Certificate>
                label={t('quality.lotForm.fields.certificateId')}
                placeholder={t('quality.lotForm.pickCertificate')}
                search={searchCertificates}
                describe={(c) => certificateLabel(c, t)}
                itemKey={(c) => c.id}
                picked={form.certificate?.label}
                pickedTestId="lot-certificate"
                onPick={(c) => {
                  setForm((x) => ({ ...x, certificate: { id: c.id, label: certificateLabel(c, t) } }));
                  setErrors(({ certificateId: _gone, ...rest }) => rest);
                }}
                onClear={() => setForm((x) => ({ ...x, certificate: null }))}
              />
              {errors.certificateId && <p className="field-error">{errors.certificateId}</p>}
            </div>
            <Field {...f('notes')} wide>
              <textarea rows={2} value={form.notes} onChange={set('notes')} />
            </Field>
          </div>
        </fieldset>
        <FormActions>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('quality.lotForm.saving') : lot ? t('quality.lotForm.save') : t('quality.lotForm.receive')}
          </button>
          {lot?.unitCost !== null && lot?.unitCost !== undefined && <span className="muted">{formatMoney(lot.unitCost, lot.currency)}</span>}
        </FormActions>
      </form>
      {lot && (lot.status === 'rejected' || lot.status === 'partially_accepted') && (
        <form onSubmit={saveSorting} noValidate>
          <fieldset>
            <legend>{t('quality.lotForm.sections.sorting')}</legend>
            <div className="grid">
              <Field {...f('quantityAccepted')}>
                <input inputMode="numeric" value={sorting.accepted} placeholder={lot.quantityAccepted?.toString() ?? ''} onChange={(e) => setSorting((s) => ({ ...s, accepted: e.target.value }))} />
              </Field>
              <Field {...f('quantityRejected')}>
                <input inputMode="numeric" value={sorting.rejected} placeholder={lot.quantityRejected?.toString() ?? ''} onChange={(e) => setSorting((s) => ({ ...s, rejected: e.target.value }))} />
              </Field>
            </div>
            <button type="submit" className="button">
              {t('quality.lotForm.saveSorting')}
            </button>
          </fieldset>
        </form>
      )}
      {lot && (
        <>
          <h2 className="section-title">{t('quality.lotForm.sections.inspections')}</h2>
          {inspections.length === 0 ? (
            <p className="muted">{t('quality.lotForm.noInspection')}</p>
          ) : (
            <ul className="plain-list" data-testid="inspection-list">
              {inspections.map((i) => (
                <li key={i.id}>
                  {t('quality.lotForm.inspectionLine', {
                    date: formatDate(i.date), inspector: i.inspector, mode: t(`quality.inspect.modeInspection.${i.mode}`), sample: i.sampleSize, verdict: t(`quality.inspect.verdict.${i.verdict}`),
                  })}
                </li>
              ))}
            </ul>
          )}
          <h2 className="section-title">{t('quality.lotForm.sections.files')}</h2>
          <AttachmentsPanel owner={{ kind: 'lot', id: lot.id }} />
        </>
      )}
    </section>
  );
}
