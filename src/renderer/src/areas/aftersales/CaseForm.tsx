// One after-sales case: customer, what happened, warranty, deadlines as countdowns, the workflow
// buttons (only the allowed next steps) with the history, resolution and costs, attribution to a
// supplier, and files.
import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CASE_REASONS, CASE_TRANSITIONS, CASE_TYPES } from '../../../../shared/aftersales';
import type { AfterSalesCase, CaseCreateInput } from '../../../../shared/aftersales';
import { api } from '../../api';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { Field } from '../../components/Field';
import { SearchPicker } from '../../components/SearchPicker';
import { formatDate } from '../../lib/dates';
import { fieldErrors } from '../../lib/errors';
import { formatDateTime, minorDigits, minorToInput, parseMoney, useFormat } from '../../lib/format';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { useRecord } from '../../lib/useRecord';
import { FormBanner } from '../../components/FormBanner';
import { Countdown, useNow } from './Countdown';
import { NotFound } from '../../components/NotFound';
import { DateField } from '../../components/DateField';
import { BackLink } from '../../components/BackLink';
import { FormActions } from '../../components/FormActions';

interface Form {
  customerName: string;
  customerContact: string;
  customerCountry: string;
  orderRef: string;
  shipment: { id: number; label: string } | null;
  product: { id: number; label: string } | null;
  supplier: { id: number; label: string } | null;
  lotRef: string;
  type: string;
  reason: string;
  description: string;
  saleDate: string;
  resolution: string;
  refundAmount: string;
  replacementCost: string;
  repairCost: string;
  costCurrency: string;
}

const EMPTY: Form = {
  customerName: '', customerContact: '', customerCountry: '', orderRef: '', shipment: null, product: null, supplier: null, lotRef: '', type: 'return',
  reason: 'quality_defect', description: '', saleDate: '', resolution: '', refundAmount: '', replacementCost: '', repairCost: '', costCurrency: 'USD',
};

const toForm = (c: AfterSalesCase): Form => ({
  customerName: c.customerName, customerContact: c.customerContact ?? '', customerCountry: c.customerCountry, orderRef: c.orderRef ?? '',
  shipment: c.shipmentId ? { id: c.shipmentId, label: c.shipmentReference ?? String(c.shipmentId) } : null,
  product: { id: c.productId, label: `${c.productSku} · ${c.productName}` },
  supplier: c.supplierId ? { id: c.supplierId, label: c.supplierName ?? String(c.supplierId) } : null,
  lotRef: c.lotRef ?? '', type: c.type, reason: c.reason, description: c.description ?? '', saleDate: c.saleDate ?? '', resolution: c.resolution ?? '',
  refundAmount: minorToInput(c.refundAmount || null, c.costCurrency), replacementCost: minorToInput(c.replacementCost || null, c.costCurrency),
  repairCost: minorToInput(c.repairCost || null, c.costCurrency), costCurrency: c.costCurrency,
});

