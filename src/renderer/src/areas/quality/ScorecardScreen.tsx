// One supplier's scorecard: score per month (months without a lot say so), defect rate against the
// other suppliers, the Pareto of its defect types, a review (weights, reviewer scores, band, and
// optionally the status it leads to), and the review as a PDF.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Criterion, DefectStats, ReviewResult } from '../../../../shared/reviews';
import { CRITERIA, DEFAULT_WEIGHTS } from '../../../../shared/reviews';
import { api, toClearpackError } from '../../api';
import { localToday } from '../../lib/dates';
import { latest } from '../../lib/latest';
import { fieldErrors } from '../../lib/errors';
import { useRecord } from '../../lib/useRecord';
import { NotFound } from '../../components/NotFound';
import { BarChart, ParetoChart, ScoreChart } from './Charts';
import { QualityTabs } from './QualityScreen';
import { OpenFileButton } from '../../components/OpenFileButton';
import { ReplaceFile } from '../../components/ReplaceFile';
import type { ClearpackError } from '../../../../shared/errors';
import { ChooseButton } from '../../components/ChooseButton';
import { BackLink } from '../../components/BackLink';

/** The spans the scorecard can show, in months (the first is the default, the review's year). */
const SHOWN_MONTHS = [12, 24] as const;

export function ScorecardScreen() {
  const { t } = useTranslation();
  const { id } = useParams();
  const supplierId = Number(id);
  // The months shown (?months=24 for two years); the score and band are those of these months.
  const [search, setSearch] = useSearchParams();
  const months = SHOWN_MONTHS.find((n) => String(n) === search.get('months')) ?? SHOWN_MONTHS[0];
  const { record: card, missing, error: cardError, reload: reloadCard } = useRecord((id) => api.suppliers.scorecard({ supplierId: id, months }), supplierId);
  const shownMonths = useRef(months);
  useEffect(() => {
    if (shownMonths.current === months) return;
    shownMonths.current = months;
    reloadCard();
  }, [months, reloadCard]);
  const [all, setAll] = useState<DefectStats | null>(null);
  const [mine, setMine] = useState<DefectStats | null>(null);
  const [period, setPeriod] = useState(() => localToday().slice(0, 7));
  const [weights, setWeights] = useState<Record<Criterion, string>>(() => Object.fromEntries(CRITERIA.map((c) => [c, String(DEFAULT_WEIGHTS[c])])) as Record<Criterion, string>);
  const [scores, setScores] = useState<Record<Criterion, string>>(() => Object.fromEntries(CRITERIA.map((c) => [c, ''])) as Record<Criterion, string>);
  const [apply, setApply] = useState(false);
  const [result, setResult] = useState<ReviewResult | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string; path?: string } | null>(null);
  const [pdfPath, setPdfPath] = useState('');
  // A path from the save dialog may replace a file (the dialog asked); a typed one may not.
  const [pdfFromDialog, setPdfFromDialog] = useState(false);
  const [pdfError, setPdfError] = useState<ClearpackError | null>(null);

  /** The defect charts, over the same months (the scorecard itself is the record, loaded by useRecord). */
  // The newest answer wins (a switch of the months shown while the previous load is under way).
  const [allLoads] = useState(latest);
  const [mineLoads] = useState(latest);
  const load = useCallback(() => {
    const failed = (err: unknown) => setBanner({ kind: 'error', text: t('errors.generic', { message: toClearpackError(err).message }) });
    allLoads.run(api.quality.defectStats({ months }), setAll, failed);
    mineLoads.run(api.quality.defectStats({ months, supplierId }), setMine, failed);
  }, [supplierId, months, allLoads, mineLoads, t]);
  useEffect(load, [load]);

  async function review(e: FormEvent) {
    e.preventDefault();
    try {
      const given = Object.fromEntries(CRITERIA.filter((c) => scores[c].trim() !== '').map((c) => [c, Number(scores[c])]));
      const r = await api.suppliers.review({
        supplierId,
        period,
        weights: Object.fromEntries(CRITERIA.map((c) => [c, Number(weights[c])])) as Record<Criterion, number>,
        scores: given,
        apply,
      });
      setResult(r);
      setErrors({});
      setBanner(r.applied && r.statusFromBand ? { kind: 'ok', text: t('quality.scorecard.applied', { status: t(`suppliers.status.${r.statusFromBand}`) }) } : null);
      reloadCard();
      load();
    } catch (err) {
      const ce = toClearpackError(err);
      const fields = fieldErrors(t, ce, { nested: true });
      setErrors(fields);
      setBanner({ kind: 'error', text: Object.values(fields)[0] ?? ce.message });
    }
  }

  async function savePdf(overwrite = pdfFromDialog, outPath = pdfPath.trim()) {
    setPdfError(null);
    try {
      const r = await api.suppliers.reviewPdf({ supplierId, period, outPath, overwrite });
      setBanner({ kind: 'ok', text: t('quality.scorecard.pdfSaved', { path: r.path, pages: r.pages, count: r.pages }), path: r.path });
      setErrors({});
    } catch (err) {
      const ce = toClearpackError(err);
      setPdfError(ce);
      setErrors(fieldErrors(t, ce));
      setBanner({ kind: 'error', text: Object.values(fieldErrors(t, ce))[0] ?? ce.message });
    }
  }

  if (missing) return <NotFound text={t('supplierForm.notFound')} back="/quality/scorecards" backLabel={t('quality.tabs.scorecards')} />;

  return (
    <section className="screen" aria-labelledby="scorecard-title">
      <QualityTabs />
      <header className="screen-head">
        <div>
          <BackLink to="/quality/scorecards" label={t('quality.tabs.scorecards')} />
          <h1 id="scorecard-title">{card ? t('quality.scorecard.title', { name: card.supplierName }) : '…'}</h1>
          {card && (
            <p className="muted scorecard-standing">
              <span data-testid="scorecard-status">
                {t('quality.scorecard.statusLabel')} <span className={`badge status-${card.supplierStatus}`}>{t(`suppliers.status.${card.supplierStatus}`)}</span>
              </span>{' '}
              ·{' '}
              <span data-testid="scorecard-score">
                {card.score === null ? t('quality.scorecard.noScore') : t('quality.scorecard.score', { score: card.score })}
              </span>
              {card.band && (
                <span data-testid="scorecard-band">
                  {' '}
                  · {t('quality.scorecard.bandLabel')}{' '}
                  <span className={`badge band status-${card.statusFromBand ?? 'approved'}`}>
                    {t(`quality.scorecard.band.${card.band}`)}
                  </span>
                </span>
              )}
            </p>
          )}
          {card?.statusFromBand && card.statusFromBand !== card.supplierStatus && (
            <p className="banner muted" data-testid="scorecard-differs">
              {t('quality.scorecard.differs', {
                band: t(`quality.scorecard.band.${card.band!}`),
                suggested: t(`suppliers.status.${card.statusFromBand}`),
                status: t(`suppliers.status.${card.supplierStatus}`),
              })}
            </p>
          )}
          {card && card.countedMonths < card.months.length && (
            <p className="muted small" data-testid="scorecard-note">
              {t('quality.scorecard.skippedMonths', { count: card.months.length - card.countedMonths, total: card.months.length })}
            </p>
          )}
        </div>
      </header>
      {cardError && (
        <div className="banner error" role="alert">
          {t('errors.generic', { message: cardError.message })}
        </div>
      )}
      {banner && (
        <div className={`banner ${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'} data-testid="scorecard-banner">
          {banner.text}
          {banner.path && <> <OpenFileButton path={banner.path} testId="open-review-pdf" /></>}
        </div>
      )}
      <div className="scorecard-months-row">
        <div className="field scorecard-months">
          <label htmlFor="scorecard-months">{t('quality.scorecard.shown')}</label>
          <select
            id="scorecard-months"
            value={months}
            onChange={(e) =>
              setSearch(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  next.set('months', e.target.value);
                  return next;
                },
                { replace: true },
              )
            }
          >
            {SHOWN_MONTHS.map((n) => (
              <option key={n} value={n}>
                {t('quality.scorecard.lastMonths', { count: n })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="quality-charts">
        <figure>
          <figcaption>{t('quality.scorecard.overTime')}</figcaption>
          {card && <ScoreChart months={card.months} label={t('quality.scorecard.overTime')} noLot={t('quality.scorecard.notCounted')} />}
        </figure>
        <figure>
          <figcaption>{t('quality.scorecard.defectRate')}</figcaption>
          {all && all.bySupplier.length ? (
            <BarChart label={t('quality.scorecard.defectRate')} highlight={supplierId} rows={all.bySupplier.map((s) => ({ key: s.supplierId, label: s.supplierName, value: s.defectsPerMillion }))} />
          ) : (
            <p className="muted">{t('quality.scorecard.noData')}</p>
          )}
        </figure>
        <figure>
          <figcaption>{t('quality.scorecard.pareto')}</figcaption>
          {mine && mine.byType.length ? <ParetoChart label={t('quality.scorecard.pareto')} rows={mine.byType} /> : <p className="muted">{t('quality.scorecard.noData')}</p>}
        </figure>
      </div>
      <form onSubmit={review} noValidate className="review-form">
        <fieldset>
          <legend>{t('quality.scorecard.review')}</legend>
          <div className="field">
            <label htmlFor="review-period">{t('quality.scorecard.period')}</label>
            <input id="review-period" value={period} onChange={(e) => setPeriod(e.target.value)} aria-invalid={errors.period ? true : undefined} />
            {errors.period && <p className="field-error">{errors.period}</p>}
          </div>
          <table className="review-table">
            <thead>
              <tr>
                <th />
                <th>{t('quality.scorecard.weights')}</th>
                <th>{t('quality.scorecard.scores')}</th>
                {result && <th>{t('quality.scorecard.review')}</th>}
              </tr>
            </thead>
            <tbody>
              {CRITERIA.map((c) => {
                const r = result?.criteria.find((x) => x.criterion === c);
                return (
                  <tr key={c}>
                    <th scope="row">{t(`quality.scorecard.criteria.${c}`)}</th>
                    <td>
                      <input className="quality-num" inputMode="numeric" aria-label={`${t(`quality.scorecard.criteria.${c}`)} · ${t('quality.scorecard.weights')}`} value={weights[c]} onChange={(e) => setWeights((w) => ({ ...w, [c]: e.target.value }))} aria-invalid={errors.weights ? true : undefined} />
                    </td>
                    <td>
                      <input className="quality-num" inputMode="decimal" aria-label={`${t(`quality.scorecard.criteria.${c}`)} · ${t('quality.scorecard.scores')}`} value={scores[c]} onChange={(e) => setScores((s) => ({ ...s, [c]: e.target.value }))} />
                    </td>
                    {result && <td className="muted small">{r?.score === null || r === undefined ? t('quality.scorecard.source.none') : `${r.score} · ${t(`quality.scorecard.source.${r.source}`)}`}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {errors.weights && (
            <p className="field-error" data-testid="weights-error">
              {errors.weights}
            </p>
          )}
          <label className="check">
            <input type="checkbox" checked={apply} onChange={(e) => setApply(e.target.checked)} /> {t('quality.scorecard.applyStatus')}
          </label>
          <div className="form-actions">
            <button type="submit" className="button primary">
              {t('quality.scorecard.compute')}
            </button>
            {result && (
              <strong data-testid="review-result">
                {result.counted && result.band
                  ? t('quality.scorecard.result', { score: result.score, band: t(`quality.scorecard.band.${result.band}`) })
                  : t('quality.scorecard.notCountedResult')}
              </strong>
            )}
          </div>
        </fieldset>
      </form>
      <fieldset>
        <legend>PDF</legend>
        <div className="field-row">
          <input
            aria-label={t('quality.scorecard.pdfPath')}
            placeholder={t('quality.scorecard.pdfPath')}
            value={pdfPath}
            onChange={(e) => {
              setPdfPath(e.target.value);
              setPdfFromDialog(false);
            }}
            aria-invalid={errors.outPath ? true : undefined}
          />
          <ChooseButton
            dialog="save"
            title={t('quality.scorecard.pdfPath')}
            defaultName="supplier-review.pdf"
            filters={[{ name: 'PDF', extensions: ['pdf'] }]}
            onChosen={(p) => {
              setPdfPath(p);
              setPdfFromDialog(true);
              void savePdf(true, p);
            }}
          />
          <button type="button" className="button" onClick={() => void savePdf()} disabled={!pdfPath.trim()}>
            {t('quality.scorecard.pdf')}
          </button>
        </div>
        {errors.outPath && <p className="field-error">{errors.outPath}</p>}
        <ReplaceFile error={pdfError} field="outPath" onReplace={() => void savePdf(true)} />
      </fieldset>
    </section>
  );
}
