// Issues #13 and #21: the operator catalogue in use. Picking an operator fills its rule and shows
// where it comes from; an operator that sells time by the amount topped up moves the deadline by
// the amount; a line past its deadline within a known grace period is Suspended with the days
// left to recover; the checklist's codes work on the phone in hand (a link on Android, Copy code
// on an iPhone, whose Phone app will not dial * or # from a link); the catalogue is fetched when
// a screen needs it and works offline; Help lists it, filtered by country and by any name.
import { expect, test, type Page } from '@playwright/test';
import { lineItem, names, openApp, waitForWorker } from './support';

const n = names.en;

/** An Android phone's user agent: the checklist's codes are links where a phone can dial. */
const ANDROID_AGENT =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';
const IPHONE_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

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
  await expect(terms).toHaveAttribute('href', /^https:\/\/www\.giffgaff\.com\//);
  await expect(page.getByText(/Checked on \d{1,2} \w{3} 20\d\d/)).toBeVisible();
  await expect(page.getByText('Confirmed by the operator', { exact: true })).toBeVisible();
  await expect(page.getByText(/What keeps it alive: any call, text or data session/)).toBeVisible();
  // A preset only suggests: the user changes it, and the form keeps what they typed.
  await page.getByLabel(n.every, { exact: true }).fill('5');
  await expect(page.getByLabel(n.every, { exact: true })).toHaveValue('5');
});

test('picking an operator from the list fills its country and currency; a +852 number suggests Hong Kong', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: n.addLine, exact: true }).click();
  await page.getByLabel(n.phone, { exact: true }).fill('+852 9123 4567');
  await expect(page.getByLabel(n.country, { exact: true })).toHaveValue('HK');
  const operator = page.getByRole('combobox', { name: n.operator, exact: true });
  await operator.fill('mobile');
  // Hong Kong's operators come first once it is the country.
  const suggested = page.getByRole('listbox', { name: 'Suggested operators' }).getByRole('option');
  await expect(suggested.first()).toContainText('Hong Kong');
  await page.getByLabel(n.country, { exact: true }).selectOption('GB');
  await operator.fill('three');
  await page.getByRole('option', { name: /^Three UK \(PAYG\)/ }).click();
  await expect(operator).toHaveValue('Three UK (PAYG)');
  await expect(page.getByLabel(n.country, { exact: true })).toHaveValue('GB');
  await expect(page.getByLabel(n.currency, { exact: true })).toHaveValue('GBP');
  await expect(page.getByLabel(n.every, { exact: true })).toHaveValue('180');
  await expect(page.getByLabel(n.unit, { exact: true })).toHaveValue('days');
});

/** Adds a China Mobile Hong Kong line, then records a top-up of `amount` today, 24 Nov 2026. */
async function hongKongLineToppedUp(page: Page, name: string, amount: string) {
  await startLine(page, name, 'HK', 'China Mobile Hong Kong (prepaid SIM)');
  await expect(page.getByLabel(n.rule, { exact: true })).toHaveValue('top_up_buys');
  await expect(page.getByText('From HK$10.00: 30 days')).toBeVisible();
  await expect(page.getByText('From HK$300.00: 180 days')).toBeVisible();
  await page.getByLabel(n.lastDone, { exact: true }).fill('2026-06-01');
  await page.getByRole('button', { name: n.save, exact: true }).click();
  await openLine(page, name);
  await page.getByRole('button', { name: n.record, exact: true }).click();
  await expect(page.getByText('Without an amount, a top-up counts as the smallest tier.')).toBeVisible();
  await page.getByLabel(n.amount, { exact: true }).fill(amount);
  await page.getByRole('button', { name: n.save, exact: true }).click();
  await page.getByRole('button', { name: n.back, exact: true }).click();
}

test('two China Mobile Hong Kong lines topped up the same day with HK$50 and HK$300 have different deadlines', async ({ page }) => {
  await openApp(page);
  await hongKongLineToppedUp(page, 'HK small top-up', '50');
  await hongKongLineToppedUp(page, 'HK large top-up', '300');
  // HK$50 buys 30 days from today, HK$300 buys 180: the second deadline is later.
  await expect(lineItem(page, 'en', 'HK small top-up')).toContainText('Deadline 24 Dec 2026');
  await expect(lineItem(page, 'en', 'HK large top-up')).toContainText('Deadline 23 May 2027');
});

