// Smoke test of the real Electron app: window, preload, IPC and the core together. It needs the
// Electron binary, which cannot be downloaded everywhere (ELECTRON_SKIP_BINARY_DOWNLOAD=1); there
// it reports itself skipped, plainly. The e2e harness covers the UI and core everywhere else.
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
if (!binary) console.log('[electron smoke test] SKIPPED: no Electron binary is installed on this machine.');

test.describe('Electron app', () => {
  test.skip(!binary, 'Skipped: no Electron binary is installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1).');

  test('launches, shows the catalog and creates a product over IPC', async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'native.mjs'), 'electron'], { stdio: 'inherit' });
    const dataDir = mkdtempSync(join(tmpdir(), 'clearpack-electron-'));
    try {
      const app = await electron.launch({
        executablePath: binary!,
        args: [join(ROOT, 'out', 'main', 'index.js')],
        env: { ...process.env, ELECTRON_RENDERER_URL: '', CLEARPACK_DATA_DIR: dataDir },
      });
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
      await app.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'native.mjs'), 'node'], { stdio: 'inherit' });
    }
  });
});
