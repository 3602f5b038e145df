// The page under test gets the app's Content-Security-Policy as a header (the harness serves it
// through main's serveRenderer), so what the CSP blocks in the app is blocked here too, and the
// `app` fixture fails any test whose page reports a violation. This spec proves both halves with
// its own page: the header is there and enforced, and a violation shows on the console the fixture
// watches. (It does not use the `app` fixture, whose check would fail on the violations provoked.)
import { startTestHost } from './host';
import { CSP } from '../src/main/renderer-protocol';
import { expect, test } from './harness';

test('the page is served with the CSP header, which blocks inline script and inline style', async ({ page, harness, dataDir }) => {
  const host = await startTestHost({ dataDir });
  try {
    await harness.attach(page, host);
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    const response = await page.goto(`${harness.url}#/`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(violations, 'the app itself needs nothing the CSP forbids').toEqual([]);

    const injected = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid red }';
      document.head.append(style);
      return {
        script: (window as { __injected?: boolean }).__injected === true,
        style: getComputedStyle(document.body).outlineWidth === '7px',
      };
    });
    expect(injected).toEqual({ script: false, style: false });
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  } finally {
    await host.close();
  }
});
