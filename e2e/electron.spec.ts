// Smoke test of the real Electron app: window, preload, IPC and the core together; it also makes a
// backup (a job in its worker), prints a document pack (fonts, PDF) and closes cleanly. It needs the
// Electron binary, which cannot be downloaded everywhere (ELECTRON_SKIP_BINARY_DOWNLOAD=1); there
// it reports itself skipped, plainly. Elsewhere main's wiring is proven under a stand-in
// (e2e/desktop-main.spec.ts, e2e/packaged-layout.spec.ts) and the UI and core by the e2e harness.
// CLEARPACK_ELECTRON_APP=<packaged executable> runs the same test against a packaged app.
import { _electron as electron, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

// Read where the binary would be rather than require('electron'): that require
// (Electron 45's package) downloads a missing binary on the spot: a network attempt on every run.
function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    const path = existsSync(pathFile) ? join(dir, 'dist', readFileSync(pathFile, 'utf8')) : null;
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const packagedApp = process.env.CLEARPACK_ELECTRON_APP || null;
if (!binary && !packagedApp) console.log('[electron smoke test] SKIPPED: no Electron binary is installed on this machine (window, backup, pack and clean close not run here; see README → Building a release).');

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

test.describe('Electron app', () => {
  test.skip(!binary && !packagedApp, 'Skipped: no Electron binary is installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1).');

  test('launches, shows the catalog, creates a product over IPC, makes a backup, prints a pack and closes cleanly', async () => {
    test.setTimeout(180_000);
    // A packaged app carries its own native module; the repository's is rebuilt for Electron here.
    if (!packagedApp) execFileSync(process.execPath, [join(ROOT, 'scripts', 'native.mjs'), 'electron'], { stdio: 'inherit' });
    const dataDir = mkdtempSync(join(tmpdir(), 'clearpack-electron-'));
    try {
      const app = await electron.launch({
        executablePath: packagedApp ?? binary!,
        args: packagedApp ? [] : [join(ROOT, 'out', 'main', 'index.js')],
        env: { ...process.env, ELECTRON_RENDERER_URL: '', CLEARPACK_DATA_DIR: dataDir },
      });
      const mainProcess = app.process();
      const exited = new Promise<number | null>((done) => mainProcess.once('exit', (code) => done(code)));
      const win = await app.firstWindow();
      await expect(win.getByRole('navigation')).toBeVisible();
      expect(win.url()).toMatch(/^app:\/\/clearpack\/index\.html(#|$)/); // our scheme, never file://
      // The preload exposes only the thin invoke: Envelopes as plain data, errors with their code.
      const created = await win.evaluate(() => window.clearpackInvoke('products.create', { sku: 'E-1', name: 'Smoke test' }));
      expect(created).toMatchObject({ ok: true, value: { sku: 'E-1' } });
      const refused = await win.evaluate(() => window.clearpackInvoke('products.create', { sku: '', name: 'x' }));
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await win.evaluate(() => typeof (window as unknown as { clearpack?: unknown }).clearpack)).toBe('undefined');
      const nodeLeak = await win.evaluate(() => typeof (globalThis as { require?: unknown }).require);
      expect(nodeLeak).toBe('undefined');

      const call = async <T>(method: string, input: unknown): Promise<T> => {
        const r = (await win.evaluate(([m, i]) => window.clearpackInvoke(m as string, i), [method, input] as const)) as Envelope;
        if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
        return r.value as T;
      };
      // A backup: a job in its own worker thread (the job worker main passed to the host), into backups/.
      const { jobId } = await call<{ jobId: string }>('backup.create', {});
      let job: { state: string; result?: { path: string } } = { state: 'running' };
      for (let i = 0; job.state === 'running' && i < 600; i++) {
        job = await call('jobs.get', { jobId });
        if (job.state === 'running') await win.waitForTimeout(100);
      }
      expect(job.state).toBe('done');
      expect(dirname(job.result!.path)).toBe(join(dataDir, 'backups'));
      expect(existsSync(job.result!.path)).toBe(true);
      // A pack: the fonts and rules as the app finds them (the resources folder when packaged).
      await call('settings.update', { exporterName: 'Shenzhen Bright Trading Co., Ltd.', addressLines: ['Room 1203, Tech Park'], city: 'Shenzhen', postcode: '518000', country: 'CN', phone: '+86 755 1234 5678', signatoryName: 'Li Wei', rates: [{ from: 'USD', to: 'XDR', rate: 0.75, date: '2026-11-01' }] });
      const hp = await call<{ id: number }>('products.create', { sku: 'BT-HP-001', name: 'Bluetooth headphones', localName: '蓝牙耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD' });
      const shipment = await call<{ id: number }>('shipments.create', {
        consignee: { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE', phone: '+49 30 123456' },
        invoiceNumber: 'INV-1', invoiceDate: '2026-11-21', shipDate: '2026-11-22', postage: 850, items: [{ productId: hp.id, quantity: 1 }], parcels: [{ grossWeightG: 400 }],
      });
      const pack = await call<{ archivePath: string; pages: number; form: string }>('documents.buildPack', { shipmentId: shipment.id });
      expect(pack).toMatchObject({ form: 'CN22', pages: 6 });
      expect(readFileSync(pack.archivePath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = execFileSync('pdftotext', [pack.archivePath, '-']).toString();
      expect(text).toContain('BT-HP-001');
      expect(text).toContain('蓝牙耳机'); // the CJK font was found

      // Closing: the host closes the database and its threads, then the app exits with 0.
      await app.close();
      expect(await exited).toBe(0);
      expect(existsSync(join(dataDir, 'clearpack.sqlite-wal')), 'the database was closed (WAL checkpointed and removed)').toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      if (!packagedApp) execFileSync(process.execPath, [join(ROOT, 'scripts', 'native.mjs'), 'node'], { stdio: 'inherit' });
    }
  });
});
