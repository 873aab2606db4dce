// The installable app: Chromium's own installability check, reminders that arrive exactly once
// (across reloads and tabs), the app working offline after one visit, the update offer, and the
// app shell drawn only where the wasm is still to come.
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { oneHongKongLine, openApp, storeOnFirstLoad, TODAY, waitForWorker } from './support';

/** A stored document with one line that expires in 3 days (27 Nov 2026). */
const DUE_IN_3_DAYS = oneHongKongLine('line-due', '2026-11-27');

async function shownNotifications(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const shown = await registration.getNotifications();
    return shown.map((notification) => ({ title: notification.title, body: notification.body }));
  });
}

/** When each shown notification was shown, by tag: a repeat with the same tag changes it. */
async function shownAt(page: Page) {
  return page.evaluate(async () => {
    const shown = await (await navigator.serviceWorker.ready).getNotifications();
    return Object.fromEntries(shown.map((notification) => [notification.tag, notification.timestamp]));
  });
}

async function openSettings(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
}

test('Chromium finds the app installable: manifest, icons and service worker', async ({ baseURL }, testInfo) => {
  // Chromium never calls an incognito profile (every new context is one) installable: use a
  // profile on disk, launched like the configured browser.
  const launch = testInfo.project.use.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(testInfo.outputPath('profile'), { ...launch, baseURL });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('./');
  await waitForWorker(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  await context.close();
});

test('a line due in 3 days gives exactly one notification, across reloads and tabs', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await storeOnFirstLoad(page, DUE_IN_3_DAYS);
  await openApp(page);
  await expect.poll(() => shownNotifications(page)).toEqual([
    { title: 'Hong Kong CSL', body: 'Renew by 27 Nov 2026: 3 days left.' },
  ]);

  await page.reload();
  await waitForWorker(page);
  const second = await context.newPage();
  await second.clock.install({ time: TODAY });
  await second.goto('./');
  await expect(second.getByRole('heading', { name: 'Hong Kong CSL' })).toBeVisible();
  // Coming back to a tab checks again: still nothing new.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect.poll(() => shownNotifications(second), { timeout: 2_000 }).toHaveLength(1);
  expect(await shownNotifications(page)).toHaveLength(1);
});

test('reminders are turned on from Settings, and a test reminder shows at once', async ({ page, context }) => {
  await openApp(page);
  await openSettings(page);
  await expect(page.getByText('Notifications are off.')).toBeVisible();
  await context.grantPermissions(['notifications']);
  await page.getByRole('button', { name: 'Enable notifications', exact: true }).click();
  await expect(page.getByText('Notifications are on.')).toBeVisible();
  await page.getByRole('button', { name: 'Send a test reminder', exact: true }).click();
  await expect.poll(() => shownNotifications(page)).toEqual([
    { title: 'Linekeeper', body: 'Reminders will look like this.' },
  ]);
  // Each way of reminding is stated plainly for this browser.
  const support = page.getByRole('region', { name: 'What this browser can do' });
  await expect(support.getByRole('listitem').filter({ hasText: 'Working offline' })).toContainText('Yes');
  await expect(support.getByRole('listitem').filter({ hasText: 'Calendar export' })).toContainText('Yes');
});

test('blocked notifications say how to unblock them', async ({ browser }) => {
  const context = await browser.newContext({ permissions: [] });
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Notification, 'permission', { get: () => 'denied' });
  });
  await openApp(page);
  await openSettings(page);
  await expect(page.getByText('Notifications are blocked for this site.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enable notifications' })).toHaveCount(0);
  await context.close();
});

