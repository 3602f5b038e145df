// documents.buildPack and the pack archive: a shipment as it is in the database (items, parcels,
// the products' compliance facts, the seller profile, the preflight, the valid certificates with
// their files) mapped to PackData, drawn by buildPackPdf, stored as packs/<sha256>.pdf in the data
// folder and recorded with the shipment as it was.
import type { QueryContext } from '../context';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedInputOf } from '../../shared/api';
import { CERTIFICATE_TYPE_NAMES } from '../../shared/certificates-text';
import type { Compliance } from '../../shared/compliance';
import type { PackBatteries, PackBatteryEntry, PackBuilt, PackCertificate, PackData, PackRecord, Paper } from '../../shared/documents';
import { BlockedError, NotFoundError } from '../../shared/errors';
import { chooseCustomsForm } from '../../shared/preflight';
import type { PreflightResult } from '../../shared/preflight';
import { saidIn } from '../../shared/preflight-text-zh';
import { dayIn } from '../../shared/dates';
import type { SellerProfile } from '../../shared/settings';
import type { Shipment } from '../../shared/shipments';
import { filesDir } from '../attachments/files';
import { validCertificatesFor } from '../certificates/certificates';
import type { CoreContext } from '../context';
import type { DB } from '../db/open';
import { checkOutput, writeOutput, writeOwnFile } from '../files/output';
import { writeTransaction } from '../db/write';
import { runPreflight } from '../preflight/load';
import { howToPack } from './howToPack';
import type { HowToProduct } from './howToPack';
import { getProfile } from '../settings/profile';
import { loadReferenceRules } from '../reference';
import type { ReferenceRules } from '../reference';
import { getShipment } from '../shipments/shipments';
import { CATEGORY_LABELS } from './common';
import { CURRENCY_MINOR_DIGITS } from '../../shared/iso';
import { parseS10 } from '../../shared/s10';
import { convertMinor } from '../../shared/settings';
import { isTextileHs, statedFibreContent } from '../../shared/textiles';
import { operatorOf } from '../reference/operators';
import { euResponsiblePersonOf, needsEuResponsiblePerson } from '../reference/gpsr';
import { tariffCodeFor } from '../../shared/products';
import { buildPackPdf } from './pack';
import { profileAddress } from './kit';

export const packsDir = (dataDir: string): string => join(dataDir, 'packs');
const archiveFile = (dataDir: string, sha256: string) => join(packsDir(dataDir), `${sha256}.pdf`);


interface ProductRow {
  id: number;
  sku: string;
  name: string;
  localName: string | null;
  material: string | null;
  compliance: string;
  tariffCodes: string;
  euResponsiblePerson: string | null;
  manufacturer: string | null;
}

type LoadedProduct = Omit<ProductRow, 'tariffCodes'> & { facts: Compliance; tariffCodes: Record<string, string> };

