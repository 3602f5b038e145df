// Customs readiness as the seller sees it: a badge in the catalog, a banner on the product with a
// link per gap that jumps to the field to fill.
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../i18n/keys';
import type { CatalogProduct, MailBlock, Product } from '../../../../shared/products';

type GapKey = Product['customsGaps'][number];
/** Gaps a field fills. "Not mailable" is not one of them: it has its own badge (MailBadge). */
const missingGaps = (p: Pick<Product, 'customsGaps'>) => p.customsGaps.filter((g) => g !== 'battery_not_mailable');

/** Where each gap is filled: the tab and the field path (data-field of the input). */
export const GAP_FIELDS: Record<GapKey, { tab: 'general' | 'compliance'; field: string }> = {
  missing_hs: { tab: 'general', field: 'hsCode' },
  missing_origin: { tab: 'general', field: 'originCountry' },
  missing_weight: { tab: 'general', field: 'unitNetWeightG' },
  missing_value: { tab: 'general', field: 'unitValue' },
  missing_battery_facts: { tab: 'compliance', field: 'compliance.battery.type' },
  battery_not_mailable: { tab: 'compliance', field: 'compliance.battery.configuration' },
};

/** `mailBlocked`: the product cannot go by post (its MailBadge stands first); "ready" is then not said in green beside it. */
export function ReadinessBadge({ product, mailBlocked = false }: { product: Pick<Product, 'customsReady' | 'customsGaps'>; mailBlocked?: boolean }) {
  const { t } = useTranslation();
  if (product.customsReady) return <span className={`badge ${mailBlocked ? 'muted' : 'ok'}`} data-testid="ready-badge">{t('readiness.ready')}</span>;
  const gaps = missingGaps(product);
  // Only "not mailable": every field is there; the mail badge beside it says the rest.
  if (gaps.length === 0) return <span className="badge muted">{t('readiness.declared')}</span>;
  const list = gaps.map((g) => t(`readiness.gaps.${g}`)).join(t('readiness.separator'));
  return (
    <span className="badge warn" title={t('readiness.missing', { list })}>
      {t('readiness.missing', { list })}
    </span>
  );
}

const LIST_MARK = '\u0001';

/** What the saved product lacks for customs. `edited`: the form holds changes not saved (or refused), so "ready" is said of the saved version only. */
export function ReadinessBanner({ product, edited = false, onJump }: { product: Product; edited?: boolean; onJump(tab: 'general' | 'compliance', field: string): void }) {
  const { t } = useTranslation();
  const mail = 'mailBlocks' in product ? (product as CatalogProduct).mailBlocks : [];
  const gaps = missingGaps(product);
  // The sentence around the links, as the language writes it ('Missing: ' / '缺少：'), the links in {{list}}'s place.
  const [missingBefore, missingAfter = ''] = t('readiness.bannerMissing', { list: LIST_MARK }).split(LIST_MARK);
  const mailBanner = mail.length > 0 && (
    <div className="banner error readiness" data-testid="mail-banner">
      <span>{t('readiness.mail.banner', { reasons: mailReasons(t, mail) })}</span>
      <button type="button" className="link" onClick={() => onJump(...MAIL_FIELDS[mail[0]!.kind])}>
        {t('readiness.mail.open')}
      </button>
    </div>
  );
  if (product.customsReady || gaps.length === 0)
    return (
      <>
        {mailBanner}
        {/* Customs-ready but not by post: the red banner above says what blocks; this one is not green beside it. */}
        <div className={`banner ${product.customsReady && !edited && mail.length === 0 ? 'ok' : 'muted'} readiness`} data-testid="readiness">
          {product.customsReady ? t(edited ? 'readiness.bannerReadySaved' : 'readiness.bannerReady') : t('readiness.bannerDeclared')}
        </div>
      </>
    );
  return (
    <>
    {mailBanner}
    <div className="banner warn readiness" data-testid="readiness">
      <span>
        {missingBefore}
        <ul className="gap-links">
          {gaps.map((g, i) => (
            <li key={g}>
              {i > 0 && t('readiness.separator')}
              <button type="button" className="link" onClick={() => onJump(GAP_FIELDS[g].tab, GAP_FIELDS[g].field)}>
                {t(`readiness.gaps.${g}`)}
              </button>
            </li>
          ))}
        </ul>
        {missingAfter}
      </span>
    </div>
    </>
  );
}

/** Where the facts behind each reason are: the tab and the field to focus. */
const MAIL_FIELDS: Record<MailBlock['kind'], ['general' | 'compliance', string]> = {
  battery_alone: ['compliance', 'compliance.battery.configuration'],
  battery_packed_with: ['compliance', 'compliance.battery.configuration'],
  dangerous_goods: ['compliance', 'compliance.categories'],
  dg_hs_code: ['general', 'hsCode'],
};

const mailReasons = (t: Translate, blocks: readonly MailBlock[]) =>
  blocks.map((b) => t(`readiness.mail.reason.${b.kind}`, { un: b.un ?? '' })).join(t('readiness.separator'));

/** "Cannot go by post": the preflight's blocking rules that the product's facts alone trigger. */
export function MailBadge({ blocks }: { blocks: readonly MailBlock[] }) {
  const { t } = useTranslation();
  if (blocks.length === 0) return null;
  return (
    <span className="badge danger" data-testid="mail-badge" title={mailReasons(t, blocks)}>
      {t('readiness.mail.badge')}
    </span>
  );
}
