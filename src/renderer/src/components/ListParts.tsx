// The pieces every list screen has around its table (the search box, the load-error banner) and in
// its cells (a name with its local name under it).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListParams } from '../lib/useListParams';

export function SearchBox({ list, label, placeholder }: { list: Pick<ListParams<string>, 'typed' | 'setTyped'>; label: string; placeholder: string }) {
  return (
    <input
      type="search"
      className="search"
      aria-label={label}
      placeholder={placeholder}
      value={list.typed}
      onChange={(e) => list.setTyped(e.target.value)}
      autoFocus
    />
  );
}

export function LoadError({ error, message, onRetry }: { error: Error | null; message: (error: Error) => string; onRetry(): void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="banner error" role="alert">
      {message(error)}{' '}
      <button type="button" className="link" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

/**
 * A list cell's name with the local (e.g. Chinese) name as a second line under it, each ending in its
 * own ellipsis: one column for both leaves room for them to be read in a 1280 px window.
 */
export function NameCell({ name, local, badge }: { name: string; local: string | null | undefined; badge?: ReactNode }) {
  return (
    <span className="cell-two">
      <span className="cell-main">
        {name}
        {badge}
      </span>
      {local && <span className="cell-sub">{local}</span>}
    </span>
  );
}
