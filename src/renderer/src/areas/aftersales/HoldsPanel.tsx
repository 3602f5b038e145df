// Inspection holds on the shipment editor: record a hold (shipped parcels only), follow its
// outcome (which moves the shipment's status), and turn it into a seller rule ("prevent this next time").
import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HOLD_AUTHORITIES, HOLD_HANDLINGS, HOLD_OUTCOMES, HOLD_REASONS, PREVENT_SCOPES } from '../../../../shared/aftersales';
import type { Hold, HoldCreateInput } from '../../../../shared/aftersales';
import type { Shipment } from '../../../../shared/shipments';
import { api } from '../../api';
import { Field } from '../../components/Field';
import { localToday, formatDate } from '../../lib/dates';
import { countryName, currencyOptions, formatMoney, minorDigits, parseMoney } from '../../lib/format';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { FormBanner } from '../../components/FormBanner';
import { DateField } from '../../components/DateField';
import { Modal } from '../../components/Modal';
import { PreventPackaging } from './PreventPackaging';

interface Draft {
  date: string;
  authority: string;
  reason: string;
  detail: string;
  requested: string;
  handling: string;
  deadline: string;
  cost: string;
  costCurrency: string;
}

export function HoldsPanel({ shipment, onShipment }: { shipment: Shipment; onShipment(s: Shipment): void }) {
  const { t } = useTranslation();
  const [holds, setHolds] = useState<Hold[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const { errors, setErrors, banner, setBanner, showFieldErrors, busy, run } = useFormFeedback('holds.fixErrors', { takesNotice: false });
  const [scope, setScope] = useState<(typeof PREVENT_SCOPES)[number]>('product');
  const load = useCallback(() => {
    api.holds.list({ shipmentId: shipment.id }).then((p) => setHolds(p.items), () => setHolds([]));
  }, [shipment.id]);
  useEffect(load, [load]);
  const canHold = shipment.status === 'shipped' || shipment.status === 'held';

  const after = async () => {
    load();
    onShipment(await api.shipments.get({ id: shipment.id }));
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    const cost = parseMoney(draft.cost, draft.costCurrency);
    if (cost === null) return showFieldErrors({ cost: t('errors.money_format', { count: minorDigits(draft.costCurrency) }) });
    const input: HoldCreateInput = {
      shipmentId: shipment.id, date: draft.date, authority: draft.authority as never, reason: draft.reason as never, detail: draft.detail, requested: draft.requested,
      handling: (draft.handling || null) as never, deadline: draft.deadline || null, cost: cost ?? 0, costCurrency: draft.costCurrency,
    };
    await run(async () => {
      await api.holds.create(input);
      setDraft(null);
      setErrors({});
      setBanner(null);
      await after();
    });
  }

  async function setOutcome(h: Hold, outcome: Hold['outcome']) {
    await run(async () => {
      await api.holds.update({ id: h.id, outcome });
      setBanner(null);
      await after();
    });
  }

  async function prevent(h: Hold) {
    await run(async () => {
      const { rule } = await api.holds.preventRule({ holdId: h.id, scope, severity: 'block', message: ruleMessage(h) });
      setBanner({ kind: 'ok', text: (t) => t('holds.ruleCreated', { id: rule.id, country: countryName(rule.destination) }) });
      load();
    });
  }

  /** The rule's message, in the language the seller works in: the core's default is English (the CLI's). */
  const ruleMessage = (h: Hold): string => {
    const message = t(`holds.ruleMessage.${h.reason}`, { country: countryName(shipment.consignee.country), date: formatDate(h.date) });
    return (h.detail ? t('holds.ruleMessageDetail', { message, detail: h.detail }) : message).slice(0, 500);
  };

  const cancel = () => {
    setDraft(null);
    setErrors({});
  };

  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => (d ? { ...d, [k]: e.target.value } : d));

  return (
    <section className="side-card holds-panel" aria-labelledby="holds-title">
      <h2 id="holds-title">{t('holds.title')}</h2>
      <FormBanner banner={banner} testId="holds-banner" />
      {holds.length === 0 && <p className="muted small">{canHold ? t('holds.none') : t('holds.onlyShipped')}</p>}
      <ul className="hold-list">
        {holds.map((h) => (
          <li key={h.id} className="hold" data-testid={`hold-${h.id}`}>
            <div>
              <strong>{t(`holds.reason.${h.reason}`)}</strong> · {t(`holds.authority.${h.authority}`)} · {formatDate(h.date)}
            </div>
            {h.detail && <div className="muted small">{h.detail}</div>}
            <div className="small">
              {h.deadline && <span className={h.outcome === 'pending' && h.deadline < localToday() ? 'danger' : ''}>{t('holds.deadline', { date: formatDate(h.deadline) })} · </span>}
              {h.handling && <span>{t(`holds.handling.${h.handling}`)} · </span>}
              {h.cost > 0 && <span>{formatMoney(h.cost, h.costCurrency)} · </span>}
              <span className={`badge outcome-${h.outcome}`}>{t(`holds.outcome.${h.outcome}`)}</span>
            </div>
            {h.outcome === 'pending' && (
              <div className="status-actions" role="group" aria-label={t('holds.setOutcome')}>
                {HOLD_OUTCOMES.filter((o) => o !== 'pending').map((o) => (
                  <button key={o} type="button" className="button" onClick={() => void setOutcome(h, o)} disabled={busy}>
                    {t(`holds.markOutcome.${o}`)}
                  </button>
                ))}
              </div>
            )}
            <PreventPackaging hold={h} busy={busy} run={run} onMade={load} message={ruleMessage} />
            {h.ruleId ? (
              <p className="small ok-text">{t('holds.ruleLinked', { id: h.ruleId })}</p>
            ) : (
              <div className="prevent-row">
                <select aria-label={t('holds.preventScope')} value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
                  {PREVENT_SCOPES.map((s) => (
                    <option key={s} value={s}>
                      {t(`holds.scope.${s}`)}
                    </option>
                  ))}
                </select>
                <button type="button" className="button small" onClick={() => void prevent(h)}>
                  {t('holds.prevent')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {canHold && !draft && (
        <button
          type="button"
          className="button"
          onClick={() => setDraft({ date: localToday(), authority: 'customs', reason: 'dangerous_goods', detail: '', requested: '', handling: '', deadline: '', cost: '', costCurrency: shipment.currency })}
        >
          {t('holds.record')}
        </button>
      )}
      {draft && (
        <Modal labelledBy="hold-dialog-title" onClose={cancel}>
          <form onSubmit={(e) => void save(e)} noValidate>
            <h2 id="hold-dialog-title">{t('holds.dialogTitle')}</h2>
            <p className="muted small">{shipment.reference} · {countryName(shipment.consignee.country)}</p>
            <div className="grid">
              <Field label={t('holds.fields.date')} name="date" error={errors.date} required>
                <DateField value={draft.date} onChange={set('date')} />
              </Field>
              <Field label={t('holds.fields.authority')} name="authority" error={errors.authority}>
                <select value={draft.authority} onChange={set('authority')}>
                  {HOLD_AUTHORITIES.map((a) => <option key={a} value={a}>{t(`holds.authority.${a}`)}</option>)}
                </select>
              </Field>
              <Field label={t('holds.fields.reason')} name="reason" error={errors.reason}>
                <select value={draft.reason} onChange={set('reason')}>
                  {HOLD_REASONS.map((a) => <option key={a} value={a}>{t(`holds.reason.${a}`)}</option>)}
                </select>
              </Field>
              <Field label={t('holds.fields.handling')} name="handling" error={errors.handling}>
                <select value={draft.handling} onChange={set('handling')}>
                  <option value="">{t('holds.chooseHandling')}</option>
                  {HOLD_HANDLINGS.map((a) => <option key={a} value={a}>{t(`holds.handling.${a}`)}</option>)}
                </select>
              </Field>
              <Field label={t('holds.fields.detail')} name="detail" error={errors.detail} wide>
                <textarea rows={2} value={draft.detail} onChange={set('detail')} />
              </Field>
              <Field label={t('holds.fields.requested')} name="requested" error={errors.requested} wide>
                <textarea rows={2} value={draft.requested} onChange={set('requested')} />
              </Field>
              <Field label={t('holds.fields.deadline')} name="deadline" error={errors.deadline}>
                <DateField value={draft.deadline} onChange={set('deadline')} />
              </Field>
              <Field label={t('holds.fields.cost')} name="cost" error={errors.cost}>
                <input inputMode="decimal" value={draft.cost} onChange={set('cost')} />
              </Field>
              <Field label={t('holds.fields.costCurrency')} name="costCurrency" error={errors.costCurrency}>
                <select value={draft.costCurrency} onChange={set('costCurrency')}>
                  {currencyOptions().map((c) => <option key={c.code} value={c.code}>{c.code}</option>)}
                </select>
              </Field>
            </div>
            {errors.shipmentId && <p className="banner error" role="alert">{errors.shipmentId}</p>}
            <div className="form-actions">
              <button type="submit" className="button primary" disabled={busy}>{t('holds.save')}</button>
              <button type="button" className="button" onClick={cancel}>{t('holds.cancel')}</button>
            </div>
          </form>
        </Modal>
      )}
    </section>
  );
}
