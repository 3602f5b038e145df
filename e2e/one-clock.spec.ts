// One clock across the bridge: with the page's clock and the core's clock both fixed at
// 2026-12-01T23:30Z, the renderer's today (the certificate's validity badge, decided in the page)
// agrees with the core's (certificates.get, decided in the core) — 2 December for a seller in
// Shanghai, 1 December for one in Los Angeles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHost } from './host';
import { expect, test } from './harness';

const AT = new Date('2026-12-01T23:30:00Z');

for (const [zone, validity] of [['Asia/Shanghai', 'expired'], ['America/Los_Angeles', 'expiring']] as const) {
  test(`a certificate expiring 2026-12-01 is ${validity} for a seller in ${zone}, on both sides of the bridge`, async ({ page, harness }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'clearpack-e2e-clock-'));
    const host = await startTestHost({ dataDir, now: AT });
    try {
      const call = async (method: string, input: unknown) => {
        const r = await host.call(method, input);
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
        return r.value as { id: number; validity?: string };
      };
      await call('settings.update', { timeZone: zone });
      const lamp = await call('products.create', { sku: 'LAMP-1', name: 'LED desk lamp', hsCode: '940521', originCountry: 'CN', unitNetWeightG: 800, unitValue: 2500, currency: 'EUR' });
      const cert = await call('certificates.create', { type: 'doc_ce', number: 'DOC-1', issueDate: '2024-01-01', expiryDate: '2026-12-01', productIds: [lamp.id] });
      expect((await call('certificates.get', { id: cert.id })).validity).toBe(validity);

      await page.clock.setFixedTime(AT);
      await harness.attach(page, host);
      await page.goto(`${harness.url}#/certificates`);
      await expect(page.locator('[data-validity]')).toHaveAttribute('data-validity', validity);
      expect(await page.evaluate(() => new Date().toISOString())).toBe(AT.toISOString());
    } finally {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
