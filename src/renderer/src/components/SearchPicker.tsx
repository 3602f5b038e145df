// Pick one record among many by typing: the core searches, at most a handful of matches are
// shown, Enter or a click picks one. Used to choose products and suppliers in forms.
// A field that holds one record (`picked`) shows it, in the field's place, with "Change": never an
// empty search box with the choice somewhere below it (it read as nothing chosen).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T> {
  label: string;
  placeholder?: string;
  search(query: string): Promise<T[]>;
  describe(item: T): string;
  itemKey(item: T): string | number;
  onPick(item: T): void;
  /** What the field holds now (its text); null or absent: nothing yet, the search box shows. */
  picked?: string | null;
  /** data-testid of the picked value. */
  pickedTestId?: string;
  /** The choice can no longer change (e.g. a lot already inspected): shown without Change. */
  locked?: boolean;
  /** The field may be left empty: "Clear" beside Change empties it. */
  onClear?(): void;
  /** A choice is needed to save: the label carries the form's "*". */
  required?: boolean;
}

export function SearchPicker<T>({ label, placeholder, search, describe, itemKey, onPick, picked, pickedTestId, locked, onClear, required }: Props<T>) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<T[] | null>(null);
  const [changing, setChanging] = useState(false);
  const labelled = (
    <label htmlFor={id}>
      {label}
      {required && (
        <span className="req" aria-label={t('common.required')}>
          {' '}
          *
        </span>
      )}
    </label>
  );
  useEffect(() => {
    if (!query.trim()) return;
    let live = true;
    search(query).then((r) => live && setResults(r), () => live && setResults([]));
    return () => {
      live = false;
    };
  }, [query, search]);
  const shown = query.trim() ? results : null;
  const pick = (item: T) => {
    onPick(item);
    setQuery('');
    setChanging(false);
  };
  if (picked && !changing)
    return (
      <div className="picker">
        {labelled}
        <div className="picker-picked">
          <output id={id} data-testid={pickedTestId} title={picked}>
            {picked}
          </output>
          {!locked && (
            <button type="button" className="link" onClick={() => setChanging(true)} aria-label={t('picker.changeWhat', { what: label })}>
              {t('picker.change')}
            </button>
          )}
          {!locked && onClear && (
            <button type="button" className="link" onClick={onClear} aria-label={t('picker.clearWhat', { what: label })}>
              {t('picker.clear')}
            </button>
          )}
        </div>
      </div>
    );
  return (
    <div className="picker">
      {labelled}
      <input
        id={id}
        type="search"
        value={query}
        placeholder={placeholder ?? t('picker.typeToSearch')}
        autoComplete="off"
        // Opened by "Change": the cursor is in the box.
        autoFocus={changing}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (shown?.[0]) pick(shown[0]);
          } else if (e.key === 'Escape' && changing) {
            // Back to what the field holds, unchanged.
            e.stopPropagation();
            setQuery('');
            setChanging(false);
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
                onClick={() => pick(item)}
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
