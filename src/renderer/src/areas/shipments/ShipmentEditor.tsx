// The shipment editor: consignee, details, items picked from the catalog, parcels, totals, status
// and timeline, with the preflight beside them. Every change is saved when the field is left
// (whole items and parcels replaced in one transaction) and the preflight runs again at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { countWords } from '../../lib/finding';
import type { KeysIn, Translate } from '../../i18n/keys';
import type { en } from './i18n';
import { Link, useNavigate, useParams } from 'react-router';
import type { PreflightResult } from '../../../../shared/preflight';
import type { Product } from '../../../../shared/products';
import { INCOTERMS } from '../../../../shared/settings';
import { EDITABLE_STATUSES, ITEM_CATEGORIES, STATUS_TRANSITIONS } from '../../../../shared/shipments';
import type { ItemInput, ParcelInput, PostalOperator, Shipment, ShipmentCreateInput, ShipmentStatus } from '../../../../shared/shipments';
import { parseS10 } from '../../../../shared/s10';
import { api, toClearpackError } from '../../api';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { fieldErrors, issueText } from '../../lib/errors';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { localToday } from '../../lib/dates';
import { bringIntoView } from '../../lib/bringIntoView';
import { useRecord } from '../../lib/useRecord';
import { FormBanner } from '../../components/FormBanner';
import { formatDateTime, formatMoney, formatWeight, minorDigits, minorToInput, parseMoney, parseWhole, useFormat } from '../../lib/format';
import { HoldsPanel } from '../aftersales/HoldsPanel';
import { HOLD_OUTCOME_STATUS } from '../../../../shared/aftersales';
import { PreflightPanel } from './PreflightPanel';
import { summarize } from '../../../../shared/preflight-counts';
import { EMPTY_PARCEL_PACKING, ParcelPackaging, parcelPacking, parcelPackingInput } from './ParcelPackaging';
import type { ParcelPacking } from './ParcelPackaging';
import { PackPanel } from '../documents/PackPanel';
import type { PackPanelHandle } from '../documents/PackPanel';
import { PreflightVerdict, StatusBadge } from './ShipmentsScreen';
import { NotFound } from '../../components/NotFound';
import { BackLink } from '../../components/BackLink';
import { FormActions } from '../../components/FormActions';
import { CountryOptions } from '../../components/CountryOptions';

interface ItemRow { productId: number; sku: string; fresh: boolean; description: string; quantity: string; unitValue: string; hsCode: string; originCountry: string; unitNetWeightG: string }
interface ParcelRow { grossWeightG: string; lengthMm: string; widthMm: string; heightMm: string; packaging: string; pack?: ParcelPacking }
export const CONSIGNEE = ['name', 'company', 'addressLines', 'city', 'state', 'postcode', 'country', 'phone', 'email', 'taxId'] as const;
export const DETAILS = ['orderRefs', 'shipDate', 'carrier', 'postalOperator', 'service', 'trackingNumber', 'category', 'categoryExplanation', 'incoterm', 'currency', 'postage', 'insurance', 'insuredValue', 'invoiceNumber', 'invoiceDate'] as const;
type Form = Record<(typeof CONSIGNEE)[number] | (typeof DETAILS)[number], string> & { items: ItemRow[]; parcels: ParcelRow[] };

const EMPTY: Form = {
  name: '', company: '', addressLines: '', city: '', state: '', postcode: '', country: '', phone: '', email: '', taxId: '',
  orderRefs: '', shipDate: '', carrier: '', postalOperator: '', service: '', trackingNumber: '', category: 'sale_of_goods', categoryExplanation: '', incoterm: 'DAP',
  currency: 'USD', postage: '', insurance: '', insuredValue: '', invoiceNumber: '', invoiceDate: '', items: [], parcels: [],
};
const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

function toForm(s: Shipment): Form {
  const c = s.consignee;
  return {
    name: c.name, company: str(c.company), addressLines: c.addressLines.join('\n'), city: c.city, state: str(c.state), postcode: str(c.postcode),
    country: c.country, phone: str(c.phone), email: str(c.email), taxId: str(c.taxId),
    orderRefs: s.orderRefs.join(', '), shipDate: str(s.shipDate), carrier: str(s.carrier), postalOperator: str(s.postalOperator), service: str(s.service), trackingNumber: str(s.trackingNumber),
    category: s.category, categoryExplanation: str(s.categoryExplanation), incoterm: s.incoterm, currency: s.currency,
    postage: minorToInput(s.postage, s.currency), insurance: minorToInput(s.insurance, s.currency), insuredValue: minorToInput(s.insuredValue, s.currency),
    invoiceNumber: str(s.invoiceNumber), invoiceDate: str(s.invoiceDate),
    items: s.items.map((i) => ({
      productId: i.productId, sku: i.sku, fresh: false, description: i.description, quantity: String(i.quantity), unitValue: minorToInput(i.unitValue, s.currency),
      hsCode: str(i.hsCode), originCountry: str(i.originCountry), unitNetWeightG: String(i.unitNetWeightG),
    })),
    parcels: s.parcels.map((p) => ({ grossWeightG: String(p.grossWeightG), lengthMm: str(p.lengthMm), widthMm: str(p.widthMm), heightMm: str(p.heightMm), packaging: str(p.packaging), pack: parcelPacking(p) })),
  };
}

