// The import wizard: a CSV file or an Excel workbook, chosen in the system dialog (desktop app),
// dropped on the screen, or by typed path; see the detected format, the file's kind, sheet,
// encoding, units and currency and the proposed column mapping, correct it, check every row (dry
// run), then import all-or-nothing — or the good rows, skipping the bad, whose CSV can be saved to
// fix and import again — with a progress bar and Cancel. The work runs as a core job.
// Products or suppliers (chosen first; ?kind=suppliers opens on suppliers).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ClearpackError } from '../../../../shared/errors';
import { IMPORT_FIELDS, SKIP_REASONS, SUPPLIER_IMPORT_FIELDS, TEXT_ENCODINGS, WEIGHT_UNITS } from '../../../../shared/imports';
import type { CsvPreview, ImportReport, OnError, SupplierImportReport, TextEncoding, WeightUnit } from '../../../../shared/imports';
import { CURRENCY_CODES } from '../../../../shared/iso';
import { api, toClearpackError } from '../../api';
import { CountryOptions } from '../../components/CountryOptions';
import { Field } from '../../components/Field';
import { FilePathStep } from '../../components/FilePathStep';
import { Shown } from '../../components/Shown';
import { JobProgress } from '../../components/JobProgress';
import { desktop } from '../../lib/desktop';
import { useFileDrop } from '../../lib/useFileDrop';
import { fieldErrors, issueText } from '../../lib/errors';
import { formatCount, useFormat } from '../../lib/format';
import { useJob } from '../../lib/useJob';
import { BackLink } from '../../components/BackLink';

export type CsvKind = 'products' | 'suppliers';
export const CSV_KINDS: CsvKind[] = ['products', 'suppliers'];
type Report = ImportReport | SupplierImportReport;
const isProducts = (r: Report): r is ImportReport => 'vendors' in r;

/** The Products / Suppliers choice of the import wizard and the export panel. */
export function KindChoice({ kind, onChange, disabled }: { kind: CsvKind; onChange(kind: CsvKind): void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('imports.kind')}>
      {CSV_KINDS.map((k) => (
        <button key={k} type="button" aria-pressed={kind === k} onClick={() => onChange(k)} disabled={disabled}>
          {t(`imports.kinds.${k}`)}
        </button>
      ))}
    </div>
  );
}

