import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';
import { loadDemo } from './demo-screens';
import { gapBetween } from './in-sight';
import { stubDesktop } from './desktop-stub';

const localDay = (offsetDays: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('receive a lot, inspect it with too many major defects, see it rejected and the supplier score fall; review PDF', async ({ app }) => {
  test.setTimeout(120_000);
  const { page, core } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const call = async (method: string, input: unknown) => {
    const r = await core.api.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as { id: number; supplierId?: number };
  };
  const product = await call('products.create', { sku: 'MUG-01', name: 'Ceramic mug 350 ml', localName: '陶瓷杯' });
  const supplier = await call('suppliers.create', { name: 'Chaozhou Ceramics', localName: '潮州陶瓷', country: 'CN' });
  await call('suppliers.create', { name: 'Dehua Porcelain', country: 'CN' });
  await call('inspectionPlans.set', {
    productId: product.id,
    checklist: [
      { key: 'glaze', label: 'Glaze even, no bare spots', kind: 'pass_fail' },
      { key: 'volume', label: 'Volume', kind: 'numeric', min: 340, max: 360, unit: 'ml' },
    ],
  });
  // History: earlier this month a good lot.
  const good = await call('lots.create', { supplierId: supplier.id, productId: product.id, quantityOrdered: 500, quantityReceived: 500, receivedDate: localDay(0).slice(0, 8) + '01', expectedDate: localDay(0).slice(0, 8) + '02', poReference: 'PO-100' });
  await call('inspections.create', { lotId: good.id, date: localDay(0).slice(0, 8) + '01', inspector: 'Mei', defects: [{ class: 'minor', type: 'Glaze drip', count: 2 }] });

  // The good lot is released into stock: its inspection screen says so and offers nothing to fill in.
  await call('lots.release', { id: good.id });
  await app.open(`/quality/lots/${good.id}/inspect`);
  await expect(page.getByTestId('inspect-released')).toBeVisible();
  await expect(page.getByRole('button', { name: /Add defect/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Record inspection' })).toHaveCount(0);
  // Not a dead end: it leads to the lot, whose page lists the inspections it had.
  await page.getByTestId('inspect-released').getByRole('link', { name: 'See the lot’s inspections' }).click();
  await expect(page).toHaveURL(new RegExp(`#/quality/lots/${good.id}$`));
  await expect(page.getByTestId('inspection-list')).toContainText('Mei');

  await app.open(`/quality/suppliers/${supplier.id}`);
  const scoreText = async () => (await page.getByTestId('scorecard-score').textContent()) ?? '';
  await expect(page.getByTestId('scorecard-score')).toContainText('Score');
  const before = Number((await scoreText()).match(/[\d.]+/)![0]);

  // Receive a lot through the form; more than ordered needs a reason (shown at the field).
  await app.open('/quality');
  await page.getByRole('link', { name: 'Receive a lot' }).click();
  await page.getByLabel(/^Supplier\b/).fill('Chaozhou');
  await page.getByRole('option', { name: /Chaozhou Ceramics/ }).click();
  // The choice shows in the field's place, with Change (as every picker of the app)
  await expect(page.locator('[data-field="supplierId"] output')).toHaveText('Chaozhou Ceramics');
  await page.getByRole('button', { name: 'Change Supplier' }).click();
  await expect(page.getByLabel(/^Supplier\b/)).toBeFocused();
  await page.getByLabel(/^Supplier\b/).press('Escape');
  await expect(page.locator('[data-field="supplierId"] output')).toHaveText('Chaozhou Ceramics');
  await page.getByLabel(/^Product\b/).fill('MUG');
  await page.getByRole('option', { name: /MUG-01/ }).click();
  await expect(page.locator('[data-field="productId"] output')).toHaveText('MUG-01 · Ceramic mug 350 ml');
  await page.locator('[data-field="poReference"] input').fill('PO-101');
  await page.locator('[data-field="quantityOrdered"] input').fill('500');
  await page.locator('[data-field="quantityReceived"] input').fill('520');
  await page.locator('[data-field="expectedDate"] input').fill(localDay(-1));
  await page.getByRole('button', { name: 'Receive lot' }).click();
  await expect(page.locator('[data-field="quantityReceived"]').getByRole('alert')).toContainText('give a reason');
  await page.locator('[data-field="quantityReceived"] input').fill('500');
  await page.getByRole('button', { name: 'Receive lot' }).click();
  await expect(page.getByTestId('form-banner')).toContainText('Lot received');
  await expect(page.getByText('Awaiting inspection')).toBeVisible();

  // Inspect: letter H, n = 50; major AQL 2.5 → reject at 4.
  await page.getByRole('link', { name: 'Inspect this lot' }).click();
  await expect(page.getByTestId('plan-line')).toContainText('draw 50 units');
  await expect(page.getByTestId('class-major')).toContainText('accept ≤ 3 · reject ≥ 4');
  // The verdict in one case whichever it is (was "accept" here and "REJECT" below).
  await expect(page.getByTestId('verdict-so-far')).toHaveText('Verdict so far: Accept');
  await page.getByTestId('class-major').getByRole('button', { name: '+ Add defect' }).click();
  await page.getByLabel('Defect type').fill('Cracked handle');
  const plus = page.getByRole('button', { name: 'Major +' });
  for (let i = 0; i < 4; i++) await plus.click();
  await expect(page.getByTestId('defect-count-0')).toHaveValue('5');
  await expect(page.getByTestId('verdict-so-far')).toHaveText('Verdict so far: Reject');
  await page.getByRole('group', { name: 'Glaze even, no bare spots' }).getByRole('button', { name: /Pass/ }).click();
  await page.getByLabel('Volume').fill('352');
  await page.getByLabel('Inspector').fill('Wang Li');
  await page.screenshot({ path: join(ARTIFACTS, 'quality-inspection-en.png'), fullPage: true });
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('verdict-so-far')).toHaveText('当前判定：拒收');
  await page.screenshot({ path: join(ARTIFACTS, 'quality-inspection-zh.png'), fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Record inspection' }).click();
  await expect(page.getByTestId('inspect-banner')).toContainText('Inspection recorded: Rejected. Lot is now Rejected.');

  // Once inspected, the lot's supplier and product are what they were: shown, with no Change.
  await page.getByRole('link', { name: /Lot \d+/ }).first().click();
  // The inspections line names the inspection's severity in words (was the raw '· normal ·').
  await expect(page.getByTestId('inspection-list')).toContainText(/ · Wang Li · Normal inspection · sample \d+ · Rejected/);
  await expect(page.locator('[data-field="supplierId"] output')).toHaveText('Chaozhou Ceramics');
  await expect(page.locator('[data-field="productId"] output')).toHaveText('MUG-01 · Ceramic mug 350 ml');
  await expect(page.locator('[data-field="supplierId"], [data-field="productId"]').getByRole('button')).toHaveCount(0);

  // The lots list shows it rejected.
  await app.open('/quality');
  await expect(page.getByTestId('lot-count')).toHaveText('2 lots');
  await expect(page.getByRole('row', { name: /PO-101/ })).toContainText('Rejected');
  await page.screenshot({ path: join(ARTIFACTS, 'quality-lots-en.png') });
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('row', { name: /PO-101/ })).toContainText('已拒收');
  await page.screenshot({ path: join(ARTIFACTS, 'quality-lots-zh.png') });
  // The lot form's certificate field in plain Chinese (was '本批次证书（编号 ID）', then '本批次的证书编号' over a box for its id).
  await app.open('/quality/lots/new');
  await expect(page.getByLabel('本批次的证书', { exact: true })).toHaveAttribute('placeholder', '查找卫生证书或分析证书（编号、签发机构）');
  await page.getByRole('button', { name: 'English' }).click();

  // The supplier's score falls.
  await app.open(`/quality/suppliers/${supplier.id}`);
  await expect(page.getByTestId('score-chart')).toBeVisible();
  await expect.poll(async () => Number((await scoreText()).match(/[\d.]+/)![0])).toBeLessThan(before);
  await expect(page.getByTestId('pareto-chart')).toContainText('Cracked handle');
  await page.screenshot({ path: join(ARTIFACTS, 'quality-scorecard-charts-en.png') });

  // Weights not summing to 100 are refused at the weights.
  await page.getByLabel('Quality · Weights (sum 100)').fill('50');
  await page.getByRole('button', { name: 'Compute review' }).click();
  await expect(page.getByTestId('weights-error')).toContainText('add up to 120');
  await page.getByLabel('Quality · Weights (sum 100)').fill('30');
  await page.getByLabel('Communication · Reviewer scores (0–100, optional)').fill('70');
  await page.getByLabel('Price · Reviewer scores (0–100, optional)').fill('60');
  await page.getByRole('button', { name: 'Compute review' }).click();
  await expect(page.getByTestId('review-result')).toContainText('Score');
  // Compute review stands apart from the checkbox above it, its result centred on the button's line.
  const compute = page.getByRole('button', { name: 'Compute review' });
  expect(await gapBetween(page.locator('label.check', { hasText: 'Set the supplier status from the band' }), compute), 'Compute review clear of the checkbox').toBeGreaterThanOrEqual(12);
  // Its text, not its box (a box stretched to the button's height has its text at the top).
  const said = await page.getByTestId('review-result').evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return r.top + r.height / 2;
  });
  const button = (await compute.boundingBox())!;
  expect(Math.abs(button.y + button.height / 2 - said), 'the result centred beside the button').toBeLessThanOrEqual(2);
  await page.screenshot({ path: join(ARTIFACTS, 'quality-scorecard-en.png'), fullPage: true });
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.locator('figcaption', { hasText: '得分趋势' })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'quality-scorecard-zh.png'), fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();

  // The review PDF, through the UI; rendered to PNG once for a person to look at.
  const pdf = join(app.dataDir, 'review.pdf');
  await page.getByLabel('Save review PDF to (full path)').fill(pdf);
  await page.getByRole('button', { name: 'Save PDF' }).click();
  await expect(page.getByTestId('scorecard-banner')).toContainText('Review PDF saved');
  expect(existsSync(pdf)).toBe(true);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, 'quality-review-pdf')]);
  } catch {
    console.warn('pdftoppm not available: the review PDF was not rendered to PNG');
  }
  // Saved again to the same typed path: the first PDF is kept until the seller says to replace it.
  const first = statSync(pdf).mtimeMs;
  await page.getByRole('button', { name: 'Save PDF' }).click();
  await expect(page.getByText(`A file is already there: ${pdf}. Choose another name or folder, or replace it.`).first()).toBeVisible();
  expect(statSync(pdf).mtimeMs).toBe(first);
  await page.getByRole('button', { name: 'Replace the existing file' }).click();
  await expect(page.getByTestId('scorecard-banner')).toContainText('Review PDF saved');
  await expect(page.getByRole('button', { name: 'Replace the existing file' })).toHaveCount(0);
  // A path that is not a PDF is refused at the field.
  await page.getByLabel('Save review PDF to (full path)').fill(join(app.dataDir, 'review.bat'));
  await page.getByRole('button', { name: 'Save PDF' }).click();
  await expect(page.locator('.field-error')).toHaveText('The file name must end in .pdf.');
});

