// The list of keyboard shortcuts: Help → Keyboard shortcuts in the desktop menu, or Ctrl/Cmd + /.
// A native <dialog> shown modally: it takes the focus, keeps Tab inside and closes on Esc.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { modifierKey, onMac } from './shortcuts';

/** `mac` is the platform's unless given (the unit test shows both). */
export function ShortcutsDialog({ open, onClose, mac = onMac() }: { open: boolean; onClose(): void; mac?: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const mod = modifierKey(mac);
  const rows = (list: [string[], string][]) =>
    list.map(([keys, what]) => (
      <tr key={what}>
        <td>
          {keys.map((k, i) => (
            <span key={k}>
              {i > 0 && ' '}
              <kbd>{k}</kbd>
            </span>
          ))}
        </td>
        <td>{what}</td>
      </tr>
    ));
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose} onCancel={onClose}>
      <div className="dialog-head">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <button type="button" className="button small" onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
      <table className="simple-table shortcuts-table">
        <caption>{t('shortcuts.groups.everywhere')}</caption>
        <tbody>
          {rows([
            [[mod, 'K'], t('shortcuts.keys.search')],
            [[mod, 'N'], t('shortcuts.keys.new')],
            [[mod, 'S'], t('shortcuts.keys.save')],
            [['Esc'], t('shortcuts.keys.escape')],
            [[mod, '/'], t('shortcuts.keys.help')],
          ])}
        </tbody>
      </table>
      <table className="simple-table shortcuts-table">
        <caption>{t('shortcuts.groups.lists')}</caption>
        <tbody>
          {rows([
            [['Tab'], t('shortcuts.keys.tab')],
            [['↑', '↓', '←', '→'], t('shortcuts.keys.arrows')],
            [['Home', 'End'], t('shortcuts.keys.homeEnd', { mod })],
            [['PgUp', 'PgDn'], t('shortcuts.keys.page')],
            [['Enter'], t('shortcuts.keys.enter')],
          ])}
        </tbody>
      </table>
    </dialog>
  );
}
