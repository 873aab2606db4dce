// Issue #17: a year at a glance. Above the list, the next 12 months: one row per line with its
// deadline, renewal window and grace period, the same facts as a table, rows that open their
// line, folded away and remembered; many lines show the nearest. In a line's Cost and on the
// overview, the money recorded per calendar year as bars whose table gives the sums. A phone
// never scrolls sideways; both languages; screenshots at 360 and 1280 px in both themes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addProximus, lineItem, names, openApp, type Lang } from './support';

const n = names.en;
const GRACE = 'Grace period after the deadline (days)';

async function addExpiring(page: Page, name: string, expiresOn: string, graceDays?: string) {
  await page.getByRole('button', { name: n.addLine, exact: true }).click();
  await page.getByLabel(n.name, { exact: true }).fill(name);
  await page.getByLabel(n.phone, { exact: true }).fill('+32 470 00 00 00');
  await page.getByLabel(n.rule, { exact: true }).selectOption('fixed_expiry');
  await page.getByLabel(n.expiresOn, { exact: true }).fill(expiresOn);
  if (graceDays) await page.getByLabel(GRACE, { exact: true }).fill(graceDays);
  await page.getByRole('button', { name: n.save, exact: true }).click();
  await expect(lineItem(page, 'en', name)).toBeVisible();
}

/** Today is 24 Nov 2026: deadlines in 10 days (with a 30-day grace period), 4 and 11 months. */
async function addThreeLines(page: Page) {
  await addExpiring(page, 'Eleven months', '2027-10-24');
  await addExpiring(page, 'Ten days', '2026-12-04', '30');
  await addExpiring(page, 'Four months', '2027-03-24');
}

function timeline(page: Page, name = 'Next 12 months') {
  return page.getByRole('region', { name, exact: true });
}

/** The rows of a table's body, each as its cells' texts. */
async function bodyRows(table: Locator): Promise<string[][]> {
  const rows = table.getByRole('rowgroup').last().getByRole('row');
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
}

/**
 * How wide a table shows to the eye: its wrapper is cut to 1 px while only screen readers are
 * meant to reach it (a clipped box still counts as visible to Playwright).
 */
async function shownWidth(table: Locator): Promise<number> {
  return table.evaluate((el) => el.parentElement!.getBoundingClientRect().width);
}

test('three lines lie on the next 12 months in deadline order, and the table lists the same deadlines', async ({ page }) => {
  await openApp(page);
  await addThreeLines(page);
  const region = timeline(page);
  const picture = region.getByRole('img', { name: 'Next 12 months', exact: true });
  await expect(picture).toBeVisible();

  const rows = picture.locator('.timeline-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Ten days · Soon');
  await expect(rows.nth(1)).toContainText('Four months · OK');
  await expect(rows.nth(2)).toContainText('Eleven months · OK');
  // Each deadline is a filled mark inside the axis (0–100% of its width), further right in turn.
  const marks = await picture.locator('circle.deadline').evaluateAll((circles) =>
    circles.map((c) => ({ x: parseFloat(c.getAttribute('cx') ?? ''), offAxis: c.classList.contains('off-axis') })));
  expect(marks.map((m) => m.offAxis)).toEqual([false, false, false]);
  expect(marks.every((m) => m.x > 0 && m.x < 100)).toBe(true);
  expect(marks.map((m) => m.x)).toEqual([...marks.map((m) => m.x)].sort((a, b) => a - b));
  // 10 days of 365 is 2.74% of the way; 11 months is 334 days, 91.51%.
  expect(marks[0].x).toBeCloseTo(2.74, 1);
  expect(marks[2].x).toBeCloseTo(91.51, 1);
  // The grace period of the first line is drawn after its deadline; the others have none.
  await expect(rows.nth(0).locator('rect.grace')).toHaveCount(1);
  await expect(picture.locator('rect.grace')).toHaveCount(1);
  // The month axis: the whole months from December to October, in English.
  const months = await picture.locator('text.month').allTextContents();
  expect(months).toEqual(['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct']);
  // The legend says in words what each mark is.
  await expect(region.getByRole('listitem')).toHaveText(['Renewal window', 'Deadline', 'Grace period', 'Today']);

  const table = region.getByRole('table', { name: 'Next 12 months', exact: true });
  expect(await bodyRows(table)).toEqual([
    ['Ten days', '4 Dec 2026', 'Soon', '4 Nov 2026 – 4 Dec 2026', '3 Jan 2027'],
    ['Four months', '24 Mar 2027', 'OK', '22 Feb 2027 – 24 Mar 2027', 'Not known'],
    ['Eleven months', '24 Oct 2027', 'OK', '24 Sep 2027 – 24 Oct 2027', 'Not known'],
  ]);
  // Screen readers reach the table; `Show as table` shows it to everyone.
  const toggle = region.getByRole('button', { name: 'Show as table', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(await shownWidth(table)).toBeLessThan(2);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(await shownWidth(table)).toBeGreaterThan(200);

  // Tapping a row opens its line.
  await rows.nth(1).click();
  await expect(page.getByRole('heading', { name: 'Four months', level: 2 })).toBeVisible();
});

test('the timeline folds away and stays folded after a reload', async ({ page }) => {
  await openApp(page);
  await addExpiring(page, 'Ten days', '2026-12-04');
  const fold = timeline(page).getByRole('button', { name: 'Next 12 months', exact: true });
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('img', { name: 'Next 12 months' })).toHaveCount(0);
  // A setting in the stored document, like the theme.
  expect(await page.evaluate(() => localStorage.getItem('linekeeper.document'))).toContain('"timeline_collapsed":true');

  await page.reload();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('img', { name: 'Next 12 months' })).toHaveCount(0);
  await fold.click();
  await expect(page.getByRole('img', { name: 'Next 12 months' })).toBeVisible();
});

