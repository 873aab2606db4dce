// Countdowns move on when the day turns with the app open, and a screen reader hears it.
import { lineItem, openApp } from '../steps.mjs';

const DUE_1_DEC = JSON.stringify({
  version: 1,
  lines: [{ id: 'due', name: 'Belgian Proximus', number: '+32 470 12 34 56', rules: [{ kind: 'fixed_expiry', expires_on: '2026-12-01' }] }],
  settings: { language: 'en' },
});

export default async function countdowns(page) {
  // Two seconds before midnight the line has 8 days left; at midnight, 7: it becomes urgent.
  await openApp(page, { time: new Date('2026-11-23T23:59:58+01:00'), stored: { 'linekeeper.document': DUE_1_DEC } });
  const line = lineItem(page, 'Belgian Proximus');
  await line.toContainText('8 days left');
  await page.waitUntil('midnight in the page', () => page.evaluate(() => new Date().getDate() === 24));
  // Coming back to the tab checks the date at once (a timer does too, every 30 s).
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await line.toContainText('7 days left');
  await line.toContainText('Urgent');
  await page.get({ role: 'status', hasText: 'Status changed' })
    .toHaveText('Status changed: Belgian Proximus — Urgent, 7 days left.');
}
