// Countdowns move on when the day turns with the app open, and a screen reader hears it.
import { lineItem, openApp } from '../steps.mjs';

const DUE_1_DEC = JSON.stringify({
  version: 1,
  lines: [{ id: 'due', name: 'Belgian Proximus', number: '+32 470 12 34 56', rules: [{ kind: 'fixed_expiry', expires_on: '2026-12-01' }] }],
  settings: { language: 'en' },
});

export default async function countdowns(page) {
  // A minute before midnight the line has 8 days left; after midnight, 7: it becomes urgent.
  await openApp(page, { time: new Date('2026-11-23T23:59:00+01:00'), stored: { 'linekeeper.document': DUE_1_DEC } });
  const line = lineItem(page, 'Belgian Proximus');
  await line.toContainText('8 days left');
  await page.evaluate(() => window.linekeeperTestClock.jump(2 * 60_000));
  // Coming back to the tab checks the date at once (a timer does too, every 30 s).
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await line.toContainText('7 days left');
  await line.toContainText('Urgent');
  await page.get({ role: 'status', hasText: 'Status changed' })
    .toHaveText('Status changed: Belgian Proximus — Urgent, 7 days left.');
}
