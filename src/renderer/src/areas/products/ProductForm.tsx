// The General tab of a product: identity, customs facts, national tariff codes, value and warranty,
// and the EU responsible person. State and saving live in ProductDetail; this file turns a Product
// into typed text and back. A national code is checked at its cell before saving with the same
// rule the core applies (shared/products tariffCodeIssue).
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../shared/errors';
import type { Product, ProductCreateInput, TariffScheme } from '../../../../shared/products';
import { LIMITS, tariffCodeIssue } from '../../../../shared/products';
import { Field } from '../../components/Field';
import { minorDigits, minorToInput, parseMoney, parseWhole, useFormat } from '../../lib/format';
import { CountryOptions } from '../../components/CountryOptions';

export type TextKey =
  | 'sku' | 'name' | 'localName' | 'description' | 'material' | 'hsCode' | 'originCountry' | 'unitNetWeightG' | 'unitValue' | 'currency' | 'warrantyMonths'
  | 'euResponsiblePerson' | 'manufacturer';

/** The typed text of each field; national tariff codes by destination ('US', 'EU' …). */
export type FormState = Record<TextKey, string> & { tariffCodes: Record<string, string> };

export const EMPTY: FormState = {
  sku: '', name: '', localName: '', description: '', material: '', hsCode: '', originCountry: '',
  unitNetWeightG: '', unitValue: '', currency: '', warrantyMonths: '', euResponsiblePerson: '', manufacturer: '', tariffCodes: {},
};

export function toForm(p: Product): FormState {
  return {
    sku: p.sku, name: p.name, localName: p.localName ?? '', description: p.description ?? '', material: p.material ?? '',
    hsCode: p.hsCode ?? '', originCountry: p.originCountry ?? '', unitNetWeightG: p.unitNetWeightG?.toString() ?? '',
    unitValue: minorToInput(p.unitValue, p.currency), currency: p.currency ?? '', warrantyMonths: p.warrantyMonths?.toString() ?? '',
    euResponsiblePerson: p.euResponsiblePerson ?? '', manufacturer: p.manufacturer ?? '', tariffCodes: { ...p.tariffCodes },
  };
}

/** Parses the typed numbers; problems are reported at their fields before anything is sent. */
export function collectGeneral(
  form: FormState,
  message: { whole: string; money: (digits: number) => string; issue: (issue: FieldIssue) => string },
  schemes: readonly TariffScheme[],
): { input: ProductCreateInput; local: Record<string, string> } {
  const local: Record<string, string> = {};
  const currency = form.currency || null;
  const whole = (key: 'unitNetWeightG' | 'warrantyMonths') => {
    const v = parseWhole(form[key]);
    if (v === null) local[key] = message.whole;
    return v ?? null;
  };
  const money = parseMoney(form.unitValue, currency);
  if (money === null) local.unitValue = message.money(minorDigits(currency ?? 'USD'));
  const text = (v: string) => (v.trim() === '' ? null : v);
  const tariffCodes: Record<string, string> = {};
  for (const [dest, code] of Object.entries(form.tariffCodes)) {
    if (code.trim() === '') continue;
    const issue = tariffCodeIssue(dest, code, form.hsCode, schemes.find((s) => s.destination === dest));
    if (issue) local[issue.path] = message.issue(issue);
    tariffCodes[dest] = code;
  }
  return {
    local,
    input: {
      sku: form.sku, name: form.name, localName: text(form.localName), description: text(form.description),
      material: text(form.material), hsCode: text(form.hsCode), originCountry: form.originCountry || null,
      unitNetWeightG: whole('unitNetWeightG'), unitValue: money ?? null, currency, warrantyMonths: whole('warrantyMonths'),
      tariffCodes, euResponsiblePerson: text(form.euResponsiblePerson), manufacturer: text(form.manufacturer),
    },
  };
}

interface Props {
  form: FormState;
  errors: Record<string, string>;
  isNew: boolean;
  set(key: TextKey): (e: { target: { value: string } }) => void;
  /** Sets one destination's national code. */
  setTariff(destination: string): (e: { target: { value: string } }) => void;
  /** The destinations a product can carry a national code for (empty until loaded). */
  schemes: readonly TariffScheme[];
  /** Opens the HS picker (from the "Find code" button or Alt+↓ in the HS field). */
  onFindHs(): void;
}

export function GeneralFields({ form, errors, isNew, set, setTariff, schemes, onFindHs }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const currencies = fmt.currencies();
  const f = (key: Exclude<TextKey, 'euResponsiblePerson' | 'manufacturer'>) => ({ label: t(`productForm.fields.${key}`), name: key, error: errors[key] });
  return (
    <>
      <fieldset>
        <legend>{t('productForm.sections.identity')}</legend>
        <div className="grid">
          <Field {...f('sku')} required requiredText={t('common.required')} hint={t('productForm.hints.sku')}>
            <input value={form.sku} onChange={set('sku')} maxLength={LIMITS.sku} autoComplete="off" autoFocus={isNew} />
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
          <Field
            {...f('hsCode')}
            hint={t('productForm.hints.hsCode')}
            addon={
              <button type="button" className="button" onClick={onFindHs} title={t('hsPicker.openHint')}>
                {t('hsPicker.open')}
              </button>
            }
          >
            <input
              value={form.hsCode}
              onChange={set('hsCode')}
              inputMode="numeric"
              className="mono"
              onKeyDown={(e) => {
                if (e.altKey && e.key === 'ArrowDown') {
                  e.preventDefault();
                  onFindHs();
                }
              }}
            />
          </Field>
          <Field {...f('originCountry')}>
            <select value={form.originCountry} onChange={set('originCountry')}>
              <option value="">{t('productForm.chooseCountry')}</option>
              <CountryOptions />
            </select>
          </Field>
          <Field {...f('unitNetWeightG')} hint={t('productForm.hints.unitNetWeightG')}>
            <input value={form.unitNetWeightG} onChange={set('unitNetWeightG')} inputMode="numeric" />
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('productForm.sections.tariffs')}</legend>
        <p className="muted fieldset-intro">{t('productForm.hints.tariffCodes')}</p>
        <div className="grid">
          {schemes.map((s) => (
            <Field
              key={s.destination}
              label={t('productForm.fields.tariffCode', { destination: s.destination, name: i18n.language === 'zh' ? s.nameZh : s.name })}
              name={`tariffCodes.${s.destination}`}
              error={errors[`tariffCodes.${s.destination}`]}
              hint={t('productForm.hints.tariffCode', { digits: s.digits.join(' / ') })}
            >
              <input value={form.tariffCodes[s.destination] ?? ''} onChange={setTariff(s.destination)} inputMode="numeric" className="mono" autoComplete="off" />
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('productForm.sections.eu')}</legend>
        <div className="grid">
          <Field label={t('productForm.fields.euResponsiblePerson')} name="euResponsiblePerson" error={errors.euResponsiblePerson} hint={t('productForm.hints.euResponsiblePerson')} wide>
            <textarea rows={2} value={form.euResponsiblePerson} onChange={set('euResponsiblePerson')} maxLength={400} />
          </Field>
          <Field label={t('productForm.fields.manufacturer')} name="manufacturer" error={errors.manufacturer} hint={t('productForm.hints.manufacturer')} wide>
            <textarea rows={2} value={form.manufacturer} onChange={set('manufacturer')} maxLength={400} />
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
    </>
  );
}