test('an operator without a published rule says so, and a product that cannot be renewed says that', async ({ page }) => {
  await openApp(page);
  await startLine(page, 'BE Proximus', 'BE', 'Proximus (Pay&Go)');
  await expect(page.getByText(/No published rule/)).toBeVisible();
  await expect(page.getByText('Unconfirmed', { exact: true })).toBeVisible();
  await page.getByLabel(n.operator, { exact: true }).fill('Chunghwa Telecom (5G tourist short-term prepaid card)');
  await expect(page.getByText(/This product cannot be kept alive/)).toBeVisible();
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

test.describe('on an Android phone', () => {
  test.use({ userAgent: ANDROID_AGENT });

  test('a giffgaff line’s checklist dials the balance code and offers the precautions', async ({ page }) => {
    const checklist = await giffgaffChecklist(page);
    await expect(checklist.getByRole('link', { name: 'Check balance' })).toHaveAttribute('href', 'tel:*100%23');
    await expect(checklist.getByRole('checkbox', { name: 'Send keep-alive SMS' })).toBeVisible();
    await expect(checklist.getByRole('checkbox', { name: 'Confirm the balance moved' })).toBeVisible();
    await expect(checklist.getByRole('link', { name: 'Turn voicemail off' })).toHaveAttribute('href', 'tel:%23%23002%23');
    await expect(checklist.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
  });
});

test.describe('on an iPhone', () => {
  test.use({ userAgent: IPHONE_AGENT });

  test('a giffgaff line’s checklist offers Copy code instead of a link the Phone app will not dial', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const checklist = await giffgaffChecklist(page);
    const hrefs = await checklist.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((href) => href?.startsWith('tel:') && /[*#]|%23/.test(href))).toEqual([]);
    await expect(checklist.getByText('*100#', { exact: true })).toBeVisible();
    const copy = checklist.getByRole('listitem').filter({ hasText: 'Check balance' }).getByRole('button', { name: 'Copy code' });
    await copy.click();
    await expect(checklist.getByText("Copied: paste it into the Phone app's keypad.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('*100#');
    // A number without * or # still dials.
    await expect(checklist.getByRole('link', { name: 'Call to top up' })).toHaveAttribute('href', 'tel:43430');
  });
});

test('on a computer the codes are text to type, not links', async ({ page }) => {
  const checklist = await giffgaffChecklist(page);
  await expect(checklist.getByRole('checkbox', { name: 'Check balance' })).toBeVisible();
  await expect(checklist.getByText('*100#', { exact: true })).toBeVisible();
  await expect(checklist.getByRole('link', { name: 'Check balance' })).toHaveCount(0);
});

test('offline after one visit, choosing giffgaff still fills the form', async ({ page, context }) => {
  await openApp(page);
  await waitForWorker(page);
  await context.setOffline(true);
  await page.reload();
  await startLine(page, 'UK giffgaff', 'GB', 'giffgaff');
  await expect(page.getByLabel(n.rule, { exact: true })).toHaveValue('use_every');
  await expect(page.getByLabel(n.every, { exact: true })).toHaveValue('6');
});

test('Help lists the operators with their words, filtered by country and found by any name', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: n.help, exact: true }).click();
  const catalogue = page.getByRole('region', { name: 'Operators', exact: true });
  const operators = catalogue.getByRole('heading', { level: 5 });
  // The catalogue arrives when Help first asks for it.
  await expect(operators.first()).toBeVisible();
  expect(await operators.count()).toBeGreaterThanOrEqual(45);
  await catalogue.getByLabel('Country', { exact: true }).selectOption('DE');
  await expect(catalogue.getByRole('heading', { level: 4 })).toHaveText(['Germany']);
  expect(await operators.count()).toBeGreaterThanOrEqual(5);
  await catalogue.getByLabel('Country', { exact: true }).selectOption('');
  await catalogue.getByLabel('Search operators', { exact: true }).fill('vodafone uk');
  await expect(operators).toHaveText(['Vodafone UK (PAYG)']);
  const entry = catalogue.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 5 }) });
  await expect(entry.getByText('90 days after the deadline to recover the number.')).toBeVisible();
  await expect(entry.getByText('Confirmed by the operator', { exact: true })).toBeVisible();
  await expect(entry.getByRole('blockquote')).not.toHaveCount(0);
  await catalogue.getByLabel('Search operators', { exact: true }).fill('數碼通');
  await expect(operators.first()).toContainText('SmarTone');
  await catalogue.getByLabel('Search operators', { exact: true }).fill('no such telecom');
  await expect(catalogue.getByText('No operator matches.')).toBeVisible();
});

test.describe('in Simplified Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('typing 中国移动 in the operator field offers China Mobile Hong Kong', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: names.zh.addLine, exact: true }).click();
    await page.getByRole('combobox', { name: names.zh.operator, exact: true }).fill('中国移动');
    await expect(page.getByRole('option', { name: /^China Mobile Hong Kong \(prepaid SIM\)/ })).toBeVisible();
  });
});

test.describe('in Traditional Chinese', () => {
  test.use({ locale: 'zh-TW' });

  test('typing 中華電信 in the operator field offers Chunghwa Telecom', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: names.hant.addLine, exact: true }).click();
    await page.getByRole('combobox', { name: names.hant.operator, exact: true }).fill('中華電信');
    await expect(page.getByRole('option', { name: /^Chunghwa Telecom/ }).first()).toBeVisible();
  });
});
