// Issue 16, points 1 and 3: the shipment editor's sticky header and findings (also at 1024×700; with
// thirty findings every one reachable, and Go to field landing clear of the sticky parts),
// items first and the consignee folded, a held shipment led by its hold with its items locked; the
// shipments list's preflight column and "Ready to print" filter; the "cannot go by post" badge.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, test } from './harness';
import type { AppFixture } from './harness';
import { expectInSight, gapBetween, inSight } from './in-sight';

const WIDE = { width: 1280, height: 820 };
const NARROW = { width: 1024, height: 700 };
const consignee = { name: 'Anna Schmidt', addressLines: ['Hauptstr. 5'], city: 'Berlin', postcode: '10115', country: 'DE' };

async function value<T = { id: number; reference: string }>(app: AppFixture, method: string, input: unknown): Promise<T> {
  const r = await app.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

async function seed(app: AppFixture) {
  const { today } = await value<{ today: string }>(app, 'app.info', {});
  await value(app, 'settings.update', { exporterName: 'Shenzhen Brightway Trading', iossNumber: 'IM1560000001' });
  const bank = await value(app, 'products.create', {
    sku: 'PB-10K', name: 'Power bank 10000 mAh', localName: '移动电源', hsCode: '850760', originCountry: 'CN', unitNetWeightG: 220, unitValue: 1590, currency: 'USD',
    compliance: { battery: { type: 'lithium_ion', configuration: 'alone', whPerBattery: 37, whPerCell: 37, cellsPerUnit: 1, batteriesPerUnit: 1 } },
  });
  const shirt = await value(app, 'products.create', {
    sku: 'TS-001', name: 'Cotton T-shirt, men’s', localName: '男士棉质T恤', hsCode: '610910', originCountry: 'CN', unitNetWeightG: 200, unitValue: 1500, currency: 'USD',
    compliance: { categories: ['textile'], fibreContent: '100% cotton' },
  });
  const base = { consignee, invoiceNumber: 'INV-1', orderRefs: ['#1001'], shipDate: today, parcels: [{ grossWeightG: 600, lengthMm: 300, widthMm: 200, heightMm: 50 }] };
  const blocked = await value(app, 'shipments.create', { ...base, items: [{ productId: bank.id, quantity: 1 }, { productId: shirt.id, quantity: 2 }] });
  const good = await value(app, 'shipments.create', { ...base, consignee: { ...consignee, name: 'Lena Vogel' }, invoiceNumber: 'INV-2', items: [{ productId: shirt.id, quantity: 1 }] });
  return { today, bank, shirt, blocked, good };
}

/**
 * The items table's headers: each narrow column's header on one line (no unit such as "(g)" or
 * "（克）" broken off its word) and clear of the next one's text by a gap.
 */
async function expectItemHeadersApart(page: Page, what: string) {
  const heads = await page.locator('fieldset[data-path="items"] table.lines thead th').evaluateAll((ths) =>
    ths
      .filter((th) => th.textContent!.trim())
      .map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        const box = range.getBoundingClientRect();
        return { text: th.textContent!, narrow: th.className.startsWith('c-'), lines: lines.size, left: box.left, right: box.right };
      }),
  );
  for (const h of heads) if (h.narrow) expect(h.lines, `${what}: “${h.text}” on one line`).toBe(1);
  for (let i = 1; i < heads.length; i++)
    expect(heads[i]!.left - heads[i - 1]!.right, `${what}: “${heads[i - 1]!.text}” clear of “${heads[i]!.text}”`).toBeGreaterThanOrEqual(6);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

