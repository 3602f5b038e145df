// Issue 18: a seller rule recorded from a consultation's answer. The preflight cites the carrier and
// the day it answered ("China Post, 2026-11-03: accepted with the battery mark"); an answer past its
// validity or more than six months old is flagged instead; and an answer from another carrier than
// the shipment's does not apply, the finding says why. Pure, like the engine.
import { staleAnswer } from '../../shared/consultations';
import type { PreflightProfile, SellerRule, SellerRuleSource, Severity } from '../../shared/preflight';
import type { PreflightFixKey, PreflightMessageKey } from '../../shared/preflight-text';
import type { Shipment } from '../../shared/shipments';
import type { ReferenceRules } from '../reference';
import { operatorOf } from '../reference/operators';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Same carrier by name: equal once case, spaces and punctuation are left out, or one names the other's service ("China Post ePacket"). */
const sameName = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  return x !== '' && y !== '' && (x === y || x.startsWith(y) || y.startsWith(x));
};

export interface CarrierCheck {
  applies: boolean;
  /** The shipment's carrier as the finding names it ('' when it names none). */
  shipmentCarrier: string;
}

/**
 * Whether the consultation's carrier carries this shipment: by the shipment's carrier name when it
 * has one, else by its designated operator (its own or the seller's default) — by id where the
 * consultation names one, else by the operator's name.
 */
export function carrierCheck(
  c: Pick<SellerRuleSource, 'carrier' | 'operatorCode'>,
  shipment: Partial<Pick<Shipment, 'carrier' | 'postalOperator'>>,
  profile: Pick<PreflightProfile, 'defaultPostalOperator'>,
  reference: Pick<ReferenceRules, 'postalOperators'>,
): CarrierCheck {
  const op = operatorOf({ postalOperator: shipment.postalOperator ?? null }, profile, reference);
  const named = shipment.carrier?.trim() ?? '';
  if (named !== '')
    return { applies: sameName(named, c.carrier) || (!!c.operatorCode && op?.id === c.operatorCode && sameName(named, op.name)), shipmentCarrier: named };
  if (!op) return { applies: false, shipmentCarrier: '' };
  return { applies: c.operatorCode ? op.id === c.operatorCode : sameName(op.name, c.carrier), shipmentCarrier: op.name };
}

export interface RuleFinding {
  severity: Severity;
  msg: PreflightMessageKey;
  params: Record<string, string | number>;
  fix: PreflightFixKey | null;
}

const atLeastWarn = (s: Severity): Severity => (s === 'block' ? 'block' : 'warn');

export function consultationRuleFinding(
  rule: SellerRule,
  c: SellerRuleSource,
  shipment: Partial<Pick<Shipment, 'carrier' | 'postalOperator'>>,
  profile: Pick<PreflightProfile, 'defaultPostalOperator'>,
  reference: Pick<ReferenceRules, 'postalOperators'>,
  date: string,
): RuleFinding {
  const params = { carrier: c.carrier, date: c.answeredOn, message: rule.message };
  const carrier = carrierCheck(c, shipment, profile, reference);
  if (!carrier.applies)
    return { severity: 'info', msg: 'consultation_other_carrier', params: { ...params, shipmentCarrier: carrier.shipmentCarrier || 'no carrier named' }, fix: 'consultation_other_carrier' };
  const stale = staleAnswer(c.answeredOn, c.validUntil, date);
  if (stale) return { severity: atLeastWarn(rule.severity), msg: stale.reason === 'past_validity' ? 'consultation_past_validity' : 'consultation_too_old', params: { ...params, until: stale.until }, fix: 'consultation_stale' };
  return { severity: rule.severity, msg: 'consultation_rule', params, fix: null };
}