export function ImportWizard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const kind: CsvKind = params.get('kind') === 'suppliers' ? 'suppliers' : 'products';
  const [path, setPath] = useState('');
  const [preview, setPreview] = useState<CsvPreview<string> | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  // The currency of prices when the file has none: preset to the seller profile's (if saved), else the seller chooses.
  const [currency, setCurrency] = useState('');
  // Origin (products) or country (suppliers) for rows whose file says none.
  const [defaultCountry, setDefaultCountry] = useState('');
  // The seller's unit for weights when the file does not say it (or to correct a platform's unit).
  const [weightUnit, setWeightUnit] = useState<WeightUnit | ''>('');
  const [linkVendors, setLinkVendors] = useState(true);
  const [vendorCountry, setVendorCountry] = useState('CN');
  const [error, setError] = useState<ClearpackError | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [onError, setOnError] = useState<OnError>('all');
  const [dropError, setDropError] = useState(false);
  const { job, cancel } = useJob<'products.importCsv' | 'suppliers.importCsv'>(jobId);
  // Each column the file can map to, with its word (a typed key for each list, so a field without one does not compile).
  const fields: { field: string; label: string }[] =
    kind === 'products'
      ? IMPORT_FIELDS.map((field) => ({ field, label: t(`imports.field.${field}`) }))
      : SUPPLIER_IMPORT_FIELDS.map((field) => ({ field, label: t(`imports.supplierField.${field}`) }));
  const hasVendor = kind === 'products' && Boolean(mapping.vendor);

  const choose = (next: CsvKind) => {
    setPreview(null);
    setJobId(null);
    setError(null);
    setParams(next === 'products' ? {} : { kind: next }, { replace: true });
  };

  // `encoding`, `sheet`: the seller's choice in the preview; absent, the core decides (the whole file, the first sheet).
  const read = async (options: { encoding?: TextEncoding; sheet?: string; at?: string } = {}) => {
    const { encoding, sheet, at = path } = options;
    setError(null);
    setDropError(false);
    setJobId(null);
    try {
      const input = { path: at, encoding, sheet };
      const p = kind === 'products' ? await api.products.previewCsv(input) : await api.suppliers.previewCsv(input);
      setPreview(p);
      setMapping(p.mapping);
      setWeightUnit(p.weight?.unit && p.weight.from === 'platform' ? p.weight.unit : '');
      setCurrency((c) => c || p.defaultCurrency || '');
    } catch (err) {
      setPreview(null);
      setError(toClearpackError(err));
    }
  };
  // A file taken from the dialog or a drop: its path is filled in and it is read at once.
  const take = (chosen: string) => {
    setPath(chosen);
    void read({ at: chosen });
  };
  const start = async (asDryRun: boolean) => {
    setError(null);
    // The import reads the file in the encoding and sheet the preview showed, so both see the same rows.
    const encoding = preview?.encoding;
    const sheet = preview?.sheet ?? undefined;
    setDryRun(asDryRun);
    try {
      const { jobId: id } =
        kind === 'products'
          ? await api.products.importCsv({
              path, encoding, sheet, onError, mapping, dryRun: asDryRun, linkVendors: hasVendor && linkVendors, vendorCountry, ...(weightUnit ? { weightUnit } : {}),
              ...(currency ? { currency } : {}), ...(defaultCountry ? { defaultCountry } : {}),
            })
          : await api.suppliers.importCsv({ path, encoding, sheet, onError, mapping, dryRun: asDryRun, ...(defaultCountry ? { defaultCountry } : {}) });
      setJobId(id);
    } catch (err) {
      setError(toClearpackError(err));
    }
  };

  const running = job?.state === 'running' || (jobId !== null && job === null);
  const { dragging, dropProps } = useFileDrop({ onPath: take, onNoPath: () => setDropError(true), disabled: running });
  const report = job?.state === 'done' ? job.result! : null;
  // What the preview found about the weights' unit, for the weight column it mapped (another column chosen since: the seller says).
  // A file-level problem of the last check on one of the choices above (currency, weight unit), shown next to it.
  const reportField = (field: string) => {
    const issue = report?.errors.find((e) => e.row === null && e.field === field);
    return issue ? issueText(t, issue) : undefined;
  };
  const weightPlan = preview?.weight && (mapping.unitNetWeightG === preview.mapping.unitNetWeightG ? preview.weight : { unit: null, from: null });
  // The dry run allows the import: no problem at all, or (skipping) problems of single rows only.
  const canCommit = Boolean(report?.dryRun && (report.errorCount === 0 || (report.onError === 'skip' && report.errors.every((e) => e.row !== null))));

  return (
    <section
      className={`screen import-wizard${dragging ? ' dragging' : ''}`}
      aria-labelledby="import-title"
      data-testid="import-drop"
      {...dropProps}
    >
      {dragging && <div className="drop-overlay" aria-hidden="true">{t('imports.dropHere')}</div>}
      <header className="screen-head">
        <div>
          <BackLink to="/catalog" label={t('products.title')} />
          <h1 id="import-title">{t(kind === 'products' ? 'imports.title' : 'imports.titleSuppliers')}</h1>
          <p className="muted">{t(kind === 'products' ? 'imports.intro' : 'imports.introSuppliers')}</p>
        </div>
      </header>

      <FilePathStep
        title={t('imports.step1')}
        label={t('imports.path')}
        hint={fmt.sentences(t('imports.pathHint'), t('imports.dropHint'))}
        placeholder="/home/me/products_export.xlsx"
        path={path}
        onPath={setPath}
        onRead={(chosen) => void read(chosen === undefined ? undefined : { at: chosen })}
        pick={{ title: t('imports.path'), filters: [{ name: 'CSV, TSV, Excel', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }] }}
        error={error}
        dropNote={dropError ? t('imports.dropNoPath') : undefined}
        disabled={running}
      >
        <KindChoice kind={kind} onChange={choose} disabled={running} />
      </FilePathStep>

      {preview && (
        <div className="import-step">
          <h2>{t('imports.step2')}</h2>
          <p data-testid="import-format">
            {t('imports.detected', { format: t(`imports.format.${preview.format}`), count: preview.headers.length })}
          </p>
          <dl className="import-summary" data-testid="import-summary">
            <dt>{t('imports.summary.file')}</dt>
            <dd>{t(`imports.fileKind.${preview.fileKind}`)}</dd>
            {preview.fileKind === 'xlsx' ? (
              <>
                <dt>{t('imports.summary.sheet')}</dt>
                <dd>{preview.sheet}</dd>
              </>
            ) : (
              <>
                <dt>{t('imports.summary.encoding')}</dt>
                <dd>{t(`imports.encodings.${preview.encoding}`)}</dd>
              </>
            )}
            {kind === 'products' && (
              <>
                <dt>{t('imports.summary.weights')}</dt>
                <dd>
                  {!mapping.unitNetWeightG
                    ? t('imports.noWeight')
                    : weightUnit || weightPlan?.unit
                      ? t(`imports.weightUnits.${(weightUnit || weightPlan?.unit)!}`)
                      : t('imports.weightUnitFrom.none')}
                </dd>
                <dt>{t('imports.summary.currency')}</dt>
                <dd>{mapping.currency ? t('imports.currencyColumn', { column: mapping.currency }) : t('imports.currencyChosen', { currency })}</dd>
              </>
            )}
            <dt>{t('imports.summary.skipped')}</dt>
            <dd>{t(onError === 'skip' ? 'imports.skippedSkip' : 'imports.skippedAll')}</dd>
          </dl>
          {preview.fileKind === 'xlsx' ? (
            <Field label={t('imports.sheet')} name="sheet" hint={t('imports.sheetHint', { count: preview.sheets.length })}>
              <select value={preview.sheet ?? ''} onChange={(e) => void read({ sheet: e.target.value })} disabled={running}>
                {preview.sheets.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </Field>
          ) : (
            <Field label={t('imports.encoding')} name="encoding" hint={t('imports.encodingHint')}>
              <select value={preview.encoding} onChange={(e) => void read({ encoding: e.target.value as TextEncoding })} disabled={running}>
                {TEXT_ENCODINGS.map((enc) => (
                  <option key={enc} value={enc}>
                    {t(`imports.encodings.${enc}`)}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {preview.decimal === ',' && <p className="muted">{t('imports.decimalComma')}</p>}
          <div className="mapping-grid">
            {fields.map(({ field, label }) => (
              <Field key={field} label={label} name={`map-${field}`}>
                <select value={mapping[field] ?? ''} onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || null })} disabled={running}>
                  <option value="">{t('imports.notImported')}</option>
                  {preview.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </Field>
            ))}
            {kind === 'products' && weightPlan && mapping.unitNetWeightG && (
              <Field
                label={t('imports.weightUnit')}
                name="weightUnit"
                hint={fmt.sentences(t(`imports.weightUnitFrom.${weightPlan.from ?? 'none'}`, { unit: weightPlan.unit ? t(`imports.weightUnits.${weightPlan.unit}`) : '' }), t('imports.weightUnitHint'))}
                error={error ? fieldErrors(t, error).weightUnit : undefined}
              >
                {/* The file's own unit (header, unit column) is not overridden; a platform's unit or none is the seller's to choose. */}
                <select value={weightUnit} onChange={(e) => setWeightUnit(e.target.value as WeightUnit | '')} disabled={running || weightPlan.from === 'header' || weightPlan.from === 'column'}>
                  <option value="">—</option>
                  {WEIGHT_UNITS.map((u) => (
                    <option key={u} value={u}>
                      {t(`imports.weightUnits.${u}`)}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            {kind === 'products' && (
              <Field label={t('imports.currency')} name="currency" hint={t('imports.currencyHint')} error={reportField('currency')}>
                <select value={currency} onChange={(e) => setCurrency(e.target.value)} disabled={running}>
                  <option value="">{t('imports.chooseCurrency')}</option>
                  {CURRENCY_CODES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            <Field label={t(kind === 'products' ? 'imports.defaultCountry' : 'imports.defaultCountrySuppliers')} name="defaultCountry" hint={t(kind === 'products' ? 'imports.defaultCountryHint' : 'imports.defaultCountrySuppliersHint')}>
              <select value={defaultCountry} onChange={(e) => setDefaultCountry(e.target.value)} disabled={running}>
                <option value="">{t('imports.noDefault')}</option>
                <CountryOptions />
              </select>
            </Field>
          </div>
          {kind === 'products' && preview.planned && preview.planned.length > 0 && (
            <div className="preview-scroll">
              <table className="plain-table" aria-label={t('imports.planned')} data-testid="import-planned">
                <caption>{t('imports.planned')}</caption>
                <thead>
                  <tr>
                    <th>{t('imports.row')}</th>
                    <th>{t('imports.plannedSku')}</th>
                    <th>{t('imports.plannedName')}</th>
                    <th>{t('imports.plannedStatus')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.planned.map((p) => (
                    <tr key={p.row}>
                      <td>{p.row}</td>
                      {p.skip ? (
                        <td colSpan={3} className="muted">{t('imports.plannedSkipped', { reason: t(`imports.skip.${p.skip}`) })}</td>
                      ) : (
                        <>
                          <td>
                            {p.sku ?? '—'} {p.skuDerived && <span className="muted">({t('imports.derivedSku')})</span>}
                          </td>
                          <td>{p.name ?? '—'}</td>
                          <td>{p.status ? t(`imports.statuses.${p.status}`) : '—'}</td>
                        </>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {hasVendor && (
            <fieldset className="vendor-link">
              <legend>{t('imports.vendorLegend')}</legend>
              <label className="check">
                <input type="checkbox" checked={linkVendors} onChange={(e) => setLinkVendors(e.target.checked)} disabled={running} /> {t('imports.linkVendors')}
              </label>
              {linkVendors && (
                <Field label={t('imports.vendorCountry')} name="vendorCountry" hint={t('imports.vendorCountryHint')}>
                  <select value={vendorCountry} onChange={(e) => setVendorCountry(e.target.value)} disabled={running}>
                    <CountryOptions />
                  </select>
                </Field>
              )}
            </fieldset>
          )}
          <details>
            <summary>{t('imports.firstRows', { count: preview.rows.length })}</summary>
            <div className="preview-scroll">
              <table className="plain-table">
                <thead>
                  <tr>
                    {preview.headers.map((h) => (
                      <th key={h}>{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((r, i) => (
                    <tr key={i}>
                      {r.map((c, j) => (
                        <td key={j}>{c.length > 80 ? `${c.slice(0, 80)}…` : c}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
          <label className="check" title={t('imports.skipBadHint')}>
            <input
              type="checkbox"
              checked={onError === 'skip'}
              onChange={(e) => {
                setOnError(e.target.checked ? 'skip' : 'all');
                setJobId(null); // the last check was made under the other rule
              }}
              disabled={running}
            />{' '}
            {t('imports.skipBad')}
          </label>
          <p className="muted small">{t('imports.skipBadHint')}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => void start(true)} disabled={running}>
              {t('imports.check')}
            </button>
            <button type="button" className="button primary" onClick={() => void start(false)} disabled={running || !canCommit}>
              {t('imports.commit')}
            </button>
          </div>
        </div>
      )}

      {jobId && running && <JobProgress job={job} onCancel={cancel} label={dryRun ? t('imports.checking') : t('imports.importing')} />}
      {job?.state === 'cancelled' && <div className="banner muted" role="status">{t('imports.cancelled')}</div>}
      {job?.state === 'failed' && (
        <div className="banner error" role="alert">
          {job.error?.details.issues?.length ? job.error.details.issues.map((i) => issueText(t, i)).join(' ') : job.error?.message}
        </div>
      )}
      {report && (
        <Shown when={report}>
          <ImportResult report={report} kind={kind} />
        </Shown>
      )}
    </section>
  );
}

function ImportResult({ report, kind }: { report: Report; kind: CsvKind }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const problems = report.problemsFile ? <ProblemsDownload token={report.problemsFile} kind={kind} /> : null;
  const badRowsLine = report.onError === 'skip' && report.badRows > 0 && (
    <p data-testid="import-skipped">
      {t(report.committed ? 'imports.doneSkipped' : 'imports.willSkip', { count: report.badRows, formatted: formatCount(report.badRows) })}
    </p>
  );
  const products = isProducts(report);
  const count = products ? report.products : report.suppliers;
  // With linkVendors every vendor has a supplier found (supplierId) or one to create (suppliersCreated).
  const linking = products && (report.suppliersCreated > 0 || report.vendors.some((v) => v.supplierId !== null));
  const vendorList = products ? fmt.list(report.vendors.map((v) => fmt.withCode(v.vendor, fmt.count(v.count)))) : '';
  const vendorLine = products && report.vendors.length > 0 && (
    <p className="muted" data-testid="import-vendors">
      {report.committed && report.linked > 0
        ? t('imports.vendorsLinked', { count: report.linked, suppliers: report.vendors.length, list: vendorList })
        : linking
          ? t('imports.vendorsPlanned', { created: report.suppliersCreated, existing: report.vendors.length - report.suppliersCreated, list: vendorList })
          : t('imports.vendors', { list: vendorList })}
    </p>
  );
  const notProductsLine = products && report.skipped > 0 && (
    <p className="muted" data-testid="import-not-products">
      {t('imports.skippedBy', {
        list: fmt.list(SKIP_REASONS.filter((r) => report.skippedBy[r]).map((r) => fmt.withCode(t(`imports.skip.${r}`), fmt.count(report.skippedBy[r]!)))),
      })}
    </p>
  );
  const archivedLine = products && report.archived > 0 && <p className="muted">{t('imports.archivedCount', { count: report.archived })}</p>;
  const done = t(products ? 'imports.done' : 'imports.doneSuppliers', { count: report.created, formatted: formatCount(report.created) });
  if (report.committed)
    return (
      <div className="banner ok" role="status" data-testid="import-result">
        {done}
        {fmt.gapAfter(done)}
        <Link to={products ? '/catalog' : '/suppliers'}>{t(products ? 'imports.openCatalog' : 'imports.openSuppliers')}</Link>
        {notProductsLine}
        {archivedLine}
        {vendorLine}
        {badRowsLine}
        {report.errors.length > 0 && <ErrorsTable report={report} />}
        {problems}
      </div>
    );
  if (report.errorCount === 0)
    return (
      <div className="banner ok" role="status" data-testid="import-result">
        {products
          ? t('imports.checkedOk', { count, formatted: formatCount(count) })
          : t('imports.checkedOkSuppliers', { count, formatted: formatCount(count) })}
        {notProductsLine}
        {archivedLine}
        {vendorLine}
      </div>
    );
  return (
    <div className="import-step" data-testid="import-result">
      {badRowsLine && report.errors.every((e) => e.row !== null) ? (
        <div className="banner ok" role="status">
          {badRowsLine}
        </div>
      ) : (
        <div className="banner error" role="alert">
          {t(report.dryRun ? 'imports.badRows' : 'imports.notWritten', { count: report.errorCount, formatted: formatCount(report.errorCount) })}
        </div>
      )}
      <ErrorsTable report={report} />
      {problems}
    </div>
  );
}

function ErrorsTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <>
      <table className="plain-table errors-table" aria-label={t('imports.errorsTable')}>
        <thead>
          <tr>
            <th>{t('imports.row')}</th>
            <th>{t('imports.column')}</th>
            <th>{t('imports.why')}</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.map((e, i) => (
            <tr key={i}>
              <td>{e.row ?? t('imports.file')}</td>
              <td>{e.column ?? '—'}</td>
              <td>{issueText(t, e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.errorCount > report.errors.length && <p className="muted">{t('imports.moreErrors', { count: report.errorCount - report.errors.length })}</p>}
    </>
  );
}

/** Saves the bad rows' CSV (staged by the import) where the seller says: the save dialog in the desktop app, else a typed path. */
function ProblemsDownload({ token, kind }: { token: string; kind: CsvKind }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [error, setError] = useState<ClearpackError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = async (at: string, overwrite: boolean) => {
    setError(null);
    setSaved(null);
    try {
      const input = { token, path: at, overwrite };
      const r = kind === 'products' ? await api.products.saveProblemsCsv(input) : await api.suppliers.saveProblemsCsv(input);
      setSaved(r.path);
    } catch (err) {
      setError(toClearpackError(err));
    }
  };
  const pathError = error ? fieldErrors(t, error).path ?? fieldErrors(t, error).token : undefined;
  return (
    <form
      className="problems-download"
      onSubmit={(e) => {
        e.preventDefault();
        void save(path, false);
      }}
    >
      {desktop && (
        <button
          type="button"
          className="button"
          onClick={async () => {
            const chosen = await desktop!.pickSaveFile({ title: t('imports.problemsPath'), defaultName: 'bad-rows.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] });
            // The save dialog asked before replacing a file.
            if (chosen) void save(chosen, true);
          }}
        >
          {t('imports.saveProblems')}
        </button>
      )}
      <Field label={t('imports.problemsPath')} name="path" hint={t('imports.problemsPathHint')} error={pathError} wide>
        <input value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/bad-rows.csv" spellCheck={false} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={!path.trim()}>
          {t('imports.saveProblemsButton')}
        </button>
      </div>
      {saved && (
        <p role="status" data-testid="problems-saved">
          {t('imports.problemsSaved', { path: saved })}
        </p>
      )}
    </form>
  );
}
