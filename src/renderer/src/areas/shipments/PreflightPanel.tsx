// The preflight beside the editor: every finding in the UI's language, its fix, and a link to the
// field it concerns (focused in the editor, or the seller profile in Settings).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Finding, PreflightResult } from '../../../../shared/preflight';
import type { PreflightSummary } from '../../../../shared/shipments';
import { findingText } from '../../lib/finding';

interface Props {
  result: PreflightResult | null;
  running: boolean;
  onFocusField(path: string): void;
}

/** The preflight in one word and three counts, as the list and the editor's header show it. */
export function summarize(r: PreflightResult): PreflightSummary {
  const n = (s: Finding['severity']) => r.findings.filter((f) => f.severity === s).length;
  const block = n('block');
  const warn = n('warn');
  return { verdict: block > 0 ? 'blocked' : warn > 0 ? 'warnings' : 'ready', block, warn, info: n('info') };
}

export function PreflightPanel({ result, running, onFocusField }: Props) {
  const { t } = useTranslation();
  const count = (s: Finding['severity']) => result?.findings.filter((f) => f.severity === s).length ?? 0;
  // The count line in the colour of the header's verdict: red blocked, amber warnings, green ready.
  const verdict = result ? summarize(result).verdict : null;
  return (
    <aside className="preflight" aria-labelledby="preflight-title" data-testid="preflight">
      <h2 id="preflight-title">
        {t('preflight.title')} {running && <span className="muted small">{t('preflight.running')}</span>}
      </h2>
      {result && (
        <p className={`preflight-summary pf-${verdict}`} data-verdict={verdict} data-testid="preflight-summary">
          {count('block') + count('warn') === 0 ? t('preflight.clean') : (['block', 'warn', 'info'] as const).filter((s) => count(s) > 0).map((s) => t(`preflight.counts.${s}`, { count: count(s) })).join(' · ')}
        </p>
      )}
      <ul className="findings">
        {result?.findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} className={`finding ${f.severity}`} data-rule={f.rule}>
            <span className={`sev sev-${f.severity}`}>{t(`preflight.severity.${f.severity}`)}</span>
            <div>
              <p className="finding-msg">{findingText(t, f.message)}</p>
              {f.fix && <p className="finding-fix">{findingText(t, f.fix)}</p>}
              {f.field &&
                (f.field.startsWith('profile.') ? (
                  <Link className="link small" to="/settings">
                    {t('preflight.openSettings')}
                  </Link>
                ) : (
                  <button type="button" className="link small" onClick={() => onFocusField(f.field!)}>
                    {t('preflight.goTo')}
                  </button>
                ))}
            </div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
