// The seller profile's lists as small tables, one row per entry: VAT numbers (country picker and
// number), other tax IDs (label and number), exchange rates (currency pickers, rate, day in the
// language's order). Each cell shows its own error; a row whose rate is older than the preflight
// accepts says so under its day (not beside the Remove button: the currencies keep the width). The
// rows are edited here and checked at the cell before the profile is saved (checkRows); the core's
// issues land on the same cells (paths such as 'rates.2.rate').
import { cloneElement, useEffect, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeRate, SellerProfile } from '../../../../shared/settings';
import { SDR } from '../../../../shared/settings';
import { daysBetween } from '../../../../shared/dates';
import { api } from '../../api';
import { DateField } from '../../components/DateField';
import type { Translate } from '../../i18n/keys';
import { useFormat } from '../../lib/format';
import { localToday } from '../../lib/today';
import { CountryOptions } from '../../components/CountryOptions';

let nextKey = 1;
const key = () => nextKey++;

export interface Lists {
  vatNumbers: { key: number; country: string; number: string }[];
  otherTaxIds: { key: number; label: string; number: string }[];
  rates: { key: number; from: string; to: string; rate: string; date: string }[];
}
type ListName = keyof Lists;

export const listsOf = (p: SellerProfile): Lists => ({
  vatNumbers: p.vatNumbers.map((v) => ({ key: key(), ...v })),
  otherTaxIds: p.otherTaxIds.map((v) => ({ key: key(), ...v })),
  rates: p.rates.map((r) => ({ key: key(), from: r.from, to: r.to, rate: String(r.rate), date: r.date })),
});

const blank = (row: object) => Object.entries(row).every(([k, v]) => k === 'key' || String(v).trim() === '');
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A rate as typed ('0.73', '0,73'): a number, or NaN. */
const rateNumber = (s: string): number => (/^\s*\d+([.,]\d+)?\s*$/.test(s) ? Number(s.trim().replace(',', '.')) : Number.NaN);

/**
 * The rows without the blank ones, what the core is sent, and the errors of the cells that cannot
 * be sent as they are (by path: 'rates.1.rate'), indexed as the rows kept.
 */
export function checkRows(t: Translate, lists: Lists): { kept: Lists; input: Pick<SellerProfile, 'vatNumbers' | 'otherTaxIds' | 'rates'>; errors: Record<string, string> } {
  const kept: Lists = { vatNumbers: lists.vatNumbers.filter((r) => !blank(r)), otherTaxIds: lists.otherTaxIds.filter((r) => !blank(r)), rates: lists.rates.filter((r) => !blank(r)) };
  const errors: Record<string, string> = {};
  const need = (path: string, value: string) => {
    if (value.trim() === '') errors[path] = t('errors.required');
  };
  kept.vatNumbers.forEach((r, i) => (need(`vatNumbers.${i}.country`, r.country), need(`vatNumbers.${i}.number`, r.number)));
  kept.otherTaxIds.forEach((r, i) => (need(`otherTaxIds.${i}.label`, r.label), need(`otherTaxIds.${i}.number`, r.number)));
  kept.rates.forEach((r, i) => {
    need(`rates.${i}.from`, r.from);
    need(`rates.${i}.to`, r.to);
    if (!(rateNumber(r.rate) > 0)) errors[`rates.${i}.rate`] = t('sellerProfile.cells.rateInvalid');
    if (!ISO_DAY.test(r.date)) errors[`rates.${i}.date`] = r.date.trim() === '' ? t('errors.required') : t('errors.date_format');
  });
  return {
    kept,
    errors,
    input: {
      vatNumbers: kept.vatNumbers.map(({ country, number }) => ({ country, number: number.trim() })),
      otherTaxIds: kept.otherTaxIds.map(({ label, number }) => ({ label: label.trim(), number: number.trim() })),
      rates: kept.rates.map((r): ExchangeRate => ({ from: r.from, to: r.to, rate: rateNumber(r.rate), date: r.date })),
    },
  };
}

interface Props {
  lists: Lists;
  errors: Record<string, string>;
  onChange(next: Lists, edited?: string): void;
}