test('the default lead times are edited in Settings, and bad input is explained', async ({ page }) => {
  await openApp(page);
  await openSettings(page);
  const remindMe = page.getByRole('textbox', { name: 'Remind me', exact: true });
  await expect(remindMe).toHaveValue('30, 7, 1, 0');
  await remindMe.fill('14, two');
  await page.getByRole('region', { name: 'Reminders' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter whole numbers of days, separated by commas')).toBeVisible();
  await expect(remindMe).toHaveValue('14, two');
  await remindMe.fill('3，14');
  await page.getByRole('region', { name: 'Reminders' }).getByRole('button', { name: 'Save' }).click();
  await expect(remindMe).toHaveValue('14, 3');
  await page.reload();
  await openSettings(page);
  await expect(page.getByRole('textbox', { name: 'Remind me', exact: true })).toHaveValue('14, 3');
});

test('after one visit the app loads and works offline', async ({ page, context }) => {
  await storeOnFirstLoad(page, DUE_IN_3_DAYS);
  await openApp(page);
  await waitForWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hong Kong CSL' })).toBeVisible();
  await page.getByRole('button', { name: 'Add line', exact: true }).click();
  await page.getByLabel('Name', { exact: true }).fill('Offline line');
  await page.getByLabel('Phone number', { exact: true }).fill('+44 7700 900123');
  await page.getByLabel('Last done on', { exact: true }).fill('2026-11-01');
  await page.getByLabel('Every', { exact: true }).fill('6');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Offline line' })).toBeVisible();
});

/** Publishes a new release (see tests/e2e/serve.mjs) and lets the page look for it. */
async function publishNewVersion(context: BrowserContext, page: Page) {
  await context.addCookies([{ name: 'linekeeper-release', value: 'next', url: page.url() }]);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
}

test('a new version is offered as Reload to update, and taken as a whole', async ({ page, context }) => {
  await openApp(page);
  await waitForWorker(page);
  const before = await page.evaluate(() => caches.keys());
  await publishNewVersion(context, page);
  const reload = page.getByRole('button', { name: 'Reload to update', exact: true });
  await expect(reload).toBeVisible();
  const reloaded = page.waitForEvent('load');
  await reload.click();
  await reloaded;
  await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);
  const after = await page.evaluate(() => caches.keys());
  expect(after.filter((name) => name.startsWith('linekeeper-app-'))).toHaveLength(1);
  expect(after).not.toEqual(before);
});

test('Export calendar downloads one event per line deadline, with an alarm per lead time and per day after it', async ({ page }) => {
  await storeOnFirstLoad(page, DUE_IN_3_DAYS);
  await openApp(page);
  await openSettings(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export calendar', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('linekeeper-deadlines.ics');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  expect(lines).toContain('UID:line-due@linekeeper');
  expect(lines).toContain('DTSTART;VALUE=DATE:20261127');
  expect(lines).toContain('SUMMARY:Renew Hong Kong CSL');
  const triggers = lines.filter((line) => line.startsWith('TRIGGER'));
  expect(triggers.slice(0, 4)).toEqual([
    'TRIGGER;RELATED=START:-P29DT15H', 'TRIGGER;RELATED=START:-P6DT15H',
    'TRIGGER;RELATED=START:-PT15H', 'TRIGGER;RELATED=START:PT9H',
  ]);
  // No grace period known: 09:00 on each of the 14 days after the deadline, as the app reminds.
  expect(triggers.slice(4)).toEqual(Array.from({ length: 14 }, (_, i) => `TRIGGER;RELATED=START:P${i + 1}DT9H`));
});

test('a notification opens the app on its line', async ({ page }) => {
  await storeOnFirstLoad(page, DUE_IN_3_DAYS);
  await page.clock.install({ time: TODAY });
  // What the service worker opens when no window of the app is open.
  await page.goto('./?line=line-due');
  await expect(page.getByRole('heading', { level: 2, name: 'Hong Kong CSL' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record renewal' })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
});

test("a notification's Record renewal opens the line's renewal form", async ({ page }) => {
  await storeOnFirstLoad(page, DUE_IN_3_DAYS);
  await page.clock.install({ time: TODAY });
  await page.goto('./?line=line-due&view=renew');
  await expect(page.getByRole('heading', { level: 2, name: 'Hong Kong CSL' })).toBeVisible();
  await expect(page.getByLabel('What was done', { exact: true })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
});

test('in Chinese, the reminder settings are complete', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('linekeeper.document', JSON.stringify({ version: 1, settings: { language: 'zh-CN' } })));
  await openApp(page);
  await page.getByRole('navigation').getByRole('button', { name: '设置', exact: true }).click();
  await expect(page.getByRole('button', { name: '开启通知', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '提醒我', exact: true })).toHaveValue('30, 7, 1, 0');
  await expect(page.getByRole('button', { name: '导出日历', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '这个浏览器支持的功能' })).toContainText('离线使用：支持');
});

/** The worker runs in its own thread: this spec failed once in a full run on two cores (not again
 * in 25 repeats), most likely a 5 s poll timing out under load. */
const WORKER_WAIT = { timeout: 15_000 };

test('with the app closed, the service worker reminds from the mirrored schedule, and the app does not repeat it', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  // The worker counts days by the real clock: find its today, and open the app the day before.
  await page.goto('./');
  await waitForWorker(page);
  const [worker] = context.serviceWorkers();
  const workerToday = await worker.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth(), now.getDate()];
  });
  const day = (offset: number) => new Date(Date.UTC(workerToday[0], workerToday[1], workerToday[2] + offset, 12));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const deadline = iso(day(7));
  await page.evaluate((text) => localStorage.setItem('linekeeper.document', text), JSON.stringify({
    version: 1,
    lines: [{ id: 'line-due', name: 'Hong Kong CSL', number: '+852 5123 4567', rules: [{ kind: 'fixed_expiry', expires_on: deadline }] }],
    // The worker reads the real clock's time of day: remind from midnight, so it is never too early.
    settings: { language: 'en', remind_at: '00:00' },
  }));
  await page.clock.install({ time: day(-1) });
  await page.reload();
  // Yesterday the deadline was 8 days off: the app sent its 30-day reminder and mirrored the rest.
  await expect.poll(() => shownNotifications(page), WORKER_WAIT).toHaveLength(1);
  await expect.poll(() => page.evaluate(async () => {
    const cache = await caches.open('linekeeper-reminders');
    return Boolean(await cache.match('reminder-schedule.json'));
  }), WORKER_WAIT).toBe(true);

  // Today (for the worker) is 7 days before: the periodic check shows that reminder.
  const cdp = await context.newCDPSession(page);
  const registration = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      if (registrations.length) resolve(registrations[0].registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
    origin: new URL(page.url()).origin, registrationId: await registration, tag: 'linekeeper-reminders',
  });
  await expect.poll(() => shownNotifications(page), WORKER_WAIT).toHaveLength(2);
  const byWorker = (await shownNotifications(page)).find((n) => n.body.startsWith('Renew by') && !n.body.includes('left'));
  expect(byWorker?.title).toBe('Hong Kong CSL');

  // The app, opened today, takes in what the worker sent and does not show it again.
  const before = await shownAt(page);
  await page.clock.setSystemTime(day(0));
  await page.reload();
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('linekeeper.document') ?? '{}').sent_reminders), WORKER_WAIT)
    .toContainEqual({ line: 'line-due', deadline, lead: 7, day: iso(day(0)) });
  expect(await shownAt(page)).toEqual(before);
});