export function CaseForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const caseId = id === undefined ? null : Number(id);
  const now = useNow();
  const [form, setForm] = useState<Form>(EMPTY);
  const [note, setNote] = useState('');
  const { record, setRecord, missing, error: loadError } = useRecord((id) => api.cases.get({ id }), caseId, (c) => setForm(toForm(c)));
  const { errors, setErrors, banner, setBanner, showFieldErrors, busy, run } = useFormFeedback('case.fixErrors', {
    loadError,
    // The core names a missing product "productId" only when it is sent; a case with none says so too.
    toFields: (tr, e) => ({ ...(form.product ? {} : { productId: tr('errors.required') }), ...fieldErrors(tr, e) }),
  });
  const fmt = useFormat();
  const countries = fmt.countries();
  const currencies = fmt.currencies();

  useEffect(() => {
    if (caseId !== null) return;
    api.settings.get({}).then((p) => setForm((f) => ({ ...f, costCurrency: p.defaultCurrency })), () => undefined);
  }, [caseId]);

  const searchProducts = useCallback((q: string) => api.products.list({ query: q, limit: 8 }).then((p) => p.items), []);
  const searchSuppliers = useCallback((q: string) => api.suppliers.list({ query: q, limit: 8 }).then((p) => p.items), []);
  const searchShipments = useCallback((q: string) => api.shipments.list({ query: q, limit: 8 }).then((p) => p.items), []);

  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  function build(): CaseCreateInput | null {
    const money: Record<string, number> = {};
    const bad: Record<string, string> = {};
    for (const k of ['refundAmount', 'replacementCost', 'repairCost'] as const) {
      const v = parseMoney(form[k], form.costCurrency);
      // parseMoney: undefined for empty text (no cost), null for text that is not an amount.
      if (v === null) bad[k] = t('errors.money_format', { count: minorDigits(form.costCurrency) });
      else money[k] = v ?? 0;
    }
    if (Object.keys(bad).length) {
      showFieldErrors(bad);
      return null;
    }
    return {
      customerName: form.customerName, customerContact: form.customerContact, customerCountry: form.customerCountry, orderRef: form.orderRef,
      shipmentId: form.shipment?.id ?? null, productId: form.product?.id ?? 0, supplierId: form.supplier?.id ?? null, lotRef: form.lotRef,
      type: form.type as never, reason: form.reason as never, description: form.description, saleDate: form.saleDate || null, resolution: form.resolution,
      costCurrency: form.costCurrency, ...money,
    };
  }

  async function save(e?: FormEvent, status?: AfterSalesCase['status']) {
    e?.preventDefault();
    const input = build();
    if (!input) return;
    await run(async () => {
      if (record) {
        const c = await api.cases.update({ id: record.id, ...input, ...(status ? { status, note } : {}) });
        setRecord(c);
        setForm(toForm(c));
        setNote('');
        setBanner({ kind: 'ok', text: (t) => t('case.saved') });
      } else {
        const c = await api.cases.create(input);
        navigate(`/after-sales/${c.id}`, { replace: true });
      }
      setErrors({});
    });
  }

  if (missing) return <NotFound text={t('case.notFound')} back="/after-sales" backLabel={t('afterSales.tabs.cases')} />;

  const w = record?.warranty;
  return (
    <section className="screen case-form" aria-labelledby="case-title">
      <BackLink to="/after-sales" label={t('afterSales.tabs.cases')} />
      <h1 id="case-title">
        {record ? t('case.title', { id: record.id, customer: record.customerName }) : t('case.newTitle')}{' '}
        {record && <span className={`badge case-${record.status}`}>{t(`afterSales.status.${record.status}`)}</span>}
      </h1>
      <FormBanner banner={banner} />
      {record?.flags.map((f) => (
        <p key={f} className="banner warn" data-testid={`flag-${f}`}>
          {t(`afterSales.flags.${f}`)}
        </p>
      ))}
      <div className="case-layout">
        <form className="case-main" onSubmit={(e) => void save(e)} noValidate>
          <fieldset>
            <legend>{t('case.sections.customer')}</legend>
            <div className="grid">
              <Field label={t('case.fields.customerName')} name="customerName" error={errors.customerName} required>
                <input value={form.customerName} onChange={set('customerName')} />
              </Field>
              <Field label={t('case.fields.customerCountry')} name="customerCountry" error={errors.customerCountry} required>
                <select value={form.customerCountry} onChange={set('customerCountry')}>
                  <option value="" />
                  {countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
                </select>
              </Field>
              <Field label={t('case.fields.customerContact')} name="customerContact" error={errors.customerContact}>
                <input value={form.customerContact} onChange={set('customerContact')} />
              </Field>
              <Field label={t('case.fields.orderRef')} name="orderRef" error={errors.orderRef}>
                <input value={form.orderRef} onChange={set('orderRef')} />
              </Field>
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('case.sections.what')}</legend>
            <div className="grid">
              <div className={`field ${errors.productId ? 'has-error' : ''}`} data-field="productId">
                <SearchPicker
                  label={`${t('case.fields.product')} *`}
                  placeholder={t('case.pickProduct')}
                  search={searchProducts}
                  describe={(p) => `${p.sku} · ${p.name}`}
                  itemKey={(p) => p.id}
                  onPick={(p) => setForm((f) => ({ ...f, product: { id: p.id, label: `${p.sku} · ${p.name}` } }))}
                  picked={form.product?.label}
                  pickedTestId="picked-product"
                />
                {errors.productId && <p className="field-error" role="alert">{errors.productId}</p>}
              </div>
              <div className="field" data-field="shipmentId">
                <SearchPicker
                  label={t('case.fields.shipmentId')}
                  search={searchShipments}
                  describe={(s) => `${s.reference} · ${s.consigneeName}`}
                  itemKey={(s) => s.id}
                  onPick={(s) => setForm((f) => ({ ...f, shipment: { id: s.id, label: s.reference } }))}
                />
                {form.shipment && (
                  <p className="picked">
                    <Link to={`/shipments/${form.shipment.id}`}>{form.shipment.label}</Link>{' '}
                    <button type="button" className="link" onClick={() => setForm((f) => ({ ...f, shipment: null }))}>{t('case.clear')}</button>
                  </p>
                )}
              </div>
              <Field label={t('case.fields.type')} name="type" error={errors.type}>
                <select value={form.type} onChange={set('type')}>
                  {CASE_TYPES.map((x) => <option key={x} value={x}>{t(`afterSales.type.${x}`)}</option>)}
                </select>
              </Field>
              <Field label={t('case.fields.reason')} name="reason" error={errors.reason}>
                <select value={form.reason} onChange={set('reason')}>
                  {CASE_REASONS.map((x) => <option key={x} value={x}>{t(`afterSales.reason.${x}`)}</option>)}
                </select>
              </Field>
              <Field label={t('case.fields.saleDate')} name="saleDate" error={errors.saleDate} hint={t('case.saleDateHint')}>
                <DateField value={form.saleDate} onChange={set('saleDate')} />
              </Field>
              <Field label={t('case.fields.lotRef')} name="lotRef" error={errors.lotRef}>
                <input value={form.lotRef} onChange={set('lotRef')} />
              </Field>
              <Field label={t('case.fields.description')} name="description" error={errors.description} wide>
                <textarea rows={3} value={form.description} onChange={set('description')} />
              </Field>
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('case.sections.attribution')}</legend>
            <div className="field" data-field="supplierId">
              <SearchPicker
                label={t('case.fields.supplier')}
                placeholder={t('case.pickSupplier')}
                search={searchSuppliers}
                describe={(s) => s.name}
                itemKey={(s) => s.id}
                onPick={(s) => setForm((f) => ({ ...f, supplier: { id: s.id, label: s.name } }))}
              />
              <p className="picked">
                {form.supplier ? form.supplier.label : t('case.noSupplier')}{' '}
                {form.supplier && <button type="button" className="link" onClick={() => setForm((f) => ({ ...f, supplier: null }))}>{t('case.clear')}</button>}
              </p>
              {errors.supplierId && <p className="field-error" role="alert">{errors.supplierId}</p>}
              <p className="field-hint">{t('case.qualityHint')}</p>
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('case.sections.resolution')}</legend>
            <div className="grid">
              <Field label={t('case.fields.resolution')} name="resolution" error={errors.resolution} wide>
                <textarea rows={2} value={form.resolution} onChange={set('resolution')} />
              </Field>
              <Field label={t('case.fields.refundAmount')} name="refundAmount" error={errors.refundAmount}>
                <input inputMode="decimal" value={form.refundAmount} onChange={set('refundAmount')} />
              </Field>
              <Field label={t('case.fields.replacementCost')} name="replacementCost" error={errors.replacementCost}>
                <input inputMode="decimal" value={form.replacementCost} onChange={set('replacementCost')} />
              </Field>
              <Field label={t('case.fields.repairCost')} name="repairCost" error={errors.repairCost}>
                <input inputMode="decimal" value={form.repairCost} onChange={set('repairCost')} />
              </Field>
              <Field label={t('case.fields.costCurrency')} name="costCurrency" error={errors.costCurrency}>
                <select value={form.costCurrency} onChange={set('costCurrency')}>
                  {currencies.map((c) => <option key={c.code} value={c.code}>{c.code}</option>)}
                </select>
              </Field>
            </div>
          </fieldset>
          <FormActions>
            <button type="submit" className="button primary">
              {record ? t('case.save') : t('case.create')}
            </button>
          </FormActions>
        </form>
        {record && (
          <aside className="case-side">
            <section className="side-card" aria-labelledby="deadlines-title">
              <h2 id="deadlines-title">{t('case.sections.deadlines')}</h2>
              <dl className="case-deadlines">
                <dt>{t('case.firstResponse')}</dt>
                <dd>
                  {record.firstResponseAt ? t('case.respondedAt', { at: formatDateTime(record.firstResponseAt) }) : <Countdown due={record.firstResponseDue} kind="first_response" now={now} />}
                </dd>
                <dt>{t('case.resolutionDue')}</dt>
                <dd>
                  {record.resolvedAt ? t('case.resolvedAt', { at: formatDateTime(record.resolvedAt) }) : <Countdown due={record.resolutionDue} kind="resolution" now={now} />}
                </dd>
              </dl>
            </section>
            <section className="side-card" aria-labelledby="warranty-title">
              <h2 id="warranty-title">{t('case.sections.warranty')}</h2>
              <p data-testid="warranty" className={`warranty-${w!.status}`}>
                {t(`case.warranty.${w!.status}`, { date: formatDate(w!.endsOn), count: w!.months ?? 0 })}
              </p>
            </section>
            <section className="side-card" aria-labelledby="workflow-title">
              <h2 id="workflow-title">{t('case.sections.workflow')}</h2>
              <input aria-label={t('case.note')} placeholder={t('case.note')} value={note} onChange={(e) => setNote(e.target.value)} />
              <div className="status-actions">
                {CASE_TRANSITIONS[record.status].map((s) => (
                  <button key={s} type="button" className={`button ${s === 'resolved' ? 'primary' : ''}`} onClick={() => void save(undefined, s)} disabled={busy}>
                    {s === 'in_progress' && record.status === 'resolved' ? t('case.actions.open') : t(`case.actions.${s}`)}
                  </button>
                ))}
              </div>
              <h3>{t('case.sections.history')}</h3>
              <ol className="timeline" data-testid="case-history">
                {record.history.map((e) => (
                  <li key={e.id}>
                    <span className="muted small">{formatDateTime(e.at)}</span> {e.fromStatus ? `${t(`afterSales.status.${e.fromStatus}`)} → ` : ''}
                    {t(`afterSales.status.${e.toStatus}`)}
                    {e.note && <span className="muted"> — {e.note}</span>}
                  </li>
                ))}
              </ol>
            </section>
            <section className="side-card" aria-labelledby="files-title">
              <h2 id="files-title">{t('case.sections.files')}</h2>
              <AttachmentsPanel owner={{ kind: 'case', id: record.id }} />
            </section>
          </aside>
        )}
      </div>
    </section>
  );
}
