// One small toast: a confirmation of an action whose result is not next to it (a file added from a
// picker, a choice saved at once). toast(words) from anywhere; <Toaster /> (once, in App) shows the
// last few at the bottom of the window for a few seconds, announced politely to screen readers.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../i18n/keys';

interface Item {
  id: number;
  /** Said in the language shown when it renders (a switch of language says it again). */
  text: (t: Translate) => string;
}

const SHOWN_MS = 4000;
let items: Item[] = [];
let nextId = 1;
const listeners = new Set<(items: Item[]) => void>();
const publish = () => listeners.forEach((l) => l(items));

/** Shows a confirmation: `toast((t) => t('claimForm.picker.addedToast', { name }))`. */
export function toast(text: Item['text']): void {
  const item = { id: nextId++, text };
  items = [...items.slice(-2), item];
  publish();
  setTimeout(() => {
    items = items.filter((i) => i !== item);
    publish();
  }, SHOWN_MS);
}

export function Toaster() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Item[]>(items);
  useEffect(() => {
    listeners.add(setShown);
    return () => void listeners.delete(setShown);
  }, []);
  return (
    <div className="toaster" aria-live="polite" data-testid="toaster">
      {shown.map((i) => (
        <p key={i.id} className="toast">
          {i.text(t)}
        </p>
      ))}
    </div>
  );
}
