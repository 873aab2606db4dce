// The renewal checklist keeps its ticks across a reload; Record renewal moves the deadline,
// and then offers Export calendar again, since the calendar still holds the old deadline.
import { addProximus, expectEqual, lineItem, openApp } from '../steps.mjs';

export default async function renewal(page) {
  await openApp(page);
  await addProximus(page);
  const openLine = () => lineItem(page, 'Belgian Proximus').button('Belgian Proximus').click();
  await openLine();
  const checklist = page.get({ role: 'region', name: 'Renewal checklist' });
  // 3 preparation + 3 closing steps, and Proximus's own two: its top-up code and the check after it.
  await checklist.get({ text: '0 of 8 done' }).toBeVisible();
  await page.get({ role: 'radio', name: 'Online' }).click();
  await checklist.get({ text: '0 of 11 done' }).toBeVisible();
  await checklist.get({ role: 'checkbox', name: 'Know the deadline' }).click();
  await checklist.get({ role: 'checkbox', name: 'Use the official website or app' }).click();
  await checklist.get({ text: '2 of 11 done' }).toBeVisible();

  await page.reload();
  await openLine();
  await checklist.get({ text: '2 of 11 done' }).toBeVisible();
  expectEqual(await checklist.get({ role: 'checkbox', name: 'Know the deadline' }).checked(), true, 'tick kept');

  await page.button('Record renewal').click();
  await page.field('Date').toHaveValue('2026-11-24');
  await page.field('Amount').fill('15');
  await page.field('Currency').toHaveValue('EUR');
  await page.button('Save').click();
  const detail = page.get({ role: 'region', name: 'Belgian Proximus' });
  await detail.get({ text: '365 days left' }).toBeVisible();
  await checklist.get({ text: '0 of 11 done' }).toBeVisible();
  await page.get({ role: 'region', name: 'History' }).get({ role: 'listitem' }).toContainText('€15.00');

  await page.text('Your phone\'s calendar still holds the old deadline.').toBeVisible();
  await page.button('Export calendar').click();
  await page.text('Your phone\'s calendar still holds the old deadline.').toBeGone();
  const calendar = await page.waitUntil('the calendar file', async () =>
    (await page.downloads()).find((file) => file.name.endsWith('.ics')));
  expectEqual(calendar.name, 'linekeeper-deadlines.ics', 'calendar file name');
  if (!calendar.text.includes('DTSTART;VALUE=DATE:20271124')) throw new Error(`the calendar holds the old deadline:\n${calendar.text}`);
}