test('the review PDF’s Choose… saves where the system dialog says, replacing the file it agreed to replace', async ({ app }) => {
  const { page } = app;
  const chosen = join(app.dataDir, '..', `review-chosen-${Date.now()}.pdf`);
  writeFileSync(chosen, 'last quarter’s review');
  await stubDesktop(page, { saveFile: chosen });
  const ids = await loadDemo(app);
  await app.open(`/quality/suppliers/${ids.supplier}`);
  await page.locator('[data-field="outPath"], fieldset').filter({ has: page.getByLabel('Save review PDF to (full path)') }).getByRole('button', { name: 'Choose…' }).click();
  await expect(page.getByTestId('scorecard-banner')).toContainText('Review PDF saved');
  await expect(page.getByLabel('Save review PDF to (full path)')).toHaveValue(chosen);
  expect(readFileSync(chosen).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the inspection screen’s Back names its lot while the lot is still on its way, never “Back to Back to the lot”', async ({ app }) => {
  const { page, call } = app;
  const ok = async (method: string, input: unknown) => {
    const r = await call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as { id: number };
  };
  const product = await ok('products.create', { sku: 'MUG-02', name: 'Ceramic mug 500 ml' });
  const supplier = await ok('suppliers.create', { name: 'Chaozhou Ceramics', country: 'CN' });
  const lot = await ok('lots.create', { supplierId: supplier.id, productId: product.id, quantityOrdered: 200, quantityReceived: 200, receivedDate: localDay(0), expectedDate: localDay(0), poReference: 'PO-7' });
  const gets = app.gate('lots.get');
  await app.open(`/quality/lots/${lot.id}/inspect`);
  await gets.arrived();
  const back = page.locator('main').getByTestId('back');
  await expect(back).toHaveAccessibleName(`Back to Lot ${lot.id}`);
  await expect(back).toHaveText(`←Lot ${lot.id}`);
  gets.open();
  await expect(back).toHaveAccessibleName(`Back to Lot ${lot.id} · MUG-02`);
});

test('a lot’s certificate is picked by its number among the health certificates and certificates of analysis, never typed as an id', async ({ app }) => {
  // The field asked for "Certificate for this lot (ID)", an id the seller sees nowhere; in Chinese
  // it said 证书编号 (its number), so a seller typed "HC-2026-118" and the lot lost its certificate.
  const { page, core } = app;
  const call = async (method: string, input: unknown) => {
    const r = await core.api.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as { id: number };
  };
  const tea = await call('products.create', { sku: 'TEA-GR-100', name: 'Green tea 100 g', compliance: { categories: ['food'] } });
  const supplier = await call('suppliers.create', { name: 'Hangzhou Tea Garden', country: 'CN' });
  const health = await call('certificates.create', { type: 'health_certificate', number: 'HC-2026-118', issuer: 'Zhejiang CIQ', issueDate: '2026-10-01', productIds: [tea.id] });
  await call('certificates.create', { type: 'doc_ce', number: 'HC-2026-CE', issuer: 'TÜV', issueDate: '2026-10-01', productIds: [tea.id] });
  const lot = await call('lots.create', { supplierId: supplier.id, productId: tea.id, quantityOrdered: 100, quantityReceived: 100, receivedDate: localDay(0) });
  await app.open(`/quality/lots/${lot.id}`);
  const field = page.getByLabel('Certificate for this lot', { exact: true });
  await field.fill('HC-2026');
  // Only the kinds a lot can take: the CE declaration with a look-alike number is not offered.
  const offered = page.locator('[data-field="certificateId"]').getByRole('option');
  await expect(offered).toHaveText(['Health certificate · HC-2026-118 · Zhejiang CIQ']);
  await offered.first().click();
  await expect(page.getByTestId('lot-certificate')).toHaveText('Health certificate · HC-2026-118 · Zhejiang CIQ');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect.poll(async () => ((await core.api.call('lots.get', { id: lot.id })) as { value: { certificateId: number | null } }).value.certificateId).toBe(health.id);
  // Read back after a reload: named by its type, number and issuer, in the UI's language.
  await page.reload();
  await expect(page.getByTestId('lot-certificate')).toHaveText('Health certificate · HC-2026-118 · Zhejiang CIQ');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('lot-certificate')).toHaveText('卫生证书 · HC-2026-118 · Zhejiang CIQ');
  await page.getByRole('button', { name: 'English' }).click();
  // Clear takes it off the lot.
  await page.getByRole('button', { name: /^Clear/ }).click();
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect.poll(async () => ((await core.api.call('lots.get', { id: lot.id })) as { value: { certificateId: number | null } }).value.certificateId).toBeNull();
});
