// Linekeeper's service worker: keeps this version's files for offline use, shows reminders
// while the app is closed (Periodic Background Sync, where the browser has it) and opens the
// app on the line a notification is about. It only ever caches and fetches the app's own files.
//
// VERSION and FILES are filled in at build time by scripts/post_build.mjs: every file of one
// build, so that an update swaps the whole set at once and never mixes old and new files.
const VERSION = 'unbuilt';
const FILES = [];

const APP_CACHE = `linekeeper-app-${VERSION}`;
const APP_CACHE_PREFIX = 'linekeeper-app-';
const REMINDERS_CACHE = 'linekeeper-reminders';
const SCHEDULE_URL = 'reminder-schedule.json';
const WORKER_SENT_URL = 'reminders-sent-by-worker.json';
const WORKER_HELD_URL = 'reminders-held-by-worker.json';
const PERIODIC_TAG = 'linekeeper-reminders';
const INDEX_URL = './';
const CONTENT_HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  // A file whose name holds its content's hash (Trunk's, and init-*.js) is taken from the HTTP
  // cache, where the page has just put it, rather than downloaded twice; any other file (the
  // page, the manifest, the wasm-bindgen snippet) is revalidated, so the set is this build's.
  const requests = FILES.map((file) => new Request(file, { cache: CONTENT_HASHED.test(file) ? 'default' : 'no-cache' }));
  event.waitUntil(caches.open(APP_CACHE).then((cache) => cache.addAll(requests)));
  // No skipWaiting() here: an open page keeps its version until the user picks `Reload to update`.
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => names.filter((name) => name.startsWith(APP_CACHE_PREFIX) && name !== APP_CACHE))
      .then((old) => Promise.all(old.map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fromAppCache(request));
});

/** This version's copy of a file (the app's page for any navigation), else the network. */
async function fromAppCache(request) {
  const cache = await caches.open(APP_CACHE);
  const key = request.mode === 'navigate' ? INDEX_URL : request;
  const cached = await cache.match(key, { ignoreSearch: true });
  return cached || fetch(request);
}

// A tap on the body opens the line; `Record renewal` opens its renewal form; `Tomorrow`
// snoozes it without opening anything (the app takes the snooze in when it next runs).
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data || {};
  if (event.action === 'snooze') event.waitUntil(snooze(data));
  else event.waitUntil(openApp(data.line, event.action === 'renew' ? 'renew' : ''));
});

/** Focuses an open window of the app and shows the line there, or opens a new one on it. */
async function openApp(line, view) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => client.url.startsWith(self.registration.scope));
  if (open) {
    await open.focus();
    if (line) open.postMessage({ openLine: line, view });
    return;
  }
  const url = new URL(INDEX_URL, self.registration.scope);
  if (line) url.searchParams.set('line', line);
  if (line && view) url.searchParams.set('view', view);
  await self.clients.openWindow(url.href);
}

/** `Tomorrow`: nothing more today for this line's deadline; open tabs are told at once. */
async function snooze({ line, deadline }) {
  if (!line) return;
  const cache = await caches.open(REMINDERS_CACHE);
  const held = await readJson(cache, WORKER_HELD_URL, []);
  const tomorrow = new Date();
  tomorrow.setDate(tomorrow.getDate() + 1);
  held.push({ line, deadline, until: localDate(tomorrow) });
  await cache.put(WORKER_HELD_URL, new Response(JSON.stringify(held.slice(-20))));
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of windows) client.postMessage({ remindersChanged: true });
}

self.addEventListener('periodicsync', (event) => {
  if (event.tag === PERIODIC_TAG) event.waitUntil(remindFromSchedule());
});

/**
 * The app's mirrored schedule (reminders::due_reminders's rules, laid out by the app), checked
 * while the app is closed: once the line's time of day has come, per line the latest reminder
 * whose window holds today, unless the line was reminded today or (a lead time's reminder) one
 * as close to the deadline was shown. Shown ones are recorded for the app to take in.
 */
async function remindFromSchedule() {
  const cache = await caches.open(REMINDERS_CACHE);
  const schedule = await readJson(cache, SCHEDULE_URL, { sent: [], reminders: [], actions: [] });
  const sent = await readJson(cache, WORKER_SENT_URL, []);
  const held = await readJson(cache, WORKER_HELD_URL, []);
  const known = schedule.sent.concat(sent);
  const now = new Date();
  const today = localDate(now);
  const minutes = now.getHours() * 60 + now.getMinutes();
  const snoozed = (line) => held.some((hold) => hold.line === line && hold.until > today);
  const latest = new Map();
  for (const reminder of schedule.reminders) {
    const inWindow = reminder.on <= today && today <= reminder.last && minutes >= reminder.at;
    const current = latest.get(reminder.line);
    if (inWindow && !snoozed(reminder.line) && (!current || reminder.on > current.on)) {
      latest.set(reminder.line, reminder);
    }
  }
  const actions = self.Notification && Notification.maxActions > 0 ? schedule.actions : undefined;
  for (const reminder of latest.values()) {
    const { line, deadline, lead } = reminder;
    const shownToday = known.some((s) => s.line === line && s.day === today);
    const covered = reminder.once && known.some((s) => s.line === line && s.deadline === deadline && s.lead <= lead);
    if (shownToday || covered) continue;
    await self.registration.showNotification(reminder.title, {
      body: reminder.body, tag: `${line}/${deadline}/${today}`, data: { line, deadline }, actions,
    });
    sent.push({ line, deadline, lead, day: today });
  }
  await cache.put(WORKER_SENT_URL, new Response(JSON.stringify(sent)));
}

async function readJson(cache, url, fallback) {
  const response = await cache.match(url);
  if (!response) return fallback;
  try {
    return await response.json();
  } catch {
    return fallback;
  }
}

/** `YYYY-MM-DD` in the device's time zone, as the app counts days. */
function localDate(now) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
