import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Suppliers and their certificates: two lists under one area. */
export function AreaTabs() {
  const { t } = useTranslation();
  return (
    <nav className="area-tabs" aria-label={t('suppliers.title')}>
      <NavLink to="/suppliers" end>
        {t('suppliers.tabs.suppliers')}
      </NavLink>
      <NavLink to="/certificates" end>
        {t('suppliers.tabs.certificates')}
      </NavLink>
    </nav>
  );
}
