// Stands in for a product tab whose feature arrives with another part of the catalog (suppliers,
// certificates, files). Each is one element, replaced whole when the real panel lands.
import { useTranslation } from 'react-i18next';

export function TabPlaceholder({ kind }: { kind: 'suppliers' | 'certificates' | 'files' }) {
  const { t } = useTranslation();
  return (
    <div className="empty-card tab-placeholder" data-testid={`placeholder-${kind}`}>
      <p className="muted">{t(`productDetail.placeholder.${kind}`)}</p>
    </div>
  );
}
