// The app's keyboard shortcuts, handled once for every screen (App mounts useShortcuts). A screen
// takes part without code of its own: its search box is the first `input[type=search]` (or the
// element marked data-shortcut="search"), its "New" the head's link to …/new (or data-shortcut="new"),
// and Save the form being edited (its submit button; a form that saves as it goes, on leaving a
// field, is saved by leaving the field). Marks win over the defaults where a screen has several.
// Not menu accelerators: the native menu would take the keys before the page sees them, and the
// e2e harness has no menu.
import { useEffect } from 'react';

export type Shortcut = 'search' | 'new' | 'save' | 'help';

/** Whether the page runs on macOS, where the shortcuts take Cmd (⌘) rather than Ctrl. */
export const onMac = (): boolean => typeof navigator !== 'undefined' && /mac/i.test(navigator.platform);

/** The modifier key as the list of shortcuts shows it. */
export const modifierKey = (mac: boolean): string => (mac ? '⌘' : 'Ctrl');

/** Which shortcut a key press is, if any (Ctrl on Windows and Linux, Cmd on macOS). */
export function shortcutOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, mac: boolean): Shortcut | null {
  const mod = mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'k' && !e.shiftKey) return 'search';
  if (key === 'n' && !e.shiftKey) return 'new';
  if (key === 's' && !e.shiftKey) return 'save';
  if (key === '/' || key === '?') return 'help';
  return null;
}

const visible = (el: HTMLElement) => el.getClientRects().length > 0 && !(el as HTMLButtonElement).disabled;
const first = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)].find(visible) ?? null;

function search(root: ParentNode): boolean {
  const box = first(root, '[data-shortcut="search"]') ?? first(root, 'input[type="search"]');
  if (!box) return false;
  box.focus();
  if (box instanceof HTMLInputElement) box.select();
  return true;
}

function create(root: ParentNode): boolean {
  const target = first(root, '[data-shortcut="new"]') ?? first(root, '.screen-head a[href$="/new"]');
  if (!target) return false;
  target.click();
  return true;
}

function save(root: ParentNode): boolean {
  const marked = first(root, '[data-shortcut="save"]');
  if (marked) {
    marked.click();
    return true;
  }
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const forms = [...root.querySelectorAll<HTMLFormElement>('form')].filter(visible);
  const form = focused?.closest('form') ?? (forms.length === 1 ? forms[0]! : null);
  if (!form) return false;
  const submit = [...form.querySelectorAll<HTMLButtonElement>('button[type="submit"]')].find(visible);
  if (submit) {
    form.requestSubmit(submit);
    return true;
  }
  // A form that saves as it goes saves when a field is left: leave it, and come back.
  if (focused && form.contains(focused)) {
    focused.blur();
    focused.focus();
    return true;
  }
  return false;
}

/** Handles the shortcuts on the page; `onHelp` opens the list of shortcuts. */
export function useShortcuts(onHelp: () => void): void {
  useEffect(() => {
    const mac = onMac();
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const which = shortcutOf(e, mac);
      if (!which) return;
      const root = document.querySelector('main') ?? document;
      // Inside an open dialog only its own form counts.
      const dialog = document.querySelector<HTMLElement>('dialog[open]');
      const scope = dialog ?? root;
      const done = which === 'help' ? (onHelp(), true) : which === 'search' ? search(scope) : which === 'new' ? !dialog && create(scope) : save(scope);
      // Ctrl+S and Ctrl+N are always taken: never "save page" or a second window.
      if (done || which === 'save' || which === 'new') e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onHelp]);
}
