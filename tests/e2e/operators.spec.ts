// Issue #13: the operator catalogue in use. Picking an operator fills its rule and shows where
// it comes from; a line past its deadline within a known grace period is Suspended with the
// days left to recover; the checklist dials the balance code on a phone; Help lists the
// catalogue and searches it.
import { expect, test, type Page } from '@playwright/test';
import { lineItem, names, openApp } from './support';

const n = names.en;

/** An Android phone's user agent: the checklist's codes are links only where a phone can dial. */
const PHONE_AGENT =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';

async function startLine(page: Page, name: string, country: string, operator: string) {
  await page.getByRole('button', { name: n.addLine, exact: true }).click();
  await page.getByLabel(n.name, { exact: true }).fill(name);
  await page.getByLabel(n.phone, { exact: true }).fill('07700 900123');
  await page.getByLabel(n.country, { exact: true }).selectOption(country);
  await page.getByLabel(n.operator, { exact: true }).fill(operator);
}

async function openLine(page: Page, name: string) {
  await lineItem(page, 'en', name).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

/** Opens the app, adds a giffgaff line used on 1 Sep 2026, and returns its renewal checklist. */
async function giffgaffChecklist(page: Page) {
  await openApp(page);
  await startLine(page, 'UK giffgaff', 'GB', 'giffgaff');
  await page.getByLabel(n.lastDone, { exact: true }).fill('2026-09-01');
  await page.getByRole('button', { name: n.save, exact: true }).click();
  await openLine(page, 'UK giffgaff');
  return page.getByRole('region', { name: 'Renewal checklist', exact: true });
}

test('choosing giffgaff fills its rule and shows the operator’s terms with the date they were checked', async ({ page }) => {
  await openApp(page);
  await startLine(page, 'UK giffgaff', 'GB', 'giffgaff');
  await expect(page.getByLabel(n.rule, { exact: true })).toHaveValue('use_every');
  await expect(page.getByLabel(n.every, { exact: true })).toHaveValue('6');
  await expect(page.getByLabel(n.unit, { exact: true })).toHaveValue('months');
  const terms = page.getByRole('link', { name: "Operator's terms" });
  await expect(terms).toHaveAttribute('href', /^https:\/\//);
  await expect(page.getByText(/Checked on \d{1,2} \w{3} 20\d\d/)).toBeVisible();
  await expect(page.getByText(/What keeps it alive: any call, text or data session/)).toBeVisible();
  // A preset only suggests: the user changes it, and the form keeps what they typed.
  await page.getByLabel(n.every, { exact: true }).fill('5');
  await expect(page.getByLabel(n.every, { exact: true })).toHaveValue('5');
});

test('an unconfirmed preset says so, in days where the operator counts in days', async ({ page }) => {
  await openApp(page);
  await startLine(page, 'HK CMHK', 'HK', 'China Mobile Hong Kong (CMHK) prepaid');
  await expect(page.getByLabel(n.every, { exact: true })).toHaveValue('180');
  await expect(page.getByLabel(n.unit, { exact: true })).toHaveValue('days');
  await expect(page.getByLabel('Grace period after the deadline (days)', { exact: true })).toHaveValue('29');
  await expect(page.getByText('Unconfirmed', { exact: true })).toBeVisible();
  await expect(page.getByText(/No official page of the operator confirmed this/)).toBeVisible();
});

test('a Vodafone UK line 10 days past its deadline is Suspended with 80 days left to recover', async ({ page }) => {
  await openApp(page);
  await startLine(page, 'UK Vodafone', 'GB', 'Vodafone UK (PAYG)');
  await expect(page.getByLabel('Grace period after the deadline (days)', { exact: true })).toHaveValue('90');
  // Used on 18 May 2026: 180 days later is 14 Nov 2026, ten days before today (24 Nov).
  await page.getByLabel(n.lastDone, { exact: true }).fill('2026-05-18');
  await page.getByRole('button', { name: n.save, exact: true }).click();

  const card = lineItem(page, 'en', 'UK Vodafone');
  await expect(card.getByText('Suspended', { exact: true })).toBeVisible();
  await expect(card.getByText('80 days left to recover', { exact: true })).toBeVisible();
  await expect(card.getByText('Deadline 14 Nov 2026')).toBeVisible();
  await expect(card.getByText('Recover by 12 Feb 2027')).toBeVisible();

  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Suspended' });
  await expect(card).toBeVisible();

  await openLine(page, 'UK Vodafone');
  const detail = page.getByRole('region', { name: 'UK Vodafone', exact: true });
  await expect(detail.getByText('Suspended', { exact: true }).first()).toBeVisible();
  await expect(detail.getByText('80 days left to recover', { exact: true })).toBeVisible();
  await expect(detail.getByText('90 days after the deadline to recover the number.')).toBeVisible();
  await expect(detail.getByText('A recorded top-up counts as use.')).toBeVisible();
  await expect(detail.getByRole('link', { name: "Operator's terms" })).toHaveAttribute('href', /^https:\/\/www\.vodafone\.co\.uk\//);

  // A use recorded today, during the grace period, revives the line and reads as late.
  await page.getByRole('button', { name: 'Record renewal', exact: true }).click();
  await page.getByLabel('What was done', { exact: true }).selectOption('usage');
  await page.getByRole('button', { name: n.save, exact: true }).click();
  await expect(detail.getByText('180 days left', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'History', exact: true }).getByText('Late: 10 days after the deadline')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ userAgent: PHONE_AGENT });

  test('a giffgaff line’s checklist dials the balance code and offers the precautions', async ({ page }) => {
    const checklist = await giffgaffChecklist(page);
    await expect(checklist.getByRole('link', { name: 'Check balance' })).toHaveAttribute('href', 'tel:*100%23');
    await expect(checklist.getByRole('checkbox', { name: 'Send keep-alive SMS' })).toBeVisible();
    await expect(checklist.getByRole('checkbox', { name: 'Confirm the balance moved' })).toBeVisible();
    await expect(checklist.getByRole('checkbox', { name: 'Turn voicemail off' })).toBeVisible();
    await expect(checklist.getByRole('link', { name: 'Turn voicemail off' })).toHaveAttribute('href', 'tel:%23%23002%23');
  });
});

test('on a computer the codes are text to type, not links', async ({ page }) => {
  const checklist = await giffgaffChecklist(page);
  await expect(checklist.getByRole('checkbox', { name: 'Check balance' })).toBeVisible();
  await expect(checklist.getByText('*100#', { exact: true })).toBeVisible();
  await expect(checklist.getByRole('link', { name: 'Check balance' })).toHaveCount(0);
});

test('Help lists at least 20 operators and finds them by name', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: n.help, exact: true }).click();
  const catalogue = page.getByRole('region', { name: 'Operators', exact: true });
  const operators = catalogue.getByRole('heading', { level: 5 });
  expect(await operators.count()).toBeGreaterThanOrEqual(20);
  await catalogue.getByLabel('Search operators', { exact: true }).fill('vodafone');
  await expect(operators).toHaveText(['Vodafone UK (PAYG)']);
  await expect(catalogue.getByText('90 days after the deadline to recover the number.')).toBeVisible();
  await catalogue.getByLabel('Search operators', { exact: true }).fill('no such telecom');
  await expect(catalogue.getByText('No operator matches.')).toBeVisible();
});
