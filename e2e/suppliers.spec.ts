import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS, expect, test } from './harness';
import { loadDemo } from './demo-screens';

const localDay = (offsetDays: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// A tiny but valid PDF (one empty page).
const PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

test('a seller records a supplier with a contact, links a product, adds an expiring certificate with a PDF, and sees it by expiry', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  mkdirSync(ARTIFACTS, { recursive: true });
  const picked = mkdtempSync(join(tmpdir(), 'clearpack-e2e-files-'));
  try {
    const product = await app.core.api.call('products.create', { sku: 'PB-10000', name: 'Power bank 10000 mAh', localName: '充电宝' });
    expect(product.ok).toBe(true);
    await app.core.api.call('suppliers.create', { name: 'Yiwu Toys Trading', localName: '义乌玩具贸易', country: 'CN', status: 'probation', contacts: [{ name: 'Mei', email: 'mei@yiwu-toys.cn' }] });
    await app.core.api.call('suppliers.create', { name: 'Hanoi Textiles', country: 'VN', status: 'blocked', assessment: { date: '2026-02-11', method: 'on_site_audit', result: 'failed' } });

    // Create a supplier with a contact through the form; a bad e-mail is shown at its field first.
    await app.open('/suppliers');
    await expect(page.getByTestId('supplier-count')).toHaveText('2 suppliers');
    await page.getByRole('link', { name: 'New supplier' }).click();
    await page.locator('[data-field="name"] input').fill('Shenzhen Volt Electronics');
    await page.locator('[data-field="localName"] input').fill('深圳伏特电子有限公司');
    await page.locator('[data-field="country"] select').selectOption('CN');
    await page.getByLabel('Business licence number').fill('91440300MA5FXXXX1A');
    await page.getByRole('button', { name: '+ Add a contact' }).click();
    const contact = page.getByRole('group', { name: 'Contact 1' });
    await contact.getByLabel('Name', { exact: true }).fill('Lina Wu');
    await contact.getByLabel('Phone').fill('+86 755 8888 0000');
    await contact.getByLabel('E-mail').fill('lina-at-volt');
    await contact.getByLabel('WeChat, WhatsApp …').fill('WeChat: lina_volt');
    await page.getByLabel('Date').fill('2026-03-02');
    await page.getByLabel('Method').selectOption('video_audit');
    await page.getByLabel('Result').selectOption('passed');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('[data-field="contacts.0.email"]').getByRole('alert')).toHaveText('This is not an e-mail address.');
    expect((await app.core.api.call('suppliers.list', {})).ok && ((await app.core.api.call('suppliers.list', {})) as { value: { total: number } }).value.total).toBe(2);
    await contact.getByLabel('E-mail').fill('lina@volt.cn');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('form-banner')).toHaveText('Supplier created.');
    await expect(page.getByRole('heading', { name: 'Shenzhen Volt Electronics' })).toBeVisible();

    // Link a product from the supplier page.
    await page.getByLabel('Find a product').fill('PB-1');
    await page.getByRole('button', { name: 'PB-10000 — Power bank 10000 mAh' }).click();
    await page.getByLabel('Supplier SKU').fill('SV-PB10');
    await page.getByLabel('Unit cost').fill('38.50');
    await page.getByLabel('Lead time (days)').fill('21');
    await page.getByLabel('MOQ').fill('500');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    const linkRow = page.getByTestId('links-panel').getByRole('row').filter({ hasText: 'PB-10000' });
    await expect(linkRow).toContainText('Default');
    await expect(linkRow).toContainText('CN¥38.50');
    await expect(linkRow).toContainText('21 days');
    await page.screenshot({ path: join(ARTIFACTS, 'supplier-detail-en.png') });
    await page.getByRole('heading', { name: 'Files' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'supplier-detail-panels-en.png') });

    // A certificate for this supplier that expires in 10 days, covering the product.
    await page.getByRole('link', { name: 'New certificate for this supplier' }).click();
    await expect(page.locator('[data-field="supplierId"] output')).toHaveText('Shenzhen Volt Electronics');
    // A certificate's supplier may be left empty: Clear beside Change, and the search box is back
    await page.getByRole('button', { name: 'Clear Supplier' }).click();
    await expect(page.getByRole('searchbox', { name: 'Supplier' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Supplier' }).fill('Volt');
    await page.getByRole('button', { name: /Shenzhen Volt Electronics/ }).click();
    await expect(page.locator('[data-field="supplierId"] output')).toHaveText('Shenzhen Volt Electronics');
    await page.locator('[data-field="type"] select').selectOption('un38_3');
    await page.getByLabel('Number').fill('UN383-2026-0042');
    await page.getByLabel('Issuer').fill('SGS Shenzhen');
    await page.locator('[data-field="issueDate"] input').fill(localDay(-355));
    await page.getByLabel('Expiry date').fill(localDay(-400));
    await page.getByRole('searchbox', { name: 'Products' }).fill('power');
    await page.getByRole('button', { name: 'PB-10000 — Power bank 10000 mAh' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('[data-field="expiryDate"]').getByRole('alert')).toHaveText('The expiry date is before the issue date.');
    await page.getByLabel('Expiry date').fill(localDay(10));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('form-banner')).toHaveText('Certificate created.');
    await expect(page.getByRole('heading', { name: /UN38.3 test summary UN383-2026-0042/ }).locator('[data-validity]')).toHaveText('Expiring');

    // Attach a real PDF; an executable renamed .pdf is refused at the field.
    const exe = join(picked, 'report.pdf');
    writeFileSync(exe, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]));
    await page.getByLabel('File path').fill(exe);
    await page.getByRole('button', { name: 'Attach' }).click();
    await expect(page.getByTestId('attachments').getByRole('alert')).toHaveText('Only PDF, PNG, JPEG and WebP files can be attached (checked by content, not by name).');
    const pdf = join(picked, 'UN38.3 summary.pdf');
    writeFileSync(pdf, PDF);
    await page.getByLabel('File path').fill(pdf);
    await page.getByRole('button', { name: 'Attach' }).click();
    await expect(page.getByTestId('attachments').getByText('UN38.3 summary.pdf')).toBeVisible();
    await page.getByTestId('attachments').getByRole('button', { name: 'Open' }).click();
    await expect(page.getByTestId('attachments').getByRole('status')).toContainText(join(app.dataDir, 'files'));
    await page.screenshot({ path: join(ARTIFACTS, 'certificate-form-en.png') });

    // Older and later certificates, to see the order by expiry.
    await app.core.api.call('certificates.create', { type: 'iso_9001', number: 'ISO-OLD', issueDate: localDay(-800), expiryDate: localDay(-5) });
    await app.core.api.call('certificates.create', { type: 'doc_ce', number: 'CE-LATER', issueDate: localDay(-10), expiryDate: localDay(400) });
    await app.open('/certificates');
    await expect(page.getByTestId('certificate-count')).toHaveText('3 certificates');
    const rows = page.getByRole('rowgroup').nth(1).getByRole('row');
    await expect(rows.nth(0)).toContainText('ISO-OLD');
    await expect(rows.nth(0).locator('[data-validity]')).toHaveText('Expired');
    await expect(rows.nth(1)).toContainText('UN383-2026-0042');
    await expect(rows.nth(1).locator('[data-validity]')).toHaveText('Expiring');
    // the Files column folds first, to leave the room to the type and what it covers; brought back
    // from the Columns menu, it counts the PDF attached
    await page.getByRole('button', { name: 'Columns of Certificates' }).click();
    await page.getByRole('checkbox', { name: 'Files' }).check();
    await page.keyboard.press('Escape');
    await expect(rows.nth(1).getByRole('gridcell').last()).toHaveText('1');
    await expect(rows.nth(2).locator('[data-validity]')).toHaveText('Valid');
    await page.getByRole('button', { name: 'Expiring' }).click();
    await expect(page.getByTestId('certificate-count')).toHaveText('1 certificate');
    await page.getByRole('button', { name: 'All' }).click();
    await page.screenshot({ path: join(ARTIFACTS, 'certificates-list-en.png') });

    // The suppliers list: search by contact, filter by status.
    await page.getByRole('link', { name: 'Suppliers' }).first().click();
    await expect(page.getByTestId('supplier-count')).toHaveText('3 suppliers');
    await page.screenshot({ path: join(ARTIFACTS, 'suppliers-list-en.png') });
    await page.getByRole('searchbox', { name: 'Search suppliers' }).fill('lina_volt');
    await expect(page.getByTestId('supplier-count')).toHaveText('1 supplier');
    await page.getByRole('searchbox', { name: 'Search suppliers' }).fill('');
    await page.getByLabel('Status').selectOption('blocked');
    await expect(page.getByTestId('supplier-count')).toHaveText('1 supplier');
    await expect(page.getByRole('row').filter({ hasText: 'Hanoi Textiles' })).toBeVisible();
    await page.getByLabel('Status').selectOption('');

    // Chinese.
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect(page.getByRole('heading', { name: '供应商' })).toBeVisible();
    await expect(page.getByTestId('supplier-count')).toHaveText('3 个供应商');
    await page.screenshot({ path: join(ARTIFACTS, 'suppliers-list-zh.png') });
    await page.getByRole('row').filter({ hasText: 'Shenzhen Volt Electronics' }).click();
    await expect(page.getByRole('heading', { name: '从该供应商采购的商品' })).toBeVisible();
    await expect(page.getByTestId('certificates-table')).toContainText('即将到期');
    // Days left said one way (还剩, as the after-sales deadlines say it; was 剩余 here).
    await expect(page.getByTestId('certificates-table').locator('[data-validity="expiring"]').first()).toHaveAttribute('title', /^还剩 \d+ 天$/);
    await page.screenshot({ path: join(ARTIFACTS, 'supplier-detail-zh.png') });
    await page.getByRole('heading', { name: '文件' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'supplier-detail-panels-zh.png') });
    await app.open('/certificates');
    await expect(page.getByRole('heading', { name: '证书' })).toBeVisible();
    await expect(page.getByTestId('certificate-count')).toHaveText('3 份证书');
    await page.screenshot({ path: join(ARTIFACTS, 'certificates-list-zh.png') });
  } finally {
    rmSync(picked, { recursive: true, force: true });
  }
});

