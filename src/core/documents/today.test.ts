// The dashboard's "Today": counts of today's shipments (by the one clock), the drafts with their
// first finding, one click printing the ready packs into one PDF (each still archived), the
// first-run steps, and a new shipment's ship date defaulting to today.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../test/helpers';
import { readPdf } from '../../../test/pdf';
import { consignee, packSetup } from '../../../test/fixtures/shipment-packs';
import type { BatchReport } from '../../shared/documents';

// 2026-11-22 on the seller's calendar: the fixture's ship date.
const DAY = () => new Date('2026-11-22T10:00:00.000Z');

describe('documents.today and documents.printToday', () => {
  it('counts ready / need attention / printed for today, prints the ready packs into one PDF, then counts them printed', async () => {
    const { core, cn22, cn23, blocked, headphones } = await packSetup(testCore(DAY));
    for (const s of [cn22, cn23]) await core.ok('shipments.setStatus', { id: s.id, status: 'ready' });
    // Left without a ship date: today. Another day and an explicit "no date" are not today's.
    const fresh = await core.ok('shipments.create', { consignee: { ...consignee, name: 'Zhang Wei' } });
    expect(fresh.shipDate).toBe('2026-11-22');
    const none = await core.ok('shipments.create', { consignee, shipDate: null });
    expect(none.shipDate).toBeNull();
    const later = await core.ok('shipments.create', { consignee, invoiceNumber: 'INV-9', invoiceDate: '2026-11-21', postage: 850, shipDate: '2026-11-23', items: [{ productId: headphones.id, quantity: 1 }], parcels: [{ grossWeightG: 400 }] });
    await core.ok('shipments.setStatus', { id: later.id, status: 'ready' });

    const before = await core.ok('documents.today', {});
    expect(before).toMatchObject({ today: '2026-11-22', ready: 2, attention: 2, printed: 0 });
    expect(before.attentionItems.map((s) => s.id)).toEqual([blocked.id, fresh.id]);
    const first = before.attentionItems[0]!.finding!;
    expect(first.severity).toBe('block');
    expect(first.message.text).toMatch(/battery alone \(UN3480\)/i);
    expect(before.attentionItems[1]!.finding).toMatchObject({ severity: 'block' }); // no items, no parcels
    expect(before.setup).toEqual({ profile: true, catalog: true, suppliers: false, shipments: true, printed: false });

    const { jobId } = await core.ok('documents.printToday', {});
    const job = await core.ctx.jobs!.wait(jobId);
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    const r = job.result as BatchReport;
    expect(r.built.map((b) => b.shipmentId)).toEqual([cn22.id, cn23.id]);
    expect(r.combinedPath).toBe(join(core.ctx.dataDir, 'documents', 'print', 'today-2026-11-22.pdf'));
    // The merged PDF is every pack's pages, in order, read back; each pack is archived by its hash.
    const merged = await readPdf(readFileSync(r.combinedPath!));
    const packs = [];
    for (const b of r.built) {
      const archived = await core.ok('documents.list', { shipmentId: b.shipmentId });
      expect(archived).toHaveLength(1);
      expect(archived[0]!.path).toBe(join(core.ctx.dataDir, 'packs', `${b.sha256}.pdf`));
      expect(existsSync(archived[0]!.path)).toBe(true);
      packs.push(...(await readPdf(readFileSync(archived[0]!.path))));
    }
    expect(merged).toHaveLength(r.built.reduce((n, b) => n + b.pages, 0));
    expect(merged.map((p) => p.text)).toEqual(packs.map((p) => p.text));
    expect(merged.some((p) => p.text.includes('INV-1'))).toBe(true);
    expect(merged.some((p) => p.text.includes('INV-2'))).toBe(true);

    const after = await core.ok('documents.today', {});
    expect(after).toMatchObject({ ready: 0, attention: 2, printed: 2 });
    expect(after.setup.printed).toBe(true);

    // Nothing left to print: no file; "again" prints today's ready ones once more.
    const none2 = (await core.ctx.jobs!.wait((await core.ok('documents.printToday', {})).jobId)).result as BatchReport;
    expect(none2).toMatchObject({ total: 0, combinedPath: null });
    const again = (await core.ctx.jobs!.wait((await core.ok('documents.printToday', { again: true })).jobId)).result as BatchReport;
    expect(again.built.map((b) => b.shipmentId)).toEqual([cn22.id, cn23.id]);
  }, 120_000);

  it('a shipment marked ready that the preflight now blocks is not counted ready: it needs attention, listed first with its block', async () => {
    const { core, cn22, cn23, speaker } = await packSetup(testCore(DAY));
    for (const s of [cn22, cn23]) await core.ok('shipments.setStatus', { id: s.id, status: 'ready' });
    const before = await core.ok('documents.today', {});
    const drafts = before.attention;
    expect(before.ready).toBe(2);
    // Since it was marked ready, the speaker (only in the CN23 parcel) was found to be a power bank sold alone: no longer by post.
    await core.ok('products.update', { id: speaker.id, compliance: { battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 37, whPerCell: 37, cellsPerUnit: 1, batteriesPerUnit: 1 } } });
    const now = await core.ok('documents.today', {});
    const stillReady = [cn22, cn23].filter((s) => !now.attentionItems.some((a) => a.id === s.id));
    const nowBlocked = now.attentionItems.filter((a) => a.id === cn22.id || a.id === cn23.id);
    expect(nowBlocked.map((a) => a.id)).toEqual([cn23.id]);
    expect(now.ready).toBe(stillReady.length);
    expect(now.attention).toBe(drafts + nowBlocked.length);
    expect(now.ready + now.attention).toBe(before.ready + before.attention);
    // Listed before the drafts, with the block that keeps it out of Print today.
    expect(now.attentionItems.slice(0, nowBlocked.length).map((a) => a.id)).toEqual(nowBlocked.map((a) => a.id));
    for (const a of nowBlocked) expect(a.finding).toMatchObject({ severity: 'block' });
    // And Print today leaves out exactly those.
    const r = (await core.ctx.jobs!.wait((await core.ok('documents.printToday', {})).jobId)).result as BatchReport;
    expect(r.built.map((b) => b.shipmentId)).toEqual(stillReady.map((s) => s.id));
    expect(r.blocked.map((b) => b.shipmentId)).toEqual(nowBlocked.map((a) => a.id));
  }, 120_000);

  it('a fresh data file: every first-run step open; the seller profile ticks its step; bad input names the field', async () => {
    const core = testCore(DAY);
    const empty = await core.ok('documents.today', {});
    expect(empty).toMatchObject({ ready: 0, attention: 0, printed: 0, attentionItems: [] });
    expect(empty.setup).toEqual({ profile: false, catalog: false, suppliers: false, shipments: false, printed: false });
    // The print folder alone is not a profile.
    await core.ok('settings.update', { printFolder: '/home/me/packs' });
    expect((await core.ok('documents.today', {})).setup.profile).toBe(false);
    expect((await core.ok('settings.get', {})).printFolder).toBe('/home/me/packs');
    await core.ok('settings.update', { exporterName: 'Bright Trading' });
    expect((await core.ok('documents.today', {})).setup.profile).toBe(true);

    const bad = await core.fail('documents.today', { limit: 0 });
    expect(bad.details.issues).toEqual([expect.objectContaining({ path: 'limit' })]);
    const badFolder = await core.fail('settings.update', { printFolder: 'relative/packs' });
    expect(badFolder.details.issues).toEqual([expect.objectContaining({ path: 'printFolder' })]);
    expect((await core.ok('settings.get', {})).printFolder).toBe('/home/me/packs');
  });
});
