// Issue #2, steps 2–7, walked as a person would, in English and in Chinese.
import { expect, test } from '@playwright/test';
import { addGiffgaff, addProximus, lineItem, lineList, listedNames, names, openApp, type Lang } from './support';

for (const [lang, locale] of [['en', 'en-GB'], ['zh', 'zh-CN']] as [Lang, string][]) {
  const n = names[lang];

  test.describe(`lines (${lang})`, () => {
    test.use({ locale });

    test('the empty app explains itself and offers Add line', async ({ page }) => {
      await openApp(page);
      await expect(page.getByText(n.purpose)).toBeVisible();
      await expect(page.getByRole('button', { name: n.addLine, exact: true })).toBeVisible();
      await expect(lineList(page, lang)).toHaveCount(0);
    });

    test('added lines show their countdowns, nearest deadline first, and survive a reload', async ({ page }) => {
      await openApp(page);
      await addProximus(page, lang);
      await addGiffgaff(page, lang);

      const proximus = lineItem(page, lang, 'Belgian Proximus');
      await expect(proximus).toContainText(n.sevenDaysLeft);
      await expect(proximus).toContainText(n.urgent);
      await expect(proximus).toContainText(n.deadline);
      await expect(proximus).toContainText('+32 470 12 34 56');
      await expect(proximus).toContainText('Proximus (Pay&Go)');
      await expect(lineItem(page, lang, 'UK giffgaff')).toContainText(n.expired84);
      expect(await listedNames(page, lang)).toEqual(['UK giffgaff', 'Belgian Proximus']);
      // The overview's next deadline is the one still ahead, not the expired one.
      const overview = page.getByRole('region', { name: lang === 'en' ? 'Overview' : '概览', exact: true });
      await expect(overview).toContainText(lang === 'en' ? 'Next deadline: 1 Dec 2026' : '最近到期日：2026年12月1日');

      await page.reload();
      expect(await listedNames(page, lang)).toEqual(['UK giffgaff', 'Belgian Proximus']);
      await expect(lineItem(page, lang, 'Belgian Proximus')).toContainText(n.sevenDaysLeft);
    });

    test('bad input gets a message next to the field and keeps what was typed', async ({ page }) => {
      await openApp(page);
      await page.getByRole('button', { name: n.addLine, exact: true }).click();
      await page.getByLabel(n.phone, { exact: true }).fill('+32 abc');
      await page.getByLabel(n.notes, { exact: true }).fill('bank 2FA');
      await page.getByRole('button', { name: n.save, exact: true }).click();

      const nameField = page.getByLabel(n.name, { exact: true });
      await expect(nameField).toHaveAttribute('aria-invalid', 'true');
      await expect(nameField).toHaveAccessibleDescription(n.required);
      await expect(page.getByLabel(n.phone, { exact: true })).toHaveAccessibleDescription(n.phoneProblem);
      await expect(page.getByLabel(n.every, { exact: true })).toHaveAttribute('aria-invalid', 'true');
      // Nothing typed is lost.
      await expect(page.getByLabel(n.phone, { exact: true })).toHaveValue('+32 abc');
      await expect(page.getByLabel(n.notes, { exact: true })).toHaveValue('bank 2FA');

      await nameField.fill('Fixed');
      await page.getByLabel(n.phone, { exact: true }).fill('+32 470 00 00 00');
      await page.getByLabel(n.rule, { exact: true }).selectOption('fixed_expiry');
      await page.getByLabel(n.expiresOn, { exact: true }).fill('2026-11-24');
      await page.getByRole('button', { name: n.save, exact: true }).click();
      await expect(lineItem(page, lang, 'Fixed')).toContainText(n.dueToday);
    });

    test('a line is edited, deleted after confirmation, and restored with Undo', async ({ page }) => {
      await openApp(page);
      await addProximus(page, lang);
      const item = lineItem(page, lang, 'Belgian Proximus');

      await item.getByRole('button', { name: n.edit, exact: true }).click();
      await expect(page.getByLabel(n.name, { exact: true })).toHaveValue('Belgian Proximus');
      await page.getByLabel(n.name, { exact: true }).fill('Proximus card');
      await page.getByRole('button', { name: n.save, exact: true }).click();
      const edited = lineItem(page, lang, 'Proximus card');
      await expect(edited).toContainText(n.sevenDaysLeft);
      await expect(lineList(page, lang).getByRole('listitem')).toHaveCount(1);

      await edited.getByRole('button', { name: n.delete, exact: true }).click();
      await edited.getByRole('button', { name: n.confirmDelete, exact: true }).click();
      await expect(lineList(page, lang)).toHaveCount(0);
      await page.getByRole('button', { name: n.undo, exact: true }).click();
      await expect(lineItem(page, lang, 'Proximus card')).toBeVisible();

      // Deleted for good once the Undo offer has passed, also after a reload.
      await lineItem(page, lang, 'Proximus card').getByRole('button', { name: n.delete, exact: true }).click();
      await page.getByRole('button', { name: n.confirmDelete, exact: true }).click();
      await page.clock.runFor(10_000);
      await expect(page.getByRole('button', { name: n.undo, exact: true })).toHaveCount(0);
      await page.reload();
      await expect(lineList(page, lang)).toHaveCount(0);
    });

    test('countdowns move on when the date changes with the tab open', async ({ page }) => {
      await openApp(page, new Date('2026-11-24T23:59:00+01:00'));
      await addProximus(page, lang);
      await expect(lineItem(page, lang, 'Belgian Proximus')).toContainText(n.sevenDaysLeft);
      await page.clock.runFor(60_000 * 2);
      await expect(lineItem(page, lang, 'Belgian Proximus')).toContainText(n.sixDaysLeft);
    });

    test('a screen reader hears which lines changed status when the day turns', async ({ page }) => {
      await openApp(page, new Date('2026-11-23T23:59:00+01:00'));
      await addProximus(page, lang);
      await expect(lineItem(page, lang, 'Belgian Proximus')).not.toContainText(n.urgent);
      await page.clock.runFor(60_000 * 2);
      await expect(lineItem(page, lang, 'Belgian Proximus')).toContainText(n.urgent);
      await expect(page.getByRole('status').filter({ hasText: n.nowUrgent })).toHaveText(n.nowUrgent);
    });
  });
}

