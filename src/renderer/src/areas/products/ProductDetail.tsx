// A product: its readiness for customs, and tabs for what is known about it — General (identity,
// customs facts, value), Compliance (battery, dangerous goods, categories, consumer information),
// Suppliers, Certificates and Files. General and Compliance are saved together by one Save; the
// core's errors come back at their fields (full paths), and a tab with errors says how many.
import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { EMPTY_COMPLIANCE } from '../../../../shared/compliance';
import type { ClearpackError } from '../../../../shared/errors';
import type { Product } from '../../../../shared/products';
import { api, toClearpackError } from '../../api';
import { Tabs } from '../../components/Tabs';
import type { TabItem } from '../../components/Tabs';
import { fieldErrors, withoutError } from '../../lib/errors';
import { collectCompliance, complianceDraft, ComplianceTab } from '../compliance/ComplianceTab';
import type { ComplianceDraft } from '../compliance/ComplianceTab';
import { HsPicker } from '../compliance/HsPicker';
import { ReadinessBanner } from '../compliance/Readiness';
import { collectGeneral, EMPTY, GeneralFields, toForm } from './ProductForm';
import type { FormState } from './ProductForm';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { ProductCertificatesPanel } from '../certificates/ProductCertificatesPanel';
import { ProductInfoSheetPanel } from '../claims/ProductInfoSheetPanel';
import { ProductSuppliersPanel } from '../suppliers/ProductSuppliersPanel';
import { NotFound } from '../../components/NotFound';

const TABS = ['general', 'compliance', 'suppliers', 'certificates', 'files'] as const;
type TabId = (typeof TABS)[number];
const tabOfPath = (path: string): TabId => (path.startsWith('compliance.') ? 'compliance' : 'general');
const FOCUSABLE = 'input, select, textarea';

