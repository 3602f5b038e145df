// Pick one record among many by typing: the core searches, at most a handful of matches are
// shown, Enter or a click picks one. Used to choose products and suppliers in forms.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T> {
  label: string;
  placeholder?: string;
  search(query: string): Promise<T[]>;
  describe(item: T): string;
  itemKey(item: T): string | number;
  onPick(item: T): void;
}

export function SearchPicker<T>({ label, placeholder, search, describe, itemKey, onPick }: Props<T>) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<T[] | null>(null);
  useEffect(() => {
    if (!query.trim()) return;
    let live = true;
    search(query).then((r) => live && setResults(r), () => live && setResults([]));
    return () => {
      live = false;
    };
  }, [query, search]);
  const shown = query.trim() ? results : null;
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={placeholder ?? t('picker.typeToSearch')}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (shown?.[0]) {
              onPick(shown[0]);
              setQuery('');
            }
          }
        }}
      />
      {shown && (
        <ul className="picker-results" role="listbox" aria-label={label}>
          {shown.length === 0 && <li className="muted">{t('picker.noResults')}</li>}
          {shown.map((item) => (
            <li key={itemKey(item)} role="option" aria-selected="false">
              <button
                type="button"
                className="picker-option"
                onClick={() => {
                  onPick(item);
                  setQuery('');
                }}
              >
                {describe(item)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
