import { useTranslation } from 'react-i18next';
import { SectionTabs, under } from '../../components/SectionTabs';

/** Claims, the policies they are filed under, and incident reports: one area. A claim and a new claim belong to Claims. */
export function ClaimsTabs() {
  const { t } = useTranslation();
  const policies = under('/claims/policies');
  const incidents = under('/claims/incidents');
  return (
    <SectionTabs
      label={t('claims.title')}
      tabs={[
        { to: '/claims', label: t('claims.tabs.claims'), owns: (p) => under('/claims')(p) && !policies(p) && !incidents(p) },
        { to: '/claims/policies', label: t('claims.tabs.policies'), owns: policies },
        { to: '/claims/incidents', label: t('claims.tabs.incidents'), owns: incidents },
      ]}
    />
  );
}
