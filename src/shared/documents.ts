// Document packs: the data a pack is drawn from. `PackData` is a plain snapshot — everything a
// customs pack prints, already resolved (names, tax IDs, weights, values) — so the renderers in
// src/core/documents are pure functions of it. The shipments area maps a shipment (with its
// consignee, items, parcels, preflight result and the products' certificates) to PackData;
// `buildPackPdf(packData, {paper})` in src/core/documents/pack.ts is the single entry point.
//
// Units follow the project's conventions: money in integer minor units of `currency`, weights in
// grams, dimensions in millimetres, dates as YYYY-MM-DD, countries ISO 3166-1 alpha-2.
import { z } from 'zod';
import { filePath, overwrite } from './paths';
import { plainDate } from './dates';
import type { Said } from './preflight';
import { count, countryCode, currencyCode } from './validation';

export const PAPERS = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPERS)[number];

export const POSTAL_FORMS = ['CN22', 'CN23'] as const;
export type PostalForm = (typeof POSTAL_FORMS)[number];

/** UPU category of item (box "category of item" on CN22/CN23). */
export const ITEM_CATEGORIES = ['gift', 'documents', 'commercial_sample', 'returned_goods', 'sale_of_goods', 'other'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;
export type Incoterm = (typeof INCOTERMS)[number];

export interface PackParty {
  name: string;
  /** Company, if any (printed under the name). */
  company?: string | null;
  /** Street lines, in the order printed. */
  addressLines: string[];
  city: string;
  postalCode?: string | null;
  region?: string | null;
  country: string;
  phone?: string | null;
  email?: string | null;
  /** EORI number (EU/UK customs). */
  eori?: string | null;
  /** EU IOSS number (import one-stop shop, low-value B2C). */
  ioss?: string | null;
  /** VAT / GST / tax number. */
  vat?: string | null;
  /** Any other tax ID, e.g. the consignee's personal customs code. */
  otherTaxId?: string | null;
}

export interface PackItem {
  /** Stable key of the product (e.g. its SKU); product information sheets are one per distinct key. */
  productKey: string;
  /** English customs description (detailed: what it is, what it is made of). */
  description: string;
  /** Name in the seller's language, e.g. Chinese; printed under the description. */
  localName?: string | null;
  /** The tariff number declared: the destination's national code (7 to 12 digits) where one is on file, else the 6-digit HS code (dots allowed). */
  hsCode: string;
  originCountry: string;
  quantity: number;
  /** Value of ONE unit, minor units of PackData.currency. */
  unitValue: number;
  /** Net weight of ONE unit, grams. */
  netWeightG: number;
  /** Fibre content ("60% cotton, 40% polyester"), printed on the invoice where required (textiles to the US, 19 CFR 141.89). */
  fibreContent?: string | null;
}

export interface PackParcel {
  /** Gross weight of the packed parcel, grams. */
  grossWeightG: number;
  /** Outer dimensions, mm; null when the parcel was not measured (never printed as 0). */
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  /**
   * What is in this parcel: index into PackData.items and how many of that item. When some parcels
   * of a pack list nothing, the contents are not known per parcel and the packing list shows them once
   * for all the parcels.
   */
  contents: { item: number; quantity: number }[];
  /** How to pack it (issue 18), printed on the packing list; null or absent: nothing to say. */
  howToPack?: PackHowTo | null;
}

/** One instruction in English and Chinese; `done`: what the parcel says is already done (a ticked box). */
export interface PackLine {
  en: string;
  zh: string;
  done?: boolean;
}

export interface PackHowTo {
  /** The outer packaging and mail class as entered, e.g. "Double-wall box · sent as postal parcel". */
  packaging: PackLine | null;
  protect: PackLine[];
  /** Inner packaging for liquids (primary receptacle, absorbent, secondary). */
  inner: PackLine[];
  /** Marks to stick on and where. */
  marks: PackLine[];
}

export interface PackBatteryEntry {
  /** The UN number, from resources/rules/batteries.json (by battery type and configuration). */
  unNumber: string;
  /** The proper shipping name that applies (e.g. "… contained in equipment") and the IATA packing instruction. */
  shippingName: string;
  packingInstruction: string;
  /** 'contained' = in equipment, 'packed' = packed with equipment, 'alone' = batteries only. */
  configuration: 'contained' | 'packed' | 'alone';
  /** Watt-hour rating per cell or battery (lithium ion) or lithium content (metal), as printed. */
  rating: string;
  /** Number of batteries of this kind in the parcel. */
  count: number;
}

export interface PackBatteries {
  /** One entry per UN number and configuration (a parcel with Li-ion and Li-metal has two); the mark shows every UN number. */
  entries: PackBatteryEntry[];
  /** Telephone number printed in the battery mark. */
  phone: string;
  /** Mark size: 100×100 mm (default) or 100×70 mm for small packages. */
  markSize?: '100x100' | '100x70';
}

export interface PackCertificateFile {
  /** File name shown in the pack and in error reports. */
  name: string;
  /** The file's bytes: PDF (merged page by page), JPEG or PNG (placed on a page). */
  data: Uint8Array;
}

export interface PackCertificate {
  /** Kind, e.g. 'CE Declaration of Conformity', 'UN38.3 test summary', 'MSDS'. */
  type: string;
  /** The kind in Chinese (the cover's second line), when known. */
  typeZh?: string;
  number: string;
  issuer: string;
  /** YYYY-MM-DD, or null when it does not expire. */
  expiry?: string | null;
  /** Product keys it covers (printed on the product information sheets). */
  productKeys?: string[];
  files?: PackCertificateFile[];
}

export interface PackProductInfo {
  productKey: string;
  name: string;
  localName?: string | null;
  materials?: string | null;
  functions?: string | null;
  instructions?: string | null;
  precautions?: string | null;
  /** For an EU destination: the EU responsible person (GPSR art. 16) — name, postal and electronic address. */
  euResponsiblePerson?: string | null;
  /** For an EU destination: the manufacturer's name and postal and electronic address (GPSR art. 9(6)). */
  manufacturer?: string | null;
}

/**
 * A preflight finding as the pack's cover prints it: how serious, and its message in English and in
 * Chinese (the seller's or packer's language; the core's wording of the same key and params, see
 * saidIn in preflight-text-zh.ts). Blocking findings never reach a pack.
 */
export interface PackFinding {
  severity: 'warn' | 'info';
  en: string;
  zh: string;
}

export interface PackPreflight {
  /** 'ok' | 'warnings' (blocked shipments never get a pack). */
  result: 'ok' | 'warnings';
  /** One per finding, in the preflight's order. */
  findings: PackFinding[];
}

export interface PackSignatory {
  name: string;
  title: string;
  /** Place of signature, e.g. 'Shenzhen'. */
  place?: string | null;
}

export interface PackData {
  /** Shipment reference (printed and barcoded on the cover). */
  reference: string;
  /** Carrier tracking number (barcoded on the cover), if known. A UPU S10 one is the CN 22/CN 23 item number, barcoded there too. */
  trackingNumber?: string | null;
  /** The designated operator (the postal operator carrying the item) as printed on CN 22/CN 23; null: not chosen. */
  designatedOperator?: string | null;
  form: PostalForm;
  exporter: PackParty;
  importer: PackParty;
  invoiceNumber: string;
  /** YYYY-MM-DD; also the PDF's creation date, so the same data gives the same bytes. */
  invoiceDate: string;
  incoterm: Incoterm;
  currency: string;
  category: ItemCategory;
  /** Reason for export in words, e.g. 'Sale of goods'. */
  reasonForExport: string;
  /** Free comments (CN23 box "comments"), e.g. goods subject to quarantine. */
  comments?: string | null;
  /** Licence numbers for the CN23 box; certificate numbers come from `certificates`. */
  licences?: string[];
  items: PackItem[];
  charges: { postage: number; insurance: number };
  parcels: PackParcel[];
  batteries?: PackBatteries | null;
  certificates?: PackCertificate[];
  products?: PackProductInfo[];
  preflight: PackPreflight;
  signatory: PackSignatory;
}

// --- input schema (for the contract method the lead wires, and for checking hand-made data) ---

const text = (max: number) => z.string().trim().min(1).max(max);
const opt = (max: number) => z.string().trim().max(max).nullable().optional();
const date = plainDate;

const party = z.object({
  name: text(200),
  company: opt(200),
  addressLines: z.array(text(200)).min(1).max(4),
  city: text(100),
  postalCode: opt(20),
  region: opt(100),
  country: countryCode,
  phone: opt(40),
  email: opt(200),
  eori: opt(40),
  ioss: opt(40),
  vat: opt(40),
  otherTaxId: opt(60),
});

const packLine = z.object({ en: text(2000), zh: text(2000), done: z.boolean().optional() });

export const packDataSchema = z.object({
  reference: text(60),
  trackingNumber: opt(60),
  designatedOperator: opt(100),
  form: z.enum(POSTAL_FORMS),
  exporter: party,
  importer: party,
  invoiceNumber: text(60),
  invoiceDate: date,
  incoterm: z.enum(INCOTERMS),
  currency: currencyCode,
  category: z.enum(ITEM_CATEGORIES),
  reasonForExport: text(200),
  comments: opt(1000),
  licences: z.array(text(60)).optional(),
  items: z
    .array(
      z.object({
        productKey: text(100),
        description: text(500),
        localName: opt(500),
        hsCode: z.string().trim().regex(/^\d{4}\.?\d{2}(\.?\d{1,6})?$/, 'HS or national tariff code, 6 to 12 digits'),
        originCountry: countryCode,
        quantity: count(1_000_000).min(1),
        unitValue: count(1e12),
        netWeightG: count(1e7),
        fibreContent: opt(500),
      }),
    )
    .min(1)
    .max(5000),
  charges: z.object({ postage: count(1e12), insurance: count(1e12) }),
  parcels: z
    .array(
      z.object({
        grossWeightG: count(1e7),
        lengthMm: count(1e5).nullable(),
        widthMm: count(1e5).nullable(),
        heightMm: count(1e5).nullable(),
        contents: z.array(z.object({ item: count(4999), quantity: count(1_000_000).min(1) })),
        howToPack: z
          .object({
            packaging: packLine.nullable(),
            protect: z.array(packLine),
            inner: z.array(packLine),
            marks: z.array(packLine),
          })
          .nullable()
          .optional(),
      }),
    )
    .min(1),
  batteries: z
    .object({
      entries: z
        .array(
          z.object({
            unNumber: z.string().regex(/^UN\d{4}$/),
            shippingName: text(120),
            packingInstruction: text(20),
            configuration: z.enum(['contained', 'packed', 'alone']),
            rating: text(200),
            count: count(100_000).min(1),
          }),
        )
        .min(1),
      phone: text(40),
      markSize: z.enum(['100x100', '100x70']).optional(),
    })
    .nullable()
    .optional(),
  certificates: z
    .array(
      z.object({
        type: text(200),
        typeZh: text(200).optional(),
        number: text(100),
        issuer: text(200),
        expiry: date.nullable().optional(),
        productKeys: z.array(text(100)).optional(),
        files: z.array(z.object({ name: text(255), data: z.instanceof(Uint8Array) })).optional(),
      }),
    )
    .optional(),
  products: z
    .array(
      z.object({
        productKey: text(100),
        name: text(500),
        localName: opt(500),
        materials: opt(2000),
        functions: opt(2000),
        instructions: opt(4000),
        precautions: opt(4000),
        /** For an EU destination: the product's EU responsible person (GPSR), else the seller's. */
        euResponsiblePerson: opt(400),
        manufacturer: opt(400),
      }),
    )
    .optional(),
  preflight: z.object({
    result: z.enum(['ok', 'warnings']),
    findings: z.array(z.object({ severity: z.enum(['warn', 'info']), en: text(4000), zh: text(4000) })),
  }),
  signatory: z.object({ name: text(200), title: text(200), place: opt(100) }),
}) satisfies z.ZodType<unknown>;

/** What a document of a pack is, for a screen or the cover to name it in its language (the name is English): PACK_TEXT in documents-text.ts. */
export const PACK_DOCUMENT_KINDS = ['cover', 'invoice', 'cn22', 'cn22Label', 'cn23', 'packing', 'product', 'batteryStatement', 'batteryMark', 'certificate'] as const;
export type PackDocumentKind = (typeof PACK_DOCUMENT_KINDS)[number];

/** What buildPackPdf returns. */
export interface PackPdf {
  bytes: Uint8Array;
  pages: number;
  sha256: string;
  form: PostalForm;
  /** Each document in the pack with its 1-based first and last page. */
  documents: {
    name: string;
    firstPage: number;
    lastPage: number;
    /** What it is (absent in packs archived before kinds were recorded: show the name). */
    kind?: PackDocumentKind;
    /** The product key of a product sheet, the certificate ("type number (file)") of a certificate. */
    subject?: string;
  }[];
  /** Attached files that could not be used (corrupt PDF, unknown type), by name. */
  skipped: { name: string; reason: string; problem?: 'corrupt_pdf' | 'unsupported' }[];
}

// --- the documents area's contract: build a pack for a shipment, the archive, batch printing ---

const shipmentId = z.number().int().positive();

export const packBuildInput = z.strictObject({
  shipmentId,
  /** Also write the pack here (the archive copy is always kept in the data folder). */
  outPath: filePath.optional(),
  /** Replace a file already at outPath (else `file_exists`). */
  overwrite,
  /** Left out: the seller profile's paper size. */
  paper: z.enum(PAPERS).optional(),
});
export type PackBuildInput = z.input<typeof packBuildInput>;

/** A pack as archived: what was printed, when, and for which shipment as it was then. */
export interface PackRecord {
  id: number;
  shipmentId: number;
  reference: string;
  sha256: string;
  /** Absolute path of the archived file in the data folder. */
  path: string;
  pages: number;
  size: number;
  form: PostalForm;
  paper: Paper;
  documents: PackPdf['documents'];
  skipped: PackPdf['skipped'];
  createdAt: string;
}

/** What documents.buildPack returns. */
export interface PackBuilt {
  id: number;
  /** outPath when given, else the archived file. */
  path: string;
  archivePath: string;
  sha256: string;
  pages: number;
  form: PostalForm;
  paper: Paper;
  documents: PackPdf['documents'];
  skipped: PackPdf['skipped'];
}

export const packListInput = z.strictObject({ shipmentId });
export const packIdInput = z.strictObject({ id: z.number().int().positive() });

export const batchBuildInput = z
  .strictObject({
    shipmentIds: z.array(shipmentId).min(1).max(10_000).optional(),
    /** Every draft or ready shipment with this ship date. */
    date: plainDate.optional(),
    /** One PDF per shipment in this folder (named by the shipment reference). */
    outDir: filePath.optional(),
    /** Or every pack merged into this one PDF. */
    combinedPath: filePath.optional(),
    /**
     * Replace files already there: the combined PDF, or in outDir a pack file of the same name.
     * Without it a batch whose files already exist is refused before it starts (`file_exists` on
     * outDir or combinedPath), so a batch never ends half-replaced.
     */
    overwrite,
    paper: z.enum(PAPERS).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.shipmentIds === undefined) === (v.date === undefined))
      ctx.addIssue({ code: 'custom', path: ['shipmentIds'], message: 'Give either shipmentIds or a date', params: { key: 'batch_shipments_or_date' } });
    if ((v.outDir === undefined) === (v.combinedPath === undefined))
      ctx.addIssue({ code: 'custom', path: ['outDir'], message: 'Give either an output folder or one combined PDF path', params: { key: 'batch_out_dir_or_combined' } });
  });
