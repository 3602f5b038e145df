// The consumer information sheet of one product: a PDF, and HTML to paste into a listing.
// The lead places this panel on the product detail (another area's screen).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InfoSheet } from '../../../../shared/claims';
import { api, toClearpackError } from '../../api';
import { OpenFileButton } from '../../components/OpenFileButton';

export function ProductInfoSheetPanel({ productId }: { productId: number }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<'en' | 'zh'>(i18n.language === 'zh' ? 'zh' : 'en');
  const [sheet, setSheet] = useState<InfoSheet | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);

  async function generate() {
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      setSheet(await api.products.infoSheet({ productId, language }));
    } catch (err) {
      setError(toClearpackError(err).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="info-sheet-panel" aria-label={t('infoSheet.title')}>
      <h2>{t('infoSheet.title')}</h2>
      <div className="toolbar">
        <label>
          {t('infoSheet.language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as 'en' | 'zh')}>
            <option value="en">English</option>
            <option value="zh">中文</option>
          </select>
        </label>
        <button type="button" className="button primary" disabled={busy} onClick={() => void generate()}>{t('infoSheet.generate')}</button>
      </div>
      {error && <div className="banner error" role="alert">{error}</div>}
      {sheet && (
        <>
          <div className="banner ok" role="status">
            {t('infoSheet.written', { count: sheet.pages, pages: sheet.pages })} <code className="mono">{sheet.path}</code> <OpenFileButton path={sheet.path} testId="open-info-sheet" />
          </div>
          <label htmlFor="info-sheet-html">{t('infoSheet.html')}</label>
          <textarea id="info-sheet-html" className="mono" rows={10} readOnly value={sheet.html} />
          <button type="button" className="button" onClick={() => void navigator.clipboard.writeText(sheet.html).then(() => setCopied(true))}>
            {copied ? t('infoSheet.copied') : t('infoSheet.copy')}
          </button>
        </>
      )}
    </section>
  );
}
