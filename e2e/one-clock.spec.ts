// One clock across the bridge: with the page's clock and the core's clock both fixed at
// 2026-12-01T23:30Z, the renderer's today (the certificate's validity badge, decided in the page)
// agrees with the core's (certificates.get, decided in the core) — 2 December for a seller in
// Shanghai, 1 December for one in Los Angeles; and a new shipment's ship date is that today.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreHost } from '../src/core/host/start';
import { startTestHost } from './host';
import { expect, test } from './harness';

const AT = new Date('2026-12-01T23:30:00Z');

type Call = (method: string, input: unknown) => Promise<{ id: number; validity?: string; shipDate?: string | null }>;

/** A core host of its own with its clock fixed at AT and the seller in `zone`; `body` sets up data through `call`. */
async function atFixedTime(zone: string, body: (call: Call, host: CoreHost) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'clearpack-e2e-clock-'));
  const host = await startTestHost({ dataDir, now: AT });
  try {
    const call: Call = async (method, input) => {
      const r = await host.call(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value as Awaited<ReturnType<Call>>;
    };
    await call('settings.update', { timeZone: zone });
    await body(call, host);
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

for (const [zone, validity] of [['Asia/Shanghai', 'expired'], ['America/Los_Angeles', 'expiring']] as const) {
  test(`a certificate expiring 2026-12-01 is ${validity} for a seller in ${zone}, on both sides of the bridge`, async ({ page, harness }) => {
    await atFixedTime(zone, async (call, host) => {
      const lamp = await call('products.create', { sku: 'LAMP-1', name: 'LED desk lamp', hsCode: '940521', originCountry: 'CN', unitNetWeightG: 800, unitValue: 2500, currency: 'EUR' });
      const cert = await call('certificates.create', { type: 'doc_ce', number: 'DOC-1', issueDate: '2024-01-01', expiryDate: '2026-12-01', productIds: [lamp.id] });
      expect((await call('certificates.get', { id: cert.id })).validity).toBe(validity);

      await page.clock.setFixedTime(AT);
      await harness.attach(page, host);
      await page.goto(`${harness.url}#/certificates`);
      await expect(page.locator('[data-validity]')).toHaveAttribute('data-validity', validity);
      expect(await page.evaluate(() => new Date().toISOString())).toBe(AT.toISOString());
    });
  });
}

// A new shipment ships today unless changed (it is then in the day's print): the editor's ship date
// starts at the seller's today — 2 December in Shanghai at 23:30 UTC on 1 December, when the
// computer's own calendar (UTC) still says the 1st — and that is the date stored.
test('a new shipment made in the editor ships today on the seller’s calendar', async ({ page, harness }) => {
  await atFixedTime('Asia/Shanghai', async (call, host) => {
    await page.clock.setFixedTime(AT);
    await harness.attach(page, host);
    await page.goto(`${harness.url}#/shipments/new`);
    const shipDate = page.getByLabel('Ship date');
    await expect(shipDate).toHaveAttribute('data-date', '2026-12-02');
    await expect(shipDate).toHaveValue('12/02/2026');
    await page.getByLabel('Name', { exact: true }).fill('John Miller');
    await page.getByLabel('Address (one line each)').fill('200 Main St');
    await page.getByLabel('City').fill('Austin');
    await page.getByLabel('Country').selectOption('US');
    await page.getByRole('button', { name: 'Create shipment' }).click();
    await expect(page.getByRole('heading', { name: /Shipment SH-2026-000001/ })).toBeVisible();
    await expect(page.getByLabel('Ship date')).toHaveAttribute('data-date', '2026-12-02');
    const id = Number(new URL(page.url()).hash.split('/').pop());
    expect((await call('shipments.get', { id })).shipDate).toBe('2026-12-02');
  });
});
