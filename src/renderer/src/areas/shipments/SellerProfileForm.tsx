// The seller profile in Settings: exporter, tax identities, document defaults and exchange rates.
// Lists (VAT numbers, other tax IDs, rates) are edited as one line per entry.
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
import { localToday } from '../../lib/today';
import { daysBetween } from '../../../../shared/dates';

const TEXT = ['exporterName', 'city', 'state', 'postcode', 'phone', 'email', 'eori', 'iossNumber', 'abnArn', 'euResponsiblePerson', 'signatoryName', 'signatoryTitle'] as const;
type Form = Record<(typeof TEXT)[number] | 'addressLines' | 'country' | 'vatNumbers' | 'otherTaxIds' | 'rates' | 'defaultCurrency' | 'defaultIncoterm' | 'paperSize' | 'timeZone' | 'defaultPostalOperator', string>;

// Every IANA zone this runtime knows (the same list the core validates against with Intl).
const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

const toForm = (p: SellerProfile): Form => ({
  ...(Object.fromEntries(TEXT.map((k) => [k, p[k] ?? ''])) as Record<(typeof TEXT)[number], string>),
  addressLines: p.addressLines.join('\n'),
  country: p.country ?? '',
  vatNumbers: p.vatNumbers.map((v) => `${v.country} ${v.number}`).join('\n'),
  otherTaxIds: p.otherTaxIds.map((v) => `${v.label}: ${v.number}`).join('\n'),
  rates: p.rates.map((r) => `${r.from} ${r.to} ${r.rate} ${r.date}`).join('\n'),
  defaultCurrency: p.defaultCurrency,
  defaultIncoterm: p.defaultIncoterm,
  paperSize: p.paperSize,
  timeZone: p.timeZone ?? '',
  defaultPostalOperator: p.defaultPostalOperator ?? '',
});

export function SellerProfileForm() {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form | null>(null);
  const { errors, setErrors, banner, setBanner, showFieldErrors, busy, run } = useFormFeedback('sellerProfile.fixErrors');
  const fmt = useFormat();
  const countries = fmt.countries();
  const currencies = fmt.currencies();

  const [operators, setOperators] = useState<PostalOperator[]>([]);
  useEffect(() => {
    void api.settings.get().then((p) => setForm(toForm(p)));
    void api.shipments.postalOperators().then((list) => setOperators([...list].sort((a, b) => a.name.localeCompare(b.name))));
  }, []);
  if (!form) return null;

  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    const local: Record<string, string> = {};
    const parse = <T,>(key: keyof Form, re: RegExp, make: (m: RegExpExecArray) => T): T[] =>
      lines(form[key]).flatMap((l, i) => {
        const m = re.exec(l);
        if (!m) {
          local[key] ??= t('sellerProfile.lineError', { line: i + 1 });
          return [];
        }
        return [make(m)];
      });
    const input: SettingsUpdateInput = {
      ...(Object.fromEntries(TEXT.map((k) => [k, form[k]])) as Record<(typeof TEXT)[number], string>),
      addressLines: lines(form.addressLines),
      country: form.country || null,
      vatNumbers: parse('vatNumbers', /^([A-Za-z]{2})\s+(.+)$/, (m) => ({ country: m[1]!, number: m[2]! })),
      otherTaxIds: parse('otherTaxIds', /^([^:]+):\s*(.+)$/, (m) => ({ label: m[1]!.trim(), number: m[2]! })),
      rates: parse('rates', /^([A-Za-z]{3})\s+([A-Za-z]{3})\s+([0-9.]+)\s+(\d{4}-\d{2}-\d{2})$/, (m) => ({ from: m[1]!, to: m[2]!, rate: Number(m[3]), date: m[4]! })),
      defaultCurrency: form.defaultCurrency,
      defaultIncoterm: form.defaultIncoterm as SettingsUpdateInput['defaultIncoterm'],
      paperSize: form.paperSize as SettingsUpdateInput['paperSize'],
      defaultPostalOperator: form.defaultPostalOperator || null,
      timeZone: form.timeZone || null,
    };
    if (Object.keys(local).length) return showFieldErrors(local);
    await run(async () => {
      const saved = await api.settings.update(input);
      setForm(toForm(saved));
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
              {countries.map((c) => <option key={c.code} value={c.code}>{c.name} ({c.code})</option>)}
            </select>
          </Field>
          <Field {...f('phone')}><input value={form.phone} onChange={set('phone')} /></Field>
          <Field {...f('email')}><input value={form.email} onChange={set('email')} /></Field>
          <Field {...f('eori')}><input value={form.eori} onChange={set('eori')} className="mono" /></Field>
          <Field {...f('iossNumber')} hint={t('sellerProfile.hints.iossNumber')}><input value={form.iossNumber} onChange={set('iossNumber')} className="mono" /></Field>
          <Field {...f('abnArn')}><input value={form.abnArn} onChange={set('abnArn')} className="mono" /></Field>
          <Field {...f('vatNumbers')} hint={t('sellerProfile.hints.vatNumbers')}><textarea rows={2} value={form.vatNumbers} onChange={set('vatNumbers')} className="mono" /></Field>
          <Field {...f('otherTaxIds')} hint={t('sellerProfile.hints.otherTaxIds')}><textarea rows={2} value={form.otherTaxIds} onChange={set('otherTaxIds')} /></Field>
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
              {operators.map((o) => <option key={o.id} value={o.id}>{`${o.name} (${o.country})`}</option>)}
            </select>
          </Field>
          <Field {...f('timeZone')} hint={t('sellerProfile.hints.timeZone')}>
            <select value={form.timeZone} onChange={set('timeZone')}>
              <option value="">{t('sellerProfile.machineZone', { zone: machineTimeZone() })}</option>
              {(ZONES.includes(form.timeZone) || !form.timeZone ? ZONES : [form.timeZone, ...ZONES]).map((z) => <option key={z} value={z}>{z}</option>)}
            </select>
          </Field>
          <Field {...f('euResponsiblePerson')} hint={t('sellerProfile.hints.euResponsiblePerson')} wide><textarea rows={2} value={form.euResponsiblePerson} onChange={set('euResponsiblePerson')} /></Field>
          <RatesAge rates={form.rates} />
          <Field {...f('rates')} hint={t('sellerProfile.hints.rates')} wide><textarea rows={6} value={form.rates} onChange={set('rates')} className="mono" /></Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>{t('sellerProfile.save')}</button>
        </div>
      </fieldset>
    </form>
  );
}

/** Warns, above the rates, when the oldest one is older than the preflight accepts. */
function RatesAge({ rates }: { rates: string }) {
  const { t } = useTranslation();
  // The age limit lives in resources/rules/exchange-rates.json (maxAgeDays), read through the core.
  const [max, setMax] = useState<number | null>(null);
  useEffect(() => {
    api.reference.list().then((r) => setMax(r.ratesMaxAgeDays), () => setMax(null));
  }, []);
  if (max === null) return null;
  const dates = [...rates.matchAll(/(\d{4}-\d{2}-\d{2})\s*$/gm)].map((m) => m[1]!).sort();
  const oldest = dates[0];
  if (!oldest) return null;
  const days = daysBetween(oldest, localToday());
  if (days <= max) return null;
  return (
    <p className="banner warn wide" data-testid="rates-stale" role="status">
      {t('sellerProfile.ratesStale', { date: oldest, days, max })}
    </p>
  );
}
