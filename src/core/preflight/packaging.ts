// Packaging checks (issue 18): the postal size and weight limits (letter-post small packets, rolls,
// postal parcels), the seller's carrier limits and product packaging rules, fragile goods in a soft
// mailer, liquids without their inner packaging, lithium batteries in equipment without protection
// or rigid outer packaging, a gross weight below the items plus packaging, and the volumetric
// weight. Pure, like the engine that calls it: the facts come from resources/rules/packaging.json.
//
// The shipment does not record which item is in which parcel, so a product's needs are met when at
// least one parcel meets them (a finding names the first parcel that does not).
import { normalizePacking } from '../../shared/packing';
import type { PackagingRule, PackagingType } from '../../shared/packing';
import type { Parcel } from '../../shared/shipments';
import type { Add } from './checks';
import type { PreflightInput } from './engine';

interface Ctx {
  input: PreflightInput;
  destKeys: readonly string[];
  add: Add;
}

const dimsOf = (p: Parcel): [number, number, number] | null =>
  p.lengthMm && p.widthMm && p.heightMm ? ([p.lengthMm, p.widthMm, p.heightMm].sort((a, b) => b - a) as [number, number, number]) : null;
const dimsText = (p: Parcel) => (p.lengthMm && p.widthMm && p.heightMm ? `${p.lengthMm} × ${p.widthMm} × ${p.heightMm}` : '—');

/** Length plus girth: the longest side plus twice the sum of the other two. */
const lengthGirth = ([l, w, h]: [number, number, number]) => l + 2 * (w + h);

