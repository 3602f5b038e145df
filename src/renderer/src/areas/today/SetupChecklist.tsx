// First run: the steps to a first printed pack, each ticked by what the data file already holds
// (documents.today → setup), each a link to where it is done.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SetupSteps } from '../../../../shared/documents';

const STEPS = [
  ['profile', '/settings'],
  ['catalog', '/catalog/import'],
  ['suppliers', '/suppliers/new'],
  ['shipments', '/shipments/import-orders'],
  ['printed', '/shipments'],
] as const satisfies readonly (readonly [keyof SetupSteps, string])[];

export const setupComplete = (s: SetupSteps) => STEPS.every(([k]) => s[k]);

export function SetupChecklist({ steps }: { steps: SetupSteps }) {
  const { t } = useTranslation();
  const done = STEPS.filter(([k]) => steps[k]).length;
  const next = STEPS.find(([k]) => !steps[k]);
  // Most of the way there (the demo, a seller who has not printed yet): one line with the next step,
  // so the checklist does not push the day's cards down.
  if (next && done >= 3)
    return (
      <section className="card setup-checklist compact" aria-labelledby="setup-title" data-testid="setup-checklist">
        <h2 id="setup-title">{t('setup.title')}</h2>
        <span className="muted small" data-testid="setup-progress">{t('setup.progress', { done, total: STEPS.length })}</span>
        <span className="small">{t('setup.next')}</span>
        <Link to={next[1]} className="setup-link" data-testid={`setup-${next[0]}`} data-done="false">
          {t(`setup.steps.${next[0]}.title`)}
        </Link>
      </section>
    );
  return (
    <section className="card setup-checklist" aria-labelledby="setup-title" data-testid="setup-checklist">
      <header className="setup-head">
        <h2 id="setup-title">{t('setup.title')}</h2>
        <span className="muted small" data-testid="setup-progress">{t('setup.progress', { done, total: STEPS.length })}</span>
      </header>
      <p className="muted small">{t('setup.intro')}</p>
      <ol className="setup-steps">
        {STEPS.map(([key, to]) => (
          <li key={key} className={`setup-step ${steps[key] ? 'done' : ''} ${key === next?.[0] ? 'next' : ''}`} data-testid={`setup-${key}`} data-done={steps[key] ? 'true' : 'false'}>
            <span className="setup-tick" aria-label={steps[key] ? t('setup.done') : t('setup.todo')} role="img">
              {steps[key] ? '✓' : ''}
            </span>
            <div>
              <Link to={to} className="setup-link">{t(`setup.steps.${key}.title`)}</Link>
              {key === 'shipments' && (
                <Link to="/shipments/new" className="small setup-alt">{t('setup.newShipment')}</Link>
              )}
              <p className="muted small">{t(`setup.steps.${key}.hint`)}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
