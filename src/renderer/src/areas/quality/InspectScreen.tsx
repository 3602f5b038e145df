// The inspection screen, made for a laptop on a warehouse bench: big buttons, − / + steppers,
// checklist toggles, keyboard all the way (Tab, Space/Enter, arrow keys in number inputs), and the
// verdict of each class live as defects are counted.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { InspectionPreview } from '../../../../shared/api';
import type { DefectClass, Inspection } from '../../../../shared/lots';
import { DEFECT_CLASSES } from '../../../../shared/lots';
import { api, toClearpackError } from '../../api';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { localToday } from '../../lib/dates';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { useRecord } from '../../lib/useRecord';
import { sentences, useFormat } from '../../lib/format';
import { FormBanner } from '../../components/FormBanner';
import { NotFound } from '../../components/NotFound';
import { DateField } from '../../components/DateField';
import { BackLink } from '../../components/BackLink';
import { QualityTabs } from './QualityScreen';
import { FormActions } from '../../components/FormActions';

interface DefectRow {
  class: DefectClass;
  type: string;
  count: number;
  note: string;
}
interface CheckState {
  passed?: boolean | null;
  value?: string;
  choice?: string | null;
}

function Stepper({ value, onChange, label, min = 0, testId }: { value: number; onChange: (v: number) => void; label: string; min?: number; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="stepper" role="group" aria-label={label}>
      <button type="button" className="step" aria-label={`${label} −`} onClick={() => onChange(Math.max(min, value - 1))}>
        −
      </button>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        value={value}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => onChange(Math.max(min, Math.floor(Number(e.target.value) || 0)))}
        title={t('quality.inspect.found')}
      />
      <button type="button" className="step" aria-label={`${label} +`} onClick={() => onChange(value + 1)}>
        +
      </button>
    </div>
  );
}

