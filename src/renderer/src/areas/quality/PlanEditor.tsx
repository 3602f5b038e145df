// Inspection plan of one product (issue 6, item 3): inspection level, AQL per defect class (from
// the table's columns, or 0), the checklist (add, edit, remove, reorder), and the switching state
// (normal / tightened / reduced) the standard's rules have reached for each of its suppliers.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CHECK_KINDS, DEFECT_CLASSES, PLAN_AQLS } from '../../../../shared/lots';
import type { CheckKind, ChecklistItem, DefectClass, InspectionPlan, SavedPlanSummary } from '../../../../shared/lots';
import type { Product } from '../../../../shared/products';
import { INSPECTION_LEVELS } from '../../../../shared/quality';
import type { InspectionLevel, InspectionMode } from '../../../../shared/quality';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { SearchPicker } from '../../components/SearchPicker';
import { LoadError, NameCell } from '../../components/ListParts';
import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { formatCount, useFormat } from '../../lib/format';
import { usePagedList } from '../../lib/usePagedList';
import { errorAt, fieldErrors, withoutError } from '../../lib/errors';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { useRecord } from '../../lib/useRecord';
import { FormBanner } from '../../components/FormBanner';
import { NotFound } from '../../components/NotFound';
import { QualityTabs } from './QualityScreen';
import { BackLink } from '../../components/BackLink';
import { FormActions } from '../../components/FormActions';

interface Row {
  /** Local identity for React while rows move. */
  uid: number;
  key: string;
  label: string;
  kind: CheckKind;
  min: string;
  max: string;
  unit: string;
  choices: string;
  passChoices: string;
  photoRequired: boolean;
}
interface FormState {
  level: InspectionLevel;
  aql: Record<DefectClass, string>;
  rows: Row[];
}
let nextUid = 1;
const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const toRow = (c: ChecklistItem): Row => ({
  uid: nextUid++, key: c.key, label: c.label, kind: c.kind, min: c.min === null ? '' : String(c.min), max: c.max === null ? '' : String(c.max),
  unit: c.unit ?? '', choices: c.choices.join(', '), passChoices: c.passChoices.join(', '), photoRequired: c.photoRequired,
});
const toForm = (p: InspectionPlan): FormState => ({
  level: p.level,
  aql: { critical: String(p.aql.critical), major: String(p.aql.major), minor: String(p.aql.minor) },
  rows: p.checklist.map(toRow),
});
// A number left as typed: NaN reaches the contract, which names the field.
const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** /quality/plans: the products that have a plan of their own (paged, each opens its plan), and a product to pick to give it one. */
export function PlansScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const searchProducts = useCallback((q: string) => api.products.list({ query: q, limit: 8 }).then((p) => p.items), []);
  const fetchPage = useCallback((offset: number, limit: number) => api.inspectionPlans.list({ offset, limit }), []);
  const list = usePagedList(fetchPage, 'plans');
  const columns = useMemo<Column<SavedPlanSummary>[]>(
    () => [
      { id: 'sku', header: t('products.columns.sku'), width: 'minmax(90px, 1fr)', identifier: true, cell: (p) => <span className="mono">{p.sku}</span> },
      { id: 'name', header: t('products.columns.name'), width: 'minmax(160px, 2.2fr)', cell: (p) => <NameCell name={p.name} local={p.localName} /> },
      { id: 'level', header: t('quality.plans.columns.level'), width: '110px', cell: (p) => p.level },
      { id: 'aql', header: t('quality.plans.columns.aql'), width: '150px', cell: (p) => DEFECT_CLASSES.map((c) => String(p.aql[c])).join(' / ') },
      { id: 'checks', header: t('quality.plans.columns.checks'), width: '90px', align: 'end', cell: (p) => fmt.count(p.checks) },
      { id: 'updated', header: t('quality.plans.columns.updated'), width: '110px', fold: 'first', cell: (p) => <span title={fmt.dateTime(p.updatedAt)}>{fmt.date(p.updatedAt.slice(0, 10))}</span> },
    ],
    [t, fmt],
  );
  return (
    <section className="screen" aria-labelledby="plans-title">
      <QualityTabs />
      <header className="screen-head">
        <h1 id="plans-title">{t('quality.plans.title')}</h1>
      </header>
      <p className="muted">{t('quality.plans.intro')}</p>
      <div className="plan-pick">
        <SearchPicker<Product> label={t('quality.plans.pickProduct')} search={searchProducts} describe={(p) => `${p.sku} · ${p.name}`} itemKey={(p) => p.id} onPick={(p) => navigate(`/quality/plans/${p.id}`)} />
      </div>
      <header className="screen-head">
        <div>
          <h2 id="plans-list-title">{t('quality.plans.listTitle')}</h2>
          <p className="muted" aria-live="polite" data-testid="plan-count">
            {list.total === null ? t('common.loading') : list.total > 0 ? t('quality.plans.count', { count: list.total, formatted: formatCount(list.total) }) : ''}
          </p>
        </div>
      </header>
      <LoadError error={list.error} message={(e) => t('quality.plans.loadError', { message: e.message })} onRetry={list.reload} />
      <VirtualTable listId="plans" label={t('quality.plans.listTitle')} columns={columns} list={list} onOpen={(p) => navigate(`/quality/plans/${p.productId}`)} rowKey={(p) => p.productId} empty={t('quality.plans.empty')} />
    </section>
  );
}