test('the editor keeps its header and findings in view, at 1280×820 and at 1024×700, items before the folded consignee', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const { blocked } = await seed(app);
  for (const [size, vp] of [['1024', NARROW], ['1280', WIDE]] as const) {
    await page.setViewportSize(vp);
    await app.open(`/shipments/${blocked.id}`);
    await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
    const head = page.getByTestId('editor-head');
    await expect(head.getByRole('heading', { name: new RegExp(`Shipment ${blocked.reference}`) })).toBeVisible();
    await expect(page.getByTestId('head-preflight')).toContainText('Blocked');
    await expect(head.getByRole('button', { name: 'Mark ready' })).toBeDisabled();
    await expect(head.getByRole('button', { name: 'Print pack' })).toBeDisabled();
    // The finding is on screen without scrolling.
    const finding = page.locator('[data-rule="battery.alone"]');
    await expect(finding).toBeInViewport();
    await expect(head).toBeInViewport();
    // The head is one band: its buttons beside the title while they fit (at 1024 they took a row of
    // their own, a 143 px head that left the findings ~200 px).
    const title = head.getByRole('heading', { level: 1 });
    const actions = page.getByTestId('head-actions');
    expect((await actions.boundingBox())!.y, `${size}: the buttons on the title's row`).toBeLessThan((await title.boundingBox())!.y + (await title.boundingBox())!.height);
    expect((await head.boundingBox())!.height, `${size}: the head's height`).toBeLessThanOrEqual(100);
    // An item row's inputs stand on one line, of one height (the product's input was 8 px lower, under
    // its SKU; the monospace HS code 1 px shorter).
    const row = await page.locator('fieldset[data-path="items"] tbody tr').first().locator('input').evaluateAll((inputs) =>
      inputs.map((i) => ({ path: i.getAttribute('data-path'), bottom: i.getBoundingClientRect().bottom, height: i.getBoundingClientRect().height })),
    );
    for (const i of row) {
      expect(Math.abs(i.bottom - row[0]!.bottom), `${size}: ${i.path} on the row's line`).toBeLessThanOrEqual(0.5);
      expect(Math.abs(i.height - row[0]!.height), `${size}: ${i.path} of the row's height`).toBeLessThanOrEqual(0.5);
    }
    if (size === '1024') {
      // The findings scroll in a short strip: how many are out of sight is said, and a click shows them.
      const more = page.getByTestId('findings-more');
      await expect(more).toHaveText(/^\d+ more findings? below ↓$/);
      const list = page.locator('.editor-findings .findings');
      // While findings are below, the list's edge fades (a line it cuts was sliced through its letters).
      const mask = () => list.evaluate((el) => getComputedStyle(el).maskImage);
      expect(await mask()).toContain('linear-gradient');
      // A click brings the first finding the edge cut to the top, whole from its first line.
      const cut = await list.evaluate((el) => [...el.children].findIndex((li) => (li as HTMLElement).offsetTop + (li as HTMLElement).offsetHeight > el.clientHeight + 1));
      await more.click();
      await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      await expect.poll(() => list.evaluate((el, i) => Math.abs(el.scrollTop - (el.children[i] as HTMLElement).offsetTop) < 2 || el.scrollTop + el.clientHeight >= el.scrollHeight - 1, cut)).toBe(true);
      await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(more).toHaveCount(0);
      expect(await mask()).toBe('none');
      await list.evaluate((el) => el.scrollTo(0, 0));
      await expect(more).toBeVisible();
    }
    // Items and parcels come first; the filled consignee is one line above the details.
    const items = page.locator('fieldset[data-path="items"]');
    const folded = page.getByTestId('consignee-folded');
    await expect(folded).toContainText('Anna Schmidt');
    expect((await items.boundingBox())!.y).toBeLessThan((await folded.boundingBox())!.y);
    await expectItemHeadersApart(page, `${size}, English`);
    if (size === '1280') {
      // The parcel's packaging: liquids' inner packaging and the battery each under a sub-heading with room
      // above it (not read as help for the select above); Add a parcel clear of the packaging box.
      const packing = page.getByTestId('parcel-packaging-0');
      const inner = packing.getByRole('group', { name: 'Inner packaging for liquids' });
      const battery = packing.getByRole('group', { name: 'Batteries' });
      await expect(inner.getByLabel('Absorbent material')).toBeVisible();
      await expect(battery.getByLabel(/^Battery equipment switched off/)).toBeVisible();
      expect(await gapBetween(packing.getByLabel('Outer packaging'), inner), 'room above the liquids’ sub-heading').toBeGreaterThanOrEqual(12);
      expect(await gapBetween(inner, battery), 'room above the battery’s sub-heading').toBeGreaterThanOrEqual(12);
      expect(await gapBetween(packing, page.getByRole('button', { name: 'Add a parcel' })), 'Add a parcel clear of the packaging box').toBeGreaterThanOrEqual(8);
      await packing.screenshot({ path: join(ARTIFACTS, 'ship-parcel-packaging-en.png') });
    }
    await shot(page, `ship-editor-${size}-en`);
    // Scrolled to the bottom: header and finding are still in view.
    await page.getByLabel('Invoice date').scrollIntoViewIfNeeded();
    await page.locator('.content').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(head.getByRole('button', { name: 'Mark ready' })).toBeInViewport();
    await expect(finding).toBeInViewport();
    await shot(page, `ship-editor-${size}-scrolled-en`);
  }
  // A finding about the consignee unfolds it and focuses the field.
  await page.getByRole('button', { name: 'Edit consignee' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Anna Schmidt');

  await page.getByRole('button', { name: '简体中文' }).click();
  for (const [size, vp] of [['1024', NARROW], ['1280', WIDE]] as const) {
    await page.setViewportSize(vp);
    await app.open(`/shipments/${blocked.id}`);
    await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
    await expect(page.getByTestId('head-preflight')).toContainText('受阻');
    await expect(page.getByTestId('editor-head').getByRole('button', { name: '打印单证包' })).toBeDisabled();
    await expect(page.locator('[data-rule="battery.alone"]')).toBeInViewport();
    await expectItemHeadersApart(page, `${size}, Chinese`);
    await shot(page, `ship-editor-${size}-zh`);
  }
});

test('the preflight’s count line takes the colour of the header’s verdict: red blocked, amber warnings, green ready', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const { today, blocked, good: warned } = await seed(app);
  // A mug to the US with its US tariff code, a postal operator and a rate of today: ready (notes only).
  await value(app, 'settings.update', { rates: [{ from: 'USD', to: 'XDR', rate: 0.74, date: today }] });
  const mug = await value(app, 'products.create', { sku: 'MUG-1', name: 'Ceramic mug', localName: '陶瓷杯', hsCode: '691200', originCountry: 'CN', unitNetWeightG: 300, unitValue: 1500, currency: 'USD', tariffCodes: { US: '6912004400' } });
  const ready = await value(app, 'shipments.create', {
    consignee: { name: 'John Miller', addressLines: ['1 Main St'], city: 'Austin', state: 'TX', postcode: '78701', country: 'US' }, invoiceNumber: 'INV-3', shipDate: today, postalOperator: 'CN-POST',
    items: [{ productId: mug.id, quantity: 1 }], parcels: [{ grossWeightG: 700, lengthMm: 300, widthMm: 200, heightMm: 50 }],
  });
  await page.setViewportSize(NARROW);
  const seen = new Set<string>();
  for (const lang of ['en', 'zh'] as const) {
    if (lang === 'zh') await page.getByRole('button', { name: '简体中文' }).click();
    for (const s of [blocked, warned, ready]) {
      await app.open(`/shipments/${s.id}`);
      const summary = page.getByTestId('preflight-summary');
      const verdict = page.getByTestId('head-preflight').locator('[data-verdict]');
      await expect(summary).toBeVisible();
      const word = await verdict.getAttribute('data-verdict');
      await expect(summary).toHaveAttribute('data-verdict', word!);
      const [line, badge] = await Promise.all([summary, verdict.locator('.badge')].map((l) => l.evaluate((el) => getComputedStyle(el).color)));
      expect(line, `${s.reference} (${word}): the count line in the badge's colour`).toBe(badge);
      seen.add(word!);
      await page.getByTestId('preflight').screenshot({ path: join(ARTIFACTS, `ship-preflight-${word}-${lang}.png`) });
    }
  }
  expect([...seen].sort()).toEqual(['blocked', 'ready', 'warnings']);
});