export function ProductDetail() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { id } = useParams();
  const productId = id === undefined ? null : Number(id);
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TabId | null;
  const tab: TabId = productId !== null && requested && TABS.includes(requested) ? requested : 'general';
  const [product, setProduct] = useState<Product | null>(null);
  const [form, setForm] = useState<FormState>(EMPTY);
  const [compliance, setCompliance] = useState<ComplianceDraft>(() => complianceDraft(EMPTY_COMPLIANCE));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<{ kind: 'ok' | 'error'; text: string } | null>(
    (location.state as { notice?: string } | null)?.notice ? { kind: 'ok', text: (location.state as { notice: string }).notice } : null,
  );
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const [picker, setPicker] = useState(false);
  /** A field to focus once its tab is shown (a readiness link, the first error). */
  const [focusField, setFocusField] = useState<{ field: string; tab: TabId } | null>(null);

  const load = (p: Product) => {
    setProduct(p);
    setForm(toForm(p));
    setCompliance(complianceDraft(p.compliance));
  };

  useEffect(() => {
    if (productId === null) return;
    api.products.get({ id: productId }).then(load, (err: ClearpackError) =>
      err.code === 'NOT_FOUND' ? setMissing(true) : setBanner({ kind: 'error', text: t('errors.generic', { message: err.message }) }),
    );
  }, [productId, t]);

  useEffect(() => {
    // Waits for the tab to be shown (the URL changes a render later than this state).
    if (!focusField || focusField.tab !== tab) return;
    const frame = requestAnimationFrame(() => {
      const target =
        focusField.field === '*'
          ? document.querySelector<HTMLElement>(`.tab-panel .field.has-error :is(${FOCUSABLE}), .tab-panel fieldset.has-error input`)
          : document.querySelector<HTMLElement>(`[data-field="${CSS.escape(focusField.field)}"] :is(${FOCUSABLE})`);
      target?.focus();
      setFocusField(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusField, tab]);

  const showTab = (next: TabId) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (next === 'general') p.delete('tab');
        else p.set('tab', next);
        return p;
      },
      { replace: true },
    );

  const set = (key: keyof FormState) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setErrors((errs) => withoutError(errs, key));
  };
  const changeCompliance = (update: (d: ComplianceDraft) => ComplianceDraft, path: string) => {
    setCompliance(update);
    setErrors((errs) => withoutError(errs, path));
  };

  /** Shows errors at their fields; goes to the first tab that has one if the current has none. */
  const showFieldErrors = (fields: Record<string, string>) => {
    setErrors(fields);
    const n = Object.keys(fields).length;
    setBanner({ kind: 'error', text: t('productForm.fixErrors', { count: n }) });
    const tabs = Object.keys(fields).map(tabOfPath);
    const target = tabs.includes(tab) || !tabs[0] ? tab : tabs[0];
    if (target !== tab) showTab(target);
    setFocusField({ field: '*', tab: target });
  };

  const showError = (err: unknown) => {
    const e = toClearpackError(err);
    const fields = fieldErrors(t, e, { nested: true });
    if (Object.keys(fields).length) showFieldErrors(fields);
    else {
      setErrors({});
      setBanner({ kind: 'error', text: t('errors.generic', { message: e.message }) });
    }
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const general = collectGeneral(form, { whole: t('errors.number_format'), money: (digits) => t('errors.money_format', { digits }) });
    const facts = productId === null ? null : collectCompliance(compliance, { decimal: t('errors.decimal_format'), whole: t('errors.number_format') });
    const local = { ...general.local, ...(facts?.local ?? {}) };
    if (Object.keys(local).length) return showFieldErrors(local);
    setBusy(true);
    try {
      if (productId === null) {
        const created = await api.products.create(general.input);
        navigate(`/catalog/${created.id}`, { replace: true, state: { notice: t('productForm.created') } });
      } else {
        const saved = await api.products.update({ id: productId, ...general.input, compliance: facts!.input });
        load(saved);
        setErrors({});
        setBanner({ kind: 'ok', text: t('productForm.updated') });
      }
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  }

  async function toggleArchive() {
    if (!product) return;
    setBusy(true);
    try {
      const next = product.status === 'archived' ? await api.products.restore({ id: product.id }) : await api.products.archive({ id: product.id });
      setProduct(next);
      setBanner({ kind: 'ok', text: next.status === 'archived' ? t('productForm.archivedDone') : t('productForm.restoredDone') });
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  }

  if (missing) return <NotFound text={t('productForm.notFound')} back="/catalog" />;

  const errorCount = (id: TabId) => Object.keys(errors).filter((p) => tabOfPath(p) === id).length;
  const tabs: TabItem<TabId>[] = (productId === null ? (['general'] as const) : TABS).map((id) => {
    const n = id === 'general' || id === 'compliance' ? errorCount(id) : 0;
    return { id, label: t(`productDetail.tabs.${id}`), badge: n ? t('productDetail.tabErrors', { count: n }) : undefined };
  });

  const editForm = (body: ReactNode) => (
    <form onSubmit={onSubmit} noValidate>
      {body}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={() => navigate('/catalog')}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );

  const panel: Record<TabId, ReactNode> = {
    general: editForm(<GeneralFields form={form} errors={errors} isNew={productId === null} set={set} onFindHs={() => setPicker(true)} />),
    compliance: editForm(<ComplianceTab draft={compliance} onChange={changeCompliance} errors={errors} />),
    suppliers: productId !== null && <ProductSuppliersPanel productId={productId} />,
    certificates: productId !== null && <ProductCertificatesPanel productId={productId} />,
    files: productId !== null && (
      <>
        <AttachmentsPanel owner={{ kind: 'product', id: productId }} />
        <ProductInfoSheetPanel productId={productId} />
      </>
    ),
  };

  return (
    <section className="screen form-screen" aria-labelledby="product-form-title">
      <header className="screen-head">
        <div>
          <button type="button" className="link back" onClick={() => navigate(-1)}>
            ← {t('common.back')}
          </button>
          <h1 id="product-form-title">{productId === null ? t('productForm.newTitle') : t('productForm.editTitle', { sku: product?.sku ?? '' })}</h1>
        </div>
        {product && (
          <button type="button" className="button" onClick={toggleArchive} disabled={busy}>
            {product.status === 'archived' ? t('productForm.restore') : t('productForm.archive')}
          </button>
        )}
      </header>
      {banner && (
        <div className={`banner ${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'} data-testid="form-banner">
          {banner.text}
        </div>
      )}
      {product?.status === 'archived' && <div className="banner muted">{t('productForm.archivedNotice')}</div>}
      {product && (
        <ReadinessBanner
          product={product}
          onJump={(to, field) => {
            showTab(to);
            setFocusField({ field, tab: to });
          }}
        />
      )}
      {productId === null && <p className="muted">{t('productDetail.saveFirst')}</p>}
      <Tabs label={t('productDetail.tabsLabel')} tabs={tabs} active={tab} onChange={showTab}>
        {panel[tab]}
      </Tabs>
      {picker && (
        <HsPicker
          initialQuery={form.hsCode}
          onClose={() => {
            setPicker(false);
            setFocusField({ field: 'hsCode', tab: 'general' });
          }}
          onPick={(code) => {
            setForm((f) => ({ ...f, hsCode: code }));
            setErrors((errs) => withoutError(errs, 'hsCode'));
            setPicker(false);
            setFocusField({ field: 'hsCode', tab: 'general' });
          }}
        />
      )}
    </section>
  );
}