export function PlanEditor() {
  const { t } = useTranslation();
  const productId = Number(useParams().productId);
  const [form, setForm] = useState<FormState | null>(null);
  const [modes, setModes] = useState<{ supplierId: number; name: string; isDefault: boolean; mode: InspectionMode | null }[]>([]);
  const { record: product, missing, error: productError } = useRecord((id) => api.products.get({ id }), productId);
  const { record: plan, setRecord: setPlan, error: planError } = useRecord((id) => api.inspectionPlans.get({ productId: id }), productId, (p) => setForm(toForm(p)));
  const { errors, setErrors, banner, setBanner, busy, run } = useFormFeedback('quality.lotForm.fixErrors', {
    toFields: (tr, e) => fieldErrors(tr, e, { nested: true }),
    loadError: productError ?? planError,
  });

  useEffect(() => {
    void api.productSuppliers.list({ productId }).then(async (links) => {
      const out = await Promise.all(
        links.map(async (l) => ({ supplierId: l.supplierId, name: l.supplierName, isDefault: l.isDefault, mode: (await api.inspectionPlans.get({ productId, supplierId: l.supplierId })).mode })),
      );
      setModes(out);
    });
  }, [productId]);

  const edit = (path: string, next: (f: FormState) => FormState) => {
    setForm((f) => (f ? next(f) : f));
    setErrors((e) => withoutError(e, path));
  };
  const editRow = (i: number, patch: Partial<Row>, field: string) =>
    edit(`checklist.${i}.${field}`, (f) => ({ ...f, rows: f.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const move = (i: number, by: -1 | 1) => {
    setForm((f) => {
      if (!f) return f;
      const rows = [...f.rows];
      const [r] = rows.splice(i, 1);
      rows.splice(i + by, 0, r!);
      return { ...f, rows };
    });
    setErrors({});
  };
  const remove = (i: number) => {
    setForm((f) => (f ? { ...f, rows: f.rows.filter((_, j) => j !== i) } : f));
    setErrors({});
  };
  const add = () =>
    setForm((f) => {
      if (!f) return f;
      const used = new Set(f.rows.map((r) => r.key));
      let n = f.rows.length + 1;
      while (used.has(`check-${n}`)) n++;
      return { ...f, rows: [...f.rows, { uid: nextUid++, key: `check-${n}`, label: '', kind: 'pass_fail', min: '', max: '', unit: '', choices: '', passChoices: '', photoRequired: false }] };
    });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    await run(async () => {
      const saved = await api.inspectionPlans.set({
        productId,
        level: form.level,
        aql: { critical: Number(form.aql.critical), major: Number(form.aql.major), minor: Number(form.aql.minor) },
        checklist: form.rows.map((r) => ({
          key: r.key.trim(),
          label: r.label,
          kind: r.kind,
          min: r.kind === 'numeric' ? num(r.min) : null,
          max: r.kind === 'numeric' ? num(r.max) : null,
          unit: r.kind === 'numeric' ? r.unit : null,
          choices: r.kind === 'choice' ? list(r.choices) : [],
          passChoices: r.kind === 'choice' ? list(r.passChoices) : [],
          photoRequired: r.photoRequired,
        })),
      });
      setPlan({ ...saved, mode: plan?.mode ?? null }); // saving the checklist leaves the switching mode as it was
      setForm(toForm(saved));
      setErrors({});
      setBanner({ kind: 'ok', text: (t) => t('quality.plans.saved') });
    });
  }

  if (missing) return <NotFound text={t('productForm.notFound')} back="/quality/plans" backLabel={t('quality.tabs.plans')} />;

  return (
    <section className="screen form-screen plan-editor" aria-labelledby="plan-title">
      <QualityTabs />
      <header className="screen-head title-first">
        <BackLink to="/quality/plans" label={t('quality.tabs.plans')} />
        <div>
          <h1 id="plan-title">{t('quality.plans.editTitle', { sku: product?.sku ?? '…', name: product?.name ?? '' })}</h1>
          {plan && <p className="muted">{plan.saved ? t('quality.plans.savedPlan') : t('quality.plans.defaults')}</p>}
        </div>
        <div className="actions">
          <Link className="button" to={`/quality?q=${encodeURIComponent(product?.sku ?? '')}`}>
            {t('quality.plans.lotsOfProduct')}
          </Link>
        </div>
      </header>
      <FormBanner banner={banner} />
      {form && (
        <form onSubmit={onSubmit} noValidate>
          <fieldset>
            <legend>{t('quality.plans.sampling')}</legend>
            <div className="grid">
              <Field label={t('quality.plans.level')} name="level" error={errors.level} hint={t('quality.plans.levelHint')}>
                <select value={form.level} onChange={(e) => edit('level', (f) => ({ ...f, level: e.target.value as InspectionLevel }))}>
                  {INSPECTION_LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {t(`quality.plans.levels.${l}`)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <div className="grid">
              {DEFECT_CLASSES.map((c) => (
                <Field key={c} label={t('quality.plans.aqlOf', { cls: t(`quality.inspect.classInSentence.${c}`) })} name={`aql.${c}`} error={errors[`aql.${c}`]}>
                  <select value={form.aql[c]} onChange={(e) => edit(`aql.${c}`, (f) => ({ ...f, aql: { ...f.aql, [c]: e.target.value } }))}>
                    {PLAN_AQLS.map((a) => (
                      <option key={a} value={String(a)}>
                        {a === 0 ? t('quality.plans.aqlZero') : String(a)}
                      </option>
                    ))}
                  </select>
                </Field>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('quality.inspect.checklist')}</legend>
            {errors.checklist && <p className="field-error">{errors.checklist}</p>}
            {form.rows.length === 0 && <p className="muted">{t('quality.inspect.noChecklist')}</p>}
            <ol className="plan-checklist">
              {form.rows.map((r, i) => {
                const at = (k: string) => `checklist.${i}.${k}`;
                return (
                  <li key={r.uid} className="plan-check" data-testid={`check-${i}`}>
                    <div className="plan-check-head">
                      <strong>{i + 1}.</strong>
                      <button type="button" className="button small" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t('quality.plans.up', { n: i + 1 })}>
                        ↑
                      </button>
                      <button type="button" className="button small" onClick={() => move(i, 1)} disabled={i === form.rows.length - 1} aria-label={t('quality.plans.down', { n: i + 1 })}>
                        ↓
                      </button>
                      <button type="button" className="button small danger" onClick={() => remove(i)} aria-label={t('quality.plans.remove', { n: i + 1 })}>
                        {t('quality.plans.removeShort')}
                      </button>
                    </div>
                    <div className="grid">
                      <Field label={t('quality.plans.fields.label')} name={at('label')} error={errors[at('label')]} required requiredText={t('common.required')}>
                        <input value={r.label} onChange={(e) => editRow(i, { label: e.target.value }, 'label')} />
                      </Field>
                      <Field label={t('quality.plans.fields.key')} name={at('key')} error={errors[at('key')]} hint={t('quality.plans.keyHint')}>
                        <input className="mono" value={r.key} onChange={(e) => editRow(i, { key: e.target.value }, 'key')} />
                      </Field>
                      <Field label={t('quality.plans.fields.kind')} name={at('kind')} error={errors[at('kind')]}>
                        <select value={r.kind} onChange={(e) => editRow(i, { kind: e.target.value as CheckKind }, 'kind')}>
                          {CHECK_KINDS.map((k) => (
                            <option key={k} value={k}>
                              {t(`quality.plans.kinds.${k}`)}
                            </option>
                          ))}
                        </select>
                      </Field>
                      {r.kind === 'numeric' && (
                        <>
                          <Field label={t('quality.plans.fields.min')} name={at('min')} error={errors[at('min')]}>
                            <input inputMode="decimal" value={r.min} onChange={(e) => editRow(i, { min: e.target.value }, 'min')} />
                          </Field>
                          <Field label={t('quality.plans.fields.max')} name={at('max')} error={errors[at('max')]}>
                            <input inputMode="decimal" value={r.max} onChange={(e) => editRow(i, { max: e.target.value }, 'max')} />
                          </Field>
                          <Field label={t('quality.plans.fields.unit')} name={at('unit')} error={errors[at('unit')]}>
                            <input value={r.unit} onChange={(e) => editRow(i, { unit: e.target.value }, 'unit')} />
                          </Field>
                        </>
                      )}
                      {r.kind === 'choice' && (
                        <>
                          <Field label={t('quality.plans.fields.choices')} name={at('choices')} error={errorAt(errors, at('choices'))} hint={t('quality.plans.commaHint')}>
                            <input value={r.choices} onChange={(e) => editRow(i, { choices: e.target.value }, 'choices')} />
                          </Field>
                          <Field label={t('quality.plans.fields.passChoices')} name={at('passChoices')} error={errorAt(errors, at('passChoices'))} hint={t('quality.plans.passHint')}>
                            <input value={r.passChoices} onChange={(e) => editRow(i, { passChoices: e.target.value }, 'passChoices')} />
                          </Field>
                        </>
                      )}
                      <label className="check-inline">
                        <input type="checkbox" checked={r.photoRequired} onChange={(e) => editRow(i, { photoRequired: e.target.checked }, 'photoRequired')} /> {t('quality.plans.fields.photoRequired')}
                      </label>
                    </div>
                  </li>
                );
              })}
            </ol>
            <button type="button" className="button" onClick={add}>
              + {t('quality.plans.addCheck')}
            </button>
          </fieldset>
          <FormActions>
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('quality.lotForm.saving') : t('quality.plans.save')}
            </button>
          </FormActions>
        </form>
      )}
      <h2 className="section-title">{t('quality.plans.switching')}</h2>
      <p className="muted">{t('quality.plans.switchingIntro')}</p>
      {modes.length === 0 ? (
        <p className="muted">{t('quality.plans.noSuppliers')}</p>
      ) : (
        <ul className="plain-list" data-testid="switching-list">
          {modes.map((m) => (
            <li key={m.supplierId}>
              <Link to={`/quality/suppliers/${m.supplierId}`}>{m.name}</Link>
              {m.isDefault && <span className="muted"> · {t('quality.plans.default')}</span>} · <strong>{t(`quality.inspect.mode.${m.mode ?? 'normal'}`)}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