test('with many lines the timeline shows the nearest eight and says how many more there are', async ({ page }) => {
  // 12 lines due 1..12 weeks from today, stored as a returning user has them.
  const lines = Array.from({ length: 12 }, (_, i) => ({
    id: `many-${i}`, name: `Line ${String(i + 1).padStart(2, '0')}`, number: `+32 470 00 00 ${i}`,
    country: '', operator: '', currency: '', notes: '',
    rules: [{ kind: 'fixed_expiry', expires_on: new Date(Date.UTC(2026, 10, 24 + 7 * (i + 1))).toISOString().slice(0, 10) }],
  }));
  await page.addInitScript((text) => localStorage.setItem('linekeeper.document', text),
    JSON.stringify({ version: 1, lines: lines.reverse(), settings: {} }));
  await openApp(page);
  const region = timeline(page);
  const rows = region.getByRole('img', { name: 'Next 12 months' }).locator('.timeline-row');
  await expect(rows).toHaveCount(8);
  await expect(rows.first()).toContainText('Line 01');
  await expect(rows.last()).toContainText('Line 08');
  await expect(region.getByText('4 more lines with later deadlines', { exact: true })).toBeVisible();
  expect((await bodyRows(region.getByRole('table', { name: 'Next 12 months' }))).length).toBe(8);
});

/** Records renewals on the open line's detail: a top-up on each date, with its amount. */
async function recordTopUps(page: Page, lang: Lang, paid: [string, string][]) {
  const record = lang === 'en' ? 'Record renewal' : '记录续费';
  for (const [date, amount] of paid) {
    await page.getByRole('button', { name: record, exact: true }).click();
    await page.getByLabel(lang === 'en' ? 'Date' : '日期', { exact: true }).fill(date);
    await page.getByLabel(lang === 'en' ? 'Amount' : '金额', { exact: true }).fill(amount);
    await page.getByRole('button', { name: names[lang].save, exact: true }).click();
    await expect(page.getByRole('button', { name: record, exact: true })).toBeVisible();
  }
}