export function checkPackaging(c: Ctx): void {
  const { shipment, products, reference } = c.input;
  const P = reference.packaging;
  const parcels = shipment.parcels;
  if (parcels.length === 0) return; // decl.no_parcels says it
  const matchesDest = (d: string) => d === '*' || c.destKeys.includes(d);
  const carrier = (shipment.carrier ?? '').trim().toLowerCase();
  const rules = (c.input.packagingRules ?? []).filter((r) => r.active && matchesDest(r.destination));
  const carrierRules = rules.filter((r) => r.kind === 'carrier_limit' && (r.carrier === null || r.carrier.trim().toLowerCase() === carrier));

  // ---- Size and weight of each parcel ----
  const tol = P.smallPacket.toleranceMm;
  parcels.forEach((p, i) => {
    const n = i + 1;
    const field = `parcels.${i}`;
    const d = dimsOf(p);
    const base = { n, weight: p.grossWeightG, dims: dimsText(p) };
    const roll = p.packagingType === 'tube';
    const S = P.smallPacket;
    // A roll: its length is the longest side, its diameter the larger of the other two.
    const smallOver =
      p.grossWeightG > S.maxWeightG ||
      (d !== null &&
        (roll
          ? d[0] + 2 * d[1] > S.roll.maxLengthPlusTwoDiametersMm + tol || d[0] > S.roll.maxLengthMm + tol
          : d[0] + d[1] + d[2] > S.maxSumMm + tol || d[0] > S.maxLengthMm + tol));
    const PP = P.postalParcel;
    const parcelOver = p.grossWeightG > PP.maxWeightG || (d !== null && (d[0] > PP.maxLengthMm || lengthGirth(d) > PP.maxLengthGirthMm));
    const cls = p.mailClass ?? null;
    if (smallOver && cls === 'small_packet')
      c.add('pack.small_packet_over', S.severity, 'pack_small_packet_over', smallParams(base, P), field, 'pack_small_packet_over');
    else if (smallOver && cls === null && !parcelOver)
      c.add('pack.small_packet_over', 'info', 'pack_small_packet_over', smallParams(base, P), field, 'pack_small_packet_over');
    if (parcelOver && cls !== 'courier')
      c.add('pack.postal_parcel_over', cls === 'postal_parcel' ? PP.severity : 'warn', 'pack_postal_parcel_over', {
        ...base, maxWeight: PP.maxWeightG, usualWeight: PP.usualWeightG, maxLength: PP.maxLengthMm, maxGirth: PP.maxLengthGirthMm,
      }, field, 'pack_postal_parcel_over');

    for (const r of carrierRules) {
      const over = carrierOver(r, p, d);
      if (over) c.add(`pack.carrier.${r.id}`, r.severity, 'pack_carrier_limit', { n, carrier: r.carrier ?? shipment.carrier ?? '*', over, message: r.message }, field, 'pack_carrier_limit');
    }

    // ---- Volumetric weight (a note): the carrier's divisor when a rule of it gives one ----
    if (d !== null) {
      const divisor = carrierRules.find((r) => r.volumetricDivisor !== null)?.volumetricDivisor ?? P.volumetric.divisorCm3PerKg;
      // mm³ → cm³ is ÷ 1000; cm³ ÷ (cm³/kg) → kg; × 1000 → g: the two thousands cancel.
      const volumetric = Math.ceil((d[0] * d[1] * d[2]) / divisor);
      if (volumetric > p.grossWeightG) c.add('pack.volumetric', P.volumetric.severity, 'pack_volumetric', { ...base, volumetric, divisor }, `${field}.lengthMm`, 'pack_volumetric');
    }
  });

  // ---- Declared gross weight against the items and the packaging ----
  const net = shipment.items.reduce((s, i) => s + i.quantity * i.unitNetWeightG, 0);
  const gross = parcels.reduce((s, p) => s + p.grossWeightG, 0);
  const tare = parcels.reduce((s, p) => s + (p.packagingType ? (P.tareG[p.packagingType] ?? 0) : 0), 0);
  // Net above gross is decl.net_over_gross's block; this is the margin the packaging itself weighs.
  if (tare > 0 && net <= gross && gross < net + tare)
    c.add('pack.gross_below_tare', P.grossBelowTare.severity, 'pack_gross_below_tare', { gross, net, tare }, 'parcels.0.grossWeightG', 'pack_gross_below_tare');

  // ---- What the products need ----
  const soft = (t: PackagingType | null | undefined) => !!t && P.softPackaging.includes(t);
  const rigid = (t: PackagingType | null | undefined) => !!t && P.rigidPackaging.includes(t);
  const firstIndex = (bad: (p: Parcel) => boolean) => parcels.findIndex(bad);
  const said = new Set<string>();
  shipment.items.forEach((item) => {
    const product = products.get(item.productId);
    if (!product) return;
    const sku = item.sku;
    const once = (key: string) => (said.has(`${key} ${product.id}`) ? false : (said.add(`${key} ${product.id}`), true));
    const packing = normalizePacking(product.compliance.packing);

    if (packing.fragile && parcels.every((p) => soft(p.packagingType)) && once('fragile'))
      c.add('pack.fragile_soft', P.fragileInSoft.severity, 'pack_fragile_soft', { sku, n: 1 }, 'parcels.0.packagingType', 'pack_fragile_soft');

    const inner = (p: Parcel) => !!p.innerPackaging?.sealed && !!p.innerPackaging.absorbent && !!p.innerPackaging.secondary;
    if (packing.liquid && !parcels.some(inner) && once('liquid'))
      c.add('pack.liquid_inner', P.liquids.severity, 'pack_liquid_inner', { sku, ml: packing.liquidMl ?? 0, n: 1 }, 'parcels.0.innerPackaging', 'pack_liquid_inner');

    const bat = product.compliance.battery;
    const lithium = bat.type === 'lithium_ion' || bat.type === 'lithium_metal';
    if (lithium && bat.configuration === 'contained_in_equipment') {
      if (!parcels.some((p) => p.batteryProtected) && once('battery'))
        c.add('pack.battery_protection', P.batteries.severity, 'pack_battery_protection', { sku, n: 1 }, 'parcels.0.batteryProtected', 'pack_battery_protection');
      const bad = firstIndex((p) => soft(p.packagingType));
      if (bad >= 0 && !parcels.some((p) => rigid(p.packagingType)) && once('rigid'))
        c.add('pack.battery_rigid', P.batteries.severity, 'pack_battery_rigid', { sku, n: bad + 1 }, `parcels.${bad}.packagingType`, 'pack_battery_rigid');
    }

    for (const r of rules) {
      if (r.kind !== 'product_packaging' || r.productId !== item.productId || r.packagingTypes.length === 0) continue;
      if (parcels.some((p) => !!p.packagingType && r.packagingTypes.includes(p.packagingType))) continue;
      if (!once(`rule.${r.id}`)) continue;
      c.add(`pack.rule.${r.id}`, r.severity, 'pack_product_packaging', { sku, n: 1, message: r.message }, 'parcels.0.packagingType', 'pack_product_packaging');
    }
  });
}

function smallParams(base: Record<string, string | number>, P: PreflightInput['reference']['packaging']) {
  const S = P.smallPacket;
  return { ...base, maxWeight: S.maxWeightG, maxSum: S.maxSumMm, maxLength: S.maxLengthMm, maxRoll: S.roll.maxLengthPlusTwoDiametersMm, maxRollLength: S.roll.maxLengthMm };
}

/** What of a carrier's limits the parcel is over, in figures ("12000 g > 10000 g"); null when within. */
function carrierOver(r: PackagingRule, p: Parcel, d: [number, number, number] | null): string | null {
  const over: string[] = [];
  if (r.maxWeightG !== null && p.grossWeightG > r.maxWeightG) over.push(`${p.grossWeightG} g > ${r.maxWeightG} g`);
  if (d !== null) {
    if (r.maxLengthMm !== null && d[0] > r.maxLengthMm) over.push(`${d[0]} mm > ${r.maxLengthMm} mm`);
    if (r.maxSumMm !== null && d[0] + d[1] + d[2] > r.maxSumMm) over.push(`L+W+H ${d[0] + d[1] + d[2]} mm > ${r.maxSumMm} mm`);
    if (r.maxLengthGirthMm !== null && lengthGirth(d) > r.maxLengthGirthMm) over.push(`L+girth ${lengthGirth(d)} mm > ${r.maxLengthGirthMm} mm`);
  }
  return over.length ? over.join(', ') : null;
}
