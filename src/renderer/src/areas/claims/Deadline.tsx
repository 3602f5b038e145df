import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from '../../../../shared/claims';

/** Countdown to the filing deadline while the claim is a draft; the late flag once it is past. */
export function Deadline({ date, days, status, filedOn, late }: { date: string; days: number; status: ClaimStatus; filedOn: string | null; late: boolean }) {
  const { t } = useTranslation();
  const lateFlag = late ? <span className="badge claim-late">{t('claims.late')}</span> : null;
  if (status !== 'draft')
    return (
      <span className="deadline">
        {date} {filedOn ? <span className="muted">· {t('claims.filedOn', { date: filedOn })}</span> : null} {lateFlag}
      </span>
    );
  const text = days > 0 ? t('claims.daysLeft', { count: days }) : days === 0 ? t('claims.dueToday') : t('claims.overdue', { count: -days });
  return (
    <span className={`deadline ${days < 0 ? 'overdue' : days <= 7 ? 'soon' : ''}`}>
      {date} · {text} {lateFlag}
    </span>
  );
}