export type BatchBuildInput = z.input<typeof batchBuildInput>;

/**
 * What a batch job is given once startBatch has checked its input (a date resolved to its
 * shipments). Declared here, not in core/documents/batch.ts, so the job table (core/jobs/tasks.ts)
 * names it without importing the batch module that itself uses the job runner.
 */
export interface BatchTaskInput {
  shipmentIds: number[];
  outDir: string | null;
  combinedPath: string | null;
  paper?: (typeof PAPERS)[number];
  /** Replace existing files (the combined PDF, pack files of the same name in outDir). */
  overwrite: boolean;
  /** The file name of each shipment's pack in outDir (by shipment id), unique within the batch. */
  packNames?: Record<string, string>;
}

/** The result of a batch job (jobs.get → result). */
export interface BatchReport {
  total: number;
  /** path: the file written (in outDir, else the archived copy); archivePath: the archived copy in the data folder (packs/<sha256>.pdf). */
  built: { shipmentId: number; reference: string; path: string; archivePath: string; sha256: string; pages: number; form: PostalForm; skipped: PackPdf['skipped'] }[];
  /** Shipments the preflight blocks (no pack), with the findings in words. */
  blocked: { shipmentId: number; reference: string; findings: string[]; /** The same findings with their i18n keys, for a screen. */ said?: Said[] }[];
  /** Shipments that could not be built for another reason (not found, write error). */
  failed: { shipmentId: number; reference: string | null; message: string }[];
  /** The merged PDF, when combinedPath was given. */
  combinedPath: string | null;
  /** Worker threads used. */
  workers: number;
}

