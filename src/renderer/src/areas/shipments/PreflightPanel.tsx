// The preflight beside the editor: every finding in the UI's language, its fix, and a link to the
// field it concerns (focused in the editor, or the seller profile in Settings). A locked shipment's
// preflight (shipped, delivered, held…) is shown for the record: its findings and fixes to read
// (why a parcel was held), in no verdict's colour and without links to fields that cannot change.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PreflightResult } from '../../../../shared/preflight';
import { summarize } from '../../../../shared/preflight-counts';
import { countWords, findingText } from '../../lib/finding';

interface Props {
  result: PreflightResult | null;
  running: boolean;
  onFocusField(path: string): void;
  /** The declaration can no longer change: the findings are a record, not a to-do list. */
  locked?: boolean;
}

export function PreflightPanel({ result, running, onFocusField, locked = false }: Props) {
  const { t } = useTranslation();
  const summary = result ? summarize(result) : null;
  // The count line in the colour of the header's verdict: red blocked, amber warnings, green ready.
  const verdict = summary?.verdict ?? null;
  // The list scrolls inside a short strip on a narrow window: say how many findings are below it,
  // and fade its bottom edge while there are (a line cut by the edge reads as "goes on").
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
  /** Brings the first finding the bottom edge cuts to the top of the list (whole, from its first line). */
  const showMore = () => {
    const ul = list.current;
    if (!ul) return;
    const bottom = ul.scrollTop + ul.clientHeight;
    const cut = ([...ul.children] as HTMLElement[]).find((li) => li.offsetTop + li.offsetHeight > bottom + 1 && li.offsetTop > ul.scrollTop + 1);
    // A finding taller than the list goes on by most of a list's height (nothing of it is skipped).
    ul.scrollTo({ top: cut && cut.offsetTop <= bottom ? cut.offsetTop : ul.scrollTop + ul.clientHeight * 0.8, behavior: 'smooth' });
  };
  const counts = summary ? countWords(t, summary).join(' · ') : '';
  return (
    <aside className={`preflight${locked ? ' on-record' : ''}`} aria-labelledby="preflight-title" data-testid="preflight" data-locked={locked ? '' : undefined}>
      <h2 id="preflight-title">
        {t('preflight.title')} {running && <span className="muted small">{t('preflight.running')}</span>}
      </h2>
      {result && (
        <p className={`preflight-summary ${locked ? 'pf-record' : `pf-${verdict}`}`} data-verdict={verdict} data-testid="preflight-summary">
          {locked ? counts || t('preflight.recordClean') : summary!.block + summary!.warn === 0 ? t('preflight.clean') : counts}
        </p>
      )}
      {result && locked && (
        <p className="preflight-record muted small" data-testid="preflight-record">
          {t('preflight.record')}
        </p>
      )}
      {/* A region that scrolls on its own: reachable by keyboard (Tab, then the arrow keys), also when no
          finding has a link in it (a locked shipment's, axe: scrollable-region-focusable). */}
      <ul className="findings" ref={list} onScroll={measure} data-more={below > 0 ? '' : undefined} tabIndex={0} aria-labelledby="preflight-title">
        {result?.findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} className={`finding ${f.severity}`} data-rule={f.rule}>
            <span className={`sev sev-${f.severity}`}>{t(`preflight.severity.${f.severity}`)}</span>
            <div>
              <p className="finding-msg">{findingText(t, f.message)}</p>
              {f.fix && <p className="finding-fix">{findingText(t, f.fix)}</p>}
              {f.field &&
                !locked &&
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
        <button type="button" className="link small findings-more" data-testid="findings-more" onClick={showMore}>
          {t('preflight.moreBelow', { count: below })}
        </button>
      )}
    </aside>
  );
}
