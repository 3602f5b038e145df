import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Claims, the policies they are filed under, and incident reports: one area. */
export function ClaimsTabs() {
  const { t } = useTranslation();
  return (
    <nav className="area-tabs" aria-label={t('claims.title')}>
      <NavLink to="/claims" end>
        {t('claims.tabs.claims')}
      </NavLink>
      <NavLink to="/claims/policies">{t('claims.tabs.policies')}</NavLink>
      <NavLink to="/claims/incidents">{t('claims.tabs.incidents')}</NavLink>
    </nav>
  );
}
