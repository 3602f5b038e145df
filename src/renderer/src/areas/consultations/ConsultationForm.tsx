// One consultation: what is asked (a product or a shipment, the destination, the carrier), the
// request letter (PDF and text to copy, English or Chinese), and the answer, which the core turns
// into the seller rules the preflight cites.
import { useCallback, useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { CONSULTATION_CHANNELS, CONSULTATION_OUTCOMES } from '../../../../shared/consultations';
import { LetterLanguageSelect } from '../../components/LetterLanguageSelect';
import type { Consultation, ConsultationLetter, LetterLanguage } from '../../../../shared/consultations';
import type { Attachment } from '../../../../shared/attachments';
import type { Product } from '../../../../shared/products';
import type { PostalOperator } from '../../../../shared/shipments';
import { api, toClearpackError } from '../../api';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { CountryOptions } from '../../components/CountryOptions';
import { Field } from '../../components/Field';
import { DateField } from '../../components/DateField';
import { FormBanner } from '../../components/FormBanner';
import { OpenFileButton } from '../../components/OpenFileButton';
import { SearchPicker } from '../../components/SearchPicker';
import { fieldErrors } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useFormFeedback } from '../../lib/useFormFeedback';
import { BackLink } from '../../components/BackLink';
import { NotFound } from '../../components/NotFound';
import { ConsultationStatusBadge } from './ConsultationsScreen';
import { FormActions } from '../../components/FormActions';

interface Facts {
  product: { id: number; sku: string; name: string } | null;
  shipment: { id: number; reference: string } | null;
  destination: string;
  carrier: string;
  operatorCode: string;
  requestDate: string;
  notes: string;
}
const EMPTY: Facts = { product: null, shipment: null, destination: '', carrier: '', operatorCode: '', requestDate: '', notes: '' };
const toFacts = (c: Consultation): Facts => ({
  product: c.productId !== null ? { id: c.productId, sku: c.productSku ?? '', name: c.productName ?? '' } : null,
  shipment: c.shipmentId !== null ? { id: c.shipmentId, reference: c.shipmentReference ?? '' } : null,
  destination: c.destination, carrier: c.carrier, operatorCode: c.operatorCode ?? '', requestDate: c.requestDate, notes: c.notes ?? '',
});

interface AnswerForm { by: string; date: string; channel: string; outcome: string; summary: string; text: string; validUntil: string; replyAttachmentId: string }
const NO_ANSWER: AnswerForm = { by: '', date: '', channel: 'email', outcome: 'allow', summary: '', text: '', validUntil: '', replyAttachmentId: '' };
const toAnswer = (c: Consultation): AnswerForm =>
  c.answer
    ? { by: c.answer.by, date: c.answer.date, channel: c.answer.channel, outcome: c.answer.outcome, summary: c.answer.summary, text: c.answer.text, validUntil: c.answer.validUntil ?? '', replyAttachmentId: c.answer.replyAttachmentId ? String(c.answer.replyAttachmentId) : '' }
    : NO_ANSWER;

const nested = (t: Parameters<typeof fieldErrors>[0], e: Parameters<typeof fieldErrors>[1]) => fieldErrors(t, e, { nested: true });

