// "Cannot go by post": the preflight's blocking rules that depend on the product's facts alone
// (not on the destination, the quantity or the parcel), read from the same reference files the
// preflight reads, so the catalog says before any shipment what the preflight will block.
import { batteryAlone } from '../../shared/compliance';
import type { Compliance } from '../../shared/compliance';
import type { CatalogProduct, MailBlock, Product } from '../../shared/products';
import { loadReferenceRules } from '../reference';
import type { ReferenceRules } from '../reference';

export function mailBlocks(p: { hsCode: string | null; compliance: Compliance }, reference: ReferenceRules): MailBlock[] {
  const out: MailBlock[] = [];
  const b = reference.batteries;
  const bat = p.compliance.battery;
  const alone = batteryAlone(p, b.batteryHsPrefixes);
  if (alone && b.alone.severity === 'block') out.push({ kind: 'battery_alone', un: b.alone.unNumbers[alone.type] ?? null, rule: 'battery.alone' });
  else if (!alone && (bat.type === 'lithium_ion' || bat.type === 'lithium_metal') && bat.configuration && !b.mailAccepts.includes(bat.configuration))
    out.push({ kind: 'battery_packed_with', un: b.withEquipment.unNumbers[bat.type] ?? null, rule: 'battery.packed_with' });
  const dg = p.compliance.dangerousGoods;
  for (const f of reference.dangerousGoods.flags) {
    if (!dg[f.flag as keyof typeof dg] || f.severity !== 'block') continue;
    const un = dg.unNumber ?? (f.unNumbers ? (f.unNumbers[dg.flammableLiquidKind ?? 'other'] ?? null) : (f.unNumber ?? null));
    out.push({ kind: 'dangerous_goods', un, rule: f.rule });
  }
  // An HS heading of dangerous goods blocks by default (destination overrides aside), unless the box
  // that already says it is ticked (then the flag above has said it once).
  const code = p.hsCode;
  if (code)
    for (const entry of reference.dangerousGoods.byHsCode) {
      if (!entry.prefixes.some((x) => code.startsWith(x))) continue;
      const ticked = entry.flag !== null && dg[entry.flag];
      if (!ticked && entry.severity === 'block') out.push({ kind: 'dg_hs_code', un: entry.unNumber ?? null, rule: 'dg.hs_code' });
      break;
    }
  return out;
}

export function withMailBlocks(resourcesDir: string, p: Product): CatalogProduct {
  return { ...p, mailBlocks: mailBlocks(p, loadReferenceRules(resourcesDir)) };
}
