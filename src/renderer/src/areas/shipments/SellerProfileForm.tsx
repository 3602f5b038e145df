// The seller profile in Settings: exporter, tax identities, document defaults and exchange rates.
// Lists (VAT numbers, other tax IDs, rates) are small tables with an error at each cell (ProfileTables).
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { machineTimeZone } from '../../../../shared/dates';
import { INCOTERMS, PAPER_SIZES } from '../../../../shared/settings';
import type { SellerProfile, SettingsUpdateInput } from '../../../../shared/settings';
import type { PostalOperator } from '../../../../shared/shipments';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { refreshSellerTimeZone } from '../../lib/dates';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { FormBanner } from '../../components/FormBanner';
import { useFormat } from '../../lib/format';
import { fieldErrors, withoutError } from '../../lib/errors';
import { ProfileTables, checkRows, listsOf } from './ProfileTables';
import type { Lists } from './ProfileTables';
import { CountryOptions } from '../../components/CountryOptions';
import { FormActions } from '../../components/FormActions';

const TEXT = ['exporterName', 'city', 'state', 'postcode', 'phone', 'email', 'eori', 'iossNumber', 'abnArn', 'euResponsiblePerson', 'signatoryName', 'signatoryTitle'] as const;
type Form = Record<(typeof TEXT)[number] | 'addressLines' | 'country' | 'defaultCurrency' | 'defaultIncoterm' | 'paperSize' | 'timeZone' | 'defaultPostalOperator', string>;

// Every IANA zone this runtime knows (the same list the core validates against with Intl).
const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

const toForm = (p: SellerProfile): Form => ({
  ...(Object.fromEntries(TEXT.map((k) => [k, p[k] ?? ''])) as Record<(typeof TEXT)[number], string>),
  addressLines: p.addressLines.join('\n'),
  country: p.country ?? '',
  defaultCurrency: p.defaultCurrency,
  defaultIncoterm: p.defaultIncoterm,
  paperSize: p.paperSize,
  timeZone: p.timeZone ?? '',
  defaultPostalOperator: p.defaultPostalOperator ?? '',
});

