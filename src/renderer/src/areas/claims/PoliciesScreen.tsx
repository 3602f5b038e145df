// Insurance policies: a short list (a seller has a handful) and the form to add or edit one.
import { useCallback, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Policy } from '../../../../shared/claims';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { LoadError } from '../../components/ListParts';
import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { usePagedList } from '../../lib/usePagedList';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { FormBanner } from '../../components/FormBanner';
import { formatMoney, minorDigits, minorToInput, parseMoney, useFormat } from '../../lib/format';
import { ClaimsTabs } from './ClaimsTabs';

interface FormState {
  insurer: string;
  policyNumber: string;
  insurerAddress: string;
  insurerEmail: string;
  coverageNotes: string;
  deductible: string;
  deductibleCurrency: string;
  claimWindowDays: string;
}
const EMPTY: FormState = { insurer: '', policyNumber: '', insurerAddress: '', insurerEmail: '', coverageNotes: '', deductible: '', deductibleCurrency: 'USD', claimWindowDays: '30' };
const toForm = (p: Policy): FormState => ({
  insurer: p.insurer, policyNumber: p.policyNumber, insurerAddress: p.insurerAddress ?? '', insurerEmail: p.insurerEmail ?? '', coverageNotes: p.coverageNotes ?? '',
  deductible: minorToInput(p.deductible, p.deductibleCurrency), deductibleCurrency: p.deductibleCurrency, claimWindowDays: String(p.claimWindowDays),
});

export function PoliciesScreen() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Policy | 'new' | null>(null);
  const [form, setForm] = useState<FormState>(EMPTY);
  const { errors, setErrors, banner, setBanner, showFieldErrors, busy, run } = useFormFeedback('policies.fixErrors');
  // The list as every other list shows it (a card, small-capital headers, a row that opens on click)
  const fetchPage = useCallback((offset: number, limit: number) => api.policies.list({ offset, limit }), []);
  const list = usePagedList(fetchPage, 'policies');
  const fmt = useFormat();
  const currencies = fmt.currencies();

  const open = (p: Policy | 'new') => {
    setEditing(p);
    setForm(p === 'new' ? EMPTY : toForm(p));
    setErrors({});
    setBanner(null);
  };
  const set = (key: keyof FormState) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const deductible = parseMoney(form.deductible, form.deductibleCurrency);
    if (deductible === null) return showFieldErrors({ deductible: t('errors.money_format', { count: minorDigits(form.deductibleCurrency) }) });
    const input = {
      insurer: form.insurer, policyNumber: form.policyNumber, insurerAddress: form.insurerAddress, insurerEmail: form.insurerEmail, coverageNotes: form.coverageNotes,
      deductible: deductible ?? 0, deductibleCurrency: form.deductibleCurrency,
      claimWindowDays: form.claimWindowDays.trim() === '' ? (undefined as unknown as number) : Number(form.claimWindowDays),
    };
    await run(async () => {
      const saved = editing === 'new' || editing === null ? await api.policies.create(input) : await api.policies.update({ id: editing.id, ...input });
      setEditing(saved);
      setForm(toForm(saved));
      setErrors({});
      setBanner({ kind: 'ok', text: (t) => t('policies.created') });
      list.reload();
    });
  }

  const columns = useMemo<Column<Policy>[]>(
    () => [
      { id: 'insurer', header: t('policies.columns.insurer'), width: 'minmax(160px, 2fr)', cell: (p) => p.insurer },
      { id: 'number', header: t('policies.columns.number'), width: 'minmax(140px, 1fr)', identifier: true, cell: (p) => <span className="mono">{p.policyNumber}</span> },
      { id: 'deductible', header: t('policies.columns.deductible'), width: '120px', align: 'end', cell: (p) => formatMoney(p.deductible, p.deductibleCurrency) },
      { id: 'window', header: t('policies.columns.window'), width: '120px', align: 'end', cell: (p) => t('policies.days', { count: p.claimWindowDays }) },
      { id: 'claims', header: t('policies.columns.claims'), width: '80px', align: 'end', cell: (p) => p.claimCount },
    ],
    [t],
  );
  const f = (key: keyof FormState) => ({ label: t(`policies.fields.${key}`), name: key, error: errors[key] });
  return (
    <section className="screen" aria-labelledby="policies-title">
      <ClaimsTabs />
      <header className="screen-head">
        <h1 id="policies-title">{t('policies.title')}</h1>
        <button type="button" className="button primary" onClick={() => open('new')}>{t('policies.new')}</button>
      </header>
      <LoadError error={list.error} message={(e) => t('errors.generic', { message: e.message })} onRetry={list.reload} />
      <VirtualTable listId="policies" label={t('policies.title')} columns={columns} list={list} onOpen={(p: Policy) => open(p)} rowKey={(p) => p.id} empty={t('policies.empty')} />
      {editing && (
        <form onSubmit={onSubmit} noValidate aria-labelledby="policy-form-title">
          <fieldset>
            <legend id="policy-form-title">{editing === 'new' ? t('policies.formTitleNew') : t('policies.formTitleEdit', { number: editing.policyNumber })}</legend>
            <FormBanner banner={banner} />
            <div className="grid">
              <Field {...f('insurer')} required requiredText={t('common.required')}><input value={form.insurer} onChange={set('insurer')} /></Field>
              <Field {...f('policyNumber')} required requiredText={t('common.required')}><input value={form.policyNumber} onChange={set('policyNumber')} /></Field>
              <Field {...f('deductible')}><input inputMode="decimal" value={form.deductible} onChange={set('deductible')} /></Field>
              <Field {...f('deductibleCurrency')} required requiredText={t('common.required')}>
                <select value={form.deductibleCurrency} onChange={set('deductibleCurrency')}>
                  {currencies.map((c) => <option key={c.code} value={c.code}>{`${c.code} — ${c.name}`}</option>)}
                </select>
              </Field>
              <Field {...f('claimWindowDays')} required requiredText={t('common.required')}><input inputMode="numeric" value={form.claimWindowDays} onChange={set('claimWindowDays')} /></Field>
              <Field {...f('insurerEmail')}><input value={form.insurerEmail} onChange={set('insurerEmail')} /></Field>
              <Field {...f('insurerAddress')} wide><textarea rows={3} value={form.insurerAddress} onChange={set('insurerAddress')} /></Field>
              <Field {...f('coverageNotes')} wide><textarea rows={3} value={form.coverageNotes} onChange={set('coverageNotes')} /></Field>
            </div>
            <div className="form-actions">
              <button type="submit" className="button primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
            </div>
          </fieldset>
        </form>
      )}
    </section>
  );
}