export function ConsultationForm() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const params = useParams();
  const [search] = useSearchParams();
  const id = params.id ? Number(params.id) : null;
  const [record, setRecord] = useState<Consultation | null>(null);
  const [missing, setMissing] = useState(false);
  const [facts, setFacts] = useState<Facts>(EMPTY);
  const [operators, setOperators] = useState<PostalOperator[]>([]);
  const feedback = useFormFeedback('consultationForm.fixErrors');
  const { errors, setErrors, banner, setBanner, busy, run } = feedback;

  useEffect(() => {
    void api.shipments.postalOperators().then((list) => setOperators([...list].sort((a, b) => a.name.localeCompare(b.name))), () => setOperators([]));
  }, []);
  useEffect(() => {
    if (id === null) {
      // New: from a product (?productId=) or a shipment (?shipmentId=), its facts filled in.
      const productId = Number(search.get('productId'));
      const shipmentId = Number(search.get('shipmentId'));
      if (shipmentId)
        void api.shipments.get({ id: shipmentId }).then((s) =>
          setFacts((f) => ({ ...f, shipment: { id: s.id, reference: s.reference }, destination: s.consignee.country, carrier: s.carrier ?? '', operatorCode: s.postalOperator ?? '' })), () => {});
      else if (productId) void api.products.get({ id: productId }).then((p) => setFacts((f) => ({ ...f, product: { id: p.id, sku: p.sku, name: p.name } })), () => {});
      return;
    }
    api.consultations.get({ id }).then(
      (c) => {
        setRecord(c);
        setFacts(toFacts(c));
      },
      (e: unknown) => (toClearpackError(e).code === 'NOT_FOUND' ? setMissing(true) : setBanner({ kind: 'error', text: toClearpackError(e).message })),
    );
  }, [id, search, setBanner]);

  const searchProducts = useCallback((q: string) => api.products.list({ query: q, limit: 8 }).then((p) => p.items), []);
  const set = (key: 'destination' | 'carrier' | 'operatorCode' | 'requestDate' | 'notes') => (e: { target: { value: string } }) => {
    setFacts((f) => ({ ...f, [key]: e.target.value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  async function onSave(e: FormEvent) {
    e.preventDefault();
    const input = {
      productId: facts.product?.id ?? null, shipmentId: facts.shipment?.id ?? null, destination: facts.destination, carrier: facts.carrier,
      operatorCode: facts.operatorCode || null, notes: facts.notes, ...(facts.requestDate ? { requestDate: facts.requestDate } : {}),
    };
    await run(async () => {
      if (record) {
        const saved = await api.consultations.update({ id: record.id, ...input });
        setRecord(saved);
        setFacts(toFacts(saved));
        setErrors({});
        setBanner({ kind: 'ok', text: (tr) => tr('consultationForm.saved') });
      } else {
        const saved = await api.consultations.create(input);
        void navigate(`/shipments/consultations/${saved.id}`, { replace: true, state: { notice: t('consultationForm.created') } });
      }
    });
  }

  if (missing) return <NotFound text={t('consultationForm.notFound')} back="/shipments/consultations" backLabel={t('consultations.title')} />;
  const f = (key: 'destination' | 'carrier' | 'operatorCode' | 'requestDate' | 'notes') => ({ label: t(`consultationForm.fields.${key}`), name: key, error: errors[key] });
  return (
    <section className="screen" aria-labelledby="consultation-title">
      <header className="screen-head">
        <div>
          <BackLink to="/shipments/consultations" label={t('consultations.title')} />
          <h1 id="consultation-title">{record ? t('consultationForm.editTitle', { reference: record.reference }) : t('consultationForm.newTitle')}</h1>
          {record && <p><ConsultationStatusBadge status={record.status} /> {record.stale && <span className="danger" data-testid="consultation-stale">{t(`consultations.stale.${record.stale.reason}`, { until: fmt.date(record.stale.until) })}</span>}</p>}
        </div>
      </header>
      <FormBanner banner={banner} />
      <form onSubmit={onSave} noValidate aria-label={t('consultationForm.about')}>
        <fieldset>
          <legend>{t('consultationForm.about')}</legend>
          <div className={`field ${errors.productId || errors.shipmentId ? 'has-error' : ''}`} data-field="productId">
            {facts.shipment ? (
              <p>{t('consultationForm.aboutShipment', { reference: facts.shipment.reference })}</p>
            ) : (
              <>
                <SearchPicker<Product>
                  label={t('consultationForm.pickProduct')}
                  search={searchProducts}
                  itemKey={(p) => p.id}
                  describe={(p) => `${p.sku} — ${p.name}`}
                  picked={facts.product && `${facts.product.sku} — ${facts.product.name}`}
                  pickedTestId="consultation-product"
                  locked={!!record}
                  required
                  onPick={(p) => { setFacts((x) => ({ ...x, product: { id: p.id, sku: p.sku, name: p.name } })); setErrors(({ productId: _gone, ...rest }) => rest); }}
                />
                {!facts.product && <p className="field-hint">{t('consultationForm.chooseProduct')}</p>}
              </>
            )}
            {(errors.productId ?? errors.shipmentId) && <p className="field-error" role="alert">{errors.productId ?? errors.shipmentId}</p>}
          </div>
          <div className="grid">
            <Field {...f('destination')} required requiredText={t('common.required')}>
              <select value={facts.destination} onChange={set('destination')}>
                <option value="" />
                <CountryOptions />
              </select>
            </Field>
            <Field {...f('carrier')} required requiredText={t('common.required')}>
              <input value={facts.carrier} onChange={set('carrier')} />
            </Field>
            <Field {...f('operatorCode')}>
              <select value={facts.operatorCode} onChange={set('operatorCode')}>
                <option value="">{t('consultationForm.noOperator')}</option>
                {fmt.operators(operators).map((o) => <option key={o.id} value={o.id}>{fmt.withCode(o.shown, o.id)}</option>)}
              </select>
            </Field>
            <Field {...f('requestDate')}>
              <DateField value={facts.requestDate} onChange={set('requestDate')} />
            </Field>
            <Field {...f('notes')} wide>
              <textarea rows={2} value={facts.notes} onChange={set('notes')} />
            </Field>
          </div>
        </fieldset>
        <FormActions>
          <button type="submit" className="button primary" disabled={busy}>{busy ? t('common.saving') : t('consultationForm.save')}</button>
        </FormActions>
      </form>
      {record && <LetterPanel consultation={record} />}
      {record && <AnswerPanel consultation={record} onSaved={setRecord} />}
      {record && (
        <section aria-labelledby="consultation-files">
          <h2 id="consultation-files">{t('consultationForm.files')}</h2>
          <AttachmentsPanel owner={{ kind: 'consultation', id: record.id }} />
        </section>
      )}
    </section>
  );
}

function LetterPanel({ consultation }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<LetterLanguage>(i18n.language === 'zh' ? 'zh' : 'en');
  const [letter, setLetter] = useState<ConsultationLetter | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const write = async () => {
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      setLetter(await api.consultations.letter({ id: consultation.id, language }));
    } catch (e) {
      setError(toClearpackError(e).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="letter-title">
      <h2 id="letter-title">{t('consultationForm.letter.title')}</h2>
      <div className="form-actions">
        <LetterLanguageSelect label={t('consultationForm.letter.language')} value={language} onChange={setLanguage} />
        <button type="button" className="button" disabled={busy} onClick={() => void write()}>{letter ? t('consultationForm.letter.again') : t('consultationForm.letter.make')}</button>
        {letter && (
          <button type="button" className="button" onClick={() => void navigator.clipboard.writeText(letter.text).then(() => setCopied(true), () => setCopied(false))}>
            {copied ? t('consultationForm.letter.copied') : t('consultationForm.letter.copy')}
          </button>
        )}
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
      {letter && (
        <>
          <p className="muted small">{t('consultationForm.letter.questions', { count: letter.questions.length })} · {t('consultationForm.letter.pdf', { path: letter.path, count: letter.pages })} <OpenFileButton path={letter.path} /></p>
          <textarea className="letter-text" aria-label={t('consultationForm.letter.textLabel')} readOnly rows={18} value={letter.text} data-testid="letter-text" />
        </>
      )}
    </section>
  );
}

function AnswerPanel({ consultation, onSaved }: { consultation: Consultation; onSaved(c: Consultation): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<AnswerForm>(() => toAnswer(consultation));
  const [files, setFiles] = useState<Attachment[]>([]);
  const { errors, setErrors, banner, setBanner, busy, run } = useFormFeedback('consultationForm.fixErrors', { toFields: nested, takesNotice: false });
  const loadFiles = useCallback(() => {
    void api.attachments.list({ owner: { kind: 'consultation', id: consultation.id } }).then(setFiles, () => setFiles([]));
  }, [consultation.id]);
  useEffect(loadFiles, [loadFiles]);
  const set = (key: keyof AnswerForm) => (e: { target: { value: string } }) => {
    setForm((x) => ({ ...x, [key]: e.target.value }));
    setErrors(({ [`answer.${key}`]: _gone, ...rest }) => rest);
  };
  const record = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const answer = {
        by: form.by, date: form.date, channel: form.channel as (typeof CONSULTATION_CHANNELS)[number], outcome: form.outcome as (typeof CONSULTATION_OUTCOMES)[number],
        summary: form.summary, text: form.text, validUntil: form.validUntil || null, replyAttachmentId: form.replyAttachmentId ? Number(form.replyAttachmentId) : null,
      };
      const saved = await api.consultations.update({ id: consultation.id, answer });
      onSaved(saved);
      setForm(toAnswer(saved));
      setErrors({});
      setBanner({ kind: 'ok', text: (tr) => tr('consultationForm.answer.recorded') });
    });
  };
  const clear = () =>
    void run(async () => {
      const saved = await api.consultations.update({ id: consultation.id, answer: null });
      onSaved(saved);
      setForm(NO_ANSWER);
      setBanner({ kind: 'ok', text: (tr) => tr('consultationForm.answer.cleared') });
    });
  const f = (key: keyof AnswerForm) => ({ label: t(`consultationForm.answer.fields.${key}`), name: `answer.${key}`, error: errors[`answer.${key}`] });
  return (
    <form className="card" onSubmit={record} noValidate aria-labelledby="answer-title">
      <h2 id="answer-title">{t('consultationForm.answer.title')}</h2>
      <FormBanner banner={banner} />
      {!consultation.answer && <p className="muted">{t('consultationForm.answer.none')}</p>}
      {consultation.ruleIds.length > 0 && (
        <p data-testid="answer-rules">
          {t('consultationForm.answer.rules', { count: consultation.ruleIds.length })} <Link to="/shipments/rules">{t('consultationForm.answer.seeRules')}</Link>
        </p>
      )}
      <div className="grid">
        <Field {...f('by')} required requiredText={t('common.required')}><input value={form.by} onChange={set('by')} /></Field>
        <Field {...f('date')} required requiredText={t('common.required')}><DateField value={form.date} onChange={set('date')} /></Field>
        <Field {...f('channel')} required requiredText={t('common.required')}>
          <select value={form.channel} onChange={set('channel')}>
            {CONSULTATION_CHANNELS.map((c) => <option key={c} value={c}>{t(`consultations.channel.${c}`)}</option>)}
          </select>
        </Field>
        <Field {...f('outcome')} required requiredText={t('common.required')}>
          <select value={form.outcome} onChange={set('outcome')}>
            {CONSULTATION_OUTCOMES.map((o) => <option key={o} value={o}>{t(`consultations.outcome.${o}`)}</option>)}
          </select>
        </Field>
        <Field {...f('validUntil')}><DateField value={form.validUntil} onChange={set('validUntil')} /></Field>
        <Field {...f('replyAttachmentId')}>
          <select value={form.replyAttachmentId} onChange={set('replyAttachmentId')} onFocus={loadFiles}>
            <option value="">{t('consultationForm.answer.noFile')}</option>
            {files.map((a) => <option key={a.id} value={a.id}>{a.fileName}</option>)}
          </select>
        </Field>
        <Field {...f('summary')} hint={t('consultationForm.answer.summaryHint')} wide><input value={form.summary} onChange={set('summary')} /></Field>
        <Field {...f('text')} required requiredText={t('common.required')} wide><textarea rows={5} value={form.text} onChange={set('text')} /></Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>{t('consultationForm.answer.record')}</button>
        {consultation.answer && <button type="button" className="button" disabled={busy} onClick={clear}>{t('consultationForm.answer.clear')}</button>}
      </div>
    </form>
  );
}