export function InspectScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id } = useParams();
  const lotId = Number(id);
  const { record: lot, missing, error: loadError } = useRecord((lid) => api.lots.get({ id: lid }), lotId);
  const [preview, setPreview] = useState<InspectionPreview | null>(null);
  const [defects, setDefects] = useState<DefectRow[]>([]);
  const [checks, setChecks] = useState<Record<string, CheckState>>({});
  const [inspector, setInspector] = useState('');
  const [date, setDate] = useState(localToday());
  const [notes, setNotes] = useState('');
  const { errors, setErrors, banner, setBanner, busy, run } = useFormFeedback('quality.lotForm.fixErrors', { loadError });
  const [done, setDone] = useState<Inspection | null>(null);

  useEffect(() => {
    let live = true;
    api.inspections.preview({ lotId }).then(
      (p) => live && setPreview(p),
      (e: unknown) => live && setBanner({ kind: 'error', text: (t) => t('errors.generic', { message: toClearpackError(e).message }) }),
    );
    return () => {
      live = false;
    };
  }, [lotId, setBanner]);

  const found = (c: DefectClass) => defects.filter((d) => d.class === c).reduce((n, d) => n + d.count, 0);
  const rejects = preview ? preview.classes.some((c) => found(c.class) >= c.reject) : false;
  const setDefect = (i: number, patch: Partial<DefectRow>) => setDefects((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!preview) return;
    await run(async () => {
      const created = await api.inspections.create({
        lotId,
        date,
        inspector,
        notes,
        defects: defects.filter((d) => d.count > 0).map((d) => ({ class: d.class, type: d.type, count: d.count, note: d.note })),
        checklist: preview.checklist
          .filter((it) => checks[it.key])
          .map((it) => {
            const c = checks[it.key]!;
            if (it.kind === 'numeric') return { key: it.key, value: c.value === undefined || c.value === '' ? null : Number(c.value) };
            if (it.kind === 'choice') return { key: it.key, choice: c.choice ?? null };
            return { key: it.key, passed: c.passed ?? null };
          }),
      });
      setDone(created);
      setErrors({});
      setBanner({
        kind: 'ok',
        text: (t) =>
          sentences(
            t('quality.inspect.done', { verdict: t(`quality.inspect.verdict.${created.verdict}`), status: t(`quality.status.${created.lotStatus}`) }),
            t('quality.inspect.nextMode', { mode: t(`quality.inspect.mode.${created.nextMode}`) }),
          ),
      });
    });
  }

  if (missing) return <NotFound text={t('quality.lotForm.notFound')} back="/quality" backLabel={t('quality.tabs.lots')} />;

  return (
    <section className="screen inspect-screen" aria-labelledby="inspect-title">
      <QualityTabs />
      <header className="screen-head">
        <div>
          <BackLink to={`/quality/lots/${lotId}`} label={lot ? t('quality.lotForm.title', { id: lot.id, sku: lot.productSku }) : t('quality.lotForm.titleLoading', { id: lotId })} />
          <h1 id="inspect-title">{t('quality.inspect.title', { id: lotId })}</h1>
          {lot && <p className="muted">{t('quality.inspect.subtitle', { product: `${lot.productSku} ${lot.productName}`, supplier: lot.supplierName, count: lot.quantityReceived })}</p>}
        </div>
      </header>
      <FormBanner banner={banner} testId="inspect-banner" />
      {/* A released lot is in stock: no form whose controls look usable but cannot be saved. */}
      {lot?.status === 'released' && !done && (
        <div className="banner warn" data-testid="inspect-released">
          {t('quality.inspect.released')}
          {fmt.gapAfter(t('quality.inspect.released'))}
          {/* Not a dead end: the lot's page lists the inspections it had. */}
          <Link to={`/quality/lots/${lotId}`} data-testid="inspect-released-lot">
            {t('quality.inspect.seeInspections')}
          </Link>
        </div>
      )}
      {preview && !done && lot?.status !== 'released' && (
        <form onSubmit={submit} noValidate>
          <p className="plan-line" data-testid="plan-line">
            {t('quality.inspect.plan', { level: preview.level, mode: t(`quality.inspect.mode.${preview.mode}`), sample: preview.sampleSize })}
          </p>
          <div className="class-cards">
            {preview.classes.map((c) => {
              const n = found(c.class);
              const bad = n >= c.reject;
              return (
                <div key={c.class} className={`class-card ${bad ? 'reject' : 'accept'}`} data-testid={`class-${c.class}`}>
                  <h3>{t(`quality.inspect.classes.${c.class}`)}</h3>
                  <p className="muted">{t('quality.inspect.classLine', { aql: c.aql, sample: c.sampleSize, ac: c.accept, re: c.reject })}</p>
                  <p className="big-number" aria-live="polite">
                    {n} <span className="verdict">{t(`quality.inspect.verdict.${bad ? 'reject' : 'accept'}`)}</span>
                  </p>
                  <button type="button" className="button big" onClick={() => setDefects((ds) => [...ds, { class: c.class, type: '', count: 1, note: '' }])}>
                    + {t('quality.inspect.addDefect')}
                  </button>
                </div>
              );
            })}
          </div>
          <p className={`verdict-line ${rejects ? 'reject' : 'accept'}`} data-testid="verdict-so-far">
            {rejects ? t('quality.inspect.willReject') : t('quality.inspect.willAccept')}
          </p>
          {errors.defects && <p className="field-error">{errors.defects}</p>}
          <fieldset>
            <legend>{t('quality.inspect.defectsTitle')}</legend>
            {defects.length === 0 && <p className="muted">{t('quality.inspect.noDefects')}</p>}
            {defects.map((d, i) => (
              <div key={i} className="defect-row" data-testid="defect-row">
                <select aria-label={t('quality.inspect.defectsTitle')} value={d.class} onChange={(e) => setDefect(i, { class: e.target.value as DefectClass })}>
                  {DEFECT_CLASSES.map((c) => (
                    <option key={c} value={c}>
                      {t(`quality.inspect.classes.${c}`)}
                    </option>
                  ))}
                </select>
                <input
                  aria-label={t('quality.inspect.defectType')}
                  placeholder={t('quality.inspect.defectTypePlaceholder')}
                  value={d.type}
                  aria-invalid={errors[`defects.${i}.type`] ? true : undefined}
                  onChange={(e) => setDefect(i, { type: e.target.value })}
                />
                <Stepper label={t(`quality.inspect.classes.${d.class}`)} value={d.count} min={1} onChange={(v) => setDefect(i, { count: v })} testId={`defect-count-${i}`} />
                <input aria-label={t('quality.inspect.defectNote')} placeholder={t('quality.inspect.defectNote')} value={d.note} onChange={(e) => setDefect(i, { note: e.target.value })} />
                <button type="button" className="link" onClick={() => setDefects((ds) => ds.filter((_, j) => j !== i))}>
                  {t('quality.inspect.removeDefect')}
                </button>
                {errors[`defects.${i}.type`] && <p className="field-error">{errors[`defects.${i}.type`]}</p>}
              </div>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('quality.inspect.checklist')}</legend>
            {preview.checklist.length === 0 && <p className="muted">{t('quality.inspect.noChecklist')}</p>}
            {preview.checklist.map((it) => {
              const c = checks[it.key] ?? {};
              const setC = (patch: CheckState) => setChecks((s) => ({ ...s, [it.key]: { ...s[it.key], ...patch } }));
              return (
                <div key={it.key} className="check-row">
                  <span className="check-label">
                    {it.label}
                    {it.photoRequired && <em className="muted"> · {t('quality.inspect.photoRequired')}</em>}
                  </span>
                  {it.kind === 'pass_fail' && (
                    <div className="segmented big" role="group" aria-label={it.label}>
                      <button type="button" aria-pressed={c.passed === true} onClick={() => setC({ passed: true })}>
                        ✓ {t('quality.inspect.pass')}
                      </button>
                      <button type="button" aria-pressed={c.passed === false} onClick={() => setC({ passed: false })}>
                        ✗ {t('quality.inspect.fail')}
                      </button>
                    </div>
                  )}
                  {it.kind === 'numeric' && (
                    <span>
                      <input className="quality-num" inputMode="decimal" aria-label={it.label} value={c.value ?? ''} onChange={(e) => setC({ value: e.target.value })} /> {it.unit ?? ''}
                      <span className="muted"> ({it.min ?? '−∞'} – {it.max ?? '∞'})</span>
                    </span>
                  )}
                  {it.kind === 'choice' && (
                    <div className="segmented big" role="group" aria-label={it.label}>
                      {it.choices.map((ch) => (
                        <button key={ch} type="button" aria-pressed={c.choice === ch} onClick={() => setC({ choice: ch })}>
                          {ch}
                        </button>
                      ))}
                    </div>
                  )}
                </div>
              );
            })}
          </fieldset>
          <div className="grid">
            <div className={`field ${errors.inspector ? 'has-error' : ''}`}>
              <label htmlFor="inspector">{t('quality.inspect.inspector')}</label>
              <input id="inspector" value={inspector} onChange={(e) => setInspector(e.target.value)} aria-invalid={errors.inspector ? true : undefined} />
              {errors.inspector && <p className="field-error">{errors.inspector}</p>}
            </div>
            <div className="field">
              <label htmlFor="inspection-date">{t('quality.inspect.date')}</label>
              <DateField id="inspection-date" value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
            <div className="field wide">
              <label htmlFor="inspection-notes">{t('quality.inspect.notes')}</label>
              <textarea id="inspection-notes" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
            </div>
          </div>
          <FormActions>
            <button type="submit" className="button primary big" disabled={busy}>
              {t('quality.inspect.submit')}
            </button>
          </FormActions>
        </form>
      )}
      {done && (
        <>
          <h2 className="section-title">{t('quality.inspect.photos')}</h2>
          <AttachmentsPanel owner={{ kind: 'inspection', id: done.id }} />
          <p>
            <Link className="button big" to={`/quality/lots/${lotId}`}>
              {t('quality.inspect.backToLot')}
            </Link>{' '}
            <Link className="button big" to={`/quality/suppliers/${done.supplierId}`}>
              {t('quality.lotForm.scorecard')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
