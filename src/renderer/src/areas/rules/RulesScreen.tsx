// Preflight rules of the seller's own: a product, a special category or an HS prefix, sent to a
// destination (a country, the EU, or anywhere) → block / warn / note with the seller's message.
// The list is paged through the core; a row opens the form above it; removal asks first.
import { useCallback, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../i18n/keys';
import { SPECIAL_CATEGORIES } from '../../../../shared/compliance';
import { SELLER_RULE_MATCHES } from '../../../../shared/preflight';
import type { SellerRule } from '../../../../shared/preflight';
import { api } from '../../api';
import { CountryOptions } from '../../components/CountryOptions';
import { Field } from '../../components/Field';
import { VirtualTable } from '../../components/VirtualTable';
import type { Column } from '../../components/VirtualTable';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { FormBanner } from '../../components/FormBanner';
import { formatCount, useFormat } from '../../lib/format';
import type { Formatters } from '../../lib/format';
import { usePagedList } from '../../lib/usePagedList';
import { BackLink } from '../../components/BackLink';

const SEVERITIES = ['block', 'warn', 'info'] as const;

interface Form {
  match: SellerRule['match'];
  productSku: string;
  category: string;
  hsPrefix: string;
  destination: string;
  severity: SellerRule['severity'];
  message: string;
  active: boolean;
}

const EMPTY: Form = { match: 'hs_prefix', productSku: '', category: 'cosmetics', hsPrefix: '', destination: '*', severity: 'block', message: '', active: true };

const toForm = (r: SellerRule): Form => ({
  match: r.match, productSku: r.productSku ?? '', category: r.category ?? 'cosmetics', hsPrefix: r.hsPrefix ?? '',
  destination: r.destination, severity: r.severity, message: r.message, active: r.active,
});

export function RulesScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  // null: no form open; 'new': a new rule; a rule: editing it.
  const [editing, setEditing] = useState<SellerRule | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fetchPage = useCallback((offset: number, limit: number) => api.rules.list({ offset, limit }), []);
  const list = usePagedList(fetchPage, 'rules');

  const scope = useCallback(
    (r: SellerRule) =>
      r.match === 'product'
        ? t('sellerRules.scopeProduct', { sku: r.productSku ?? r.productId, name: r.productName ?? '' })
        : r.match === 'category'
          ? t('sellerRules.scopeCategory', { category: r.category ? t(`compliance.categories.names.${r.category}`) : '' })
          : t('sellerRules.scopeHs', { prefix: r.hsPrefix }),
    [t],
  );
  const columns = useMemo<Column<SellerRule>[]>(
    () => [
      { id: 'scope', header: t('sellerRules.columns.scope'), width: 'minmax(180px, 2fr)', cell: (r) => scope(r) },
      { id: 'destination', header: t('sellerRules.columns.destination'), width: '120px', cell: (r) => destinationName(t, fmt, r.destination) },
      { id: 'severity', header: t('sellerRules.columns.severity'), width: '100px', cell: (r) => <span className={`badge ${SEVERITY_BADGE[r.severity]}`} data-severity={r.severity}>{t(`preflight.severity.${r.severity}`)}</span> },
      { id: 'message', header: t('sellerRules.columns.message'), width: 'minmax(200px, 3fr)', cell: (r) => r.message },
      { id: 'active', header: t('sellerRules.columns.active'), width: '90px', cell: (r) => <span className={`badge ${r.active ? 'ok' : 'muted'}`}>{t(r.active ? 'sellerRules.on' : 'sellerRules.off')}</span> },
    ],
    [t, fmt, scope],
  );

  const done = (text: string) => {
    setEditing(null);
    setNotice(text);
    list.reload();
  };

  return (
    <section className="screen rules-screen" aria-labelledby="rules-title">
      <header className="screen-head">
        <div>
          <BackLink to="/shipments" label={t('shipments.title')} />
          <h1 id="rules-title">{t('sellerRules.title')}</h1>
          <p className="muted">{t('sellerRules.intro')}</p>
          <p className="muted" aria-live="polite" data-testid="rule-count">
            {list.total === null ? t('common.loading') : t('sellerRules.count', { count: list.total, formatted: formatCount(list.total) })}
          </p>
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            data-shortcut="new"
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            {t('sellerRules.new')}
          </button>
        </div>
      </header>
      {notice && (
        <div className="banner ok" role="status">
          {notice}
        </div>
      )}
      {editing && (
        <RuleForm
          key={editing === 'new' ? 'new' : editing.id}
          rule={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={() => done(t('sellerRules.saved'))}
          onRemoved={() => done(t('sellerRules.removed'))}
        />
      )}
      {list.error && (
        <div className="banner error" role="alert">
          {list.error.message}{' '}
          <button type="button" className="link" onClick={list.reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      <VirtualTable
        listId="sellerRules"
        label={t('sellerRules.title')}
        columns={columns}
        list={list}
        onOpen={(r) => {
          setNotice(null);
          setEditing(r);
        }}
        rowKey={(r) => r.id}
        empty={t('sellerRules.empty')}
      />
    </section>
  );
}

/** A rule's effect as the app's badge, coloured like the preflight it feeds (blocks red, warnings amber). */
const SEVERITY_BADGE: Record<SellerRule['severity'], string> = { block: 'danger', warn: 'warn', info: 'muted' };

function destinationName(t: Translate, fmt: Formatters, destination: string): string {
  if (destination === '*') return t('sellerRules.anywhere');
  if (destination === 'EU') return t('sellerRules.eu');
  return fmt.country(destination);
}

function RuleForm({ rule, onCancel, onSaved, onRemoved }: { rule: SellerRule | null; onCancel(): void; onSaved(): void; onRemoved(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(rule ? toForm(rule) : EMPTY);
  // A panel of the rules screen: the screen's own notice stays in the screen's banner.
  const { errors, banner, setBanner, showFieldErrors, busy, run } = useFormFeedback('sellerRules.fixErrors', { takesNotice: false });
  const [confirming, setConfirming] = useState(false);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  /** The product of a product rule, found by its SKU (exactly, ignoring case). */
  const productId = async (): Promise<number | null> => {
    const sku = form.productSku.trim();
    if (!sku) return null;
    const { items } = await api.products.list({ query: sku, status: 'all', limit: 50 });
    return items.find((p) => p.sku.toLowerCase() === sku.toLowerCase())?.id ?? -1;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBanner(null);
    await run(async () => {
      const found = form.match === 'product' ? await productId() : null;
      if (found === -1) return showFieldErrors({ productId: t('sellerRules.noSuchSku', { sku: form.productSku.trim() }) });
      const input = {
        match: form.match,
        productId: form.match === 'product' ? found : null,
        category: form.match === 'category' ? (form.category as SellerRule['category']) : null,
        hsPrefix: form.match === 'hs_prefix' ? form.hsPrefix : null,
        destination: form.destination,
        severity: form.severity,
        message: form.message,
        active: form.active,
      };
      if (rule) await api.rules.update({ id: rule.id, ...input });
      else await api.rules.create(input);
      onSaved();
    });
  };

  const remove = async () => {
    if (!rule) return;
    await run(async () => {
      await api.rules.remove({ id: rule.id });
      onRemoved();
    });
  };

  return (
    <form className="panel rule-form" onSubmit={(e) => void submit(e)} noValidate aria-label={rule ? t('sellerRules.editTitle') : t('sellerRules.newTitle')}>
      <h2>{rule ? t('sellerRules.editTitle') : t('sellerRules.newTitle')}</h2>
      <FormBanner banner={banner} testId="rule-banner" />
      <div className="grid">
        <Field label={t('sellerRules.fields.match')} name="match" error={errors.match}>
          <select value={form.match} onChange={(e) => set('match', e.target.value as Form['match'])}>
            {SELLER_RULE_MATCHES.map((m) => (
              <option key={m} value={m}>
                {t(`sellerRules.match.${m}`)}
              </option>
            ))}
          </select>
        </Field>
        {form.match === 'product' && (
          <Field label={t('sellerRules.fields.productSku')} name="productId" hint={t('sellerRules.hints.productSku')} error={errors.productId} required requiredText={t('common.required')}>
            <input value={form.productSku} onChange={(e) => set('productSku', e.target.value)} spellCheck={false} />
          </Field>
        )}
        {form.match === 'category' && (
          <Field label={t('sellerRules.fields.category')} name="category" error={errors.category} required requiredText={t('common.required')}>
            <select value={form.category} onChange={(e) => set('category', e.target.value)}>
              {SPECIAL_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`compliance.categories.names.${c}`)}
                </option>
              ))}
            </select>
          </Field>
        )}
        {form.match === 'hs_prefix' && (
          <Field label={t('sellerRules.fields.hsPrefix')} name="hsPrefix" hint={t('sellerRules.hints.hsPrefix')} error={errors.hsPrefix} required requiredText={t('common.required')}>
            <input value={form.hsPrefix} onChange={(e) => set('hsPrefix', e.target.value)} inputMode="numeric" spellCheck={false} />
          </Field>
        )}
        <Field label={t('sellerRules.fields.destination')} name="destination" error={errors.destination}>
          <select value={form.destination} onChange={(e) => set('destination', e.target.value)}>
            <option value="*">{t('sellerRules.anywhere')}</option>
            <option value="EU">{t('sellerRules.eu')}</option>
            <CountryOptions />
          </select>
        </Field>
        <Field label={t('sellerRules.fields.severity')} name="severity" error={errors.severity}>
          <select value={form.severity} onChange={(e) => set('severity', e.target.value as Form['severity'])}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`sellerRules.severity.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('sellerRules.fields.message')} name="message" hint={t('sellerRules.hints.message')} error={errors.message} required requiredText={t('common.required')} wide>
          <input value={form.message} onChange={(e) => set('message', e.target.value)} maxLength={500} />
        </Field>
        <label className="check">
          <input type="checkbox" checked={form.active} onChange={(e) => set('active', e.target.checked)} /> {t('sellerRules.fields.active')}
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {rule ? t('sellerRules.save') : t('sellerRules.create')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('sellerRules.cancel')}
        </button>
        {rule && !confirming && (
          <button type="button" className="button danger" onClick={() => setConfirming(true)} disabled={busy}>
            {t('sellerRules.remove')}
          </button>
        )}
      </div>
      {rule && confirming && (
        <div className="banner error confirm" role="alertdialog" aria-label={t('sellerRules.confirmRemove')}>
          <span>{t('sellerRules.confirmRemove')}</span>
          <button type="button" className="button danger" onClick={() => void remove()} disabled={busy}>
            {t('sellerRules.confirmYes')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)} disabled={busy}>
            {t('sellerRules.confirmNo')}
          </button>
        </div>
      )}
    </form>
  );
}