test('a US address without its state is a warning whose Go to field opens the consignee at State; a Brazilian CEP of 7 digits, at Postcode', async ({ app }) => {
  const { page } = app;
  const { today, shirt } = await seed(app);
  await page.setViewportSize(WIDE);
  /** Opens a new shipment to `consignee`; its finding `rule` says `says`, its Go to field lands on `label`, and `fix` typed there clears it. */
  const fixAtField = async (consignee: Record<string, unknown>, rule: string, says: string, label: string, fix: string) => {
    const s = await value(app, 'shipments.create', { consignee, invoiceNumber: 'INV-4', shipDate: today, items: [{ productId: shirt.id, quantity: 1 }], parcels: [{ grossWeightG: 400 }] });
    await app.open(`/shipments/${s.id}`);
    const finding = page.locator(`[data-rule="${rule}"]`);
    await expect(finding).toContainText(says);
    await finding.getByRole('button', { name: 'Go to field' }).click();
    await expect(page.getByLabel(label)).toBeFocused();
    await page.getByLabel(label).fill(fix);
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-rule^="address."]')).toHaveCount(0, { timeout: 15_000 });
  };
  await fixAtField({ name: 'John Miller', addressLines: ['1 Main St'], city: 'Austin', postcode: '78701', country: 'US' }, 'address.state', 'no state or province', 'State / province', 'TX');
  await fixAtField(
    { name: 'Ana Souza', addressLines: ['Av. Paulista, 1578'], city: 'São Paulo', state: 'SP', postcode: '0131010', country: 'BR' },
    'address.postcode_format', '“0131010” is not in the post’s form: 8 digits', 'Postcode', '01310-100',
  );
});

