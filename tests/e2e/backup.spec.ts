// Issue #5: backups out and in, a corrupted store kept aside, and two tabs that stay one.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addGiffgaff, addProximus, lineItem, lineList, openApp } from './support';

const KEY = 'linekeeper.document';

async function openSettings(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
}

async function recordTopUp(page: Page, lineName: string, amount: string) {
  await lineItem(page, 'en', lineName).getByRole('button', { name: lineName, exact: true }).click();
  await page.getByRole('button', { name: 'Record renewal', exact: true }).click();
  await page.getByLabel('Amount', { exact: true }).fill(amount);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Back to lines', exact: true }).click();
}

test('export, clear the browser, import: every line with its history is back', async ({ page }) => {
  await openApp(page);
  await addProximus(page, 'en');
  await addGiffgaff(page, 'en');
  await recordTopUp(page, 'Belgian Proximus', '15');

  await openSettings(page);
  await expect(page.getByText('No backup made yet.')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('linekeeper-backup-2026-11-24.json');
  const file = await download.path();
  await expect(page.getByText('Last backup: 24 Nov 2026')).toBeVisible();

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(lineList(page, 'en')).toHaveCount(0);

  await openSettings(page);
  await page.getByLabel('Import backup', { exact: true }).setInputFiles(file);
  await expect(page.getByText('In this file: 2 new lines, 0 changed, 0 unchanged.')).toBeVisible();
  await page.getByRole('button', { name: 'Replace all', exact: true }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Lines', exact: true }).click();
  await expect(lineItem(page, 'en', 'UK giffgaff')).toBeVisible();
  await lineItem(page, 'en', 'Belgian Proximus').getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
  await expect(page.getByRole('region', { name: 'History', exact: true }).getByRole('listitem')).toContainText('€15.00');

  // The same file again, merged: nothing new, nothing changed.
  await openSettings(page);
  await page.getByLabel('Import backup', { exact: true }).setInputFiles(file);
  await expect(page.getByText('In this file: 0 new lines, 0 changed, 2 unchanged.')).toBeVisible();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  expect(JSON.parse(readFileSync(file, 'utf8')).lines).toHaveLength(2);
});

test('a file that is too large or not a backup is refused with its reason, and nothing changes', async ({ page }) => {
  await openApp(page);
  await addProximus(page, 'en');
  await openSettings(page);
  const input = page.getByLabel('Import backup', { exact: true });
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, ' ') });
  await expect(page.getByRole('alert')).toHaveText('This file is 6.0 MB; a backup is at most 5.0 MB.');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"shopping": ["milk"]') });
  await expect(page.getByRole('alert')).toContainText('This file is not a Linekeeper backup.');
  const invalid = { version: 1, lines: [{ id: 'x', name: 'Bad', number: 'call me', rules: [{ kind: 'fixed_expiry', expires_on: '2027-01-01' }] }] };
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
  await expect(page.getByRole('alert')).toHaveText('Line 1 (“Bad”), Phone number: Use digits, spaces and + - ( ) . / only.');
  await page.getByRole('navigation').getByRole('button', { name: 'Lines', exact: true }).click();
  await expect(lineList(page, 'en').getByRole('listitem')).toHaveCount(1);
});

test('a corrupted store starts the app with a banner, and the raw text is kept byte for byte', async ({ page }) => {
  const raw = '{"version":1,"lines":[{"id":"k3v9","name":"Belgian Prox';
  await page.addInitScript(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, text);
      sessionStorage.setItem('seeded', 'yes');
    }
  }, [KEY, raw]);
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('Some of the stored data could not be read.');
  await expect(page.getByRole('button', { name: 'Add line', exact: true })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('linekeeper.quarantine'))).toBe(raw);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download unreadable data', exact: true }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(raw);

  // A new line is saved; the quarantined text stays untouched, also after Try again.
  await addProximus(page, 'en');
  await page.getByRole('button', { name: 'Try again', exact: true }).click();
  await expect(lineItem(page, 'en', 'Belgian Proximus')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('linekeeper.quarantine'))).toBe(raw);
});

