// Help and Settings: both open; Settings says plainly which ways of reminding this engine
// offers (what an engine lacks, it says it lacks), and that it does not offer to install.
import { expectEqual, nav, openApp } from '../steps.mjs';

/** What each engine offers, as Settings must say it (order: notifications, offline, background,
 * badge, buttons on a reminder). */
const FEATURES = {
  chromium: ['Yes', 'Yes', 'Yes', 'Yes', 'Yes'],
  firefox: ['Yes', 'Yes', 'No', 'No', 'Yes'],
  webkit: ['Yes', 'Yes', 'No', 'No', 'No'],
};

const ROWS = [
  'Notifications while Linekeeper is open',
  'Working offline',
  'Reminders while Linekeeper is closed (installed app)',
  'Number of urgent lines on the app icon',
  'Record renewal and Tomorrow buttons on a reminder',
];

export default async function screens(page, engine) {
  await openApp(page);
  await nav(page, 'Help').click();
  await page.get({ role: 'heading', name: 'Help' }).toBeVisible();
  await page.get({ role: 'heading', name: 'Your data stays on this device' }).toBeVisible();

  await nav(page, 'Settings').click();
  await page.get({ role: 'heading', name: 'Settings' }).toBeVisible();
  const support = page.get({ role: 'region', name: 'What this browser can do' });
  const said = [];
  for (const row of ROWS) said.push((await support.get({ role: 'listitem', hasText: row }).textContent()).split(': ').pop());
  expectEqual(said, FEATURES[engine], `what Settings says ${engine} supports`);
  await support.get({ role: 'listitem', hasText: 'Calendar export: Yes' }).toBeVisible();
  await page.text('This browser does not offer to install Linekeeper now.').toBeVisible();
  // Reminders say where notifications stand in this engine, with the matching button.
  const permission = await page.evaluate(() => Notification.permission);
  const [status, button] = {
    default: ['Notifications are off.', 'Enable notifications'],
    granted: ['Notifications are on.', 'Send a test reminder'],
    denied: ['Notifications are blocked for this site.', null],
  }[permission];
  await page.get({ role: 'region', name: 'Reminders' }).get({ role: 'status' }).toContainText(status);
  if (button) await page.button(button).toBeVisible();
  // Nothing the engine lacks may break the screens: the runner checks that nothing threw.
}
