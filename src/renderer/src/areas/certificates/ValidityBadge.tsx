import { useTranslation } from 'react-i18next';
import { certificateValidity } from '../../../../shared/certificates';
import { daysBetween } from '../../../../shared/dates';
import { localToday } from '../../lib/dates';

/** "Valid / Expiring / Expired" for a certificate on the user's today, with the days left. */
export function ValidityBadge({ expiryDate }: { expiryDate: string | null }) {
  const { t } = useTranslation();
  const today = localToday();
  const validity = certificateValidity({ expiryDate }, today);
  const left = expiryDate === null ? null : daysBetween(today, expiryDate);
  const detail = left === null ? t('certificates.noExpiry') : left < 0 ? t('certificates.expiredAgo', { count: -left }) : t('certificates.daysLeft', { count: left });
  return (
    <span className={`badge validity-${validity}`} title={detail} data-validity={validity}>
      {t(`certificates.validity.${validity}`)}
    </span>
  );
}
