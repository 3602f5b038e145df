import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppInfo } from '../../../../shared/api';
import type { RulesInfo } from '../../../../shared/reference/methods';
import { api } from '../../api';
import { LANGUAGES, setLanguage } from '../../i18n';
import { useFormat } from '../../lib/format';
import { formattersFor } from '../../lib/formatters';
import { SellerProfileForm } from '../shipments/SellerProfileForm';
import type { Language } from '../../i18n';

export function Settings() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [rules, setRules] = useState<RulesInfo | null>(null);
  useEffect(() => {
    api.app.info().then(setInfo, () => setInfo(null));
    api.reference.list().then(setRules, () => setRules(null));
  }, []);
  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <fieldset>
        <legend>{t('settings.language')}</legend>
        <p className="muted">{t('settings.languageHint')}</p>
        <div className="segmented" role="radiogroup" aria-label={t('settings.language')}>
          {LANGUAGES.map((lang: Language) => (
            <button key={lang} type="button" role="radio" aria-checked={i18n.language === lang} lang={lang === 'zh' ? 'zh-CN' : 'en'} onClick={() => void setLanguage(lang)}>
              {t(`languages.${lang}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('backups.title')}</legend>
        <p className="muted">{t('backups.intro')}</p>
        <Link className="button" to="/settings/backups" data-testid="open-backups">
          {t('backups.open')}
        </Link>
      </fieldset>
      <SellerProfileForm />
      {info && (
        <fieldset>
          <legend>{t('settings.about')}</legend>
          <dl className="facts">
            <dt>{t('app.name')}</dt>
            <dd>
              {t('settings.version', { version: info.version })} · {t('settings.schema', { version: info.schemaVersion })}
            </dd>
            <dt>{t('settings.dataFolder')}</dt>
            <dd className="mono">{info.dataDir}</dd>
            <dt>{t('settings.databaseFile')}</dt>
            <dd className="mono">{info.databaseFile}</dd>
          </dl>
          {rules && <RulesList rules={rules} />}
        </fieldset>
      )}
    </section>
  );
}

/** Every rules file the preflight reasons with, its source and the day it was checked; old rules warn. */
function RulesList({ rules }: { rules: RulesInfo }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section aria-labelledby="rules-title" data-testid="rules-list">
      <h3 id="rules-title">{t('settings.rules.title')}</h3>
      {rules.stale ? (
        <p className="banner warn" role="alert" data-testid="rules-stale">
          {t('settings.rules.stale', { months: rules.staleAfterMonths, oldest: fmt.date(rules.oldest), today: fmt.date(rules.today) })}
        </p>
      ) : (
        <p className="muted">{t('settings.rules.fresh', { months: rules.staleAfterMonths })}</p>
      )}
      <table className="table rules-table">
        <thead>
          <tr>
            <th scope="col">{t('settings.rules.file')}</th>
            <th scope="col">{t('settings.rules.checked')}</th>
            <th scope="col">{t('settings.rules.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.files.map((f) => (
            <tr key={f.file} data-testid={`rules-${f.file}`}>
              <td className="mono">{f.file}</td>
              <td className={f.stale ? 'warn-text' : undefined}>
                {fmt.date(f.date)}
                {f.stale && ` · ${t('settings.rules.old', { months: rules.staleAfterMonths })}`}
              </td>
              {/* The source is quoted in English as it is written: its days as English writes a day, in either UI language (never "checked 2026年12月2日."). */}
              <td className="small" lang="en">{formattersFor('en-US').datesIn(f.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
