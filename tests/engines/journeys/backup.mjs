// Export a backup (the file the browser really downloaded), lose the browser's data, import
// the file again: every line is back.
import { join } from 'node:path';
import { addGiffgaff, addProximus, expectEqual, lineItem, lineList, nav, openApp } from '../steps.mjs';

export default async function backup(page) {
  await openApp(page);
  await addProximus(page);
  await addGiffgaff(page);
  await nav(page, 'Settings').click();
  await page.text('No backup made yet.').toBeVisible();
  await page.button('Export backup').click();
  await page.text('Last backup: 24 Nov 2026').toBeVisible();
  const file = await page.waitUntil('the backup file', async () =>
    (await page.downloads()).find((download) => download.name.endsWith('.json')));
  expectEqual(file.name, 'linekeeper-backup-2026-11-24.json', 'backup file name');
  expectEqual(JSON.parse(file.text).lines.length, 2, 'lines in the backup');

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.button('Add line').toBeVisible();
  await lineList(page).toBeGone();

  await nav(page, 'Settings').click();
  await page.field('Import backup').upload(join(page.downloadDir, file.name));
  await page.text('In this file: 2 new lines, 0 changed, 0 unchanged.').toBeVisible();
  await page.button('Replace all').click();
  await nav(page, 'Lines').click();
  await lineItem(page, 'UK giffgaff').toBeVisible();
  await lineItem(page, 'Belgian Proximus').toContainText('7 days left');
  await page.reload();
  await lineItem(page, 'Belgian Proximus').toBeVisible();
}