test('the language follows the browser, can be switched, and is remembered', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Add line', exact: true })).toBeVisible();
  await page.getByLabel('Language', { exact: true }).selectOption({ label: '简体中文' });
  await expect(page.getByRole('button', { name: '添加号码', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('button', { name: '添加号码', exact: true })).toBeVisible();
  await page.getByLabel('语言', { exact: true }).selectOption({ label: 'English' });
  await expect(page.getByRole('button', { name: 'Add line', exact: true })).toBeVisible();
});

test('a phone-sized screen shows the list without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  await addProximus(page, 'en');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a long list shows its nearest 20 deadlines first and the rest on request', async ({ page }) => {
  // 50 lines with fixed expiry dates 0..49 days from today, stored as a returning user has them.
  const lines = Array.from({ length: 50 }, (_, i) => ({
    id: `long-${i}`, name: `Line ${String(i + 1).padStart(2, '0')}`, number: `+32 470 00 00 ${i}`,
    country: '', operator: '', currency: '', notes: '',
    rules: [{ kind: 'fixed_expiry', expires_on: new Date(Date.UTC(2026, 10, 25 + i)).toISOString().slice(0, 10) }],
  }));
  await page.addInitScript((text) => localStorage.setItem('linekeeper.document', text),
    JSON.stringify({ version: 1, lines: lines.reverse(), settings: {} }));
  await openApp(page);
  const items = lineList(page, 'en').getByRole('listitem');
  await expect(items).toHaveCount(20);
  await expect(items.first()).toContainText('Line 01');
  await expect(items.last()).toContainText('Line 20');
  await page.getByRole('button', { name: 'Show 20 more (30 not shown)', exact: true }).click();
  await expect(items).toHaveCount(40);
  await page.getByRole('button', { name: 'Show 10 more (10 not shown)', exact: true }).click();
  await expect(items).toHaveCount(50);
  await expect(items.last()).toContainText('Line 50');
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
});

test('the bar reaches Settings and back to Lines, and marks where the user is', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Main', exact: true });
  await nav.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Settings', exact: true })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('button', { name: 'Lines', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Add line', exact: true })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Lines', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('a new screen takes focus at its heading, and a line can be added with the keyboard alone', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add line', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Add line', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Keyboard line');
  await page.getByLabel('Phone number', { exact: true }).focus();
  await page.keyboard.type('+32 470 00 00 01');
  await page.getByLabel('Every', { exact: true }).focus();
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Lines', exact: true })).toBeFocused();
  await expect(lineItem(page, 'en', 'Keyboard line')).toBeVisible();
});

test('a line is found by search, status filter and order, in Chinese too', async ({ page }) => {
  await openApp(page);
  await addProximus(page, 'en');
  await addGiffgaff(page, 'en');
  const items = lineList(page, 'en').getByRole('listitem');
  const search = page.getByRole('searchbox', { name: 'Search', exact: true });
  await search.fill('470 12');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Belgian Proximus');
  await search.fill('zzz');
  await expect(page.getByText('No line matches.')).toBeVisible();
  await search.fill('');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Expired' });
  expect(await listedNames(page, 'en')).toEqual(['UK giffgaff']);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'All' });
  await page.getByLabel('Sort by', { exact: true }).selectOption({ label: 'Name' });
  expect(await listedNames(page, 'en')).toEqual(['Belgian Proximus', 'UK giffgaff']);

  await page.getByLabel('Language', { exact: true }).selectOption({ label: '简体中文' });
  await page.getByRole('searchbox', { name: '搜索', exact: true }).fill('英国');
  expect(await listedNames(page, 'zh')).toEqual(['UK giffgaff']);
});