test('the app badge counts the lines that are urgent, due or expired', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { badgeCalls: unknown[] }).badgeCalls = calls;
    Object.assign(navigator, {
      setAppBadge: async (count: number) => { calls.push(count); },
      clearAppBadge: async () => { calls.push(0); },
    });
  });
  await storeOnFirstLoad(page, JSON.stringify({
    version: 1,
    lines: [
      { id: 'a', name: 'Due in 3 days', number: '+852 5123 4567', rules: [{ kind: 'fixed_expiry', expires_on: '2026-11-27' }] },
      { id: 'b', name: 'Expired', number: '+44 7700 900123', rules: [{ kind: 'fixed_expiry', expires_on: '2026-10-01' }] },
      { id: 'c', name: 'Next year', number: '+32 470 12 34 56', rules: [{ kind: 'fixed_expiry', expires_on: '2027-06-01' }] },
    ],
  }));
  await openApp(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { badgeCalls: unknown[] }).badgeCalls.at(-1))).toBe(2);
});

test('where the browser offers to install, Install app shows its dialog', async ({ page }) => {
  await openApp(page);
  await openSettings(page);
  await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
  await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => { (window as unknown as { prompted: boolean }).prompted = true; },
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(offer);
  });
  await page.getByRole('button', { name: 'Install app', exact: true }).click();
  await expect(page.getByText('Linekeeper is installed on this device.')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { prompted: boolean }).prompted)).toBe(true);
});

test.describe('on an iPhone', () => {
  test.use({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1' });

  test('Settings explains Add to Home Screen', async ({ page }) => {
    await openApp(page);
    await openSettings(page);
    await expect(page.getByText('tap the Share button in Safari, then Add to Home Screen')).toBeVisible();
  });
});

/** Runs in the page before its scripts: notes whether the app shell (index.html) was ever shown. */
function noteShellShown() {
  new MutationObserver((changes) => {
    for (const change of changes) {
      const target = change.target as HTMLElement;
      if (target.id === 'app-shell' && !target.hidden) (window as any).__shellShown = true;
    }
  }).observe(document, { attributes: true, attributeFilter: ['hidden'], subtree: true });
}

test('a first visit shows the app shell; a page the service worker answers has its wasm at hand and goes straight to the app', async ({ page }) => {
  await page.addInitScript(noteShellShown);
  await openApp(page);
  const addLine = page.getByRole('button', { name: 'Add line', exact: true });
  await expect(addLine).toBeVisible();
  expect(await page.evaluate(() => (window as any).__shellShown)).toBe(true);
  await waitForWorker(page);
  await page.reload();
  await expect(addLine).toBeVisible();
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  expect(await page.evaluate(() => (window as any).__shellShown ?? false)).toBe(false);
});