test('a held shipment leads with its hold and locks its items; a never-saved shipment does not claim a saved version', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const { good } = await seed(app);
  await value(app, 'shipments.setStatus', { id: good.id, status: 'ready' });
  await value(app, 'shipments.setStatus', { id: good.id, status: 'shipped' });
  await value(app, 'holds.create', { shipmentId: good.id, date: '2026-11-22', authority: 'customs', reason: 'documents' });
  await page.setViewportSize(NARROW);
  await app.open(`/shipments/${good.id}`);
  await expect(page.getByTestId('editor-head').locator('.badge').first()).toHaveText('Held');
  const lead = page.getByTestId('held-lead');
  await expect(lead).toBeInViewport();
  await expect(lead.locator('.hold').first()).toBeVisible();
  // The hold's outcome moves the shipment on: the header does not offer the same moves again.
  const head = page.getByTestId('head-actions');
  for (const name of ['Mark shipped', 'Mark returned', 'Mark destroyed']) await expect(head.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(head.getByRole('button', { name: 'Mark lost', exact: true })).toBeVisible();
  // The hold's outcome buttons say what they do (were 'Released', 'Returned', 'Destroyed', small as
  // the outcome's badge): buttons of the header's size.
  const outcomes = lead.getByRole('group', { name: 'Outcome' });
  await expect(outcomes.getByRole('button')).toHaveCount(3);
  for (const name of ['Mark released', 'Mark returned', 'Mark destroyed']) await expect(outcomes.getByRole('button', { name, exact: true })).toBeVisible();
  for (const button of await outcomes.getByRole('button').all()) {
    await expect(button).toHaveClass('button');
    expect(await button.evaluate((el) => getComputedStyle(el).fontSize)).toBe('14px');
  }
  expect((await lead.boundingBox())!.y).toBeLessThan((await page.locator('fieldset[data-path="items"]').boundingBox())!.y);
  // Locked, said once: in the hold's banner (no grey banner on top of it, no red line over the items,
  // no "Locked" on every row); the fields show it, disabled and without Remove.
  await expect(lead.locator('.banner')).toHaveText('Held at inspection: see the hold below and what it asks for. Its declaration can no longer be changed.');
  await expect(page.getByTestId('locked-banner')).toHaveCount(0);
  await expect(page.getByTestId('items-locked')).toHaveCount(0);
  await expect(page.locator('fieldset[data-path="items"]')).not.toContainText('Locked');
  await expect(page.getByLabel('Qty 1')).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Remove item/ })).toHaveCount(0);
  // Why it may have been held is still there to read, as a record.
  await expect(page.getByTestId('preflight-record')).toHaveText('Locked: these findings are shown for the record.');
  await expect(page.getByTestId('preflight').getByRole('button', { name: 'Go to field' })).toHaveCount(0);
  await shot(page, 'ship-editor-held-1024-en');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(lead.locator('.banner')).toContainText('申报内容不能再修改');
  await expect(head.getByRole('button', { name: '标记为丢失', exact: true })).toBeVisible();
  for (const name of ['标记为已放行', '标记为已退回', '标记为已销毁']) await expect(lead.getByRole('group', { name: '结果' }).getByRole('button', { name, exact: true })).toBeVisible();
  await shot(page, 'ship-editor-held-1024-zh');
  await page.getByRole('button', { name: 'English' }).click();

  await app.open('/shipments/new');
  await page.getByLabel('Name', { exact: true }).fill('John Miller');
  await page.getByLabel('Postage').fill('abc');
  await page.getByRole('button', { name: 'Create shipment' }).click();
  await expect(page.getByTestId('editor-banner')).toContainText('nothing is saved yet');
  await expect(page.getByTestId('editor-banner')).not.toContainText('last valid version');
});

