import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { coreCall } from './call';
import { ARTIFACTS, expect, test } from './harness';

test('consultation: ask China Post from the product, write the letter, record the answer (refused when dated before the request), and the preflight of a new shipment cites it', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const call = coreCall(app);
  await call('settings.update', { exporterName: 'Brightway Trading Co., Ltd.', email: 'orders@brightway.example', defaultPostalOperator: 'CN-POST' });
  const product = await call<{ id: number }>('products.create', {
    sku: 'HP-E2E', name: 'Bluetooth headphones, over-ear', localName: '蓝牙头戴式耳机', hsCode: '851830', originCountry: 'CN', unitNetWeightG: 250, unitValue: 2490, currency: 'USD',
    compliance: { categories: ['electrical'], battery: { type: 'lithium_ion', configuration: 'contained_in_equipment', whPerBattery: 1.85, cellsPerUnit: 1, batteriesPerUnit: 1 } },
  });

  // New from the product.
  await app.open(`/catalog/${product.id}`);
  await page.getByRole('link', { name: 'Ask the carrier' }).click();
  await expect(page.getByRole('heading', { name: 'New consultation' })).toBeVisible();
  await expect(page.getByTestId('consultation-product')).toHaveText('HP-E2E — Bluetooth headphones, over-ear');
  await expect(page.getByRole('button', { name: 'Change Product' })).toBeVisible();
  await page.getByLabel('Destination').selectOption('GB');
  await page.getByLabel('Carrier or broker').fill('China Post');
  await page.getByLabel('Designated postal operator (optional)').selectOption('CN-POST');
  await page.getByLabel('Request date').fill('2026-11-01');
  // A day typed as ISO is shown in the language's order once the field is left (no native date input).
  await page.getByLabel('Request date').blur();
  await expect(page.getByLabel('Request date')).toHaveValue('11/01/2026');
  await expect(page.getByLabel('Request date')).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Consultation CQ-2026-\d{6}$/ })).toBeVisible();
  await expect(page.locator('.badge.consultation-waiting')).toHaveText('Waiting');

  // The letter, to copy.
  await page.getByRole('button', { name: 'Write the letter' }).click();
  const letter = page.getByTestId('letter-text');
  await expect(letter).toHaveValue(/Dear China Post,/);
  await expect(letter).toHaveValue(/HS code: 851830/);
  await expect(letter).toHaveValue(/Our check says: “HP-E2E: lithium battery in or with equipment/);
  await page.screenshot({ path: join(ARTIFACTS, 'consultation-1-letter-en.png'), fullPage: true });

  // The answer: dated before the request it is refused at its field, and nothing is saved.
  const answer = page.getByRole('form', { name: 'The answer' });
  await answer.getByLabel('Answered by').fill('China Post Shenzhen desk');
  await answer.getByLabel('Answer date').fill('2026-10-30');
  await answer.getByLabel('What it says').selectOption('allow');
  await answer.getByLabel('The carrier’s words the preflight quotes').fill('accepted with the battery mark');
  await answer.getByLabel('The reply as received').fill('The headphones are accepted with the lithium battery mark on the parcel.');
  await answer.getByLabel('Valid until').fill('2027-05-01');
  await answer.getByRole('button', { name: 'Record the answer' }).click();
  await expect(answer.locator('[data-field="answer.date"] .field-error')).toHaveText('The answer cannot be dated before the request (Nov 1, 2026).');
  expect((await call<{ total: number }>('rules.list', {})).total).toBe(0);
  // Typed in English order: month first.
  await answer.getByLabel('Answer date').fill('11/03/2026');
  await answer.getByRole('button', { name: 'Record the answer' }).click();
  await expect(answer.getByRole('status')).toHaveText('Answer recorded: it is now a rule the preflight cites.');
  await expect(page.getByTestId('answer-rules')).toContainText('It became 1 preflight rule.');
  await expect(page.locator('.badge.consultation-answered')).toHaveText('Answered');
  await page.screenshot({ path: join(ARTIFACTS, 'consultation-2-answered-en.png'), fullPage: true });

  // A new shipment of the product to the UK by China Post: the preflight cites the answer.
  const shipment = await call<{ id: number }>('shipments.create', {
    consignee: { name: 'Emily Clarke', addressLines: ['12 High Street'], city: 'Leeds', postcode: 'LS1 4AP', country: 'GB' }, carrier: 'China Post', invoiceNumber: 'INV-E2E',
    items: [{ productId: product.id, quantity: 1 }], parcels: [{ grossWeightG: 400 }],
  });
  await app.open(`/shipments/${shipment.id}`);
  await expect(page.locator('[data-rule^="seller."]')).toContainText('HP-E2E: China Post, Nov 3, 2026: accepted with the battery mark');
  await page.locator('[data-rule^="seller."]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'consultation-3-preflight-en.png'), fullPage: true });

  // The list under Shipments, and in Chinese.
  await app.open('/shipments');
  await page.getByRole('link', { name: 'Consultations' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'HP-E2E' })).toContainText('Answered');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '事先咨询' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'HP-E2E' })).toContainText('已答复');
  await page.screenshot({ path: join(ARTIFACTS, 'consultation-4-list-zh.png'), fullPage: true });
});

test('an answer past its validity says until when, as the language writes a day (en, zh)', async ({ app }) => {
  const { page } = app;
  const call = coreCall(app);
  const product = await call<{ id: number }>('products.create', { sku: 'MUG-E2E', name: 'Ceramic mug', hsCode: '691200', originCountry: 'CN', unitNetWeightG: 350, unitValue: 1200, currency: 'USD' });
  const c = await call<{ id: number }>('consultations.create', { productId: product.id, destination: 'GB', carrier: 'China Post', requestDate: '2026-01-05' });
  await call('consultations.update', { id: c.id, answer: { by: 'China Post desk', date: '2026-01-10', channel: 'email', text: 'Accepted.', outcome: 'allow', validUntil: '2026-03-31' } });
  await app.open(`/shipments/consultations/${c.id}`);
  await expect(page.getByTestId('consultation-stale')).toHaveText('The answer was valid until Mar 31, 2026: ask again.');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('consultation-stale')).toHaveText('该答复有效期至 2026年3月31日：请重新咨询。');
  // The designated operators by their Chinese names (was 'China Post（CN-POST）').
  await expect(page.getByLabel('指定邮政经营者（可选）').locator('option[value="CN-POST"]')).toHaveText('中国邮政（CN-POST）');
  await expect(page.getByLabel('指定邮政经营者（可选）').locator('option[value="US-USPS"]')).toHaveText('美国邮政（US-USPS）');
});
