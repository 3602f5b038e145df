import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from '../../../../shared/claims';
import { useFormat } from '../../lib/format';

/** Countdown to the filing deadline while the claim is a draft; the late flag once it is past. */
export function Deadline({ date, days, status, filedOn, late }: { date: string; days: number; status: ClaimStatus; filedOn: string | null; late: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lateFlag = late ? <span className="badge claim-late">{t('claims.late')}</span> : null;
  if (status !== 'draft')
    return (
      <span className="deadline">
        <span className="nobreak">
          {fmt.date(date)}
          {filedOn ? <span className="muted"> ·</span> : null}
        </span>{' '}
        {filedOn ? <span className="muted nobreak">{t('claims.filedOn', { date: fmt.date(filedOn) })}</span> : null} {lateFlag}
      </span>
    );
  const text = days > 0 ? t('claims.daysLeft', { count: days }) : days === 0 ? t('claims.dueToday') : t('claims.overdue', { count: -days });
  return (
    <span className={`deadline ${days < 0 ? 'overdue' : days <= 7 ? 'soon' : ''}`}>
      <span className="nobreak">{fmt.date(date)} ·</span> <span className="nobreak">{text}</span> {lateFlag}
    </span>
  );
}
