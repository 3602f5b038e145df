// The one "Back" of the app: a quiet link above a screen's title, with an arrow, to the screen it
// came from (its list, or the screen that opened it).
import { Link } from 'react-router';

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link className="link back" to={to}>
      <span aria-hidden="true">← </span>
      {label}
    </Link>
  );
}