test('a shipment that has left is locked, said once in a sentence, and its preflight reads as a record: its findings without Go to field, no verdict to act on', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const { good } = await seed(app);
  await page.setViewportSize(NARROW);
  // A draft: its warnings are to be fixed, with their links (the ones a locked shipment must not show).
  await app.open(`/shipments/${good.id}`);
  const preflight = page.getByTestId('preflight');
  await expect(page.getByTestId('head-preflight').locator('.badge')).toHaveText('Warnings');
  await expect(preflight.getByRole('button', { name: 'Go to field' }).first()).toBeVisible();
  await expect(preflight.getByRole('link', { name: 'Open settings' }).first()).toBeVisible();
  await expect(page.getByTestId('preflight-record')).toHaveCount(0);
  const findings = await preflight.locator('.finding').count();
  expect(findings).toBeGreaterThan(2);

  const sentence: Record<string, string> = {
    shipped: 'This shipment has been shipped: its declaration can no longer be changed.',
    delivered: 'This shipment has been delivered: its declaration can no longer be changed.',
    returned: 'This shipment has been returned: its declaration can no longer be changed.',
  };
  for (const status of ['ready', 'shipped', 'delivered', 'returned'] as const) {
    await value(app, 'shipments.setStatus', { id: good.id, status });
    if (status === 'ready') continue;
    await app.open('/shipments');
    await app.open(`/shipments/${good.id}`);
    await expect(page.getByTestId('editor-head').locator('.badge').first()).toHaveText(status[0]!.toUpperCase() + status.slice(1));
    // Said once, the status in the sentence's case (was "This shipment is Delivered: …", then a red
    // "Items locked: this shipment is Delivered." and "Locked" on every item row).
    await expect(page.locator('main .banner').filter({ hasText: 'can no longer be changed' })).toHaveText(sentence[status]!);
    await expect(page.getByTestId('locked-banner')).toBeVisible();
    await expect(page.getByTestId('items-locked')).toHaveCount(0);
    await expect(page.locator('fieldset[data-path="items"]')).not.toContainText('Locked');
    await expect(page.locator('main')).not.toContainText(/is (Shipped|Delivered|Returned)\b/);
    await expect(page.getByLabel('Qty 1')).toBeDisabled();
    // The preflight, for the record: every finding and its fix still there, nothing to click, no verdict's colour.
    await expect(preflight.locator('.finding')).toHaveCount(findings);
    await expect(preflight.locator('.finding-fix').first()).toBeVisible();
    await expect(page.getByTestId('preflight-record')).toHaveText('Locked: these findings are shown for the record.');
    await expect(preflight.getByRole('button', { name: 'Go to field' })).toHaveCount(0);
    await expect(preflight.getByRole('link', { name: 'Open settings' })).toHaveCount(0);
    const head = page.getByTestId('head-preflight');
    await expect(head).toHaveText(/^Preflight: \d+ warnings? · \d+ notes?$/);
    await expect(head.locator('.badge')).toHaveCount(0);
    await expect(page.getByTestId('save-state')).toHaveCount(0);
    const muted = await page.locator('.muted').first().evaluate((el) => getComputedStyle(el).color);
    expect(await page.getByTestId('preflight-summary').evaluate((el) => getComputedStyle(el).color), 'the count line in no verdict’s colour').toBe(muted);
    expect(await preflight.locator('.finding.warn').first().evaluate((el) => getComputedStyle(el).backgroundColor), 'a warning not on amber').not.toBe('rgb(255, 248, 230)');
  }
  await shot(page, 'ship-editor-returned-1024-en');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('locked-banner')).toHaveText('此货件已退回，申报内容不能再修改。');
  await expect(page.getByTestId('preflight-record')).toHaveText('已锁定：以下检查结果仅作记录。');
  await expect(page.getByTestId('head-preflight')).toHaveText(/^预检：\d+ 个警告 · \d+ 条提示$/);
  await expect(preflight.getByRole('button', { name: '转到字段' })).toHaveCount(0);
  await shot(page, 'ship-editor-returned-1024-zh');
});

