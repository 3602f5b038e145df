// The claim letter: to the insurer, from the seller, with the shipment's facts, the incident, the
// amount claimed and an index of the evidence — then the evidence itself, merged after the letter.
// The index prints page numbers, which depend on how many pages the letter takes: the letter is
// drawn once to count its pages, then again with the numbers (same input, same bytes).
import type { Claim, ClaimLetter, EvidenceEntry, EvidenceKind, Policy } from '../../shared/claims';
import type { SellerProfile } from '../../shared/settings';
import type { Shipment } from '../../shared/shipments';
import { attachmentPath, listAttachments } from '../attachments/attachments';
import type { CoreContext } from '../context';
import { Kit, PAPER_SIZES, countryName, money } from '../documents/kit';
import { getShipment } from '../shipments/shipments';
import { getProfile } from '../settings/profile';
import { appendEvidence, numberEvidence, openEvidence } from './evidence';
import type { EvidenceSource, OpenedEvidence } from './evidence';
import { getClaim } from './claims';
import { getPolicy } from './policies';
import { fileSafe, resolveOutPath, writePdf } from './output';

export const CLAIM_TYPE_TEXT: Record<Claim['type'], string> = {
  loss: 'Loss of the parcel',
  damage: 'Damage to the goods',
  theft: 'Theft',
  seizure_or_confiscation: 'Seizure or confiscation',
  delay: 'Delay in delivery',
};

export const EVIDENCE_KIND_TEXT: Record<EvidenceKind | 'document_pack', string> = {
  photo: 'Photo',
  tracking_history: 'Tracking history',
  invoice: 'Invoice',
  packing_photo: 'Packing photo',
  correspondence: 'Correspondence',
  other: 'Other document',
  document_pack: 'Archived customs document pack',
};

export interface LetterData {
  claim: Claim;
  policy: Policy;
  shipment: Shipment;
  profile: SellerProfile;
  /** The day the letter is dated. */
  date: string;
}

function pagesText(e: EvidenceEntry): string {
  if (e.firstPage === null) return e.status === 'not_embeddable' ? 'not embeddable' : 'skipped';
  return e.firstPage === e.lastPage ? `p. ${e.firstPage}` : `pp. ${e.firstPage}–${e.lastPage}`;
}

/** Draws the letter pages (without the evidence) into a fresh kit. */
export function drawLetter(d: LetterData, evidence: EvidenceEntry[], extraPages: number): Kit {
  const { claim, policy, shipment, profile } = d;
  const paper = profile.paperSize;
  const kit = new Kit({ paper, title: `Insurance claim ${claim.reference}`, date: new Date(`${d.date}T00:00:00Z`), footer: `${claim.reference} · ${shipment.reference}` });
  kit.page();
  kit.header('INSURANCE CLAIM', CLAIM_TYPE_TEXT[claim.type], [`Claim: ${claim.reference}`, `Policy: ${policy.policyNumber}`, `Date: ${d.date}`]);

  // Addresses: the insurer (free text lines from the policy) and the seller (the profile).
  const w = (kit.contentWidth - 12) / 2;
  const y = kit.y;
  const insurerLines = [policy.insurer, ...(policy.insurerAddress ?? '').split('\n').map((l) => l.trim()).filter(Boolean), policy.insurerEmail ?? ''].filter(Boolean);
  const sellerLines = [
    profile.exporterName ?? '(seller profile not filled in)',
    ...profile.addressLines,
    [profile.postcode, profile.city, profile.state].filter(Boolean).join(' '),
    profile.country ? `${countryName(profile.country)} (${profile.country})` : '',
    profile.phone ? `Tel. ${profile.phone}` : '',
    profile.email ?? '',
  ].filter(Boolean);
  const block = (label: string, lines: string[], x: number) => {
    let h = 5 + kit.text(label, x + 5, y + 5, { size: 7, bold: true, color: '#555', width: w - 10 }) + 1;
    lines.forEach((line, i) => (h += kit.text(line, x + 5, y + h, { size: i === 0 ? 10 : 9, bold: i === 0, width: w - 10 })));
    return h + 5;
  };
  const h = Math.max(block('TO (INSURER)', insurerLines, kit.left), block('FROM (POLICYHOLDER)', sellerLines, kit.left + w + 12));
  kit.doc.lineWidth(0.6).strokeColor('#000');
  kit.doc.rect(kit.left, y, w, h).stroke();
  kit.doc.rect(kit.left + w + 12, y, w, h).stroke();
  kit.y = y + h + 12;

  kit.paragraph(
    `Under policy ${policy.policyNumber}, we claim ${money(claim.amountClaimed, claim.currency)} for ${CLAIM_TYPE_TEXT[claim.type].toLowerCase()} of the insured shipment ${shipment.reference}, which occurred on ${claim.incidentDate}. The facts, the amount and the evidence follow.`,
    { size: 10 },
    8,
  );

  const c = shipment.consignee;
  kit.heading('The shipment', 10.5);
  kit.y += kit.keyValues(
    [
      ['Shipment reference', shipment.reference],
      ['Order reference(s)', shipment.orderRefs.join(', ')],
      ['Carrier / service', [shipment.carrier, shipment.service].filter(Boolean).join(' / ')],
      ['Tracking number', shipment.trackingNumber ?? ''],
      ['Ship date', shipment.shipDate ?? ''],
      ['Consignee', [c.name, c.company, [c.postcode, c.city].filter(Boolean).join(' '), `${countryName(c.country)} (${c.country})`].filter(Boolean).join(', ')],
      ['Goods', shipment.items.map((i) => `${i.quantity} × ${i.description}`).join('; ')],
      ['Declared value of goods', money(shipment.goodsValue, shipment.currency)],
      ['Insured value', money(claim.insuredValue, claim.currency)],
    ],
    kit.left,
    kit.y,
    kit.contentWidth,
    150,
  ) + 6;

  kit.heading('The incident', 10.5);
  kit.y += kit.keyValues(
    [
      ['Type of claim', CLAIM_TYPE_TEXT[claim.type]],
      ['Date of the incident', claim.incidentDate],
      ['Filing deadline (policy)', `${claim.filingDeadline} (${policy.claimWindowDays} days after the incident)`],
    ],
    kit.left,
    kit.y,
    kit.contentWidth,
    150,
  ) + 4;
  if (claim.description) kit.paragraph(claim.description, { size: 9.5 }, 6);

  kit.heading('The amount claimed', 10.5);
  kit.y += kit.keyValues(
    [
      ['Amount claimed', money(claim.amountClaimed, claim.currency)],
      ['Deductible under the policy', money(policy.deductible, policy.deductibleCurrency)],
      ...(claim.amountApproved !== null ? ([['Amount approved', money(claim.amountApproved, claim.currency)]] as [string, string][]) : []),
      ...(claim.amountPaid !== null ? ([['Amount paid', money(claim.amountPaid, claim.currency)]] as [string, string][]) : []),
    ],
    kit.left,
    kit.y,
    kit.contentWidth,
    150,
  ) + 6;

  kit.heading('Evidence enclosed', 10.5);
  if (evidence.length === 0) kit.paragraph('No evidence is attached to this claim yet.', { size: 9, color: '#555' });
  else {
    const cw = kit.contentWidth;
    kit.table(
      [
        { header: 'No.', width: 30, align: 'right' },
        { header: 'Document', width: cw - 30 - 110 - 50 - 90 },
        { header: 'Type', width: 110 },
        { header: 'File', width: 50 },
        { header: 'Pages', width: 90 },
      ],
      evidence.map((e) => [String(e.number), e.reason ? [e.name, e.reason] : e.name, EVIDENCE_KIND_TEXT[e.kind], e.fileType, pagesText(e)]),
    );
  }

  kit.signature('I declare that the information given in this claim is true and complete to the best of my knowledge.', {
    name: profile.signatoryName ?? profile.exporterName ?? '',
    title: profile.signatoryTitle ?? '',
    place: profile.city,
    date: d.date,
  });
  kit.numberPages(extraPages);
  return kit;
}