/** The update input from the form; numbers that cannot be read are reported at their field. */
function build(f: Form, t: Translate): { input: Omit<ShipmentCreateInput, 'items' | 'parcels'> & { items: ItemInput[]; parcels: ParcelInput[] }; local: Record<string, string> } {
  const local: Record<string, string> = {};
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  const money = (path: string, v: string, required: boolean): number | undefined => {
    const m = parseMoney(v, f.currency);
    if (m === null) local[path] = t('errors.money_format', { count: minorDigits(f.currency) });
    return m ?? (required ? 0 : undefined);
  };
  const whole = (path: string, v: string): number | undefined => {
    const n = parseWhole(v);
    if (n === null) local[path] = t('errors.number_format');
    return n ?? undefined;
  };
  const items: ItemInput[] = f.items.map((r, i) =>
    r.fresh
      ? { productId: r.productId, quantity: whole(`items.${i}.quantity`, r.quantity) ?? 1 }
      : {
          productId: r.productId, description: r.description, quantity: whole(`items.${i}.quantity`, r.quantity) ?? 0,
          unitValue: money(`items.${i}.unitValue`, r.unitValue, true), hsCode: text(r.hsCode), originCountry: text(r.originCountry),
          unitNetWeightG: whole(`items.${i}.unitNetWeightG`, r.unitNetWeightG) ?? 0,
        },
  );
  const parcels: ParcelInput[] = f.parcels.map((p, i) => ({
    grossWeightG: whole(`parcels.${i}.grossWeightG`, p.grossWeightG) ?? 0,
    lengthMm: whole(`parcels.${i}.lengthMm`, p.lengthMm) ?? null, widthMm: whole(`parcels.${i}.widthMm`, p.widthMm) ?? null,
    heightMm: whole(`parcels.${i}.heightMm`, p.heightMm) ?? null, packaging: text(p.packaging),
    ...parcelPackingInput(p.pack ?? EMPTY_PARCEL_PACKING),
  }));
  return {
    local,
    input: {
      consignee: {
        name: f.name, company: text(f.company), addressLines: f.addressLines.split('\n').map((l) => l.trim()).filter(Boolean), city: f.city,
        state: text(f.state), postcode: text(f.postcode), country: f.country, phone: text(f.phone), email: text(f.email), taxId: text(f.taxId),
      },
      orderRefs: f.orderRefs.split(',').map((s) => s.trim()).filter(Boolean),
      shipDate: text(f.shipDate), carrier: text(f.carrier), postalOperator: text(f.postalOperator), service: text(f.service), trackingNumber: text(f.trackingNumber),
      category: f.category as ShipmentCreateInput['category'] & string, categoryExplanation: text(f.categoryExplanation),
      incoterm: f.incoterm as ShipmentCreateInput['incoterm'] & string, currency: f.currency,
      postage: money('postage', f.postage, true), insurance: money('insurance', f.insurance, true), insuredValue: money('insuredValue', f.insuredValue, false) ?? null,
      invoiceNumber: text(f.invoiceNumber), invoiceDate: text(f.invoiceDate), items, parcels,
    },
  };
}

/** What the tracking number is: a UPU S10 item number (and whether its check digit is right) or a courier's. */
function trackingHint(t: Translate, value: string): string | undefined {
  if (!value.trim()) return undefined;
  const s10 = parseS10(value);
  if (!s10) return t('shipment.hints.courierNumber');
  return s10.valid ? t('shipment.hints.s10Valid', { country: s10.country }) : t('shipment.hints.s10Wrong', { expected: s10.expected });
}


/** Brings the field at `path` (its data-path, or its row's) into view, focuses it and flashes it. */
function focusPath(path: string): void {
  const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`) ?? document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path.split('.').slice(0, 2).join('.'))}"]`);
  if (!el) return;
  bringIntoView(el, 'center');
  const target = el.matches('input, select, textarea, button') ? el : (el.querySelector<HTMLElement>('input, select, textarea') ?? el);
  target.focus();
  el.classList.add('flash');
  setTimeout(() => el.classList.remove('flash'), 1200);
}