test('one unreadable line is kept aside byte for byte, and every other line still loads', async ({ page }) => {
  const entries = JSON.parse(readFileSync('tests/fixtures/v2_storage.json', 'utf8'));
  const raw = '{"id":"p0w8e2r6t4y1u3i5","name":"UK giff';
  entries['linekeeper.line.p0w8e2r6t4y1u3i5'] = raw;
  await page.addInitScript((stored) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [key, text] of Object.entries(stored)) localStorage.setItem(key, text as string);
      sessionStorage.setItem('seeded', 'yes');
    }
  }, entries);
  await openApp(page);
  // The fixture's language is Chinese.
  await expect(page.getByRole('alert')).toContainText('部分已存储的数据无法读取。');
  await expect(lineList(page, 'zh').getByRole('listitem')).toHaveCount(1);
  await expect(lineItem(page, 'zh', 'Belgian Proximus')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('linekeeper.quarantine'))).toBe(raw);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载无法读取的数据', exact: true }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(raw);
});

test('two tabs stay one: each sees the other\'s edits at once, and edits to different lines both survive', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first);
  await addProximus(first, 'en');
  const second = await context.newPage();
  await openApp(second);
  await expect(lineItem(second, 'en', 'Belgian Proximus')).toBeVisible();

  await addGiffgaff(second, 'en');
  await expect(lineItem(first, 'en', 'UK giffgaff')).toBeVisible();
  await expect(first.getByRole('status').filter({ hasText: 'Changed in another tab: UK giffgaff' })).toBeVisible();

  await recordTopUp(first, 'Belgian Proximus', '15');
  await recordTopUp(second, 'UK giffgaff', '10');
  await first.reload();
  await second.reload();
  for (const page of [first, second]) {
    await expect(lineItem(page, 'en', 'Belgian Proximus')).toContainText('365 days left');
    await expect(lineItem(page, 'en', 'UK giffgaff')).not.toContainText('Expired');
  }
});

test('a line deleted in another tab while this tab shows its detail: this tab goes back to the list, says so, and keeps working', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first);
  await addProximus(first, 'en');
  await addGiffgaff(first, 'en');
  await lineItem(first, 'en', 'Belgian Proximus').getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
  await first.getByRole('button', { name: 'Record renewal', exact: true }).click();

  const second = await context.newPage();
  await openApp(second);
  await lineItem(second, 'en', 'Belgian Proximus').getByRole('button', { name: 'Delete', exact: true }).click();
  await second.getByRole('button', { name: 'Yes, delete', exact: true }).click();
  await expect(lineItem(second, 'en', 'Belgian Proximus')).toHaveCount(0);

  await expect(first.getByRole('status').filter({ hasText: 'Deleted in another tab: Belgian Proximus' })).toBeVisible();
  await expect(lineList(first, 'en')).toBeVisible();
  await expect(lineItem(first, 'en', 'Belgian Proximus')).toHaveCount(0);
  // The page did not die: it still records a renewal on the other line.
  await recordTopUp(first, 'UK giffgaff', '10');
  await expect(lineItem(first, 'en', 'UK giffgaff')).not.toContainText('Expired');
});

test('when the browser refuses to store more, the change stays on screen and a backup is suggested', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('linekeeper.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await addProximus(page, 'en');
  await expect(page.getByRole('alert')).toContainText('this browser refuses to store more');
  await expect(page.getByRole('alert')).toContainText('Export a backup in Settings');
  await expect(lineItem(page, 'en', 'Belgian Proximus')).toBeVisible();
});

test('the list suggests a backup when the lines changed since one over 30 days old, and stops once it is made', async ({ page }) => {
  const stored = JSON.parse(readFileSync('tests/fixtures/v2_storage_safekeeping.json', 'utf8'));
  await page.addInitScript((stored) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [key, text] of Object.entries(stored)) localStorage.setItem(key, text as string);
      sessionStorage.setItem('seeded', 'yes');
    }
  }, stored);
  await openApp(page);
  const nudge = page.getByText('Your lines changed since your last backup, which is more than 30 days old.');
  await expect(nudge).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('linekeeper-backup-2026-11-24.json');
  await expect(nudge).toHaveCount(0);
  await page.reload();
  await expect(lineItem(page, 'en', 'UK giffgaff')).toBeVisible();
  await expect(nudge).toHaveCount(0);

  // A new change alone does not bring it back: that backup is not 30 days old.
  await lineItem(page, 'en', 'UK giffgaff').getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, delete', exact: true }).click();
  await expect(nudge).toHaveCount(0);
});
