// The area tabs of Quality and Claims on their records and forms, and the look of the quality
// screens' heads, on the demo data:
// - a record or form keeps its section's tab selected (a claim and a new claim: Claims; a
//   scorecard: Supplier scorecards; a lot and its inspection: Lots; a plan: Inspection plans), where
//   no tab was selected; and on a claim the tab bar is as wide as on the claims list (it ended at
//   1168 px at 1280);
// - the quality screens use the app's normal 38 px primary button (they had a 48 px one), the
//   headings below a form stand apart from its Save button, a plan's head buttons stand beside the
//   title's first line, and the scorecard's "Months shown" is out of its head.
import type { Page } from '@playwright/test';
import { loadDemo } from './demo-screens';
import { expect, test } from './harness';

const selectedTab = (page: Page) => page.locator('main nav.area-tabs a[aria-current="page"]');

test('a record or form of an area keeps its section’s tab selected, and the tab bar spans the screen as on the list', async ({ app }) => {
  const { page } = app;
  const ids = await loadDemo(app);
  await page.setViewportSize({ width: 1280, height: 820 });
  const cases: [route: string, tab: string][] = [
    ['/claims', 'Claims'],
    ['/claims/new', 'Claims'],
    [`/claims/${ids.claim}`, 'Claims'],
    ['/claims/policies', 'Policies'],
    ['/claims/incidents', 'Incident reports'],
    ['/quality', 'Lots'],
    [`/quality/lots/${ids.lot}`, 'Lots'],
    [`/quality/lots/${ids.lot}/inspect`, 'Lots'],
    ['/quality/lots/new', 'Lots'],
    ['/quality/scorecards', 'Supplier scorecards'],
    [`/quality/suppliers/${ids.supplier}`, 'Supplier scorecards'],
    ['/quality/plans', 'Inspection plans'],
    [`/quality/plans/${ids.product}`, 'Inspection plans'],
  ];
  for (const [route, tab] of cases) {
    await app.open(route);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(selectedTab(page), route).toHaveText([tab]);
    await expect(page.locator('main nav.area-tabs a.active'), route).toHaveCount(1);
  }

  const tabsWidth = async (route: string) => {
    await app.open(route);
    await expect(page.locator('main h1')).toBeVisible();
    return page.locator('main nav.area-tabs').evaluate((n) => Math.round(n.getBoundingClientRect().right));
  };
  const onList = await tabsWidth('/claims');
  expect(await tabsWidth(`/claims/${ids.claim}`)).toBe(onList);
  expect(await tabsWidth('/claims/new')).toBe(onList);
  expect(await tabsWidth('/claims/incidents')).toBe(onList);
  expect(await tabsWidth(`/quality/lots/${ids.lot}`)).toBe(onList);
  // The form itself keeps its width (980 px with the screen's padding).
  const form = await page.locator('main form fieldset').first().evaluate((f) => Math.round(f.getBoundingClientRect().width));
  expect(form).toBe(980 - 64);
});

