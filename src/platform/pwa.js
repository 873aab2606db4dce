// The page's side of the installable app: the service worker (offline copy, updates,
// notifications), the install prompt, the app badge and the reminder schedule mirrored for the
// worker. Only browser plumbing lives here; every decision is made in Rust (src/app_state).
// Written as a wasm-bindgen snippet because most of these APIs (periodicSync, setAppBadge,
// beforeinstallprompt) have no stable web-sys binding, and their events are easier to wire here.

const REMINDERS_CACHE = 'linekeeper-reminders';
const SCHEDULE_URL = 'reminder-schedule.json';
const WORKER_SENT_URL = 'reminders-sent-by-worker.json';
const WORKER_HELD_URL = 'reminders-held-by-worker.json';
const PERIODIC_TAG = 'linekeeper-reminders';
const DAY_MS = 24 * 60 * 60 * 1000;

let installPrompt = null;

/** What this browser can do, as a list of feature names. */
export function supportedFeatures() {
  const features = [];
  if ('serviceWorker' in navigator) features.push('offline');
  if ('Notification' in window && 'serviceWorker' in navigator) features.push('notifications');
  if ('ServiceWorkerRegistration' in window && 'periodicSync' in ServiceWorkerRegistration.prototype) {
    features.push('background');
  }
  if ('setAppBadge' in navigator) features.push('badge');
  return features;
}

/**
 * Registers ./sw.js (relative to <base href>, so a sub-path works). Calls `onUpdateReady`
 * when a new version has been downloaded and waits, `onOpenLine(id, view)` when a notification
 * for a line is clicked while the app is open (`view`: `renew` for its Record renewal button),
 * and `onRemindersChanged()` when the worker recorded a `Tomorrow` pressed on a notification.
 */
export function registerWorker(onUpdateReady, onOpenLine, onRemindersChanged) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    const data = event.data || {};
    if (typeof data.openLine === 'string') onOpenLine(data.openLine, data.view || '');
    if (data.remindersChanged) onRemindersChanged();
  });
  const register = () => navigator.serviceWorker
    .register(new URL('sw.js', document.baseURI), { updateViaCache: 'none' })
    .then((registration) => {
      const announce = () => {
        if (registration.waiting && navigator.serviceWorker.controller) onUpdateReady();
      };
      announce();
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        if (worker) worker.addEventListener('statechange', announce);
      });
    })
    .catch(() => {});
  // Once the list has been painted: installing the worker (it fetches sw.js and copies every
  // file of the app) then does not compete with the first render on a slow phone.
  requestAnimationFrame(() => setTimeout(register, 0));
}

/** Lets the waiting version take over, then reloads once it has. */
export function applyUpdate() {
  navigator.serviceWorker.getRegistration().then((registration) => {
    if (!registration || !registration.waiting) return window.location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload());
    registration.waiting.postMessage('skip-waiting');
  });
}

/** `granted`, `denied`, `default` or `unsupported`. */
export function notificationPermission() {
  return 'Notification' in window ? Notification.permission : 'unsupported';
}

/** Asks for permission; only ever called from a click. Resolves to the new permission. */
export async function requestNotificationPermission() {
  if (!('Notification' in window)) return 'unsupported';
  return await Notification.requestPermission();
}

/**
 * Shows a notification through the service worker registration (`new Notification()` throws
 * on Android). The tag makes a repeat replace rather than add. Resolves to whether it showed.
 */
export async function showNotification(title, body, tag, dataJson, actionsJson) {
  if (notificationPermission() !== 'granted' || !('serviceWorker' in navigator)) return false;
  try {
    const registration = await navigator.serviceWorker.ready;
    const data = JSON.parse(dataJson || '{}');
    const options = { body, tag, data, icon: 'icons/icon-192.png' };
    // Only where the engine shows buttons (Chromium): elsewhere the card and detail offer them.
    if (actionsJson && notificationActions() > 0) options.actions = JSON.parse(actionsJson);
    await registration.showNotification(title, options);
    return true;
  } catch {
    return false;
  }
}

/** How many buttons a notification can carry here (0 where the engine shows none). */
export function notificationActions() {
  return 'Notification' in window && typeof Notification.maxActions === 'number' ? Notification.maxActions : 0;
}

/** Closes the shown notifications whose tag starts with `prefix` (a line's, once renewed). */
export async function closeNotifications(prefix) {
  if (!('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.ready;
    for (const shown of await registration.getNotifications()) {
      if (shown.tag.startsWith(prefix)) shown.close();
    }
  } catch {
    // Nothing shown, or no worker: nothing to close.
  }
}

/** The number on the app icon; 0 clears it. */
export function setBadge(count) {
  if (!('setAppBadge' in navigator)) return;
  const done = count > 0 ? navigator.setAppBadge(count) : navigator.clearAppBadge();
  done.catch(() => {});
}

/** Keeps the browser's install prompt for the `Install app` button, and says when it exists. */
export function watchInstallPrompt(onAvailable, onInstalled) {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installPrompt = event;
    onAvailable();
  });
  window.addEventListener('appinstalled', () => {
    installPrompt = null;
    onInstalled();
  });
}

/** Shows the browser's install dialog. Resolves to whether the user accepted. */
export async function promptInstall() {
  if (!installPrompt) return false;
  const prompt = installPrompt;
  installPrompt = null;
  await prompt.prompt();
  const choice = await prompt.userChoice;
  return choice.outcome === 'accepted';
}

/** Running as the installed app (its own window), rather than in a browser tab. */
export function isStandalone() {
  return window.matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
}

/** iPhone and iPad Safari, where the only way to install is Share → Add to Home Screen. */
export function isIos() {
  const iPadAsMac = navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1;
  return /iPhone|iPad|iPod/.test(navigator.userAgent) || iPadAsMac;
}

/**
 * Stores the schedule (JSON from Rust) where the service worker can read it, and asks for a
 * periodic background check where the browser offers one (installed app, Chromium).
 */
export async function mirrorSchedule(json) {
  if (!('caches' in window)) return;
  try {
    const cache = await caches.open(REMINDERS_CACHE);
    await cache.put(SCHEDULE_URL, new Response(json, { headers: { 'Content-Type': 'application/json' } }));
    const registration = await navigator.serviceWorker.ready;
    if (registration.periodicSync) {
      await registration.periodicSync.register(PERIODIC_TAG, { minInterval: DAY_MS / 2 });
    }
  } catch {
    // Not allowed here (e.g. not installed): the open app and the calendar still remind.
  }
}

/** The reminders the service worker sent while the app was closed, as JSON (`[]` if none). */
export async function remindersSentByWorker() {
  return await workerRecord(WORKER_SENT_URL);
}

/** The `Tomorrow`s pressed on notifications the worker handled, as JSON (`[]` if none). */
export async function remindersHeldByWorker() {
  return await workerRecord(WORKER_HELD_URL);
}

async function workerRecord(url) {
  if (!('caches' in window)) return '[]';
  try {
    const cache = await caches.open(REMINDERS_CACHE);
    const response = await cache.match(url);
    return response ? await response.text() : '[]';
  } catch {
    return '[]';
  }
}

/**
 * The line a clicked notification opened the app on (`?line=…`, with `&view=renew` for its
 * Record renewal button), as `line` or `line view`, removed from the address.
 */
export function takeLineParameter() {
  const url = new URL(window.location.href);
  const line = url.searchParams.get('line');
  if (line === null) return undefined;
  const view = url.searchParams.get('view');
  url.searchParams.delete('line');
  url.searchParams.delete('view');
  window.history.replaceState(null, '', url.href);
  return view ? `${line} ${view}` : line;
}
