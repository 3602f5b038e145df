// The scorecard's chart over two years of inspections (issue 16: chart text ≥ 11 px): at 1024×700
// and 1280×820, in English and Chinese, no two month labels of the score chart overlap, nor two
// year labels, nor two scores above the bars, and every text of the scorecard's charts is drawn at
// 11 px or more. Screenshots in e2e/artifacts/scorecard-chart-<lang>-<width>.png.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { coreCall } from './call';
import { ARTIFACTS, expect, test } from './harness';

interface Box {
  text: string;
  kind: string;
  fontSize: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The text's box lies inside its chart's (not cut off by the chart's edge). */
  inside: boolean;
}

/** Every text of the scorecard's charts, with its box on the page and its computed font size. */
const chartTexts = (page: Page): Promise<Box[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('svg.chart text')]
      .filter((t) => (t.textContent ?? '').trim() !== '' && getComputedStyle(t).display !== 'none' && getComputedStyle(t).visibility !== 'hidden')
      .map((t) => {
        const r = t.getBoundingClientRect();
        const c = t.ownerSVGElement!.getBoundingClientRect();
        const inside = r.left >= c.left - 0.5 && r.right <= c.right + 0.5 && r.top >= c.top - 0.5 && r.bottom <= c.bottom + 0.5;
        return { text: t.textContent ?? '', kind: t.dataset.kind ?? '', fontSize: parseFloat(getComputedStyle(t).fontSize), x: r.x, y: r.y, w: r.width, h: r.height, inside };
      }),
  );

const intersect = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (intersect(boxes[i]!, boxes[j]!)) found.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
  return found;
}

/** YYYY-MM shifted by n months. */
const shiftMonth = (ym: string, n: number) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const k = y * 12 + (m - 1) + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
};

test('the score chart over 24 months: month labels never overlap and every chart text is ≥ 11 px, in English and Chinese, at 1024 and 1280', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const call = coreCall(app);
  // "Today" from the core's one clock.
  const { today } = await call<{ today: string }>('documents.today', {});
  const product = await call<{ id: number }>('products.create', { sku: 'MUG-01', name: 'Ceramic mug 350 ml', localName: '陶瓷杯' });
  const supplier = await call<{ id: number }>('suppliers.create', { name: 'Chaozhou Ceramics', localName: '潮州陶瓷', country: 'CN' });
  // Another supplier, with a long name, for the defect-rate chart's labels.
  const volt = await call<{ id: number }>('suppliers.create', { name: 'Shenzhen Volt Electronics Co., Ltd.', country: 'CN' });
  const voltLot = await call<{ id: number }>('lots.create', { supplierId: volt.id, productId: product.id, quantityOrdered: 200, quantityReceived: 200, receivedDate: today, expectedDate: today, poReference: 'PO-V1' });
  await call('inspections.create', { lotId: voltLot.id, date: today, inspector: 'Mei', defects: [{ class: 'minor', type: 'Scratch', count: 1 }] });
  // A lot and its inspection in each of the last 20 months but two (those say "no lot").
  const months = Array.from({ length: 20 }, (_, i) => shiftMonth(today.slice(0, 7), -i)).filter((_, i) => i !== 5 && i !== 11);
  for (const [i, month] of months.entries()) {
    const day = month === today.slice(0, 7) ? today : `${month}-10`;
    const lot = await call<{ id: number }>('lots.create', { supplierId: supplier.id, productId: product.id, quantityOrdered: 500, quantityReceived: 500, receivedDate: day, expectedDate: day, poReference: `PO-${100 + i}` });
    await call('inspections.create', { lotId: lot.id, date: day, inspector: 'Mei', defects: i % 3 ? [{ class: 'minor', type: i % 2 ? 'Glaze drip' : 'Chipped rim', count: 1 + (i % 4) }] : [] });
  }

  // A year by default; the seller asks for two.
  // The defects the Pareto counts (its text alternative: "label. type: n, type: n").
  const defects = async () => {
    const text = (await page.getByTestId('pareto-chart').getAttribute('aria-label')) ?? '';
    return [...text.matchAll(/: (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
  };
  await app.open(`/quality/suppliers/${supplier.id}`);
  await expect(page.getByTestId('score-chart').locator('[data-kind="month-slot"]')).toHaveCount(12);
  await expect.poll(defects).toBeGreaterThan(0);
  const inAYear = await defects();
  // The supplier the scorecard is about stands out in the defect-rate chart in the app's blue, not in
  // the blocked band's red (#c62828, which said "bad" beside its Approved badge); the other bar is the
  // chart's indigo.
  const rate = page.getByTestId('defect-rate-chart');
  await expect(rate.locator('rect')).toHaveCount(2);
  await expect(rate.locator('rect[data-kind="highlight"]')).toHaveCount(1);
  const fills = await rate.locator('rect').evaluateAll((rs) => rs.map((r) => [r.getAttribute('data-kind'), r.getAttribute('fill')]));
  expect(fills.find(([k]) => k === 'highlight')![1]).toBe('#174a96');
  expect(fills.map(([, f]) => f)).not.toContain('#c62828');
  // The score axis is labelled evenly, 20 included (it read 0, 40, 60, 80, 100).
  await expect.poll(() => page.getByTestId('score-chart').locator('[data-kind="score-tick"] text').allTextContents()).toEqual(['0', '20', '40', '60', '80', '100']);
  await page.getByLabel('Months shown').selectOption({ label: 'Last 24 months' });
  await expect(page.getByTestId('score-chart').locator('[data-kind="month-slot"]')).toHaveCount(24);
  await expect(page.getByTestId('scorecard-note')).toContainText('of 24 months');
  // The defect charts follow the months shown.
  await expect.poll(defects).toBeGreaterThan(inAYear);

  const problems: string[] = [];
  for (const lang of ['en', 'zh'] as const) {
    for (const [width, height] of [[1024, 700], [1280, 820]] as const) {
      await page.setViewportSize({ width, height });
      await app.open(`/quality/suppliers/${supplier.id}?months=24`);
      if (lang === 'zh') {
        await page.getByRole('button', { name: '简体中文' }).click();
        await expect(page.locator('figcaption', { hasText: '得分趋势' })).toBeVisible();
      }
      const chart = page.getByTestId('score-chart');
      await expect(chart).toBeVisible();
      await expect(chart.locator('[data-kind="month-slot"]')).toHaveCount(24);
      await expect(page.getByTestId('pareto-chart')).toBeVisible();
      await page.waitForTimeout(150); // the chart's width is measured after the first paint
      const texts = await chartTexts(page);
      const at = `${lang} at ${width}`;
      const monthLabels = texts.filter((t) => t.kind === 'month');
      // At least every third month is named, and the months of the year are in the language.
      if (monthLabels.length < 8) problems.push(`${at}: only ${monthLabels.length} months named`);
      const name = lang === 'zh' ? /^\d{1,2}月$/ : /^[A-Z][a-z]{2}$/;
      problems.push(...monthLabels.filter((t) => !name.test(t.text)).map((t) => `${at}: month label "${t.text}" is not the language's month name`));
      for (const kind of ['month', 'year', 'value', 'no-lot']) problems.push(...overlaps(texts.filter((t) => t.kind === kind)).map((o) => `${at}, ${kind} labels overlap: ${o}`));
      problems.push(...overlaps(texts.filter((t) => t.kind === 'month' || t.kind === 'year')).map((o) => `${at}, month and year labels overlap: ${o}`));
      problems.push(...texts.filter((t) => t.fontSize < 11).map((t) => `${at}: "${t.text}" is ${t.fontSize} px`));
      problems.push(...texts.filter((t) => !t.inside).map((t) => `${at}: "${t.text}" is cut off by the chart's edge`));
      await chart.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, `scorecard-chart-${lang}-${width}.png`) });
      if (lang === 'zh') await page.getByRole('button', { name: 'English' }).click();
    }
  }
  expect(problems).toEqual([]);
});

