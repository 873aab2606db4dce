// Reminders that cannot be missed, against the built app with a controlled clock: at the time
// of day set in Settings and never before it, again every day once a line has lapsed, none after
// a renewal, Snooze on the card moving the next one to tomorrow, buttons on the notification
// where the engine has them, and the calendar carrying the same schedule.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { storeOnFirstLoad, waitForWorker } from './support';

/** A moment in Brussels (the configured time zone; +01:00 in November and December). */
const at = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`);

/** A line topped up every 12 months, last on `lastDone`: due a year later. */
function documentWith(lastDone: string, settings: Record<string, string> = {}) {
  return JSON.stringify({
    version: 1,
    lines: [{
      id: 'line-gg', name: 'giffgaff UK', number: '+44 7700 900123', country: 'GB',
      rules: [{ kind: 'top_up_every', every: { count: 12, unit: 'months' }, last_done: lastDone }],
    }],
    settings: { language: 'en', ...settings },
  });
}

async function openWith(page: Page, text: string, time: Date) {
  await page.context().grantPermissions(['notifications']);
  await storeOnFirstLoad(page, text);
  await page.clock.install({ time });
  await page.goto('./');
  await waitForWorker(page);
}

/** The reminders on screen: title, body, tag and how many buttons each carries. */
async function shown(page: Page) {
  return page.evaluate(async () => {
    const notifications = await (await navigator.serviceWorker.ready).getNotifications();
    return notifications.map((n) => ({ title: n.title, body: n.body, tag: n.tag, actions: n.actions?.length ?? 0 }));
  });
}

/** The reminders recorded as shown, by day. */
async function remindedDays(page: Page) {
  return page.evaluate(() => {
    const document = JSON.parse(localStorage.getItem('linekeeper.document') ?? '{}');
    const index = JSON.parse(localStorage.getItem('linekeeper.index') ?? 'null');
    const sent: { day?: string }[] = (index ?? document).sent_reminders ?? [];
    return sent.map((key) => key.day).filter(Boolean).sort();
  });
}

/** Moves the clock to `time` and lets the app check, as it does on its tick and on focus. */
async function checkAt(page: Page, time: Date) {
  await page.clock.setSystemTime(time);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  // The check is asynchronous (it reads what the worker recorded first): give it a moment.
  await page.waitForTimeout(300);
}

const card = (page: Page) => page.getByRole('list', { name: 'Lines', exact: true }).getByRole('listitem').filter({ hasText: 'giffgaff UK' });

test('Remind at 20:00: nothing at 10:30, exactly one at 20:05, Snooze moves the next to tomorrow', async ({ page, browserName }) => {
  // Due 1 Dec 2026: 7 days after 24 Nov. Opened at 08:00, before the default 09:00.
  await openWith(page, documentWith('2025-12-01'), at('2026-11-24', '08:00'));
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  const remindAt = page.getByLabel('Remind at', { exact: true });
  await expect(remindAt).toHaveValue('09:00');
  await remindAt.fill('20:00');
  await page.getByRole('region', { name: 'Reminders' }).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reminder time saved.' })).toHaveCount(1);
  await page.getByRole('navigation').getByRole('button', { name: 'Lines', exact: true }).click();

  await checkAt(page, at('2026-11-24', '10:30'));
  expect(await shown(page)).toEqual([]);
  await expect(card(page).getByRole('button', { name: 'Snooze' })).toHaveCount(0);

  await checkAt(page, at('2026-11-24', '20:05'));
  await expect.poll(() => shown(page)).toHaveLength(1);
  const [reminder] = await shown(page);
  expect(reminder.title).toBe('giffgaff UK');
  expect(reminder.body).toBe('Renew by 1 Dec 2026: 7 days left.');
  if (browserName === 'chromium') expect(reminder.actions).toBeGreaterThanOrEqual(1);
  await checkAt(page, at('2026-11-24', '21:00'));
  expect(await remindedDays(page)).toEqual(['2026-11-24']);

  // Snooze on the card: nothing more today, and tomorrow (no lead time falls on it) one at 20:00.
  await card(page).getByRole('button', { name: 'Snooze', exact: true }).click();
  await expect(card(page)).toContainText('Snoozed: next reminder on 25 Nov 2026.');
  await expect.poll(() => shown(page)).toEqual([]);
  await checkAt(page, at('2026-11-25', '19:30'));
  expect(await remindedDays(page)).toEqual(['2026-11-24']);
  await checkAt(page, at('2026-11-25', '20:05'));
  await expect.poll(() => remindedDays(page)).toEqual(['2026-11-24', '2026-11-25']);
  await expect.poll(() => shown(page)).toHaveLength(1);
});

test('a lapsed line is reminded on each of the two following days, and not after Record renewal', async ({ page }) => {
  // Due 23 Nov 2026: lapsed on the 24th.
  await openWith(page, documentWith('2025-11-23', { remind_at: '20:00' }), at('2026-11-24', '20:05'));
  await expect.poll(() => remindedDays(page)).toEqual(['2026-11-24']);
  await checkAt(page, at('2026-11-25', '20:05'));
  await expect.poll(() => remindedDays(page)).toEqual(['2026-11-24', '2026-11-25']);
  const [reminder] = await shown(page);
  expect(reminder.body).toBe('Renew by 23 Nov 2026: Expired 2 days ago.');

  // The card offers what the notification's buttons offer, in every engine.
  await expect(card(page).getByRole('button', { name: 'Stop reminding', exact: true })).toBeVisible();
  await card(page).getByRole('button', { name: 'giffgaff UK', exact: true }).click();
  await page.getByRole('button', { name: 'Record renewal', exact: true }).click();
  await page.getByLabel('Date', { exact: true }).fill('2026-11-25');
  await page.getByLabel('What was done', { exact: true }).selectOption('top_up');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Renewal recorded. The deadline has moved.');
  await expect.poll(() => shown(page)).toEqual([]);

  await checkAt(page, at('2026-11-26', '20:05'));
  expect(await remindedDays(page)).toEqual(['2026-11-24', '2026-11-25']);
  expect(await shown(page)).toEqual([]);
});

test('the calendar rings at the time set, before the deadline and on each day after it', async ({ page }) => {
  await openWith(page, documentWith('2025-12-01', { remind_at: '20:00' }), at('2026-11-24', '10:30'));
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export calendar', exact: true }).click(),
  ]);
  const ics = readFileSync(await download.path(), 'utf8');
  const triggers = [...ics.matchAll(/TRIGGER;RELATED=START:(\S+)/g)].map((m) => m[1]);
  // 30, 7 and 1 days before and on the day at 20:00, then 20:00 on each of the 14 days after.
  expect(triggers.slice(0, 4)).toEqual(['-P29DT4H', '-P6DT4H', '-PT4H', 'PT20H']);
  expect(triggers.slice(4)).toEqual(Array.from({ length: 14 }, (_, i) => `P${i + 1}DT20H`));

  // A line's detail exports that line alone.
  await page.getByRole('navigation').getByRole('button', { name: 'Lines', exact: true }).click();
  await card(page).getByRole('button', { name: 'giffgaff UK', exact: true }).click();
  const [one] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to calendar', exact: true }).click(),
  ]);
  expect(one.suggestedFilename()).toBe('linekeeper-line-gg.ics');
  expect(readFileSync(await one.path(), 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(1);
});