test('a line with renewals in two years shows two bars whose table gives the sums, and so does the overview', async ({ page }) => {
  await openApp(page);
  await addProximus(page, 'en');
  await lineItem(page, 'en', 'Belgian Proximus').getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
  await recordTopUps(page, 'en', [['2025-12-10', '15'], ['2026-06-01', '10'], ['2026-11-20', '5.50']]);

  const cost = page.getByRole('region', { name: 'Cost', exact: true });
  const chart = cost.getByRole('img', { name: 'Cost per year: EUR', exact: true });
  await expect(chart).toBeVisible();
  const bars = chart.locator('rect.bar');
  await expect(bars).toHaveCount(2);
  // 2026 (€15.50) is the dearest year: its bar is the full 80 px; 2025's €15.00 is 77 px.
  const heights = await bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
  expect(heights).toEqual([77, 80]);
  await expect(chart.locator('text.bar-value')).toHaveText(['15.00', '15.50']);
  await expect(chart.locator('text.bar-year')).toHaveText(['2025', '2026']);
  const table = cost.getByRole('table', { name: 'Cost per year: EUR', exact: true });
  expect(await bodyRows(table)).toEqual([['2025', '€15.00'], ['2026', '€15.50']]);
  // €30.50 over the two years; over the 11 whole months since 10 Dec 2025, €2.77 a month.
  await expect(cost.getByText('Average per year: €15.25 · Per month kept alive: €2.77', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Back to lines', exact: true }).click();
  const overview = page.getByRole('region', { name: 'Overview', exact: true });
  const total = overview.getByRole('table', { name: 'Cost per year: EUR', exact: true });
  expect(await bodyRows(total)).toEqual([['2025', '€15.00'], ['2026', '€15.50']]);
});

test('at 320 px nothing scrolls sideways, a long name is shortened in the picture and whole in the table', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openApp(page);
  const long = 'Our family line for the bank and the tax office';
  await addExpiring(page, long, '2027-01-15', '30');
  await addProximus(page, 'en');
  const region = timeline(page);
  const picture = region.getByRole('img', { name: 'Next 12 months' });
  await expect(picture.locator('.timeline-row').last()).toContainText('Our family line for the… · OK');
  await region.getByRole('button', { name: 'Show as table', exact: true }).click();
  await expect(region.getByRole('table').getByRole('rowheader', { name: long, exact: true })).toBeVisible();
  // Every other month is named on a phone, so that the names never touch.
  const named = await picture.locator('text.month').evaluateAll((texts) =>
    texts.filter((t) => getComputedStyle(t).display !== 'none').map((t) => t.getBoundingClientRect()));
  expect(named.length).toBe(5);
  for (let i = 1; i < named.length; i++) expect(named[i].left).toBeGreaterThan(named[i - 1].right);
  const scrolls = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(await scrolls()).toBe(false);

  await lineItem(page, 'en', 'Belgian Proximus').getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
  await recordTopUps(page, 'en', [['2025-12-10', '1500'], ['2026-06-01', '999.99']]);
  await page.getByRole('region', { name: 'Cost', exact: true }).getByRole('button', { name: 'Show as table' }).click();
  expect(await scrolls()).toBe(false);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('the axis names the months 1月 to 12月 and the pictures have Chinese names', async ({ page }) => {
    await openApp(page);
    await addProximus(page, 'zh');
    const region = timeline(page, '未来 12 个月');
    const picture = region.getByRole('img', { name: '未来 12 个月', exact: true });
    await expect(picture.locator('text.month')).toHaveText(['12月', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月']);
    await expect(picture.locator('.timeline-row')).toContainText('Belgian Proximus · 紧急');
    expect(await bodyRows(region.getByRole('table', { name: '未来 12 个月', exact: true }))).toEqual([
      ['Belgian Proximus', '2026年12月1日', '紧急', '2026年11月1日 – 2026年12月1日', '未知'],
    ]);
    await expect(region.getByRole('button', { name: '以表格显示', exact: true })).toBeVisible();
  });
});

test.describe('screenshots', () => {
  for (const lang of ['en', 'zh'] as Lang[]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [width, height] of [[360, 800], [1280, 800]]) {
        test.describe(() => {
          test.use({ locale: lang === 'en' ? 'en-GB' : 'zh-CN', colorScheme, viewport: { width, height } });
          test(`${lang} ${colorScheme} ${width}x${height}`, async ({ page }) => {
            await openApp(page);
            await addProximus(page, lang);
            const shot = (name: string) =>
              page.screenshot({ path: `target/screenshots/${name}-${lang}-${colorScheme}-${width}x${height}.png`, fullPage: true });
            await page.getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
            await recordTopUps(page, lang, [['2025-12-10', '15'], ['2026-11-20', '10']]);
            await shot('year-cost-per-year');
            await page.getByRole('button', { name: lang === 'en' ? 'Back to lines' : '返回号码列表', exact: true }).click();
            await expect(page.getByRole('img', { name: lang === 'en' ? 'Next 12 months' : '未来 12 个月' })).toBeVisible();
            await shot('year-timeline');
          });
        });
      }
    }
  }
});
