// The pieces every list screen has around its table: the search box and the load-error banner.
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