test('linking a product to an archived supplier is refused at the supplier', async ({ app }) => {
  const { page } = app;
  const p = await app.core.api.call('products.create', { sku: 'MUG-1', name: 'Ceramic mug' });
  const s = await app.core.api.call('suppliers.create', { name: 'Old Pottery', country: 'CN' });
  expect(p.ok && s.ok).toBe(true);
  const sid = (s as { value: { id: number } }).value.id;
  await app.open(`/suppliers/${sid}`);
  await page.getByLabel('Find a product').fill('MUG');
  await page.getByRole('button', { name: 'MUG-1 — Ceramic mug' }).click();
  await app.core.api.call('suppliers.archive', { id: sid });
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(page.getByTestId('links-panel').getByRole('alert')).toContainText('This supplier is archived');
  const links = await app.core.api.call('productSuppliers.list', { supplierId: sid });
  expect(links).toMatchObject({ ok: true, value: [] });
});

test('two changes of a list’s filters at once keep both (the cleared search does not come back with the status)', async ({ app }) => {
  const { page } = app;
  await loadDemo(app);
  await app.open('/suppliers?q=lina_volt');
  await expect(page.getByTestId('supplier-count')).toHaveText('1 supplier');
  // A seller who clears the search and picks a status faster than the list renders: both changes
  // land in one task here, the quickest a hand can be.
  await page.evaluate(() => {
    const search = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(search, '');
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const status = document.querySelector<HTMLSelectElement>('select[aria-label="Status"]')!;
    status.value = 'blocked';
    status.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect(page.getByTestId('supplier-count')).toHaveText('1 supplier');
  await expect(page.getByRole('row').filter({ hasText: 'Yiwu Happy Toys' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search suppliers' })).toHaveValue('');
  expect(new URL(page.url()).hash).toMatch(/status=blocked/);
  expect(new URL(page.url()).hash).not.toMatch(/q=/);
});
