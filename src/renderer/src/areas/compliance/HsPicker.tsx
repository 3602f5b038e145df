// The HS picker: a modal dialog with a search box (ARIA combobox) over a listbox of the HS 2022
// nomenclature. Words or leading digits search through hs.search; ↑/↓ move, Enter on a
// subheading fills the product's HS field, Enter on a chapter or heading opens its contents,
// Escape closes and gives focus back to where it was.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HsLevel, HsNomenclatureEntry, HsSearchResult } from '../../../../shared/hs';
import { api, toClearpackError } from '../../api';
import type { KeysIn } from '../../i18n/keys';
import type { en } from './i18n';

const LEVEL_WORDS: Record<HsLevel, KeysIn<typeof en.hsPicker.level>> = { 2: 'chapter', 4: 'heading', 6: 'subheading' };

interface Props {
  /** Text to start with (what the HS field holds, or nothing). */
  initialQuery: string;
  onPick(code: string): void;
  onClose(): void;
}

/** 851830 -> 8518.30; chapters and headings as they are. */
export const formatHs = (code: string): string => (code.length > 4 ? `${code.slice(0, 4)}.${code.slice(4)}` : code);

export function HsPicker({ initialQuery, onPick, onClose }: Props) {
  const { t } = useTranslation();
  const base = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [result, setResult] = useState<HsSearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    input.current?.focus();
    input.current?.select();
  }, []);

  useEffect(() => {
    const mine = ++seq.current;
    api.hs.search({ query: query.slice(0, 200), limit: 100 }).then(
      (r) => {
        if (mine !== seq.current) return;
        setResult(r);
        setError(null);
        setActive(0);
      },
      (err: unknown) => mine === seq.current && setError(toClearpackError(err).message),
    );
  }, [query]);

  const items = result?.items ?? [];
  const optionId = (i: number) => `${base}-opt-${i}`;

  useEffect(() => {
    listRef.current?.querySelector(`#${CSS.escape(optionId(active))}`)?.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, result]);

  const choose = (entry: HsNomenclatureEntry) => {
    if (entry.level === 6) onPick(entry.code);
    else {
      setQuery(entry.code);
      input.current?.focus();
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!items.length) return;
      setActive((a) => (e.key === 'ArrowDown' ? Math.min(items.length - 1, a + 1) : Math.max(0, a - 1)));
    } else if (e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      setActive((a) => (e.key === 'PageDown' ? Math.min(items.length - 1, a + 10) : Math.max(0, a - 10)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const entry = items[active];
      if (entry) choose(entry);
    }
  };

  const status = error
    ? t('hsPicker.error', { message: error })
    : !result
      ? t('common.loading')
      : result.mode === 'chapters'
        ? t('hsPicker.chapters')
        : result.mode === 'nothing'
          ? t('hsPicker.nothing')
          : result.total === 0
            ? t('hsPicker.noMatch', { query: result.query })
            : `${t('hsPicker.count', { count: result.total })}${result.total > items.length ? ` — ${t('hsPicker.more', { shown: items.length })}` : ''}`;

  return (
    <dialog
      ref={dialog}
      className="hs-picker"
      aria-labelledby={`${base}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="hs-picker-head">
        <h2 id={`${base}-title`}>{t('hsPicker.title')}</h2>
        <button type="button" className="link" onClick={onClose}>
          {t('hsPicker.close')}
        </button>
      </header>
      <input
        ref={input}
        type="text"
        className="search"
        role="combobox"
        aria-label={t('hsPicker.searchLabel')}
        aria-expanded={items.length > 0}
        aria-controls={`${base}-list`}
        aria-autocomplete="list"
        aria-activedescendant={items.length ? optionId(active) : undefined}
        aria-describedby={`${base}-help`}
        placeholder={t('hsPicker.placeholder')}
        value={query}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="muted hs-picker-status" aria-live="polite" data-testid="hs-status">
        {status}
      </p>
      <ul id={`${base}-list`} role="listbox" aria-label={t('hsPicker.results')} className="hs-list" ref={listRef}>
        {items.map((entry, i) => (
          <li
            key={entry.code}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`hs-option level-${entry.level}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(entry)}
          >
            <span className="mono hs-code">{formatHs(entry.code)}</span>
            <span className="hs-text">
              <span className="hs-desc">{entry.description}</span>
              <span className="hs-meta">
                {t(`hsPicker.level.${LEVEL_WORDS[entry.level]}`)}
                {entry.chapterDescription && result?.mode !== 'code' ? ` · ${entry.code.slice(0, 2)} ${entry.chapterDescription}` : ''}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <p className="field-hint" id={`${base}-help`}>
        {t('hsPicker.help')}
      </p>
    </dialog>
  );
}