test('the list shows each shipment’s preflight and filters what is ready to print', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const { blocked, good } = await seed(app);
  for (const [size, vp] of [['1280', WIDE], ['1024', NARROW]] as const) {
    await page.setViewportSize(vp);
    await app.open('/shipments');
    await expect(page.getByTestId('shipment-count')).toHaveText('2 shipments');
    const rowOf = (ref: string) => page.getByRole('row').filter({ hasText: ref });
    await expect(rowOf(blocked.reference).locator('[data-verdict]')).toHaveAttribute('data-verdict', 'blocked');
    await expect(rowOf(blocked.reference)).toContainText(/Blocked\s*\d+ blocking/);
    await expect(rowOf(good.reference).locator('[data-verdict]')).not.toHaveAttribute('data-verdict', 'blocked');
    await shot(page, `ship-list-${size}-en`);
  }
  // At 1024 px the filters fold into a menu (the toolbar is too narrow): "Ready to print" is in it.
  await page.getByTestId('filters-menu').click();
  await expect(page.getByRole('button', { name: 'Ready to print' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.setViewportSize(WIDE);
  await page.getByRole('button', { name: 'Ready to print' }).click();
  await expect(page.getByTestId('shipment-count')).toHaveText('1 shipment');
  await expect(page.getByRole('row').filter({ hasText: good.reference })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: blocked.reference })).toHaveCount(0);
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('button', { name: '可打印' })).toHaveAttribute('aria-pressed', 'true');
  await shot(page, 'ship-list-1280-ready-zh');
  await page.getByRole('button', { name: '可打印' }).click();
  await expect(page.getByTestId('shipment-count')).toHaveText('2 个货件');
  await expect(page.getByRole('row').filter({ hasText: blocked.reference })).toContainText('受阻');
  await shot(page, 'ship-list-1280-zh');
});

