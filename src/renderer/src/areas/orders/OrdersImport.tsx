// Shipments → Import orders: a store's order export (typed path, the file dialog in the desktop app,
// or a file dropped on the screen) → its platform and column mapping (editable) → every order
// checked (a dry run: orders found, left out and why, problems per order) → imported as draft
// shipments, each preflighted: ready, with warnings or blocked, each a link to its editor, and one
// action to print the ready ones (the batch). The work runs as core jobs with progress and Cancel.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { ClearpackError } from '../../../../shared/errors';
import { ORDER_FIELDS, SKIP_REASONS } from '../../../../shared/orders';
import type { ImportedShipment, OrderMapping, OrderProblem, OrdersImportReport, OrdersPreview, PreflightVerdict } from '../../../../shared/orders';
import { api, toClearpackError } from '../../api';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { useFileDrop } from '../../lib/useFileDrop';
import { FilePathStep } from '../../components/FilePathStep';
import { BackLink } from '../../components/BackLink';
import { Shown } from '../../components/Shown';
import { issueText } from '../../lib/errors';
import { formatList, useFormat } from '../../lib/format';
import { useJob } from '../../lib/useJob';
import { BatchPrint } from '../documents/BatchPrint';
import { PROBLEM_KEYS } from './i18n';
import { findingText } from '../../lib/finding';

type ProblemKey = (typeof PROBLEM_KEYS)[number];
const isProblemKey = (key: string): key is ProblemKey => (PROBLEM_KEYS as readonly string[]).includes(key);
const VERDICTS: PreflightVerdict[] = ['ready', 'warned', 'blocked'];

export function OrdersImport() {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [preview, setPreview] = useState<OrdersPreview | null>(null);
  const [mapping, setMapping] = useState<OrderMapping>({});
  const [store, setStore] = useState('');
  const [skipBad, setSkipBad] = useState(false);
  const [error, setError] = useState<ClearpackError | null>(null);
  const [dropNote, setDropNote] = useState(false);
  const [demoFiles, setDemoFiles] = useState<{ format: string; path: string }[]>([]);
  const [jobId, setJobId] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const { job, cancel } = useJob<'orders.importCsv'>(jobId);
  const running = job?.state === 'running' || (jobId !== null && job === null);
  const report = job?.state === 'done' ? job.result! : null;

  useEffect(() => {
    void api.orders.demoFiles({}).then(setDemoFiles, () => setDemoFiles([]));
  }, []);

  const check = async (asDryRun: boolean, forPath = path, forMapping = mapping, encoding = preview?.encoding) => {
    setError(null);
    setDryRun(asDryRun);
    try {
      const { jobId: id } = await api.orders.importCsv({
        path: forPath, encoding, mapping: forMapping, dryRun: asDryRun, onError: skipBad ? 'skip' : 'stop', ...(store.trim() ? { store: store.trim() } : {}),
      });
      setJobId(id);
    } catch (err) {
      setError(toClearpackError(err));
    }
  };
  // Reading a file previews it and checks every order at once (a dry run): the seller sees what an import would do.
  const read = async (chosen = path) => {
    setError(null);
    setJobId(null);
    setPath(chosen);
    try {
      const p = await api.orders.previewCsv({ path: chosen });
      setPreview(p);
      setMapping(p.mapping);
      await check(true, chosen, p.mapping, p.encoding);
    } catch (err) {
      setPreview(null);
      setError(toClearpackError(err));
    }
  };
  const { dragging, dropProps } = useFileDrop({
    onPath: (where) => {
      setDropNote(false);
      void read(where);
    },
    onNoPath: () => setDropNote(true),
  });

  const mapped = Object.values(mapping).filter(Boolean).length;
  const canImport = report?.dryRun === true && report.good > 0 && (report.problemCount === 0 || skipBad) && !report.problems.some((p) => p.orderNumber === null);

  return (
    <section
      className={`screen orders-import ${dragging ? 'dragging' : ''}`}
      aria-labelledby="orders-import-title"
      {...dropProps}
    >
      <header className="screen-head">
        <div>
          <BackLink to="/shipments" label={t('shipments.title')} />
          <h1 id="orders-import-title">{t('orders.title')}</h1>
          <p className="muted">{t('orders.intro')}</p>
        </div>
      </header>

      <FilePathStep
        title={t('orders.step1')}
        label={t('orders.path')}
        hint={t('orders.pathHint')}
        placeholder="/home/me/orders_export.csv"
        path={path}
        onPath={setPath}
        onRead={(chosen) => void read(chosen)}
        pick={{ title: t('orders.title'), filters: [{ name: 'CSV, TSV, TXT', extensions: ['csv', 'tsv', 'txt'] }] }}
        error={error}
        dropNote={dropNote ? t('orders.dropNoPath') : undefined}
        disabled={running}
      >
        <p className="drop-zone muted" data-testid="orders-drop">
          {t('orders.drop')}
        </p>
        {demoFiles.length > 0 && (
          <p className="muted small demo-files">
            {t('orders.demoFiles')}{' '}
            {demoFiles.map((f, i) => (
              <span key={f.path}>
                {i > 0 && ' · '}
                <button type="button" className="link small" onClick={() => void read(f.path)} disabled={running}>
                  {t(`orders.format.${f.format as OrdersPreview['format']}`)}
                </button>
              </span>
            ))}
          </p>
        )}
      </FilePathStep>

      {preview && (
        <div className="import-step">
          <h2>{t('orders.step2')}</h2>
          <p data-testid="orders-format">{t('orders.detected', { format: t(`orders.format.${preview.format}`) })}</p>
          <details>
            <summary>{t('orders.columns', { count: mapped })}</summary>
            <div className="mapping-grid">
              {ORDER_FIELDS.map((field) => (
                <Field key={field} label={t(`orders.field.${field}`)} name={`map-${field}`}>
                  <select value={mapping[field] ?? ''} onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || null })} disabled={running}>
                    <option value="">{t('orders.notImported')}</option>
                    {preview.headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </Field>
              ))}
            </div>
          </details>
          <div className="mapping-grid">
            <Field label={t('orders.store')} name="store" hint={t('orders.storeHint')}>
              <input value={store} onChange={(e) => setStore(e.target.value)} placeholder={preview.format.startsWith('etsy') ? 'etsy' : preview.format} disabled={running} />
            </Field>
          </div>
          <label className="check">
            <input type="checkbox" checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)} disabled={running} /> {t('orders.skipBad')}
          </label>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => void check(true)} disabled={running}>
              {t('orders.check')}
            </button>
            <button type="button" className="button primary" onClick={() => void check(false)} disabled={running || !canImport} data-testid="orders-import">
              {t('orders.import', { count: report && skipBad ? report.good : (report?.good ?? 0) })}
            </button>
          </div>
        </div>
      )}

      {jobId && running && <JobProgress job={job} onCancel={cancel} label={dryRun ? t('orders.checking') : t('orders.importing')} />}
      {job?.state === 'cancelled' && <div className="banner muted" role="status">{t('orders.cancelled')}</div>}
      {job?.state === 'failed' && (
        <div className="banner error" role="alert">
          {job.error?.details.issues?.length ? job.error.details.issues.map((i) => issueText(t, i)).join(' ') : job.error?.message}
        </div>
      )}
      {report && (
        <Shown when={report}>
          <OrdersReport report={report} />
        </Shown>
      )}
    </section>
  );
}