// --- the day's printing (the dashboard's "Today") ---

/** A shipment of today that is not ready, with the first thing its preflight says (null: nothing, just not marked ready). */
export interface TodayShipment {
  id: number;
  reference: string;
  consigneeName: string;
  country: string;
  finding: { severity: 'block' | 'warn' | 'info'; message: { key: string; params: Record<string, string | number>; text: string } } | null;
}

/** What a first run still has to do, each step true once done (the dashboard's setup checklist). */
export interface SetupSteps {
  profile: boolean;
  catalog: boolean;
  suppliers: boolean;
  shipments: boolean;
  printed: boolean;
}

/**
 * Today's shipments (ship date = the seller's today): ready to print (marked ready, no pack yet, not
 * blocked by the preflight), needing attention (still drafts, or marked ready but now blocked) and
 * printed (a pack is archived).
 */
export interface TodaySummary {
  today: string;
  ready: number;
  attention: number;
  printed: number;
  /** The first of those needing attention (blocked ready ones, then drafts, by reference), each with its first finding. */
  attentionItems: TodayShipment[];
  setup: SetupSteps;
}

export const todayInput = z.strictObject({ limit: z.number().int().min(1).max(50).default(8) }).prefault({});

export const printTodayInput = z
  .strictObject({
    /** Also print again today's shipments that already have a pack (not the drafts). */
    again: z.boolean().default(false),
  })
  .prefault({});