test('Back from a shipment or a product returns to its list as it was left: filter, search and sort kept', async ({ app }) => {
  const { page } = app;
  const { blocked, good } = await seed(app);
  await page.setViewportSize(WIDE);
  await app.open('/shipments');
  await page.getByRole('button', { name: 'Ready to print' }).click();
  await expect(page.getByTestId('shipment-count')).toHaveText('1 shipment');
  await page.getByRole('row').filter({ hasText: good.reference }).click();
  await expect(page).toHaveURL(new RegExp(`/shipments/${good.id}$`));
  await page.getByTestId('back').click();
  await expect(page.getByRole('button', { name: 'Ready to print' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('shipment-count')).toHaveText('1 shipment');
  await expect(page.getByRole('row').filter({ hasText: blocked.reference })).toHaveCount(0);
  // The filter taken off: Back then comes to the whole list (nothing stale is remembered).
  await page.getByRole('button', { name: 'Ready to print' }).click();
  await expect(page.getByTestId('shipment-count')).toHaveText('2 shipments');
  await page.getByRole('row').filter({ hasText: blocked.reference }).click();
  await page.getByTestId('back').click();
  await expect(page.getByTestId('shipment-count')).toHaveText('2 shipments');
  await expect(page.getByRole('button', { name: 'Ready to print' })).toHaveAttribute('aria-pressed', 'false');

  // The catalog: a search and a sort survive a look at one product.
  await app.open('/catalog');
  const search = page.getByRole('searchbox');
  await search.fill('shirt');
  await page.getByRole('columnheader', { name: /SKU/ }).getByRole('button').click();
  await expect(page.getByRole('row').filter({ hasText: 'PB-10K' })).toHaveCount(0);
  const sorted = page.url();
  expect(sorted).toContain('q=shirt');
  await page.getByRole('row').filter({ hasText: 'TS-001' }).click();
  await expect(page.getByTestId('back')).toBeVisible();
  await page.getByTestId('back').click();
  await expect(search).toHaveValue('shirt');
  expect(page.url()).toBe(sorted);
  await expect(page.getByRole('row').filter({ hasText: 'TS-001' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'PB-10K' })).toHaveCount(0);

  // Opened from the dashboard's "Today": Back names the dashboard and goes there, in either language.
  await app.open('/');
  await page.getByTestId('today-attention').getByRole('link', { name: blocked.reference }).click();
  await expect(page.getByTestId('back')).toHaveText('←Dashboard');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('back')).toHaveText('←概览');
  await shot(page, 'ship-from-dashboard-1280-zh');
  await page.getByTestId('back').click();
  await expect(page.getByTestId('today-attention')).toContainText(blocked.reference);
  await page.getByRole('button', { name: 'English' }).click();
  // The same shipment opened from its list: Back is the list again.
  await app.open('/shipments');
  await page.getByRole('row').filter({ hasText: blocked.reference }).click();
  await expect(page.getByTestId('back')).toHaveText('←Shipments');
});

test('a power bank says “cannot go by post” in the list and the detail, apart from customs readiness', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const { bank } = await seed(app);
  // customs-ready but not by post: a perfume (UN1266)
  const perfume = await value<{ id: string }>(app, 'products.create', {
    sku: 'PF-50', name: 'Eau de parfum 50 ml', hsCode: '330300', originCountry: 'FR', unitNetWeightG: 50, unitValue: 3500, currency: 'EUR',
    compliance: { dangerousGoods: { flammableLiquid: true, flammableLiquidKind: 'perfume', unNumber: 'UN1266' } },
  });
  await page.setViewportSize(WIDE);
  await app.open('/catalog');
  const bankRow = page.getByRole('row').filter({ hasText: 'PB-10K' });
  await expect(bankRow.getByTestId('mail-badge')).toHaveText('Cannot go by post');
  await expect(bankRow).not.toContainText('Missing:');
  await expect(page.getByRole('row').filter({ hasText: 'TS-001' }).getByTestId('mail-badge')).toHaveCount(0);
  // Customs-ready but not by post (the perfume): the blocker stands first, and "Customs-ready"
  // under it is grey, not the green badge of a product that can go (was green on top: read as ready)
  const perfumeRow = page.getByRole('row').filter({ hasText: 'PF-50' });
  await expect(perfumeRow.locator('.cell-two.badges .badge')).toHaveText(['Cannot go by post', 'Customs-ready']);
  await expect(perfumeRow.getByTestId('ready-badge')).toHaveClass(/\bmuted\b/);
  await expect(perfumeRow.getByTestId('ready-badge')).not.toHaveClass(/\bok\b/);
  await expect(page.getByRole('row').filter({ hasText: 'TS-001' }).getByTestId('ready-badge')).toHaveClass(/\bok\b/);
  await shot(page, 'products-mail-badge-1280-en');
  // the detail too: the red banner first, the readiness banner under it not green
  await app.open(`/catalog/${perfume.id}`);
  await expect(page.locator('.banner.readiness')).toHaveCount(2);
  await expect(page.locator('.banner.readiness').first()).toHaveAttribute('data-testid', 'mail-banner');
  await expect(page.getByTestId('readiness')).toContainText('Customs-ready');
  await expect(page.getByTestId('readiness')).toHaveClass(/\bmuted\b/);
  await app.open(`/catalog/${bank.id}`);
  await expect(page.getByTestId('mail-banner')).toContainText('Cannot go by post: a lithium battery alone or a power bank (UN3480)');
  await expect(page.getByTestId('readiness')).not.toContainText('Missing');
  await shot(page, 'product-mail-1280-en');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByTestId('mail-banner')).toContainText('不可邮寄');
  await page.setViewportSize(NARROW);
  await shot(page, 'product-mail-1024-zh');
});

