// One claim: its facts (shipment, policy, type, incident date, amount), the amounts the insurer
// approved and paid, the workflow buttons, the evidence files, the letter, and the history.
import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeysIn } from '../../i18n/keys';
import type { en } from './i18n';
import { useNavigate, useParams } from 'react-router';
import { CLAIM_EDITABLE_STATUSES, CLAIM_TRANSITIONS, CLAIM_TYPES, EVIDENCE_KINDS, aboveGoodsValue } from '../../../../shared/claims';
import type { Claim, ClaimLetter, ClaimStatus, ClaimType, EvidenceKind, Policy } from '../../../../shared/claims';
import type { Attachment } from '../../../../shared/attachments';
import { LetterLanguageSelect } from '../../components/LetterLanguageSelect';
import type { LetterLanguage } from '../../../../shared/consultations';
import type { ShipmentSummary } from '../../../../shared/shipments';
import { api } from '../../api';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { useRecord } from '../../lib/useRecord';
import { FormBanner } from '../../components/FormBanner';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { NotFound } from '../../components/NotFound';
import { Field } from '../../components/Field';
import { SearchPicker } from '../../components/SearchPicker';
import { formatDateTime, formatMoney, minorDigits, minorToInput, parseMoney, useFormat } from '../../lib/format';
import { ClaimsTabs } from './ClaimsTabs';
import { ClaimStatusBadge } from './ClaimsScreen';
import { Deadline } from './Deadline';
import { OpenFileButton } from '../../components/OpenFileButton';
import { DateField } from '../../components/DateField';
import { EvidencePicker } from './EvidencePicker';
import { BackLink } from '../../components/BackLink';
import { ChooseButton } from '../../components/ChooseButton';
import { FormActions } from '../../components/FormActions';

interface ShipmentPick {
  id: number;
  reference: string;
  currency: string;
  insuredValue: number | null;
  /** Its declared goods value in `currency` (the core's figure for a saved claim; null: none to compare with). */
  goodsValue: number | null;
}

interface FormState {
  shipment: ShipmentPick | null;
  policyId: string;
  type: ClaimType;
  incidentDate: string;
  description: string;
  amountClaimed: string;
  amountApproved: string;
  amountPaid: string;
  notes: string;
  packPath: string;
  statusNote: string;
}

const EMPTY: FormState = { shipment: null, policyId: '', type: 'loss', incidentDate: '', description: '', amountClaimed: '', amountApproved: '', amountPaid: '', notes: '', packPath: '', statusNote: '' };

const toForm = (c: Claim): FormState => ({
  shipment: { id: c.shipmentId, reference: c.shipmentReference, currency: c.currency, insuredValue: c.insuredValue, goodsValue: c.goodsValue },
  policyId: String(c.policyId), type: c.type, incidentDate: c.incidentDate, description: c.description ?? '',
  amountClaimed: minorToInput(c.amountClaimed, c.currency), amountApproved: minorToInput(c.amountApproved, c.currency),
  amountPaid: minorToInput(c.amountPaid, c.currency), notes: c.notes ?? '', packPath: c.packPath ?? '', statusNote: '',
});

/** Typed money → minor units, null when empty (text that is not an amount is stopped before sending: `badAmounts`). */
const money = (text: string, currency: string) => parseMoney(text, currency) ?? null;
const AMOUNTS = ['amountClaimed', 'amountApproved', 'amountPaid'] as const;

/** A policy as the form lists it: its number, then its insurer ('HCI-PCL-2026-0457 · Harbour Cargo Insurance Ltd.'). */
const policyLabel = (p: Policy | undefined): string | undefined => (p ? `${p.policyNumber} · ${p.insurer}` : undefined);

