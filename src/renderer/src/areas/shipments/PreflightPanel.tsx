// The preflight beside the editor: every finding in the UI's language, its fix, and a link to the
// field it concerns (focused in the editor, or the seller profile in Settings).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Finding, PreflightResult } from '../../../../shared/preflight';
import { summarize } from '../../../../shared/preflight-counts';
import { findingText } from '../../lib/finding';

interface Props {
  result: PreflightResult | null;
  running: boolean;
  onFocusField(path: string): void;
}

export function PreflightPanel({ result, running, onFocusField }: Props) {
  const { t } = useTranslation();
  const count = (s: Finding['severity']) => result?.findings.filter((f) => f.severity === s).length ?? 0;
  // The count line in the colour of the header's verdict: red blocked, amber warnings, green ready.
  const verdict = result ? summarize(result).verdict : null;
  // The list scrolls inside a short strip on a narrow window: say how many findings are below it.
  const list = useRef<HTMLUListElement>(null);
  const [below, setBelow] = useState(0);
  const measure = useCallback(() => {
    const ul = list.current;
    if (!ul) return;
    const bottom = ul.scrollTop + ul.clientHeight;
    setBelow([...ul.children].filter((li) => (li as HTMLElement).offsetTop + (li as HTMLElement).offsetHeight / 2 > bottom).length);
  }, []);
  useEffect(() => {
    measure();
    const ul = list.current;
    if (!ul) return;
    const seen = new ResizeObserver(measure);
    seen.observe(ul);
    return () => seen.disconnect();
  }, [measure, result]);
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
      <ul className="findings" ref={list} onScroll={measure}>
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
      {below > 0 && (
        <button type="button" className="link small findings-more" data-testid="findings-more" onClick={() => list.current?.scrollBy({ top: list.current.clientHeight * 0.8, behavior: 'smooth' })}>
          {t('preflight.moreBelow', { count: below })}
        </button>
      )}
    </aside>
  );
}