export function ShipmentEditor() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const shipmentId = id === undefined ? null : Number(id);
  // A new shipment ships today unless changed (the seller's today, the one clock): it is in the day's print.
  const [form, setForm] = useState<Form>(() => (shipmentId === null ? { ...EMPTY, shipDate: localToday() } : EMPTY));
  const [pf, setPf] = useState<PreflightResult | null>(null);
  const [pfRunning, setPfRunning] = useState(false);
  const [saving, setSaving] = useState(false);
  const lastSaved = useRef('');
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Saves asked for so far, and whether a structural save's reply is still to be shown in the form. */
  const saveSeq = useRef(0);
  const resetPending = useRef(false);
  const formRef = useRef(form);
  formRef.current = form;
  // Unfolded for this shipment only (the editor stays mounted from one shipment to the next).
  const [consigneeOpenFor, setConsigneeOpenFor] = useState<number | null>(null);
  const consigneeOpen = consigneeOpenFor === shipmentId;
  const setConsigneeOpen = (open: boolean) => setConsigneeOpenFor(open ? shipmentId : null);
  const pack = useRef<PackPanelHandle>(null);
  // The sticky header's height, for what sticks under it (the findings strip on narrow windows).
  const screenRef = useRef<HTMLElement>(null);
  const headRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const head = headRef.current;
    const screen = screenRef.current;
    if (!head || !screen || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => screen.style.setProperty('--editor-head-h', `${head.offsetHeight}px`));
    observer.observe(head);
    return () => observer.disconnect();
  }, []);

  const fmt = useFormat();
  const currencies = fmt.currencies();

  // The preflight shown is the open shipment's: going from one shipment to another clears it until the
  // new one's comes (the previous one's verdict stood under the new reference meanwhile), and only the
  // latest run's answer is shown (an earlier one, or another shipment's, arriving late is dropped).
  const pfRun = useRef(0);
  const [pfShown, setPfShown] = useState(shipmentId);
  if (pfShown !== shipmentId) {
    setPfShown(shipmentId);
    setPf(null);
  }
  const runPreflight = useCallback(async (sid: number) => {
    const run = ++pfRun.current;
    setPfRunning(true);
    try {
      const result = await api.shipments.preflight({ id: sid });
      if (run === pfRun.current) setPf(result);
    } finally {
      if (run === pfRun.current) setPfRunning(false);
    }
  }, []);

  /** A shipment as stored: its form (unless the person is still typing in it) and a fresh preflight. */
  const show = useCallback(
    (s: Shipment, resetForm: boolean) => {
      if (resetForm) {
        const f = toForm(s);
        setForm(f);
        lastSaved.current = JSON.stringify(build(f, t).input);
      }
      void runPreflight(s.id);
    },
    [runPreflight, t],
  );

  const { record: shipment, setRecord: setShipment, missing, error: loadError } = useRecord((sid) => api.shipments.get({ id: sid }), shipmentId, (s) => show(s, true));
  // Errors sit at their full paths ('items.2.quantity'): each cell of the tables has its own.
  // "The last valid version is saved" only once there is a saved version.
  const { errors, setErrors, banner, setBanner, showError, showFieldErrors } = useFormFeedback(shipmentId === null ? 'shipView.newShipment.fixErrors' : 'shipment.fixErrors', {
    toFields: (tr, e) => fieldErrors(tr, e, { nested: true }),
    loadError,
  });
  const loaded = useCallback(
    (s: Shipment, resetForm: boolean) => {
      setShipment(s);
      show(s, resetForm);
    },
    [setShipment, show],
  );

  // The designated operators to choose from, and the seller's default (shown as the empty choice).
  const [operators, setOperators] = useState<PostalOperator[]>([]);
  const [defaultOperator, setDefaultOperator] = useState<string | null>(null);
  useEffect(() => {
    void api.shipments.postalOperators().then((list) => setOperators([...list].sort((a, b) => a.name.localeCompare(b.name))));
    void api.settings.get().then((p) => setDefaultOperator(p.defaultPostalOperator));
  }, []);

  useEffect(() => {
    if (shipmentId !== null) return;
    void api.settings.get().then((p) => setForm((f) => ({ ...f, currency: p.defaultCurrency, incoterm: p.defaultIncoterm })));
  }, [shipmentId]);

  /** Saves the form (serialised: one call at a time, in order). */
  const save = useCallback(
    (next: Form, structural = false) => {
      const seq = ++saveSeq.current;
      queue.current = queue.current.then(async () => {
        if (shipmentId === null) return;
        const { input, local } = build(next, t);
        if (Object.keys(local).length) {
          setErrors(local);
          return;
        }
        const json = JSON.stringify(input);
        if (json === lastSaved.current && !structural) return;
        setSaving(true);
        try {
          const saved = await api.shipments.update({ id: shipmentId, ...input });
          lastSaved.current = json;
          setErrors({});
          setBanner(null);
          // A structural save's reply (new rows, their product's facts) replaces the form — but not
          // while the person has changed it since (a second box ticked, a cell typed in): that
          // change would flicker back. The last save of a run shows the reply instead.
          resetPending.current ||= structural;
          const untouched = seq === saveSeq.current && formRef.current === next;
          loaded(saved, resetPending.current && untouched);
          if (untouched) resetPending.current = false;
        } catch (err) {
          showError(err);
        } finally {
          setSaving(false);
        }
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shipmentId, loaded, t],
  );

  const setField = (key: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const setSelect = (key: keyof Form) => (e: { target: { value: string } }) => {
    const next = { ...formRef.current, [key]: e.target.value };
    setForm(next);
    save(next);
  };
  const setRow = (list: 'items' | 'parcels', i: number, key: string) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [list]: (f[list] as unknown as Record<string, string>[]).map((r, j) => (j === i ? { ...r, [key]: e.target.value } : r)) }));
  const onBlur = () => save(formRef.current);

  const addProduct = (p: Product) => {
    const next = { ...formRef.current, items: [...formRef.current.items, { productId: p.id, sku: p.sku, fresh: true, description: '', quantity: '1', unitValue: '', hsCode: '', originCountry: '', unitNetWeightG: '' }] };
    setForm(next);
    save(next, true);
  };
  const removeRow = (list: 'items' | 'parcels', i: number) => {
    const next = { ...formRef.current, [list]: formRef.current[list].filter((_r: unknown, j: number) => j !== i) };
    setForm(next as Form);
    save(next as Form, true);
  };
  const addParcel = () => {
    const net = formRef.current.items.reduce((s, r) => s + (Number(r.quantity) || 0) * (Number(r.unitNetWeightG) || 0), 0);
    const next = { ...formRef.current, parcels: [...formRef.current.parcels, { grossWeightG: String(Math.max(net + 50, 100)), lengthMm: '', widthMm: '', heightMm: '', packaging: '' }] };
    setForm(next);
    save(next, true);
  };

  async function create() {
    const { input, local } = build(form, t);
    if (Object.keys(local).length) return showFieldErrors(local);
    setSaving(true);
    try {
      const { items: _i, parcels: _p, ...rest } = input;
      const created = await api.shipments.create(rest);
      navigate(`/shipments/${created.id}`, { replace: true });
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  }

  const changeStatus = (status: ShipmentStatus) => {
    queue.current = queue.current.then(async () => {
      if (!shipment) return;
      try {
        const s = await api.shipments.setStatus({ id: shipment.id, status });
        setBanner(null);
        loaded(s, true);
      } catch (err) {
        const e = toClearpackError(err);
        setBanner({ kind: 'error', text: (t) => (e.code === 'BLOCKED' ? t('shipment.blockedReady') : issueText(t, e.details.issues?.[0] ?? { key: 'generic', message: e.message, params: { message: e.message } })) });
        if (shipment) void runPreflight(shipment.id);
      }
    });
  };

  const printPack = () => {
    document.querySelector('[data-testid="pack-panel"]')?.scrollIntoView({ block: 'start' });
    pack.current?.print();
  };

  // A field of the folded consignee: unfold it, then focus the field once it is rendered (a timer
  // from the folded render's closure would still see it folded, and unfold again for ever).
  const focusAfterUnfold = useRef<string | null>(null);
  useEffect(() => {
    if (!consigneeOpen || !focusAfterUnfold.current) return;
    focusPath(focusAfterUnfold.current);
    focusAfterUnfold.current = null;
  }, [consigneeOpen]);
  const focusField = (path: string) => {
    if (path.startsWith('consignee.') && !consigneeOpen) {
      focusAfterUnfold.current = path;
      setConsigneeOpen(true);
      return;
    }
    focusPath(path);
  };

  if (missing) return <NotFound text={t('shipment.notFound')} back="/shipments" backLabel={t('shipments.title')} />;

  const editable = shipmentId === null || (shipment !== null && EDITABLE_STATUSES.includes(shipment.status));
  const err = (path: string) => errors[path];
  const input = (key: keyof Form & string, path: string, props: Record<string, unknown> = {}) => (
    <input value={form[key] as string} onChange={setField(key)} data-path={path} aria-invalid={err(path) ? true : undefined} {...props} />
  );
  // A day in the UI language's order (not the computer's, as <input type=date> would show it).
  const dateInput = (key: 'shipDate' | 'invoiceDate') => (
    <DateField value={form[key]} onChange={setField(key)} data-path={key} aria-invalid={err(key) ? true : undefined} />
  );
  const field = (label: string, path: string, control: ReactElement<Record<string, unknown>>, wide = false, hint?: string) => (
    <Field label={label} name={path} error={err(path)} wide={wide} hint={hint}>
      {control}
    </Field>
  );
  const F = (k: (typeof CONSIGNEE)[number] | (typeof DETAILS)[number]) => t(`shipment.fields.${k}`);
  const rowErrors = Object.entries(errors).filter(([p]) => p.startsWith('items.') || p.startsWith('parcels.'));
  const currency = shipment?.currency ?? form.currency;
  const net = shipment?.items.reduce((s, i) => s + i.quantity * i.unitNetWeightG, 0) ?? 0;
  const gross = shipment?.parcels.reduce((s, p) => s + p.grossWeightG, 0) ?? 0;

  const heldShipment = shipment?.status === 'held';
  // Shipped, delivered, held, returned…: the declaration is a record. Said once (the banner, or the
  // hold's), shown by the fields themselves (disabled, no Remove), and the preflight is for reading.
  const locked = shipment !== null && !editable;
  const summary = pf ? summarize(pf) : null;
  const recordCounts = summary ? countWords(t, summary).join(' · ') : '';
  const consigneeFilled = Boolean(shipment && form.name.trim() && form.city.trim() && form.country && form.addressLines.trim());
  const consigneeFields = (
    <fieldset disabled={!editable} data-path="consignee">
      <legend>{t('shipment.sections.consignee')}</legend>
            <div className="grid">
              {field(F('name'), 'consignee.name', input('name', 'consignee.name', { autoFocus: shipmentId === null }))}
              {field(F('company'), 'consignee.company', input('company', 'consignee.company'))}
              {field(F('addressLines'), 'consignee.addressLines', <textarea rows={2} value={form.addressLines} onChange={setField('addressLines')} data-path="consignee.addressLines" />, true)}
              {field(F('city'), 'consignee.city', input('city', 'consignee.city'))}
              {field(F('state'), 'consignee.state', input('state', 'consignee.state'))}
              {field(F('postcode'), 'consignee.postcode', input('postcode', 'consignee.postcode'))}
              {field(
                F('country'),
                'consignee.country',
                <select value={form.country} onChange={setSelect('country')} data-path="consignee.country">
                  <option value="">—</option>
                  <CountryOptions />
                </select>,
              )}
              {field(F('phone'), 'consignee.phone', input('phone', 'consignee.phone'))}
              {field(F('email'), 'consignee.email', input('email', 'consignee.email'))}
              {field(F('taxId'), 'consignee.taxId', input('taxId', 'consignee.taxId'))}
            </div>
    </fieldset>
  );
  const detailsFields = (
    <fieldset disabled={!editable}>
      <legend>{t('shipment.sections.details')}</legend>
            <div className="grid">
              {field(F('orderRefs'), 'orderRefs', input('orderRefs', 'orderRefs'), false, t('shipment.hints.orderRefs'))}
              {field(F('shipDate'), 'shipDate', dateInput('shipDate'))}
              {field(
                F('category'),
                'category',
                <select value={form.category} onChange={setSelect('category')} data-path="category">
                  {ITEM_CATEGORIES.map((c) => (
                    <option key={c} value={c}>{t(`shipment.category.${c}`)}</option>
                  ))}
                </select>,
              )}
              {form.category === 'other' && field(F('categoryExplanation'), 'categoryExplanation', input('categoryExplanation', 'categoryExplanation'))}
              {field(F('carrier'), 'carrier', input('carrier', 'carrier'))}
              {field(F('service'), 'service', input('service', 'service'))}
              {field(
                F('postalOperator'),
                'postalOperator',
                <select value={form.postalOperator} onChange={setSelect('postalOperator')} data-path="postalOperator" aria-invalid={err('postalOperator') ? true : undefined}>
                  <option value="">
                    {defaultOperator
                      ? t('shipment.operatorDefault', { name: fmt.operators(operators).find((o) => o.id === defaultOperator)?.shown ?? defaultOperator })
                      : t('shipment.operatorNone')}
                  </option>
                  {fmt.operators(operators).map((o) => <option key={o.id} value={o.id}>{fmt.withCode(o.shown, o.country)}</option>)}
                </select>,
                false,
                t('shipment.hints.postalOperator'),
              )}
              {field(F('trackingNumber'), 'trackingNumber', input('trackingNumber', 'trackingNumber', { className: 'mono' }), false, trackingHint(t, form.trackingNumber))}
              {field(
                F('incoterm'),
                'incoterm',
                <select value={form.incoterm} onChange={setSelect('incoterm')} data-path="incoterm">
                  {INCOTERMS.map((c) => <option key={c} value={c}>{c}</option>)}
                </select>,
              )}
              {field(
                F('currency'),
                'currency',
                <select value={form.currency} onChange={setSelect('currency')} data-path="currency">
                  {currencies.map((c) => <option key={c.code} value={c.code}>{c.code} — {c.name}</option>)}
                </select>,
              )}
              {field(F('invoiceNumber'), 'invoiceNumber', input('invoiceNumber', 'invoiceNumber'))}
              {field(F('invoiceDate'), 'invoiceDate', dateInput('invoiceDate'))}
              {field(F('postage'), 'postage', input('postage', 'postage', { inputMode: 'decimal' }))}
              {field(F('insurance'), 'insurance', input('insurance', 'insurance', { inputMode: 'decimal' }))}
              {field(F('insuredValue'), 'insuredValue', input('insuredValue', 'insuredValue', { inputMode: 'decimal' }))}
            </div>
    </fieldset>
  );
  const holds = shipment && <HoldsPanel shipment={shipment} onShipment={(s) => loaded(s, true)} />;

  return (
    <section className={`screen shipment-editor${locked ? ' locked' : ''}`} aria-labelledby="shipment-title" ref={screenRef}>
      {/* The header stays in view: what this is, where it stands and what to do next. */}
      <header className="screen-head editor-head" data-testid="editor-head" ref={headRef} data-covers="">
        <div className="editor-head-main">
          <BackLink to="/shipments" label={t('shipments.title')} />
          <h1 id="shipment-title">
            {shipment ? t('shipment.title', { reference: shipment.reference }) : t('shipment.newTitle')} {shipment && <StatusBadge status={shipment.status} />}
          </h1>
          {shipment && (
            <p className="editor-head-state">
              <span data-testid="head-preflight">
                {!summary ? (
                  <span className="muted small">{t('preflight.running')}</span>
                ) : locked ? (
                  // No verdict to act on (was an amber "Warnings" on a delivered parcel): the counts, for the record.
                  <span className="pf-verdict pf-record muted small" data-verdict={summary.verdict} data-locked="">
                    {recordCounts ? t('preflight.recordHead', { counts: recordCounts }) : t('preflight.recordClean')}
                  </span>
                ) : (
                  <PreflightVerdict summary={summary} />
                )}
              </span>
              {!locked && <span className="muted small" aria-live="polite" data-testid="save-state">{saving ? t('shipment.saving') : t('shipment.saved')}</span>}
            </p>
          )}
        </div>
        {shipment && (
          <div className="actions" data-testid="head-actions">
            {headTransitions(shipment.status).map((s) => (
              <button
                key={s}
                type="button"
                className={`button ${s === 'ready' ? 'primary' : ''}`}
                disabled={s === 'ready' && (pf?.blocked ?? true)}
                title={s === 'ready' && pf?.blocked ? t('shipment.blockedReady') : undefined}
                onClick={() => changeStatus(s)}
              >
                {t(`shipment.actions.${s}`)}
              </button>
            ))}
            <button type="button" className="button" disabled={pf?.blocked ?? true} title={pf?.blocked ? t('packs.blocked') : undefined} onClick={printPack}>
              {t('shipView.printPack')}
            </button>
            <Link className="button" to={`/shipments/consultations/new?shipmentId=${shipment.id}`}>{t('consultations.askCarrier')}</Link>
          </div>
        )}
      </header>
      <FormBanner banner={banner} testId="editor-banner" />
      {heldShipment && (
        <div className="held-lead" data-testid="held-lead">
          <p className="banner error">{t('shipView.holdFirst')}</p>
          {holds}
        </div>
      )}
      {shipment && locked && !heldShipment && (
        <div className="banner muted" data-testid="locked-banner">
          {t(`shipment.notEditable.${shipment.status as Exclude<ShipmentStatus, 'draft' | 'ready' | 'held'>}`)}
        </div>
      )}
      <div className="editor-layout">
        <form className="editor-main" onBlur={onBlur} onSubmit={(e) => e.preventDefault()} noValidate>
          {shipmentId === null ? (
            <>
              {consigneeFields}
              {detailsFields}
              <FormActions>
                <button type="button" className="button primary" onClick={() => void create()} disabled={saving}>
                  {t('shipment.create')}
                </button>
              </FormActions>
            </>
          ) : (
            <>
              {/* What goes in the box first; who it goes to, folded once filled; the paperwork after. */}
              <fieldset disabled={!editable} data-path="items" tabIndex={-1}>
                <legend>{t('shipment.sections.items')}</legend>
                {editable && <ProductPicker onPick={addProduct} />}
                {form.items.length === 0 ? (
                  <p className="muted">{t('shipment.noItems')}</p>
                ) : (
                  <table className="lines">
                    <thead>
                      <tr>
                        <th>{t('shipment.item.product')} · {t('shipment.item.description')}</th><th className="c-num">{t('shipment.item.quantity')}</th>
                        <th className="c-money">{t('shipment.item.unitValue')}</th><th className="c-hs">{t('shipment.item.hsCode')}</th><th className="c-cc">{t('shipment.item.origin')}</th>
                        <th className="c-weight">{t('shipment.item.netWeight')}</th>{editable && <th className="c-act" />}
                      </tr>
                    </thead>
                    <tbody>
                      {form.items.map((r, i) => {
                        const cell = (key: keyof ItemRow, label: string, props: Record<string, unknown> = {}) => (
                          <td>
                            <input
                              aria-label={`${label} ${i + 1}`}
                              value={r[key] as string}
                              onChange={setRow('items', i, key)}
                              data-path={`items.${i}.${key}`}
                              aria-invalid={err(`items.${i}.${key}`) ? true : undefined}
                              {...props}
                            />
                          </td>
                        );
                        return (
                          <tr key={`${r.productId}-${i}`} data-path={`items.${i}.productId`} tabIndex={-1}>
                            <td>
                              <div className="mono sku">{r.sku}</div>
                              <input
                                aria-label={`${t('shipment.item.description')} ${i + 1}`}
                                value={r.description}
                                onChange={setRow('items', i, 'description')}
                                data-path={`items.${i}.description`}
                                aria-invalid={err(`items.${i}.description`) ? true : undefined}
                              />
                            </td>
                            {cell('quantity', t('shipment.item.quantity'), { inputMode: 'numeric', className: 'num' })}
                            {cell('unitValue', t('shipment.item.unitValue'), { inputMode: 'decimal', className: 'num' })}
                            {cell('hsCode', t('shipment.item.hsCode'), { className: 'mono code' })}
                            {cell('originCountry', t('shipment.item.origin'), { className: 'code', maxLength: 2 })}
                            {cell('unitNetWeightG', t('shipment.item.netWeight'), { inputMode: 'numeric', className: 'num' })}
                            {editable && (
                              <td>
                                <button type="button" className="link danger" aria-label={t('shipment.item.removeItem', { n: i + 1 })} onClick={() => removeRow('items', i)}>
                                  {t('shipment.item.remove')}
                                </button>
                              </td>
                            )}
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                )}
              </fieldset>
              <fieldset disabled={!editable} data-path="parcels" tabIndex={-1}>
                <legend>{t('shipment.sections.parcels')}</legend>
                {form.parcels.length === 0 && <p className="muted">{t('shipment.noParcels')}</p>}
                {form.parcels.length > 0 && (
                  <table className="lines">
                    <thead>
                      <tr>
                        {(['grossWeightG', 'lengthMm', 'widthMm', 'heightMm', 'packaging'] as const).map((k) => <th key={k}>{t(`shipment.parcel.${k}`)}</th>)}
                        {editable && <th className="c-act" />}
                      </tr>
                    </thead>
                    <tbody>
                      {form.parcels.map((p, i) => (
                        <tr key={i}>
                          {(['grossWeightG', 'lengthMm', 'widthMm', 'heightMm', 'packaging'] as const).map((k) => (
                            <td key={k}>
                              <input
                                aria-label={`${t(`shipment.parcel.${k}`)} ${i + 1}`}
                                value={p[k]}
                                onChange={setRow('parcels', i, k)}
                                data-path={`parcels.${i}.${k}`}
                                aria-invalid={err(`parcels.${i}.${k}`) ? true : undefined}
                                className={k === 'packaging' ? '' : 'num'}
                              />
                            </td>
                          ))}
                          {editable && (
                            <td>
                              <button type="button" className="link danger" aria-label={t('shipment.parcel.removeParcel', { n: i + 1 })} onClick={() => removeRow('parcels', i)}>
                                {t('shipment.parcel.remove')}
                              </button>
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                {form.parcels.map((p, i) => (
                  <ParcelPackaging
                    key={i}
                    index={i}
                    value={p.pack ?? EMPTY_PARCEL_PACKING}
                    findings={pf?.findings ?? []}
                    disabled={!editable}
                    onChange={(pack) => {
                      const next = { ...formRef.current, parcels: formRef.current.parcels.map((r, j) => (j === i ? { ...r, pack } : r)) };
                      setForm(next);
                      save(next, true);
                    }}
                  />
                ))}
                {editable && (
                  <button type="button" className="button" onClick={addParcel}>
                    {t('shipment.addParcel')}
                  </button>
                )}
              </fieldset>
              {rowErrors.length > 0 && (
                <div className="banner error" role="alert">
                  {rowErrors.map(([path, msg]) => (
                    <p key={path} className="field-error">{rowLabel(t, path)}{t('common.colon')}{msg}</p>
                  ))}
                </div>
              )}
              {consigneeFilled && !consigneeOpen ? (
                <section className="folded" data-testid="consignee-folded" aria-label={t('shipView.consigneeFolded')}>
                  <div>
                    <span className="folded-title">{t('shipView.consigneeFolded')}</span>{' '}
                    <span>{[form.name, form.company, form.city, fmt.country(form.country)].filter(Boolean).join(' · ')}</span>
                  </div>
                  {editable && (
                    <button type="button" className="link" onClick={() => setConsigneeOpen(true)} aria-expanded={false}>
                      {t('shipView.consigneeEdit')}
                    </button>
                  )}
                </section>
              ) : (
                consigneeFields
              )}
              {detailsFields}
            </>
          )}
        </form>
        {shipment && (
          <div className="editor-aside">
            {/* Findings first: beside the form on wide windows, a strip under the header on narrow ones. */}
            <div className="editor-findings" data-testid="editor-findings" data-covers="">
              <PreflightPanel result={pf} running={pfRunning} onFocusField={focusField} locked={locked} />
            </div>
            <div className="editor-side">
              <PackPanel key={shipment.id} shipmentId={shipment.id} preflight={pf} ref={pack} />
              <section className="side-card" aria-labelledby="totals-title">
                <h2 id="totals-title">{t('shipment.sections.totals')}</h2>
                <dl className="facts" data-testid="totals">
                  <dt>{t('shipment.totals.goods')}</dt><dd>{formatMoney(shipment.goodsValue, currency)}</dd>
                  <dt>{t('shipment.totals.postage')}</dt><dd>{formatMoney(shipment.postage, currency)}</dd>
                  <dt>{t('shipment.totals.insurance')}</dt><dd>{formatMoney(shipment.insurance, currency)}</dd>
                  <dt>{t('shipment.totals.total')}</dt><dd><strong>{formatMoney(shipment.goodsValue + shipment.postage + shipment.insurance, currency)}</strong></dd>
                  <dt>{t('shipment.totals.sdr')}</dt><dd>{pf?.valueSdr === null || pf === null ? t('shipment.noRate') : `${(pf.valueSdr / 100).toFixed(2)} SDR`}</dd>
                  <dt>{t('shipment.totals.net')}</dt><dd>{formatWeight(net)}</dd>
                  <dt>{t('shipment.totals.gross')}</dt><dd>{formatWeight(gross)}</dd>
                  <dt>{t('shipment.totals.form')}</dt><dd>{pf?.form ?? ''}</dd>
                </dl>
              </section>
              {!heldShipment && holds}
              <section className="side-card" aria-labelledby="timeline-title">
                <h2 id="timeline-title">{t('shipment.sections.timeline')}</h2>
                <ol className="timeline" data-testid="timeline">
                  {shipment.timeline.map((e) => (
                    <li key={e.id}>
                      <span className="muted small">{formatDateTime(e.at)}</span>{' '}
                      {e.kind === 'created'
                        ? t('shipment.event.created')
                        : t('shipment.event.status', { from: e.fromStatus ? t(`shipments.status.${e.fromStatus}`) : '', to: e.toStatus ? t(`shipments.status.${e.toStatus}`) : '' })}
                      {e.note && <span className="muted"> — {e.note}</span>}
                    </li>
                  ))}
                </ol>
              </section>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * The status buttons of the header. A held shipment moves on through its hold's outcome (released,
 * returned, destroyed — the hold's own buttons): the header offers only what a hold cannot say.
 */
function headTransitions(status: ShipmentStatus): readonly ShipmentStatus[] {
  const viaHold = new Set<ShipmentStatus>(Object.values(HOLD_OUTCOME_STATUS));
  return status === 'held' ? STATUS_TRANSITIONS.held.filter((s) => !viaHold.has(s)) : STATUS_TRANSITIONS[status];
}

// The column words of an item or parcel row, by the field name the core puts in an issue's path.
const ITEM_WORDS: Partial<Record<string, KeysIn<typeof en.shipment.item>>> = {
  productId: 'product', description: 'description', quantity: 'quantity', unitValue: 'unitValue', hsCode: 'hsCode', originCountry: 'origin', unitNetWeightG: 'netWeight',
};
const PARCEL_WORDS: Partial<Record<string, KeysIn<typeof en.shipment.parcel>>> = {
  grossWeightG: 'grossWeightG', lengthMm: 'lengthMm', widthMm: 'widthMm', heightMm: 'heightMm', packaging: 'packaging',
};

function rowLabel(t: Translate, path: string): string {
  const [list, index, key = ''] = path.split('.');
  const n = Number(index) + 1;
  if (list === 'items') {
    const word = ITEM_WORDS[key];
    return `${t('shipment.sections.items')} ${n}${word ? ` · ${t(`shipment.item.${word}`)}` : ''}`;
  }
  const word = PARCEL_WORDS[key];
  return `${t('shipment.sections.parcels')} ${n}${word ? ` · ${t(`shipment.parcel.${word}`)}` : ''}`;
}

/** Finds active catalog products by SKU, English or Chinese name, and adds the chosen one. */
function ProductPicker({ onPick }: { onPick(p: Product): void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Product[]>([]);
  useEffect(() => {
    if (q.trim() === '') return;
    let live = true;
    const timer = setTimeout(() => {
      void api.products.list({ query: q, status: 'active', limit: 8 }).then((page) => live && setResults(page.items));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q]);
  const shown = q.trim() === '' ? [] : results;
  return (
    <div className="picker">
      <input type="search" className="search" aria-label={t('shipment.addItemSearch')} placeholder={t('shipment.addItemSearch')} value={q} onChange={(e) => setQ(e.target.value)} />
      {shown.length > 0 && (
        <ul className="picker-results" aria-label={t('shipment.addItem')}>
          {shown.map((p) => (
            <li key={p.id}>
              <span className="mono">{p.sku}</span> <span>{p.name}</span> {p.localName && <span className="muted">{p.localName}</span>}
              <button
                type="button"
                className="button small"
                aria-label={`${t('shipment.add')} ${p.sku}`}
                onClick={() => {
                  onPick(p);
                  setQ('');
                }}
              >
                {t('shipment.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