function loadProducts(db: DB, ids: number[]): Map<number, LoadedProduct> {
  const rows = db
    .prepare(
      `SELECT id, sku, name, local_name AS localName, material, compliance, tariff_codes AS tariffCodes, eu_responsible_person AS euResponsiblePerson, manufacturer
       FROM products WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...new Set(ids)])) as ProductRow[];
  return new Map(rows.map((r) => [r.id, { ...r, facts: JSON.parse(r.compliance) as Compliance, tariffCodes: JSON.parse(r.tariffCodes) as Record<string, string> }]));
}

/**
 * The tariff number the forms print for a line: the destination's national code when the product
 * has one that extends the line's HS code (an HS code changed on the line keeps its own), else the
 * internationally shared 6-digit HS code — an 8- or 10-digit code typed as the HS code is some
 * country's extension, not necessarily the destination's.
 */
export function declaredTariffCode(lineHs: string | null, tariffCodes: Readonly<Record<string, string>> | undefined, dest: string, eu: boolean): string {
  const hs6 = (lineHs ?? '').replace(/[.\s]/g, '').slice(0, 6);
  const national = tariffCodeFor({ hsCode: null, tariffCodes }, dest, eu);
  return national && hs6 && national.startsWith(hs6) ? national : hs6;
}

/**
 * The lithium batteries in the shipment, as the battery statement and mark print them: one entry
 * per UN number and configuration, each with the proper shipping name that applies to it.
 */
export function batteriesOf(s: Shipment, products: Map<number, { facts: Compliance }>, phone: string, rules: ReferenceRules['batteries']): PackBatteries | null {
  const entries: PackBatteryEntry[] = [];
  for (const item of s.items) {
    const b = products.get(item.productId)?.facts.battery;
    if (!b || (b.type !== 'lithium_ion' && b.type !== 'lithium_metal')) continue;
    const ion = b.type === 'lithium_ion';
    const configuration = b.configuration === 'alone' ? 'alone' : b.configuration === 'packed_with_equipment' ? 'packed' : 'contained';
    const unNumber = (configuration === 'alone' ? rules.alone : rules.withEquipment).unNumbers[b.type];
    const named = rules.shippingNames[unNumber];
    const shippingName = named === undefined ? unNumber : typeof named === 'string' ? named : configuration === 'packed' ? named.packed : named.contained;
    const packingInstruction = rules.packingInstructions[b.type][configuration];
    const rating = ion
      ? b.whPerBattery !== null ? `${b.whPerBattery} Wh per battery` : `${b.whPerCell ?? '?'} Wh per cell`
      : b.lithiumGPerBattery !== null ? `${b.lithiumGPerBattery} g lithium per battery` : `${b.lithiumGPerCell ?? '?'} g lithium per cell`;
    const count = item.quantity * Math.max(1, b.batteriesPerUnit ?? 1);
    const same = entries.findIndex((e) => e.unNumber === unNumber && e.configuration === configuration);
    const prev = entries[same];
    if (prev) entries[same] = { ...prev, count: prev.count + count, rating: prev.rating.split('; ').includes(rating) ? prev.rating : `${prev.rating}; ${rating}` };
    else entries.push({ unNumber, shippingName, packingInstruction, configuration, rating, count });
  }
  return entries.length ? { entries, phone } : null;
}

function certificatesOf(ctx: CoreContext, s: Shipment, onDate: string, skuOf: Map<number, string>): PackCertificate[] {
  const ids = [...new Set(s.items.map((i) => i.productId))];
  const byProduct = validCertificatesFor(ctx.db, ids, onDate);
  const seen = new Map<number, PackCertificate>();
  const files = ctx.db.prepare(
    `SELECT a.sha256, a.file_name AS fileName FROM attachments a WHERE a.owner_kind = 'certificate' AND a.owner_id = ? ORDER BY a.id`,
  );
  for (const id of ids)
    for (const c of byProduct.get(id) ?? []) {
      if (seen.has(c.id)) continue;
      const attached = files.all(c.id) as { sha256: string; fileName: string }[];
      seen.set(c.id, {
        type: CERTIFICATE_TYPE_NAMES.en[c.type],
        typeZh: CERTIFICATE_TYPE_NAMES.zh[c.type],
        number: c.number ?? '—',
        issuer: c.issuer ?? c.supplierName ?? '—',
        expiry: c.expiryDate,
        productKeys: c.products.filter((p) => skuOf.has(p.id)).map((p) => p.sku),
        files: attached.map((f) => {
          let data: Uint8Array;
          try {
            data = readFileSync(join(filesDir(ctx.dataDir), f.sha256));
          } catch {
            data = new Uint8Array(); // a missing file is reported by buildPackPdf as unusable, by name
          }
          return { name: f.fileName, data };
        }),
      });
    }
  return [...seen.entries()].sort(([a], [b]) => a - b).map(([, c]) => c);
}

const partyName = (p: SellerProfile) => p.exporterName ?? '—';

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/u;
const notLatin = (s: string) => (s.match(LETTER) ?? []).some((ch) => !LATIN.test(ch));

/**
 * IOSS covers consignments of an intrinsic value (the goods, without transport and insurance) up to
 * the EU limit (thresholds.json, the rule that requires the IOSS number: €150). Above it, or when no
 * rate converts the currency to the limit's, the number is not printed (the preflight says why).
 */
export function iossApplies(goodsMinor: number, currency: string, profile: Pick<SellerProfile, 'rates'>, rules: Pick<ReferenceRules, 'thresholds'>): boolean {
  const rule = rules.thresholds.thresholds.find((t) => t.destination === 'EU' && t.requires === 'iossNumber' && t.limit !== null);
  if (!rule || rule.limit === null) return false;
  const value = convertMinor(goodsMinor, currency, rule.currency, profile.rates, CURRENCY_MINOR_DIGITS);
  return value !== null && value <= rule.limit;
}

/** Everything the pack prints, from the database. Refuses a shipment the preflight blocks. */
export function packDataFor(ctx: CoreContext, shipment: Shipment, preflight: PreflightResult, profile: SellerProfile): PackData {
  const blocks = preflight.findings.filter((f) => f.severity === 'block');
  if (blocks.length)
    throw new BlockedError(`Shipment ${shipment.reference} has ${blocks.length} blocking finding(s): ${blocks.map((f) => f.message.text).join(' ')}`, {
      findings: blocks,
    });
  const s = shipment;
  const products = loadProducts(ctx.db, s.items.map((i) => i.productId));
  const skuOf = new Map(s.items.map((i) => [i.productId, i.sku]));
  const onDate = s.shipDate ?? s.invoiceDate ?? ctx.today();
  const dest = s.consignee.country;
  const rules = loadReferenceRules(ctx.resourcesDir);
  const eu = rules.isEu(dest);
  const goods = s.items.reduce((sum, i) => sum + i.quantity * i.unitValue, 0);
  const operator = operatorOf(s, profile, rules);
  const us = dest === 'US';
  const vat = profile.vatNumbers.find((v) => v.country === dest) ?? (eu ? profile.vatNumbers.find((v) => rules.isEu(v.country)) : undefined);
  const netG = s.items.reduce((sum, i) => sum + i.quantity * i.unitNetWeightG, 0);
  const parcels = s.parcels.length
    ? s.parcels
    : [{ id: 0, grossWeightG: netG, lengthMm: null, widthMm: null, heightMm: null, packaging: null }];
  const allContents = s.items.map((i, index) => ({ item: index, quantity: i.quantity }));
  // Issue 18: what each parcel's packer must protect, wrap and mark (every product, as above).
  const howToProducts: HowToProduct[] = s.items.map((i) => {
    const f = products.get(i.productId)?.facts;
    const b = f?.battery ?? { type: 'none' as const, configuration: null };
    const lithium = b.type === 'lithium_ion' || b.type === 'lithium_metal' ? b.type : null;
    return { sku: i.sku, packing: f?.packing, battery: b, unNumber: lithium ? rules.batteries.withEquipment.unNumbers[lithium] : null };
  });
  const distinct = [...new Map(s.items.map((i) => [i.productId, i])).values()];
  return {
    reference: s.reference,
    trackingNumber: parseS10(s.trackingNumber)?.text ?? s.trackingNumber,
    designatedOperator: operator?.name ?? null,
    form: chooseCustomsForm(s, profile.rates, rules.forms.cn22).form,
    exporter: {
      ...profileAddress(profile),
      name: partyName(profile),
      addressLines: profile.addressLines.length ? profile.addressLines : ['—'],
      city: profile.city ?? '—',
      country: profile.country ?? '—',
      eori: profile.eori,
      ioss: eu && iossApplies(goods, s.currency, profile, rules) ? profile.iossNumber : null,
      vat: vat?.number ?? null,
      otherTaxId: dest === 'AU' && profile.abnArn ? `ABN/ARN ${profile.abnArn}` : profile.otherTaxIds[0] ? `${profile.otherTaxIds[0].label} ${profile.otherTaxIds[0].number}` : null,
    },
    importer: {
      name: s.consignee.name,
      company: s.consignee.company,
      addressLines: s.consignee.addressLines,
      city: s.consignee.city,
      postalCode: s.consignee.postcode,
      region: s.consignee.state,
      country: s.consignee.country,
      phone: s.consignee.phone,
      email: s.consignee.email,
      otherTaxId: s.consignee.taxId,
    },
    invoiceNumber: s.invoiceNumber ?? s.reference,
    invoiceDate: s.invoiceDate ?? s.shipDate ?? dayIn(ctx.timeZone(), Date.parse(s.createdAt)),
    incoterm: s.incoterm,
    currency: s.currency,
    category: s.category,
    reasonForExport: CATEGORY_LABELS[s.category],
    comments: s.categoryExplanation,
    items: s.items.map((i) => ({
      productKey: i.sku,
      description: i.description,
      localName: products.get(i.productId)?.localName ?? null,
      hsCode: declaredTariffCode(i.hsCode, products.get(i.productId)?.tariffCodes, dest, eu),
      originCountry: i.originCountry ?? '',
      quantity: i.quantity,
      unitValue: i.unitValue,
      netWeightG: i.unitNetWeightG,
      // 19 CFR 141.89: a US invoice states the fibre content of textiles (HS chapters 50–63).
      fibreContent: us && isTextileHs(i.hsCode) ? statedFibreContent(products.get(i.productId)?.facts.fibreContent, products.get(i.productId)?.material) : null,
    })),
    charges: { postage: s.postage, insurance: s.insurance },
    // The shipment does not record which item is in which parcel: the contents go with the first
    // parcel, and the packing list then lists them once for all the parcels (never as if the first
    // held everything). A parcel not measured keeps null dimensions (the packing list says so).
    parcels: parcels.map((p, index) => ({
      grossWeightG: p.grossWeightG,
      lengthMm: p.lengthMm,
      widthMm: p.widthMm,
      heightMm: p.heightMm,
      contents: index === 0 ? allContents : [],
      howToPack: howToPack(p, howToProducts),
    })),
    batteries: batteriesOf(s, products, profile.phone ?? '—', rules.batteries),
    certificates: certificatesOf(ctx, s, onDate, skuOf),
    products: distinct.map((i) => {
      const p = products.get(i.productId);
      const f = p?.facts;
      // The sheet speaks English: the product's name when it is written in Latin letters, else the
      // customs description (which the preflight requires in English); the local name under it.
      const name = p && !notLatin(p.name) ? p.name : i.description;
      const local = [p?.localName, p?.name].find((n) => n && n !== name && notLatin(n)) ?? null;
      return {
        productKey: i.sku,
        name,
        localName: local,
        materials: [p?.material, f?.fibreContent, f?.ingredients].filter(Boolean).join('; ') || null,
        functions: f?.functions ?? null,
        instructions: f?.instructionsForUse ?? null,
        precautions: f?.precautions ?? null,
        // GPSR art. 16(3): the EU responsible person's name and postal and electronic address go on
        // the product, its packaging, the parcel or an accompanying document — this sheet travels in the parcel.
        euResponsiblePerson: eu && p && needsEuResponsiblePerson(f?.categories ?? [], rules.certifications.euResponsiblePerson) ? euResponsiblePersonOf(p, profile) : null,
        // GPSR art. 9(6): the manufacturer's name and addresses, on the product, its packaging or a
        // document that accompanies it — for the same products (food, medicines … are outside GPSR).
        manufacturer: eu && p?.manufacturer && needsEuResponsiblePerson(f?.categories ?? [], rules.certifications.euResponsiblePerson) ? p.manufacturer : null,
      };
    }),
    preflight: {
      result: preflight.findings.some((f) => f.severity === 'warn') ? 'warnings' : 'ok',
      // Each finding in English and in Chinese (the same key and params as the screen's), so the
      // cover speaks the seller's language as well as the customs forms' English.
      findings: preflight.findings.map((f) => ({ severity: f.severity === 'warn' ? 'warn' : 'info', en: f.message.text, zh: saidIn(f.message, 'zh') })),
    },
    signatory: { name: profile.signatoryName ?? partyName(profile), title: profile.signatoryTitle ?? 'Exporter', place: profile.city },
  };
}

interface Row {
  id: number;
  shipmentId: number;
  reference: string;
  sha256: string;
  pages: number;
  size: number;
  form: PackRecord['form'];
  paper: Paper;
  documents: string;
  skipped: string;
  createdAt: string;
}
const SELECT = `SELECT p.id, p.shipment_id AS shipmentId, s.reference, p.sha256, p.pages, p.size, p.form, p.paper, p.documents, p.skipped,
  p.created_at AS createdAt FROM document_packs p JOIN shipments s ON s.id = p.shipment_id`;
const fromRow = (dataDir: string, r: Row): PackRecord => ({
  ...r,
  path: archiveFile(dataDir, r.sha256),
  documents: JSON.parse(r.documents) as PackRecord['documents'],
  skipped: JSON.parse(r.skipped) as PackRecord['skipped'],
});

export interface BuildOptions {
  /** Shared across a batch (read once). */
  profile?: SellerProfile;
}

export async function buildPack(ctx: CoreContext, input: ParsedInputOf<'documents.buildPack'>, opts: BuildOptions = {}): Promise<PackBuilt> {
  const target = input.outPath === undefined ? null : checkOutput(ctx.dataDir, input.outPath, { field: 'outPath', ext: '.pdf', overwrite: input.overwrite });
  const shipment = getShipment(ctx.db, input.shipmentId);
  const profile = opts.profile ?? getProfile(ctx);
  const preflight = runPreflight(ctx, shipment);
  const data = packDataFor(ctx, shipment, preflight, profile);
  const paper = input.paper ?? profile.paperSize;
  const pdf = await buildPackPdf(data, { paper });

  if (target) writeOutput(target, pdf.bytes);
  const archivePath = archiveFile(ctx.dataDir, pdf.sha256);
  mkdirSync(packsDir(ctx.dataDir), { recursive: true });
  let exists = false;
  try {
    exists = statSync(archivePath).size === pdf.bytes.length;
  } catch {
    // not archived yet
  }
  if (!exists) writeOwnFile(archivePath, pdf.bytes);
  // IMMEDIATE like every write, so a second process's lock is waited for (db/write.ts).
  const id = writeTransaction(ctx.db, () => ctx.db
    .prepare(
      `INSERT INTO document_packs (shipment_id, sha256, pages, size, form, paper, documents, skipped, shipment, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(shipment.id, pdf.sha256, pdf.pages, pdf.bytes.length, pdf.form, paper, JSON.stringify(pdf.documents), JSON.stringify(pdf.skipped), JSON.stringify(shipment), ctx.now().toISOString())
    .lastInsertRowid as number);
  return { id, path: input.outPath ?? archivePath, archivePath, sha256: pdf.sha256, pages: pdf.pages, form: pdf.form, paper, documents: pdf.documents, skipped: pdf.skipped };
}

export function listPacks(ctx: QueryContext, shipmentId: number): PackRecord[] {
  getShipment(ctx.db, shipmentId); // NotFound for an unknown shipment
  return (ctx.db.prepare(`${SELECT} WHERE p.shipment_id = ? ORDER BY p.created_at DESC, p.id DESC`).all(shipmentId) as Row[]).map((r) => fromRow(ctx.dataDir, r));
}

export function getPack(ctx: QueryContext, id: number): PackRecord {
  const row = ctx.db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('Document pack', id);
  return fromRow(ctx.dataDir, row);
}

/** The shipment exactly as it was when the pack was made. */
export function packShipment(ctx: CoreContext, id: number): Shipment {
  const json = ctx.db.prepare('SELECT shipment FROM document_packs WHERE id = ?').pluck().get(id) as string | undefined;
  if (json === undefined) throw new NotFoundError('Document pack', id);
  return JSON.parse(json) as Shipment;
}

export function openPack(ctx: QueryContext, id: number): { path: string } {
  const pack = getPack(ctx, id);
  try {
    statSync(pack.path);
  } catch {
    throw new NotFoundError('Archived pack file', pack.sha256);
  }
  return { path: pack.path };
}

/** The archived PDF's bytes as base64 (for the preview in the window). */
export function readPack(ctx: QueryContext, id: number): { id: number; sha256: string; pages: number; base64: string } {
  const { path } = openPack(ctx, id);
  const pack = getPack(ctx, id);
  return { id, sha256: pack.sha256, pages: pack.pages, base64: readFileSync(path).toString('base64') };
}