test('a shipment with many findings: every finding is reachable in view at the top and the bottom of the editor, at 1024×700 and 1280×820', async ({ app }) => {
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const { bank, shirt } = await seed(app);
  // Products the catalog knows little about: no HS code, no origin, no weight.
  const bare = [];
  for (const [sku, name] of [['LAMP-1', 'Desk lamp'], ['MUG-1', 'Ceramic mug'], ['SCARF-1', 'Wool scarf'], ['TOY-1', 'Wooden toy car']] as const)
    bare.push(await value(app, 'products.create', { sku, name, unitValue: 1200, currency: 'USD' }));
  const many = await value(app, 'shipments.create', {
    consignee: { name: 'Karl Berg', addressLines: ['Ringstr. 1'], city: 'Wien', country: 'AT' }, shipDate: (await value<{ today: string }>(app, 'app.info', {})).today,
    items: [bank, shirt, ...bare].map((p) => ({ productId: p.id, quantity: 1 })), parcels: [{ grossWeightG: 100 }],
  });
  const { findings } = await value<{ findings: { rule: string; field?: string }[] }>(app, 'shipments.preflight', { id: many.id });
  expect(findings.length).toBeGreaterThanOrEqual(10);
  const lastWithField = findings.findLastIndex((f) => f.field && !f.field.startsWith('profile.'));
  expect(lastWithField).toBeGreaterThan(findings.length - 4);

  for (const [size, vp] of [['1024', NARROW], ['1280', WIDE]] as const) {
    await page.setViewportSize(vp);
    await app.open(`/shipments/${many.id}`);
    const region = page.getByTestId('editor-findings');
    const list = region.locator('.findings');
    await expect(list.locator('li')).toHaveCount(findings.length);
    for (const at of ['top', 'bottom'] as const) {
      await page.locator('.content').evaluate((el, end) => el.scrollTo(0, end === 'top' ? 0 : el.scrollHeight), at);
      // The region is whole in the window, its first finding too; the last is reached by scrolling the list itself.
      await list.evaluate((el) => el.scrollTo(0, 0));
      expect(await inSight(region), `findings at the ${at}, ${size}`).toBe('in sight');
      await expect(list.locator('li').first()).toBeInViewport({ ratio: 0.99 });
      // Scrolled as a person would, with the wheel over the list.
      await list.hover();
      await page.mouse.wheel(0, 20_000);
      await expect(list.locator('li').last()).toBeInViewport({ ratio: 0.99 });
      expect(await inSight(region)).toBe('in sight');
      await shot(page, `ship-editor-many-findings-${size}-${at}-en`);
    }
    // The last finding that points at a field of the editor takes the seller there, in view and not under the header or the findings.
    await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
    await list.hover();
    await page.mouse.wheel(0, 20_000);
    await list.locator('li').nth(lastWithField).getByRole('button', { name: 'Go to field' }).click();
    const focused = page.locator(':focus');
    await expect(focused).toBeInViewport({ ratio: 0.99 });
    // In the row or at the field the finding names (items.5.productId: item 6's row, its first field).
    const [area, row] = findings[lastWithField]!.field!.split('.');
    await expect(focused).toHaveAttribute('data-path', new RegExp(`^${area}\\.${row}(\\.|$)`));
    await shot(page, `ship-editor-many-findings-${size}-goto-en`);
    // Nothing sticky lies over it.
    await expectInSight(focused, 'the field of the last finding');
  }
});