function problemText(t: TFunction, p: OrderProblem): string {
  if (!isProblemKey(p.key)) return issueText(t, p);
  const key: `orders.problem.${ProblemKey}` = `orders.problem.${p.key}`;
  return String(t(key, { ...(p.params ?? {}), defaultValue: p.message }));
}

function OrdersReport({ report }: { report: OrdersImportReport }) {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState(false);
  const skipped = SKIP_REASONS.filter((r) => report.skipped[r] > 0).map((r) => t(`orders.skip.${r}`, { count: report.skipped[r] }));
  const ready = report.shipments.filter((s) => s.verdict === 'ready');
  return (
    <div className="import-step" data-testid="orders-report">
      <p data-testid="orders-summary">{t('orders.summary', { count: report.orders, orders: report.orders, good: report.good, bad: report.badOrders })}</p>
      {skipped.length > 0 && <p className="muted" data-testid="orders-skipped">{t('orders.skipped', { list: formatList(skipped) })}</p>}
      {report.linesLeftOut > 0 && <p className="muted">{t('orders.linesLeftOut', { count: report.linesLeftOut })}</p>}
      {report.problemCount > 0 && (
        <>
          <h3>{t('orders.problemsTitle')}</h3>
          {!report.committed && report.onError === 'stop' && (
            <div className="banner error" role="alert">
              {t('orders.stopNote')}
            </div>
          )}
          <table className="plain-table errors-table" aria-label={t('orders.problemsTitle')} data-testid="orders-problems">
            <thead>
              <tr>
                <th>{t('orders.problemCols.order')}</th>
                <th>{t('orders.problemCols.row')}</th>
                <th>{t('orders.problemCols.column')}</th>
                <th>{t('orders.problemCols.why')}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={i}>
                  <td className="mono">{p.orderNumber ?? t('orders.file')}</td>
                  <td>{p.row ?? '—'}</td>
                  <td>{p.column ?? '—'}</td>
                  <td>{problemText(t, p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.problemCount > report.problems.length && <p className="muted">{t('orders.moreProblems', { count: report.problemCount - report.problems.length })}</p>}
        </>
      )}
      {report.dryRun && report.good === 0 && report.problemCount === 0 && <p className="banner muted">{t('orders.nothingToImport')}</p>}
      {report.committed && (
        <>
          <p className="banner ok" role="status" data-testid="orders-done">
            {t('orders.done', { count: report.created })}
          </p>
          {VERDICTS.map((v) => (
            <VerdictList key={v} verdict={v} shipments={report.shipments.filter((s) => s.verdict === v)} />
          ))}
          {ready.length > 0 && !printing && (
            <div className="form-actions">
              <button type="button" className="button primary" onClick={() => setPrinting(true)} data-testid="orders-print-ready">
                {t('orders.printReady', { count: ready.length })}
              </button>
            </div>
          )}
          {printing && <BatchPrint query="" status="ready" shipmentIds={ready.map((s) => s.id)} onClose={() => setPrinting(false)} />}
        </>
      )}
    </div>
  );
}

function VerdictList({ verdict, shipments }: { verdict: PreflightVerdict; shipments: ImportedShipment[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (shipments.length === 0) return null;
  return (
    <section className={`verdict-list verdict-${verdict}`} data-testid={`orders-${verdict}`} aria-label={t(`orders.verdictCount.${verdict}`, { count: shipments.length })}>
      <h3>{t(`orders.verdictCount.${verdict}`, { count: shipments.length })}</h3>
      <ul className="batch-list">
        {shipments.map((s) => (
          <li key={s.id}>
            <span className={`badge verdict-${verdict}`}>{t(`orders.verdict.${verdict}`)}</span>{' '}
            <Link to={`/shipments/${s.id}`} className="mono">
              {s.reference}
            </Link>{' '}
            · <span className="mono">{s.orderNumber}</span> · {s.consigneeName} · {fmt.country(s.country)}
            {s.findings.length > 0 && (
              <ul className="verdict-findings">
                {s.findings.map((f, i) => (
                  <li key={i}>{findingText(t, f)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
