// A product: its readiness for customs, and tabs for what is known about it — General (identity,
// customs facts, value), Compliance (battery, dangerous goods, categories, consumer information),
// Suppliers, Certificates and Files. General and Compliance are saved together by one Save; the
// core's errors come back at their fields (full paths), and a tab with errors says how many.
import { useEffect, useMemo, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { EMPTY_COMPLIANCE } from '../../../../shared/compliance';
import type { Product, TariffScheme } from '../../../../shared/products';
import { api } from '../../api';
import { Tabs } from '../../components/Tabs';
import type { TabItem } from '../../components/Tabs';
import { fieldErrors, issueText, withoutError } from '../../lib/errors';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { useRecord } from '../../lib/useRecord';
import { FormBanner } from '../../components/FormBanner';
import { collectCompliance, complianceDraft, ComplianceTab } from '../compliance/ComplianceTab';
import type { ComplianceDraft } from '../compliance/ComplianceTab';
import { HsPicker } from '../compliance/HsPicker';
import { ReadinessBanner } from '../compliance/Readiness';
import { collectGeneral, EMPTY, GeneralFields, toForm } from './ProductForm';
import type { FormState, TextKey } from './ProductForm';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { ProductCertificatesPanel } from '../certificates/ProductCertificatesPanel';
import { ProductInfoSheetPanel } from '../claims/ProductInfoSheetPanel';
import { ProductSuppliersPanel } from '../suppliers/ProductSuppliersPanel';
import { NotFound } from '../../components/NotFound';
import { BackLink } from '../../components/BackLink';
import { FormActions } from '../../components/FormActions';
import { bringIntoView } from '../../lib/bringIntoView';

const TABS = ['general', 'compliance', 'suppliers', 'certificates', 'files'] as const;
type TabId = (typeof TABS)[number];
const tabOfPath = (path: string): TabId => (path.startsWith('compliance.') ? 'compliance' : 'general');
const FOCUSABLE = 'input, select, textarea';

export function ProductDetail() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const productId = id === undefined ? null : Number(id);
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TabId | null;
  const tab: TabId = productId !== null && requested && TABS.includes(requested) ? requested : 'general';
  const [form, setForm] = useState<FormState>(EMPTY);
  const [compliance, setCompliance] = useState<ComplianceDraft>(() => complianceDraft(EMPTY_COMPLIANCE));
  const load = (p: Product) => {
    setForm(toForm(p));
    setCompliance(complianceDraft(p.compliance));
  };
  const { record: product, setRecord: setProduct, missing, error: loadError } = useRecord((id) => api.products.get({ id }), productId, load);
  const { errors, setErrors, banner, setBanner, showFieldErrors, busy, run } = useFormFeedback('productForm.fixErrors', {
    toFields: (tr, e) => fieldErrors(tr, e, { nested: true }),
    loadError,
    onFieldErrors: (fields) => goToFirstError(fields),
  });
  /** The form differs from the saved product (typed, or refused by the last save). */
  const edited = useMemo(
    () => product !== null && (JSON.stringify(form) !== JSON.stringify(toForm(product)) || JSON.stringify(compliance) !== JSON.stringify(complianceDraft(product.compliance))),
    [form, compliance, product],
  );
  const [picker, setPicker] = useState(false);
  /** The destinations with national tariff codes (resources/rules/tariffs.json), read once. */
  const [schemes, setSchemes] = useState<TariffScheme[]>([]);
  useEffect(() => {
    let live = true;
    api.reference.tariffs().then((s) => live && setSchemes(s), () => live && setSchemes([]));
    return () => {
      live = false;
    };
  }, []);
  /** A field to focus once its tab is shown (a readiness link, the first error). */
  const [focusField, setFocusField] = useState<{ field: string; tab: TabId } | null>(null);

  useEffect(() => {
    // Waits for the tab to be shown (the URL changes a render later than this state).
    if (!focusField || focusField.tab !== tab) return;
    const frame = requestAnimationFrame(() => {
      const target =
        focusField.field === '*'
          ? document.querySelector<HTMLElement>(`.tab-panel .field.has-error :is(${FOCUSABLE}), .tab-panel fieldset.has-error input`)
          : document.querySelector<HTMLElement>(`[data-field="${CSS.escape(focusField.field)}"] :is(${FOCUSABLE})`);
      // The field with its label and its error, clear of the Save bar at the bottom (the browser's own
      // scroll on focus would leave the error under it).
      if (target) {
        target.focus({ preventScroll: true });
        bringIntoView(target.closest<HTMLElement>('.field') ?? target, 'nearest');
      }
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

  const set = (key: TextKey) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setErrors((errs) => withoutError(errs, key));
  };
  const setTariff = (dest: string) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setForm((f) => ({ ...f, tariffCodes: { ...f.tariffCodes, [dest]: value } }));
    setErrors((errs) => withoutError(errs, `tariffCodes.${dest}`));
  };
  const changeCompliance = (update: (d: ComplianceDraft) => ComplianceDraft, path: string) => {
    setCompliance(update);
    setErrors((errs) => withoutError(errs, path));
  };

  /** Goes to the first tab that has an error if the current one has none, and focuses it. */
  const goToFirstError = (fields: Record<string, string>) => {
    const tabs = Object.keys(fields).map(tabOfPath);
    const target = tabs.includes(tab) || !tabs[0] ? tab : tabs[0];
    if (target !== tab) showTab(target);
    setFocusField({ field: '*', tab: target });
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const general = collectGeneral(
      form,
      { whole: t('errors.number_format'), money: (digits) => t('errors.money_format', { count: digits }), issue: (issue) => issueText(t, issue) },
      schemes,
    );
    const facts = productId === null ? null : collectCompliance(compliance, { decimal: t('errors.decimal_format'), whole: t('errors.number_format') });
    const local = { ...general.local, ...(facts?.local ?? {}) };
    if (Object.keys(local).length) return showFieldErrors(local);
    await run(async () => {
      if (productId === null) {
        const created = await api.products.create(general.input);
        navigate(`/catalog/${created.id}`, { replace: true, state: { notice: t('productForm.created') } });
      } else {
        const saved = await api.products.update({ id: productId, ...general.input, compliance: facts!.input });
        setProduct(saved);
        load(saved);
        setErrors({});
        setBanner({ kind: 'ok', text: (t) => t('productForm.updated') });
      }
    });
  }

  async function toggleArchive() {
    if (!product) return;
    await run(async () => {
      const next = product.status === 'archived' ? await api.products.restore({ id: product.id }) : await api.products.archive({ id: product.id });
      setProduct(next);
      setBanner({ kind: 'ok', text: (t) => (next.status === 'archived' ? t('productForm.archivedDone') : t('productForm.restoredDone')) });
    });
  }

  if (missing) return <NotFound text={t('productForm.notFound')} back="/catalog" backLabel={t('products.title')} />;

  const errorCount = (id: TabId) => Object.keys(errors).filter((p) => tabOfPath(p) === id).length;
  const tabs: TabItem<TabId>[] = (productId === null ? (['general'] as const) : TABS).map((id) => {
    const n = id === 'general' || id === 'compliance' ? errorCount(id) : 0;
    return { id, label: t(`productDetail.tabs.${id}`), badge: n ? t('productDetail.tabErrors', { count: n }) : undefined };
  });

  const editForm = (body: ReactNode) => (
    <form onSubmit={onSubmit} noValidate>
      {body}
      <FormActions>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={() => navigate('/catalog')}>
          {t('common.cancel')}
        </button>
      </FormActions>
    </form>
  );

  const panel: Record<TabId, ReactNode> = {
    general: editForm(<GeneralFields form={form} errors={errors} isNew={productId === null} set={set} setTariff={setTariff} schemes={schemes} onFindHs={() => setPicker(true)} />),
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
          <BackLink to="/catalog" label={t('products.title')} />
          <h1 id="product-form-title">{productId === null ? t('productForm.newTitle') : t('productForm.editTitle', { sku: product?.sku ?? '' })}</h1>
        </div>
        {product && (
          <div className="form-actions">
            {product.status === 'active' && <Link className="button" to={`/shipments/consultations/new?productId=${product.id}`}>{t('consultations.askCarrier')}</Link>}
            <button type="button" className="button" onClick={toggleArchive} disabled={busy}>
              {product.status === 'archived' ? t('productForm.restore') : t('productForm.archive')}
            </button>
          </div>
        )}
      </header>
      <FormBanner banner={banner} />
      {product?.status === 'archived' && <div className="banner muted">{t('productForm.archivedNotice')}</div>}
      {product && (
        <ReadinessBanner
          product={product}
          edited={edited}
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