export async function buildLetterPdf(d: LetterData, sources: EvidenceSource[]): Promise<{ bytes: Uint8Array; pages: number; evidence: EvidenceEntry[] }> {
  const opened: OpenedEvidence[] = await openEvidence(sources);
  const extra = opened.reduce((s, o) => s + o.file.pages, 0);
  // Pass 1: how many pages the letter takes (numbers of the same width as the real ones).
  const draft = drawLetter(d, numberEvidence(opened, 99), extra);
  const letterPages = draft.pageCount;
  await draft.end();
  const evidence = numberEvidence(opened, letterPages);
  const kit = drawLetter(d, evidence, extra);
  const drawn = kit.pageCount;
  let bytes = await kit.end();
  if (extra) bytes = await appendEvidence(bytes, opened, PAPER_SIZES[d.profile.paperSize], new Date(`${d.date}T00:00:00Z`), drawn + extra);
  return { bytes, pages: drawn + extra, evidence };
}

/** claims.letter: gathers the claim's data and evidence, draws the letter and writes the PDF. */
export async function claimLetter(ctx: CoreContext, input: { claimId: number; outPath?: string; overwrite: boolean }): Promise<ClaimLetter> {
  const claim = getClaim(ctx, input.claimId);
  const target = resolveOutPath(ctx, input, 'claims', `${fileSafe(claim.reference)}-letter.pdf`);
  const policy = getPolicy(ctx.db, claim.policyId);
  const shipment = getShipment(ctx.db, claim.shipmentId);
  const profile = getProfile(ctx);
  const sources: EvidenceSource[] = listAttachments(ctx.db, { kind: 'claim', id: claim.id }).map((a) => {
    let p: string | null = null;
    try {
      p = attachmentPath(ctx, a.id).path;
    } catch {
      p = null;
    }
    return { name: a.fileName, kind: claim.evidenceKinds[String(a.id)] ?? 'other', path: p };
  });
  if (claim.packPath) sources.push({ name: claim.packPath.split(/[\\/]/).pop() ?? claim.packPath, kind: 'document_pack', path: claim.packPath });
  const { bytes, pages, evidence } = await buildLetterPdf({ claim, policy, shipment, profile, date: ctx.today() }, sources);
  return { ...writePdf(target, bytes, pages), evidence };
}