export function SellerProfileForm() {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form | null>(null);
  const [lists, setLists] = useState<Lists | null>(null);
  // Full paths ('rates.2.rate'): each cell of the tables gets its own message; flat fields are unchanged.
  const { errors, setErrors, banner, setBanner, showFieldErrors, busy, run } = useFormFeedback('sellerProfile.fixErrors', { toFields: (t, e) => fieldErrors(t, e, { nested: true }) });
  const fmt = useFormat();
  const currencies = fmt.currencies();

  const [operators, setOperators] = useState<PostalOperator[]>([]);
  useEffect(() => {
    void api.settings.get().then((p) => {
      setForm(toForm(p));
      setLists(listsOf(p));
    });
    void api.shipments.postalOperators().then((list) => setOperators([...list].sort((a, b) => a.name.localeCompare(b.name))));
  }, []);
  if (!form || !lists) return null;

  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!form || !lists) return;
    const rows = checkRows(t, lists);
    setLists(rows.kept);
    const input: SettingsUpdateInput = {
      ...(Object.fromEntries(TEXT.map((k) => [k, form[k]])) as Record<(typeof TEXT)[number], string>),
      addressLines: lines(form.addressLines),
      country: form.country || null,
      ...rows.input,
      defaultCurrency: form.defaultCurrency,
      defaultIncoterm: form.defaultIncoterm as SettingsUpdateInput['defaultIncoterm'],
      paperSize: form.paperSize as SettingsUpdateInput['paperSize'],
      defaultPostalOperator: form.defaultPostalOperator || null,
      timeZone: form.timeZone || null,
    };
    // A cell that cannot be sent as it is: its error at the cell, nothing sent, nothing saved.
    if (Object.keys(rows.errors).length) return showFieldErrors(rows.errors);
    await run(async () => {
      const saved = await api.settings.update(input);
      setForm(toForm(saved));
      setLists(listsOf(saved));
      await refreshSellerTimeZone();
      setErrors({});
      setBanner({ kind: 'ok', text: (t) => t('sellerProfile.saved') });
    });
  }

  const f = (k: keyof Form) => ({ label: t(`sellerProfile.fields.${k}`), name: k, error: errors[k] });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="seller-profile-title" className="seller-profile">
      <fieldset>
        <legend id="seller-profile-title">{t('sellerProfile.title')}</legend>
        <p className="muted">{t('sellerProfile.intro')}</p>
        <FormBanner banner={banner} testId="profile-banner" />
        <div className="grid">
          <Field {...f('exporterName')}><input value={form.exporterName} onChange={set('exporterName')} /></Field>
          <Field {...f('addressLines')} wide><textarea rows={2} value={form.addressLines} onChange={set('addressLines')} /></Field>
          <Field {...f('city')}><input value={form.city} onChange={set('city')} /></Field>
          <Field {...f('state')}><input value={form.state} onChange={set('state')} /></Field>
          <Field {...f('postcode')}><input value={form.postcode} onChange={set('postcode')} /></Field>
          <Field {...f('country')}>
            <select value={form.country} onChange={set('country')}>
              <option value="">—</option>
              <CountryOptions />
            </select>
          </Field>
          <Field {...f('phone')}><input value={form.phone} onChange={set('phone')} /></Field>
          <Field {...f('email')}><input value={form.email} onChange={set('email')} /></Field>
          <Field {...f('eori')}><input value={form.eori} onChange={set('eori')} className="mono" /></Field>
          <Field {...f('iossNumber')} hint={t('sellerProfile.hints.iossNumber')}><input value={form.iossNumber} onChange={set('iossNumber')} className="mono" /></Field>
          <Field {...f('abnArn')}><input value={form.abnArn} onChange={set('abnArn')} className="mono" /></Field>
          <Field {...f('signatoryName')}><input value={form.signatoryName} onChange={set('signatoryName')} /></Field>
          <Field {...f('signatoryTitle')}><input value={form.signatoryTitle} onChange={set('signatoryTitle')} /></Field>
          <Field {...f('defaultCurrency')}>
            <select value={form.defaultCurrency} onChange={set('defaultCurrency')}>
              {currencies.map((c) => <option key={c.code} value={c.code}>{c.code} — {c.name}</option>)}
            </select>
          </Field>
          <Field {...f('defaultIncoterm')}>
            <select value={form.defaultIncoterm} onChange={set('defaultIncoterm')}>{INCOTERMS.map((c) => <option key={c} value={c}>{c}</option>)}</select>
          </Field>
          <Field {...f('paperSize')}>
            <select value={form.paperSize} onChange={set('paperSize')}>{PAPER_SIZES.map((c) => <option key={c} value={c}>{c}</option>)}</select>
          </Field>
          <Field {...f('defaultPostalOperator')} hint={t('sellerProfile.hints.defaultPostalOperator')}>
            <select value={form.defaultPostalOperator} onChange={set('defaultPostalOperator')}>
              <option value="">—</option>
              {fmt.operators(operators).map((o) => <option key={o.id} value={o.id}>{fmt.withCode(o.shown, o.country)}</option>)}
            </select>
          </Field>
          <Field {...f('timeZone')} hint={t('sellerProfile.hints.timeZone')}>
            <select value={form.timeZone} onChange={set('timeZone')}>
              <option value="">{t('sellerProfile.machineZone', { zone: machineTimeZone() })}</option>
              {(ZONES.includes(form.timeZone) || !form.timeZone ? ZONES : [form.timeZone, ...ZONES]).map((z) => <option key={z} value={z}>{z}</option>)}
            </select>
          </Field>
          <Field {...f('euResponsiblePerson')} hint={t('sellerProfile.hints.euResponsiblePerson')} wide><textarea rows={2} value={form.euResponsiblePerson} onChange={set('euResponsiblePerson')} /></Field>
          <ProfileTables
            lists={lists}
            errors={errors}
            onChange={(next, edited) => {
              setLists(next);
              if (edited) setErrors((e) => withoutError(e, edited));
            }}
          />
        </div>
      </fieldset>
      <FormActions>
        <button type="submit" className="button primary" disabled={busy}>{t('sellerProfile.save')}</button>
      </FormActions>
    </form>
  );
}
