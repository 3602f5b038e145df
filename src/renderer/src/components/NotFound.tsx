// What a record screen shows when its record does not exist (deleted, or a stale link): why, and the
// way back to its list.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound({ text, back, backLabel }: { text: string; back: string; backLabel?: string }) {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <div className="banner error" role="alert">
        {text}
      </div>
      <div>
        <Link to={back} className="button">
          {backLabel ?? t('common.back')}
        </Link>
      </div>
    </section>
  );
}
