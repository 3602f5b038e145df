import { useTranslation } from 'react-i18next';
import type { en } from '../../i18n/en';
import type { KeysIn } from '../../i18n/keys';
import { Link } from 'react-router';

/** Says plainly that an area is not built yet, instead of an empty or fake screen. */
export function NotBuilt({ area }: { area: KeysIn<typeof en.nav> }) {
  const { t } = useTranslation();
  const name = t(`nav.${area}`);
  return (
    <section className="screen" aria-labelledby="not-built-title">
      <h1 id="not-built-title">{name}</h1>
      <div className="empty-card">
        <h2>{t('notBuilt.title', { area: name })}</h2>
        <p>{t('notBuilt.body')}</p>
        <Link className="button" to="/catalog">
          {t('notBuilt.toCatalog')}
        </Link>
      </div>
    </section>
  );
}