export function ClaimForm() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { id } = useParams();
  const claimId = id === undefined ? null : Number(id);
  const [policies, setPolicies] = useState<Policy[] | null>(null);
  const [form, setForm] = useState<FormState>(EMPTY);
  const { record: claim, setRecord: setClaim, missing, error: loadError } = useRecord((id) => api.claims.get({ id }), claimId, (c) => setForm(toForm(c)));
  const { errors, setErrors, banner, setBanner, showFieldErrors, busy, run } = useFormFeedback('claimForm.fixErrors', { loadError });
  const [letter, setLetter] = useState<ClaimLetter | null>(null);
  // The letter in the seller's language unless chosen otherwise (a Chinese insurer reads Chinese).
  const [letterLanguage, setLetterLanguage] = useState<LetterLanguage>(i18n.language === 'zh' ? 'zh' : 'en');
  const [evidence, setEvidence] = useState<Attachment[]>([]);
  // Bumped when the picker adds a file: the attachments panel lists the claim's files again.
  const [evidenceVersion, setEvidenceVersion] = useState(0);

  const show = (c: Claim) => {
    setClaim(c);
    setForm(toForm(c));
  };
  useEffect(() => {
    api.policies.list({ limit: 500 }).then((p) => setPolicies(p.items), () => setPolicies([]));
  }, []);

  const loadEvidence = useCallback(() => {
    if (claimId !== null) api.attachments.list({ owner: { kind: 'claim', id: claimId } }).then(setEvidence, () => setEvidence([]));
  }, [claimId]);
  useEffect(loadEvidence, [loadEvidence]);

  const searchShipments = useCallback(async (query: string) => (await api.shipments.list({ query, limit: 8 })).items, []);
  const pickShipment = async (s: ShipmentSummary) => {
    const full = await api.shipments.get({ id: s.id });
    setForm((f) => ({ ...f, shipment: { id: full.id, reference: full.reference, currency: full.currency, insuredValue: full.insuredValue, goodsValue: full.goodsValue } }));
    setErrors(({ shipmentId: _gone, ...rest }) => rest);
  };

  const set = (key: keyof FormState) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const currency = form.shipment?.currency ?? 'USD';
  /** The amounts that are not amounts, at their fields (the core would only see a number). */
  const badAmounts = () => {
    const local: Record<string, string> = {};
    for (const k of AMOUNTS) if (parseMoney(form[k], currency) === null) local[k] = t('errors.money_format', { count: minorDigits(currency) });
    return local;
  };

  const facts = () => ({
    shipmentId: form.shipment?.id ?? 0,
    policyId: Number(form.policyId) || 0,
    type: form.type,
    incidentDate: form.incidentDate,
    description: form.description,
    amountClaimed: money(form.amountClaimed, currency) ?? (undefined as unknown as number),
    notes: form.notes,
    packPath: form.packPath,
  });
  const amounts = () => ({ amountApproved: money(form.amountApproved, currency), amountPaid: money(form.amountPaid, currency) });

  /** Saves the claim and shows it as stored. */
  const save = (action: () => Promise<Claim>) =>
    run(async () => {
      show(await action());
      setErrors({});
      setBanner({ kind: 'ok', text: (t) => t('claimForm.updated') });
    });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const local = badAmounts();
    if (Object.keys(local).length) return showFieldErrors(local);
    if (claimId === null) {
      await run(async () => {
        const created = await api.claims.create(facts());
        navigate(`/claims/${created.id}`, { replace: true, state: { notice: t('claimForm.created') } });
      });
      return;
    }
    const editable = claim && CLAIM_EDITABLE_STATUSES.includes(claim.status);
    const { shipmentId, policyId, type, incidentDate, amountClaimed, ...rest } = facts();
    await save(() => api.claims.update({ id: claimId, ...rest, ...amounts(), ...(editable ? { shipmentId, policyId, type, incidentDate, amountClaimed } : {}) }));
  }

  const move = (status: ClaimStatus) =>
    claim && (Object.keys(badAmounts()).length ? showFieldErrors(badAmounts()) : save(() => api.claims.update({ id: claim.id, status, statusNote: form.statusNote, ...amounts() })));

  const setKind = (attachmentId: number, kind: EvidenceKind) =>
    claim && save(() => api.claims.update({ id: claim.id, evidenceKinds: { ...claim.evidenceKinds, [attachmentId]: kind } }));

  async function generateLetter() {
    if (!claim) return;
    setLetter(null);
    await run(async () => setLetter(await api.claims.letter({ claimId: claim.id, language: letterLanguage })));
  }

  if (missing) return <NotFound text={t('claimForm.notFound')} back="/claims" backLabel={t('claims.title')} />;

  const editable = claim === null || CLAIM_EDITABLE_STATUSES.includes(claim.status);
  const f = (key: KeysIn<typeof en.claimForm.fields>) => ({ label: t(`claimForm.fields.${key}`), name: key, error: errors[key] });
  // A status event from no status (the claim's first) has no word on its left.
  const statusWord = (s: ClaimStatus | null) => (s ? t(`claims.status.${s}`) : '—');
  const late = claim?.warnings.find((w) => w.key === 'filing_late');
  const next = claim ? CLAIM_TRANSITIONS[claim.status] : [];
  const insured = form.shipment?.insuredValue ?? null;
  // As typed, by the core's rule (the claim's warnings say the same once saved): saving stays allowed.
  const goodsValue = form.shipment?.goodsValue ?? null;
  const excess = aboveGoodsValue(money(form.amountClaimed, currency) ?? 0, goodsValue);
  const aboveGoods = excess === null ? undefined : t('claimForm.aboveGoods', { value: formatMoney(goodsValue, currency), excess: formatMoney(excess, currency) });

  return (
    <section className="screen form-screen" aria-labelledby="claim-form-title">
      <ClaimsTabs />
      <header className="screen-head">
        <div>
          <BackLink to="/claims" label={t('claims.title')} />
          <h1 id="claim-form-title">
            {claim ? t('claimForm.editTitle', { reference: claim.reference }) : t('claimForm.newTitle')} {claim && <ClaimStatusBadge status={claim.status} />}
          </h1>
          {claim && (
            <p className="muted">
              {t('claims.columns.deadline')}{t('common.colon')}<Deadline date={claim.filingDeadline} days={claim.daysToDeadline} status={claim.status} filedOn={claim.filedOn} late={!!late} />
            </p>
          )}
        </div>
      </header>
      <FormBanner banner={banner} />
      {late && <div className="banner warn" role="status" data-testid="late-warning">{t('claimForm.lateWarning', { count: late.params.days })}</div>}
      <form onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t('claimForm.sections.facts')}</legend>
          <div className="grid">
            <div className={`field ${errors.shipmentId ? 'has-error' : ''}`} data-field="shipmentId">
              {editable ? (
                <SearchPicker<ShipmentSummary> label={t('claimForm.fields.shipmentId')} search={searchShipments} itemKey={(s) => s.id}
                  describe={(s) => (s.trackingNumber ? fmt.withCode(`${s.reference} — ${s.consigneeName}`, s.trackingNumber) : `${s.reference} — ${s.consigneeName}`)} onPick={(s) => void pickShipment(s)}
                  picked={form.shipment?.reference} required />
              ) : (
                <label>{t('claimForm.fields.shipmentId')}</label>
              )}
              {form.shipment && (
                <p className="chosen" data-testid="claim-shipment">
                  {/* Editable, the picker above shows the shipment; here only what it is insured for. */}
                  {!editable && <><span className="mono">{form.shipment.reference}</span> ·{' '}</>}
                  {insured ? t('claimForm.insured', { value: formatMoney(insured, form.shipment.currency) }) : t('claimForm.uninsured')}
                </p>
              )}
              {!form.shipment && <p className="field-hint">{t('claimForm.hints.shipment')}</p>}
              {errors.shipmentId && <p className="field-error" role="alert">{errors.shipmentId}</p>}
            </div>
            <Field {...f('policyId')} required requiredText={t('common.required')} hint={policies?.length === 0 ? t('claimForm.noPolicies') : undefined}>
              {/* The policy number first (the identifier, never the part cut off), the whole on hover. */}
              <select value={form.policyId} onChange={set('policyId')} disabled={!editable} title={policyLabel(policies?.find((p) => String(p.id) === form.policyId))}>
                <option value="">{t('claimForm.choosePolicy')}</option>
                {(policies ?? []).map((p) => (
                  <option key={p.id} value={p.id}>{policyLabel(p)}</option>
                ))}
              </select>
            </Field>
            <Field {...f('type')} required requiredText={t('common.required')}>
              <select value={form.type} onChange={set('type')} disabled={!editable}>
                {CLAIM_TYPES.map((ty) => <option key={ty} value={ty}>{t(`claims.type.${ty}`)}</option>)}
              </select>
            </Field>
            <Field {...f('incidentDate')} required requiredText={t('common.required')}>
              <DateField value={form.incidentDate} onChange={set('incidentDate')} disabled={!editable} />
            </Field>
            <Field {...f('amountClaimed')} required requiredText={t('common.required')} warning={aboveGoods}
              hint={insured ? t('claimForm.hints.amountClaimed', { value: formatMoney(insured, currency) }) : undefined}>
              <input inputMode="decimal" value={form.amountClaimed} onChange={set('amountClaimed')} disabled={!editable} />
            </Field>
            <Field {...f('description')} wide>
              <textarea rows={3} value={form.description} onChange={set('description')} />
            </Field>
            <Field
              {...f('packPath')}
              wide
              hint={t('claimForm.hints.packPath')}
              addon={<ChooseButton dialog="open" title={t('claimForm.fields.packPath')} filters={[{ name: 'PDF', extensions: ['pdf'] }]} onChosen={(picked) => set('packPath')({ target: { value: picked } })} />}
            >
              <input value={form.packPath} onChange={set('packPath')} />
            </Field>
            <Field {...f('notes')} wide>
              <textarea rows={2} value={form.notes} onChange={set('notes')} />
            </Field>
          </div>
        </fieldset>
        {claim && (
          <fieldset>
            <legend>{t('claimForm.sections.amounts')}</legend>
            <div className="grid">
              <Field {...f('amountApproved')}>
                <input inputMode="decimal" value={form.amountApproved} onChange={set('amountApproved')} />
              </Field>
              <Field {...f('amountPaid')}>
                <input inputMode="decimal" value={form.amountPaid} onChange={set('amountPaid')} />
              </Field>
            </div>
          </fieldset>
        )}
        <FormActions>
          <button type="submit" className="button primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
        </FormActions>
      </form>
      {claim && (
        <>
          <fieldset>
            <legend>{t('claimForm.sections.workflow')}</legend>
            {errors.status && <p className="field-error" role="alert">{errors.status}</p>}
            {next.length === 0 ? (
              <p className="muted">{t('claimForm.noNext')}</p>
            ) : (
              <div className="grid">
                <Field {...f('statusNote')}>
                  <input value={form.statusNote} onChange={set('statusNote')} />
                </Field>
                <div className="workflow-buttons">
                  {next.map((s) => (
                    <button key={s} type="button" className="button" disabled={busy} onClick={() => void move(s)}>
                      {t(`claimForm.moveTo.${s}`)}
                    </button>
                  ))}
                </div>
              </div>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('claimForm.sections.evidence')}</legend>
            <AttachmentsPanel key={evidenceVersion} owner={{ kind: 'claim', id: claim.id }} onChange={loadEvidence} />
            <EvidencePicker
              shipmentId={claim.shipmentId}
              claimId={claim.id}
              packPath={claim.packPath ?? ''}
              evidence={evidence}
              disabled={busy}
              onPickPack={(path) => void save(() => api.claims.update({ id: claim.id, packPath: path }))}
              onAdded={() => {
                setEvidenceVersion((v) => v + 1);
                loadEvidence();
              }}
            />
            {evidence.length > 0 && (
              <ul className="evidence-kinds">
                {evidence.map((a) => (
                  <li key={a.id}>
                    <span>{a.fileName}</span>{' '}
                    <select aria-label={t('claimForm.evidenceKindLabel', { name: a.fileName })} value={claim.evidenceKinds[String(a.id)] ?? 'other'}
                      onChange={(e) => void setKind(a.id, e.target.value as EvidenceKind)}>
                      {EVIDENCE_KINDS.map((k) => <option key={k} value={k}>{t(`claims.evidenceKind.${k}`)}</option>)}
                    </select>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('claimForm.sections.letter')}</legend>
            <div className="form-actions">
              <LetterLanguageSelect label={t('claimForm.letterLanguage')} value={letterLanguage} onChange={setLetterLanguage} />
              <button type="button" className="button primary" disabled={busy} onClick={() => void generateLetter()}>
                {busy ? t('claimForm.generating') : t('claimForm.generateLetter')}
              </button>
            </div>
            {letter && (
              <div className="banner ok" role="status" data-testid="letter-result">
                {t('claimForm.letterWritten', { count: letter.pages, pages: letter.pages })} <code className="mono">{letter.path}</code> <OpenFileButton path={letter.path} testId="open-letter" />
                {letter.evidence.length > 0 && (
                  <>
                    <br />
                    {t('claimForm.letterEvidence', { merged: letter.evidence.filter((e) => e.status === 'merged').length, total: letter.evidence.length, count: letter.evidence.length })}
                  </>
                )}
                {letter.evidence.filter((e) => e.status !== 'merged').map((e) => (
                  <div key={e.number}>{e.status === 'not_embeddable' ? t('claimForm.notEmbeddable', { name: e.name }) : t('claimForm.unreadable', { name: e.name, reason: e.reason ?? '' })}</div>
                ))}
              </div>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('claimForm.sections.history')}</legend>
            <ol className="timeline">
              {claim.history.map((h) => (
                <li key={h.id}>
                  <span className="muted">{formatDateTime(h.at)}</span>{' '}
                  {h.kind === 'status'
                    ? t('claimForm.historyEvent.status', { from: statusWord(h.fromStatus), to: statusWord(h.toStatus) })
                    : t(`claimForm.historyEvent.${h.kind}`)}
                  {h.note ? ` — ${h.note}` : ''}
                </li>
              ))}
            </ol>
          </fieldset>
        </>
      )}
    </section>
  );
}
