// A running job's progress bar with its phase and a Cancel button (reusable for any job).
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../shared/jobs';
import { formatCount } from '../lib/format';

export function JobProgress({ job, onCancel, label }: { job: Job | null; onCancel: () => void; label: string }) {
  const { t } = useTranslation();
  const p = job?.progress ?? { done: 0, total: 0, phase: 'starting' };
  const pct = p.total > 0 ? Math.round((p.done / p.total) * 100) : 0;
  return (
    <div className="job-progress" data-testid="job-progress">
      <div className="job-progress-head">
        <span>{label}</span>
        <span className="muted">
          {t(`jobs.phase.${p.phase}`, { defaultValue: p.phase })}
          {p.total > 0 && ` · ${formatCount(p.done)} / ${formatCount(p.total)}`}
        </span>
      </div>
      <div className="job-bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <div className="job-bar-fill" style={{ width: `${pct}%` }} />
      </div>
      <button type="button" className="button" onClick={onCancel} disabled={!job || job.state !== 'running'}>
        {t('jobs.cancel')}
      </button>
    </div>
  );
}
