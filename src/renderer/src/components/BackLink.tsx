// The one "Back" of the app: a quiet link above a screen's title, "← Products", to the list (or the
// record) the screen belongs to. Always that parent, never the browser's history: a history step
// cannot say where it goes, and leads nowhere (or out of the app) when the screen was opened by a
// link from elsewhere, after a save that replaced the address, or after a restart. Screen readers
// hear "Back to Products" (the arrow is decoration), which still contains the words on screen.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function BackLink({ to, label }: { to: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Link className="link back" data-testid="back" to={to} aria-label={t('common.backTo', { place: label })}>
      <span aria-hidden="true">←</span>
      {label}
    </Link>
  );
}
