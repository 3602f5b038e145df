// The one "Back" of the app: a quiet link above a screen's title, "← Products". It goes to the
// screen the record was opened from when that screen's link said so (the dashboard), else to the
// list (or the record) the screen belongs to, as it was left (its search and filters); lib/back.ts.
// Never the browser's history: a history step cannot say where it goes, and leads nowhere (or out
// of the app) when the screen was opened by a link from elsewhere, after a save that replaced the
// address, or after a restart. Screen readers hear "Back to Products" (the arrow is decoration),
// which still contains the words on screen.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { backTo, cameFrom } from '../lib/back';

export function BackLink({ to, label }: { to: string; label: string }) {
  const { t } = useTranslation();
  const from = cameFrom(useLocation().state);
  const place = from ? t(from.label) : label;
  return (
    <Link className="link back" data-testid="back" to={from ? from.to : backTo(to)} aria-label={t('common.backTo', { place })}>
      <span aria-hidden="true">←</span>
      {place}
    </Link>
  );
}
