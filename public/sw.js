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

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const line = event.notification.data && event.notification.data.line;
  event.waitUntil(openApp(line));
});

/** Focuses an open window of the app and shows the line there, or opens a new one on it. */
async function openApp(line) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => client.url.startsWith(self.registration.scope));
  if (open) {
    await open.focus();
    if (line) open.postMessage({ openLine: line });
    return;
  }
  const url = new URL(INDEX_URL, self.registration.scope);
  if (line) url.searchParams.set('line', line);
  await self.clients.openWindow(url.href);
}

self.addEventListener('periodicsync', (event) => {
  if (event.tag === PERIODIC_TAG) event.waitUntil(remindFromSchedule());
});

/**
 * The app's mirrored schedule, checked while the app is closed: per line, the most urgent
 * reminder whose day has come, unless it (or a more urgent one for the same deadline) was sent.
 * Sent ones are recorded for the app to take in, so it never repeats them.
 */
async function remindFromSchedule() {
  const cache = await caches.open(REMINDERS_CACHE);
  const schedule = await readJson(cache, SCHEDULE_URL, { sent: [], reminders: [] });
  const sent = await readJson(cache, WORKER_SENT_URL, []);
  const known = schedule.sent.concat(sent);
  const today = localDate(new Date());
  // The last day of a grace period comes after every lead time before the deadline.
  const closeness = (key) => (key.grace_end ? -1 : key.lead);
  const mostUrgent = new Map();
  for (const reminder of schedule.reminders) {
    const current = mostUrgent.get(reminder.key.line);
    if (reminder.on <= today && (!current || closeness(reminder.key) < closeness(current.key))) {
      mostUrgent.set(reminder.key.line, reminder);
    }
  }
  for (const reminder of mostUrgent.values()) {
    const { line, deadline } = reminder.key;
    const covered = known.some(
      (s) => s.line === line && s.deadline === deadline && closeness(s) <= closeness(reminder.key),
    );
    if (covered) continue;
    const tag = reminder.tag;
    await self.registration.showNotification(reminder.title, { body: reminder.body, tag, data: { line } });
    sent.push(reminder.key);
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