test('the Pareto of a supplier with many defect types names every k-th type, so no two slanted labels overlap; each bar says its type on hover', async ({ app }) => {
  const { page } = app;
  const call = coreCall(app);
  const { today } = await call<{ today: string }>('documents.today', {});
  const product = await call<{ id: number }>('products.create', { sku: 'TS-01', name: 'Cotton T-shirt' });
  const supplier = await call<{ id: number }>('suppliers.create', { name: 'Dhaka Knit Garments', country: 'BD' });
  const lot = await call<{ id: number }>('lots.create', { supplierId: supplier.id, productId: product.id, quantityOrdered: 2000, quantityReceived: 2000, receivedDate: today, expectedDate: today, poReference: 'PO-1' });
  // 28 kinds of defect a garment inspection records (AQL checklists list this many and more)
  const types = [
    'Broken stitch', 'Skipped stitch', 'Open seam', 'Puckering', 'Uneven hem', 'Loose thread', 'Stain', 'Shade variation', 'Hole', 'Slub',
    'Misprint', 'Print cracking', 'Wrong label', 'Missing label', 'Care label wrong', 'Size out of tolerance', 'Twisted leg', 'Collar uneven',
    'Button missing', 'Button loose', 'Zip broken', 'Snag', 'Pilling', 'Odour', 'Needle damage', 'Fabric fault', 'Wrong colour', 'Damp carton',
  ];
  await call('inspections.create', { lotId: lot.id, date: today, inspector: 'Rahim', defects: types.map((type, i) => ({ class: 'minor', type, count: 1 + (i % 3) })) });
  for (const [width, height] of [[1024, 700], [1280, 820]] as const) {
    await page.setViewportSize({ width, height });
    await app.open(`/quality/suppliers/${supplier.id}`);
    const pareto = page.getByTestId('pareto-chart');
    await expect(pareto).toBeVisible();
    await expect(pareto.locator('title')).toHaveCount(15 + 1); // the chart's, and one per bar (the 15 most frequent types)
    await page.waitForTimeout(150);
    // Centres of the named labels' anchor points, left to right: across the 30° slant two neighbours
    // are (dx · sin 30°) apart, at least the 11 px text's line (14 px): at 1280, where the charts stand
    // side by side, all 15 named were 13 px apart and touched
    const xs = await pareto.locator('[data-kind="pareto-label"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('x'))));
    const scale = await pareto.evaluate((svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width);
    expect(xs.length, `labels at ${width}`).toBeGreaterThan(3);
    const across = Math.min(...xs.slice(1).map((x, i) => (x - xs[i]!) * scale * 0.5));
    expect(across, `across the slant at ${width}`).toBeGreaterThanOrEqual(14);
    // and none runs off the chart's edge (the first, "Care label wrong", ran off its left edge)
    const off = await pareto.evaluate((svg) => {
      const c = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('[data-kind="pareto-label"]')].filter((t) => { const r = t.getBoundingClientRect(); return r.left < c.left - 0.5 || r.bottom > c.bottom + 0.5; }).map((t) => t.textContent);
    });
    expect(off, `labels off the chart at ${width}`).toEqual([]);
    await pareto.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, `scorecard-pareto-${width}.png`) });
  }
});