/** A cell: its control, then what is said of it (a note such as a rate's age, its error). */
function Cell({ path, errors, note, children }: { path: string; errors: Record<string, string>; note?: ReactNode; children: ReactElement<Record<string, unknown>> }) {
  const error = errors[path];
  const id = `cell-${path.replaceAll('.', '-')}`;
  return (
    <td className={error ? 'has-error' : undefined} data-cell={path}>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined })}
      {note && <div className="cell-note">{note}</div>}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </td>
  );
}

/** The three tables of the profile's lists. */
export function ProfileTables({ lists, errors, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const currencies = fmt.currencies();
  // The age limit lives in resources/rules/exchange-rates.json (maxAgeDays), read through the core.
  const [maxAge, setMaxAge] = useState<number | null>(null);
  useEffect(() => {
    api.reference.list().then((r) => setMaxAge(r.ratesMaxAgeDays), () => setMaxAge(null));
  }, []);
  const today = localToday();

  const edit = <L extends ListName>(list: L, i: number, field: keyof Lists[L][number] & string) => (e: { target: { value: string } }) =>
    onChange({ ...lists, [list]: lists[list].map((r, j) => (j === i ? { ...r, [field]: e.target.value } : r)) }, `${list}.${i}.${field}`);
  const remove = (list: ListName, i: number) => onChange({ ...lists, [list]: lists[list].filter((_, j) => j !== i) }, `${list}.${i}`);
  const add = (list: ListName, row: object) => onChange({ ...lists, [list]: [...lists[list], { key: key(), ...row }] });
  const rowLabel = (what: string, i: number) => t('sellerProfile.cells.label', { what, n: i + 1 });
  // In a cell of the controls' height, so that it stands level with the row's fields in every row.
  const removeButton = (list: ListName, i: number) => (
    <td className="row-actions">
      <div>
        <button type="button" className="link small" onClick={() => remove(list, i)} aria-label={rowLabel(t('sellerProfile.cells.remove'), i)}>
          {t('sellerProfile.cells.remove')}
        </button>
      </div>
    </td>
  );

  const ages = lists.rates.map((r) => (ISO_DAY.test(r.date) ? daysBetween(r.date, today) : null));
  const oldest = lists.rates.map((r) => r.date).filter((d) => ISO_DAY.test(d)).sort()[0];
  const oldestDays = oldest ? daysBetween(oldest, today) : 0;
  const currencyCodes = [...currencies, { code: SDR, name: t('sellerProfile.cells.sdr') }];

  return (
    <>
      <fieldset className="profile-table wide" data-testid="vat-table">
        <legend>{t('sellerProfile.fields.vatNumbers')}</legend>
        {lists.vatNumbers.length > 0 && (
          <table className="cell-table">
            <thead>
              <tr>
                <th scope="col">{t('sellerProfile.cells.country')}</th>
                <th scope="col">{t('sellerProfile.cells.number')}</th>
                <th scope="col" className="sr-only">{t('sellerProfile.cells.remove')}</th>
              </tr>
            </thead>
            <tbody>
              {lists.vatNumbers.map((r, i) => (
                <tr key={r.key}>
                  <Cell path={`vatNumbers.${i}.country`} errors={errors}>
                    <select value={r.country} onChange={edit('vatNumbers', i, 'country')} aria-label={rowLabel(t('sellerProfile.cells.vatCountry'), i)}>
                      <option value="">—</option>
                      <CountryOptions />
                    </select>
                  </Cell>
                  <Cell path={`vatNumbers.${i}.number`} errors={errors}>
                    <input className="mono" value={r.number} onChange={edit('vatNumbers', i, 'number')} aria-label={rowLabel(t('sellerProfile.cells.vatNumber'), i)} />
                  </Cell>
                  {removeButton('vatNumbers', i)}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <button type="button" className="button small" onClick={() => add('vatNumbers', { country: '', number: '' })}>{t('sellerProfile.cells.addVat')}</button>
      </fieldset>

      <fieldset className="profile-table wide" data-testid="taxid-table">
        <legend>{t('sellerProfile.fields.otherTaxIds')}</legend>
        {lists.otherTaxIds.length > 0 && (
          <table className="cell-table">
            <thead>
              <tr>
                <th scope="col">{t('sellerProfile.cells.idLabel')}</th>
                <th scope="col">{t('sellerProfile.cells.number')}</th>
                <th scope="col" className="sr-only">{t('sellerProfile.cells.remove')}</th>
              </tr>
            </thead>
            <tbody>
              {lists.otherTaxIds.map((r, i) => (
                <tr key={r.key}>
                  <Cell path={`otherTaxIds.${i}.label`} errors={errors}>
                    <input value={r.label} onChange={edit('otherTaxIds', i, 'label')} aria-label={rowLabel(t('sellerProfile.cells.idLabel'), i)} placeholder={t('sellerProfile.cells.idLabelExample')} />
                  </Cell>
                  <Cell path={`otherTaxIds.${i}.number`} errors={errors}>
                    <input className="mono" value={r.number} onChange={edit('otherTaxIds', i, 'number')} aria-label={rowLabel(t('sellerProfile.cells.idNumber'), i)} />
                  </Cell>
                  {removeButton('otherTaxIds', i)}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <button type="button" className="button small" onClick={() => add('otherTaxIds', { label: '', number: '' })}>{t('sellerProfile.cells.addTaxId')}</button>
      </fieldset>

      <fieldset className="profile-table wide" data-testid="rates-table">
        <legend>{t('sellerProfile.fields.rates')}</legend>
        <p className="field-hint">{t('sellerProfile.cells.ratesHint')}</p>
        {maxAge !== null && oldest && oldestDays > maxAge && (
          <p className="banner warn" data-testid="rates-stale" role="status">
            {t('sellerProfile.ratesStale', { date: fmt.date(oldest), days: oldestDays, max: maxAge })}
          </p>
        )}
        {lists.rates.length > 0 && (
          <table className="cell-table">
            <thead>
              <tr>
                <th scope="col">{t('sellerProfile.cells.from')}</th>
                <th scope="col">{t('sellerProfile.cells.to')}</th>
                <th scope="col">{t('sellerProfile.cells.rate')}</th>
                <th scope="col">{t('sellerProfile.cells.date')}</th>
                <th scope="col" className="sr-only">{t('sellerProfile.cells.remove')}</th>
              </tr>
            </thead>
            <tbody>
              {lists.rates.map((r, i) => {
                const stale = maxAge !== null && ages[i] !== null && ages[i]! > maxAge;
                return (
                  <tr key={r.key} className={stale ? 'stale' : undefined} data-stale={stale || undefined}>
                    {(['from', 'to'] as const).map((side) => (
                      <Cell key={side} path={`rates.${i}.${side}`} errors={errors}>
                        <select value={r[side]} onChange={edit('rates', i, side)} aria-label={rowLabel(t(`sellerProfile.cells.${side}`), i)}>
                          <option value="">—</option>
                          {(currencyCodes.some((c) => c.code === r[side]) || !r[side] ? currencyCodes : [{ code: r[side], name: r[side] }, ...currencyCodes]).map((c) => (
                            <option key={c.code} value={c.code}>{c.code} — {c.name}</option>
                          ))}
                        </select>
                      </Cell>
                    ))}
                    <Cell path={`rates.${i}.rate`} errors={errors}>
                      <input className="mono" inputMode="decimal" value={r.rate} onChange={edit('rates', i, 'rate')} aria-label={rowLabel(t('sellerProfile.cells.rate'), i)} />
                    </Cell>
                    <Cell path={`rates.${i}.date`} errors={errors} note={stale ? <span className="badge warn" data-testid="rate-age">{t('sellerProfile.cells.stale', { count: ages[i]! })}</span> : undefined}>
                      <DateField value={r.date} onChange={edit('rates', i, 'date')} aria-label={rowLabel(t('sellerProfile.cells.date'), i)} />
                    </Cell>
                    {removeButton('rates', i)}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <button type="button" className="button small" onClick={() => add('rates', { from: '', to: SDR, rate: '', date: today })}>{t('sellerProfile.cells.addRate')}</button>
      </fieldset>
    </>
  );
}
