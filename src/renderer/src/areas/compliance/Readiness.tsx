// Customs readiness as the seller sees it: a badge in the catalog, a banner on the product with a
// link per gap that jumps to the field to fill.
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/products';

type GapKey = Product['customsGaps'][number];

/** Where each gap is filled: the tab and the field path (data-field of the input). */
export const GAP_FIELDS: Record<GapKey, { tab: 'general' | 'compliance'; field: string }> = {
  missing_hs: { tab: 'general', field: 'hsCode' },
  missing_origin: { tab: 'general', field: 'originCountry' },
  missing_weight: { tab: 'general', field: 'unitNetWeightG' },
  missing_value: { tab: 'general', field: 'unitValue' },
  missing_battery_facts: { tab: 'compliance', field: 'compliance.battery.type' },
  battery_not_mailable: { tab: 'compliance', field: 'compliance.battery.configuration' },
};

export function ReadinessBadge({ product }: { product: Pick<Product, 'customsReady' | 'customsGaps'> }) {
  const { t } = useTranslation();
  if (product.customsReady) return <span className="badge ok">{t('readiness.ready')}</span>;
  const list = product.customsGaps.map((g) => t(`readiness.gaps.${g}`)).join(t('readiness.separator'));
  return (
    <span className="badge warn" title={t('readiness.missing', { list })}>
      {t('readiness.missing', { list })}
    </span>
  );
}

export function ReadinessBanner({ product, onJump }: { product: Product; onJump(tab: 'general' | 'compliance', field: string): void }) {
  const { t } = useTranslation();
  if (product.customsReady)
    return (
      <div className="banner ok readiness" data-testid="readiness">
        {t('readiness.bannerReady')}
      </div>
    );
  return (
    <div className="banner warn readiness" data-testid="readiness">
      <span>{t('readiness.bannerMissing')}</span>
      <ul className="gap-links">
        {product.customsGaps.map((g) => (
          <li key={g}>
            <button type="button" className="link" onClick={() => onJump(GAP_FIELDS[g].tab, GAP_FIELDS[g].field)}>
              {t(`readiness.gaps.${g}`)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