test('the quality screens use the normal primary button, give the headings below a form room, and keep head buttons beside the title’s first line', async ({ app }) => {
  const { page } = app;
  const ids = await loadDemo(app);
  await page.setViewportSize({ width: 1024, height: 700 });
  const height = (name: string | RegExp) =>
    page.locator('main').getByRole('button', { name, exact: true }).or(page.locator('main').getByRole('link', { name, exact: true })).first().evaluate((b) => Math.round(b.getBoundingClientRect().height));

  await app.open('/quality');
  expect(await height('Receive a lot')).toBe(38);
  await app.open('/quality/lots/new');
  expect(await height('Receive lot')).toBe(38);
  await app.open(`/quality/lots/${ids.lot}`);
  expect(await height('Save')).toBe(38);
  // "Inspections" stood 16 px under the Save button, as close as two fields of the form.
  const gap = await page.evaluate(() => {
    const save = [...document.querySelectorAll('main button')].find((b) => b.textContent === 'Save')!.getBoundingClientRect();
    const heading = [...document.querySelectorAll('main h2')].find((h) => h.textContent === 'Inspections')!.getBoundingClientRect();
    return Math.round(heading.top - save.bottom);
  });
  expect(gap).toBeGreaterThanOrEqual(28);

  await app.open(`/quality/plans/${ids.product}`);
  expect(await height('Save plan')).toBe(38);
  const gapPlan = await page.evaluate(() => {
    const save = [...document.querySelectorAll('main button')].find((b) => b.textContent === 'Save plan')!.getBoundingClientRect();
    const heading = [...document.querySelectorAll('main h2')].find((h) => h.textContent === 'Switching state per supplier')!.getBoundingClientRect();
    return Math.round(heading.top - save.bottom);
  });
  expect(gapPlan).toBeGreaterThanOrEqual(28);
  // The head's button beside the title's first line (it stood level with the line under the title).
  const { title, button } = await page.evaluate(() => {
    const h1 = document.querySelector('main h1')!.getBoundingClientRect();
    const b = document.querySelector('main .screen-head .actions .button')!.getBoundingClientRect();
    return { title: { top: h1.top, firstLine: h1.top + parseFloat(getComputedStyle(document.querySelector('main h1')!).lineHeight) }, button: { top: b.top, middle: (b.top + b.bottom) / 2 } };
  });
  expect(button.middle).toBeGreaterThan(title.top);
  expect(button.middle).toBeLessThan(title.firstLine);
  // and the Back stands as far above the title as on every other screen.
  const backToTitle = () => page.evaluate(() => Math.round(document.querySelector('main h1')!.getBoundingClientRect().top - document.querySelector('main [data-testid="back"]')!.getBoundingClientRect().bottom));
  const onPlan = await backToTitle();
  await app.open(`/quality/lots/${ids.lot}`);
  expect(await backToTitle()).toBe(onPlan);
  await app.open(`/quality/lots/${ids.lot}/inspect`);
  await expect(page.locator('main h1')).toBeVisible();
  expect(await backToTitle()).toBe(onPlan);

  // The scorecard's months shown is not in its head, which the title and standing have to themselves.
  await app.open(`/quality/suppliers/${ids.supplier}`);
  await expect(page.getByLabel('Months shown')).toBeVisible();
  await expect(page.locator('main .screen-head').getByLabel('Months shown')).toHaveCount(0);
  await expect(page.locator('main .screen-head .scorecard-standing')).toBeVisible();

  // The one big button the quality screens keep: the inspection's verdict, on the bench screen.
  const open = await app.call('lots.list', { status: 'awaiting_inspection', limit: 1 } as never);
  const awaiting = open.ok ? (open.value as { items: { id: number }[] }).items[0] : undefined;
  if (awaiting) {
    await app.open(`/quality/lots/${awaiting.id}/inspect`);
    expect(await height('Record inspection')).toBeGreaterThanOrEqual(48);
  }
});

test('the supplier scorecards list shows each supplier’s score and band of 12 months, as its scorecard does, and its search says what it searches', async ({ app }) => {
  const { page } = app;
  await loadDemo(app);
  await app.open('/quality/scorecards');
  await expect(page.getByRole('searchbox').or(page.locator('main .toolbar input')).first()).toHaveAttribute('placeholder', 'Search suppliers');
  await expect(page.getByRole('columnheader', { name: 'Score (12 months)' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByTestId('supplier-score') }).first();
  await expect(row).toBeVisible();
  const listed = (await row.getByTestId('supplier-score').textContent())!.trim();
  const name = (await row.getByRole('gridcell').first().textContent())!.trim();
  // The same score and band on the supplier's scorecard (12 months by default).
  await row.click();
  await expect(page.locator('main h1')).toContainText(name);
  const score = (await page.getByTestId('scorecard-score').textContent())!.match(/[\d.]+/)![0];
  const band = (await page.getByTestId('scorecard-band').locator('.badge').textContent())!.trim();
  expect(listed).toBe(`${score} ${band}`);
});
