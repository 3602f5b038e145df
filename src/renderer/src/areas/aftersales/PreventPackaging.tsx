// "Prevent this next time" for a hold whose reason is packaging (issue 18): the held product must
// travel in the outer packaging chosen here; the preflight blocks the next parcel that is not.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hold } from '../../../../shared/aftersales';
import { PACKAGING_TYPES } from '../../../../shared/packing';
import type { PackagingType } from '../../../../shared/packing';
import { api } from '../../api';

interface Props {
  hold: Hold;
  busy: boolean;
  /** Runs the call with the panel's error handling; `made` is shown once the rule exists. */
  run(work: () => Promise<void>): Promise<void>;
  onMade(ruleId: number): void;
  /** The rule's message in the seller's language (HoldsPanel's words for a hold). */
  message?(hold: Hold): string;
}

export function PreventPackaging({ hold, busy, run, onMade, message }: Props) {
  const { t } = useTranslation();
  const [type, setType] = useState<PackagingType>('double_wall_box');
  if (hold.reason !== 'packaging') return null;
  if (hold.packagingRuleId) return <p className="small ok-text">{t('packing.hold.made')} #{hold.packagingRuleId}</p>;
  const make = () =>
    run(async () => {
      const { rule } = await api.holds.preventPackaging({ holdId: hold.id, packagingTypes: [type], severity: 'block', message: message?.(hold) });
      onMade(rule.id);
    });
  return (
    <div className="prevent-row" data-testid={`prevent-packaging-${hold.id}`}>
      <span className="small">{t('packing.hold.intro')}</span>
      <select aria-label={t('packing.hold.prevent')} value={type} onChange={(e) => setType(e.target.value as PackagingType)}>
        {PACKAGING_TYPES.map((p) => (
          <option key={p} value={p}>
            {t(`packing.parcel.types.${p}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button small" onClick={() => void make()} disabled={busy}>
        {t('packing.hold.make')}
      </button>
    </div>
  );
}
