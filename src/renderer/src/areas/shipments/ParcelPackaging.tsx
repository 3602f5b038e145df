// How one parcel is packed (issue 18): outer packaging, the mail class it goes as, inner packaging
// for liquids, battery equipment protected — and the preflight's packaging findings for it. Kept
// apart from the editor's layout: the editor holds a ParcelPacking per parcel row and spreads
// `parcelPackingInput` into the parcel it sends. Each choice is saved at once.
import { useTranslation } from 'react-i18next';
import { MAIL_CLASSES, NO_INNER_PACKAGING, PACKAGING_TYPES } from '../../../../shared/packing';
import type { InnerPackaging, MailClass, PackagingType } from '../../../../shared/packing';
import type { Finding } from '../../../../shared/preflight';
import type { Parcel } from '../../../../shared/shipments';
import { Field } from '../../components/Field';
import { findingText } from '../../lib/finding';

export interface ParcelPacking {
  packagingType: PackagingType | null;
  mailClass: MailClass | null;
  innerPackaging: InnerPackaging;
  batteryProtected: boolean;
}

export const EMPTY_PARCEL_PACKING: ParcelPacking = { packagingType: null, mailClass: null, innerPackaging: { ...NO_INNER_PACKAGING }, batteryProtected: false };

export const parcelPacking = (p: Parcel): ParcelPacking => ({
  packagingType: p.packagingType ?? null,
  mailClass: p.mailClass ?? null,
  innerPackaging: { ...NO_INNER_PACKAGING, ...(p.innerPackaging ?? {}) },
  batteryProtected: p.batteryProtected ?? false,
});

/** The packing fields of a parcel input. */
export const parcelPackingInput = (p: ParcelPacking) => ({ packagingType: p.packagingType, mailClass: p.mailClass, innerPackaging: p.innerPackaging, batteryProtected: p.batteryProtected });

const INNER = ['sealed', 'absorbent', 'secondary'] as const;

interface Props {
  index: number;
  value: ParcelPacking;
  onChange(next: ParcelPacking): void;
  /** The preflight's findings; those about this parcel's packaging are shown here. */
  findings: readonly Finding[];
  disabled?: boolean;
}

export function ParcelPackaging({ index, value, onChange, findings, disabled }: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const at = `parcels.${index}`;
  const mine = findings.filter((f) => f.rule.startsWith('pack.') && f.field !== null && (f.field === at || f.field.startsWith(`${at}.`)));
  return (
    <fieldset className="parcel-packaging" data-testid={`parcel-packaging-${index}`} disabled={disabled}>
      <legend>{t('packing.parcel.legend', { n })}</legend>
      <div className="grid">
        <Field label={t('packing.parcel.type')} name={`${at}.packagingType`}>
          <select value={value.packagingType ?? ''} data-path={`${at}.packagingType`} onChange={(e) => onChange({ ...value, packagingType: (e.target.value || null) as PackagingType | null })}>
            <option value="">{t('packing.parcel.chooseType')}</option>
            {PACKAGING_TYPES.map((p) => (
              <option key={p} value={p}>
                {t(`packing.parcel.types.${p}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('packing.parcel.mailClass')} name={`${at}.mailClass`}>
          <select value={value.mailClass ?? ''} data-path={`${at}.mailClass`} onChange={(e) => onChange({ ...value, mailClass: (e.target.value || null) as MailClass | null })}>
            <option value="">{t('packing.parcel.chooseMailClass')}</option>
            {MAIL_CLASSES.map((c) => (
              <option key={c} value={c}>
                {t(`packing.parcel.mailClasses.${c}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {/* Two groups of their own, each under a sub-heading: what protects a liquid, what a battery needs. */}
      <div className="pack-group" role="group" aria-labelledby={`parcel-${index}-inner`}>
        <p className="pack-group-title" id={`parcel-${index}-inner`}>{t('packing.parcel.innerLegend')}</p>
        <div className="checks" data-path={`${at}.innerPackaging`} tabIndex={-1}>
          {INNER.map((k) => (
            <label key={k} className="check">
              <input type="checkbox" checked={value.innerPackaging[k]} onChange={(e) => onChange({ ...value, innerPackaging: { ...value.innerPackaging, [k]: e.target.checked } })} />
              {t(`packing.parcel.inner.${k}`)}
            </label>
          ))}
        </div>
      </div>
      <div className="pack-group" role="group" aria-labelledby={`parcel-${index}-battery`}>
        <p className="pack-group-title" id={`parcel-${index}-battery`}>{t('packing.parcel.batteryLegend')}</p>
        <label className="check">
          <input type="checkbox" checked={value.batteryProtected} data-path={`${at}.batteryProtected`} onChange={(e) => onChange({ ...value, batteryProtected: e.target.checked })} />
          {t('packing.parcel.batteryProtected')}
        </label>
      </div>
      {mine.length > 0 && (
        <ul className="findings compact" aria-label={t('packing.parcel.findings')}>
          {mine.map((f, i) => (
            <li key={`${f.rule}-${i}`} className={`finding ${f.severity}`} data-rule={f.rule}>
              <span className={`sev sev-${f.severity}`}>{t(`preflight.severity.${f.severity}`)}</span>
              <p className="finding-msg">{findingText(t, f.message)}</p>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
