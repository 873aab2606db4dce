// Reminders in every engine: Settings' Remind at is set and kept, and while a line's reminder
// is pending its card offers what Chromium's notification buttons offer: Snooze (the next one
// tomorrow) and Stop reminding, kept across a reload.
import { lineItem, nav, openApp } from '../steps.mjs';

/** A line that lapsed on 23 Nov 2026, reminded this morning (the record says so). */
const LAPSED_AND_REMINDED = JSON.stringify({
  version: 1,
  lines: [{ id: 'gg', name: 'giffgaff UK', number: '+44 7700 900123', rules: [{ kind: 'fixed_expiry', expires_on: '2026-11-23' }] }],
  settings: { language: 'en' },
  sent_reminders: [{ line: 'gg', deadline: '2026-11-23', lead: 0, day: '2026-11-24' }],
});

export default async function reminders(page) {
  await openApp(page, { stored: { 'linekeeper.document': LAPSED_AND_REMINDED } });
  await nav(page, 'Settings').click();
  const remindAt = page.field('Remind at');
  await remindAt.toHaveValue('09:00');
  await remindAt.fill('20:00');
  await page.get({ role: 'button', name: 'Save', within: { role: 'region', name: 'Reminders' } }).click();
  await page.get({ role: 'status', hasText: 'Reminder time saved.' }).toBeVisible();

  await nav(page, 'Lines').click();
  const line = lineItem(page, 'giffgaff UK');
  await page.get({ role: 'button', name: 'Snooze', within: line.spec }).click();
  await line.toContainText('Snoozed: next reminder on 25 Nov 2026.');

  await page.goto(`${page.origin}/`);
  await lineItem(page, 'giffgaff UK').toContainText('Snoozed: next reminder on 25 Nov 2026.');
  await page.get({ role: 'button', name: 'Stop reminding', within: lineItem(page, 'giffgaff UK').spec }).click();
  await lineItem(page, 'giffgaff UK').toContainText('Reminders stopped until this deadline changes.');
  await nav(page, 'Settings').click();
  await page.field('Remind at').toHaveValue('20:00');
}
