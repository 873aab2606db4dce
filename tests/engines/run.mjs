// The journeys that matter, in the three engines phones use: Chromium, WebKit (every iPhone
// browser) and Firefox. One file per journey in journeys/, shared by every engine; each runs in
// a fresh browser context (a fresh MiniBrowser for WebKit) against dist/.
//
//   node tests/engines/run.mjs                    every engine, every journey
//   node tests/engines/run.mjs webkit firefox     some engines
//   JOURNEY=quota node tests/engines/run.mjs      one journey
//
// Prints one plain line per engine, `webkit: N passed, N failed`, and exits non-zero if any
// journey failed. A journey fails on its own assertion, or when the page threw anything.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, launchFirefox } from './backends/puppeteer.mjs';
import { launchWebKit } from './backends/webdriver.mjs';
import { Page } from './page.mjs';
import { startServer } from './server.mjs';

// The engines read the time zone from the environment: the journeys' dates are Brussels's.
process.env.TZ = 'Europe/Brussels';
const JOURNEY_TIMEOUT_MS = 90_000;
// A failure of the driver, not of the app: no session could be created, or the session died.
const DRIVER_LOST = /WebDriver POST \/session: |invalid session id/;
const ENGINES = { chromium: launchChromium, webkit: launchWebKit, firefox: launchFirefox };

const engines = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(ENGINES);
const only = process.env.JOURNEY;
const journeyDir = new URL('./journeys/', import.meta.url);
const journeys = [];
for (const file of readdirSync(journeyDir).filter((name) => name.endsWith('.mjs')).sort()) {
  const name = file.replace(/\.mjs$/, '');
  if (!only || only === name) journeys.push({ name, run: (await import(new URL(file, journeyDir))).default });
}

const server = await startServer(Number(process.env.ENGINES_PORT ?? 4180));
const tallies = [];
let failedAny = false;
for (const engine of engines) {
  const tally = { engine, passed: 0, failed: 0 };
  tallies.push(tally);
  // Each engine's downloads land in target/engines/<engine>/, emptied before each journey.
  const downloads = resolve(`target/engines/${engine}`);
  let browser;
  try {
    mkdirSync(downloads, { recursive: true });
    browser = await ENGINES[engine]({ downloads });
  } catch (error) {
    console.log(`  ✘ ${engine}: could not start: ${error.message}`);
    tally.failed = journeys.length;
    failedAny = true;
    continue;
  }
  for (const journey of journeys) {
    const started = Date.now();
    let error = await runJourney(browser, journey, engine, downloads);
    if (error && DRIVER_LOST.test(error.message)) {
      // The driver lost the browser (WebKit's, a few times in a hundred journeys on a loaded
      // machine): that says nothing about the app, so the journey runs once more, and says so.
      const output = engine === 'webkit' ? '; what it printed: target/engines/webkit-driver.log' : '';
      console.log(`  ↻ ${engine} › ${journey.name}: run again, the driver lost its browser (${firstLine(error)}${output})`);
      error = await runJourney(browser, journey, engine, downloads);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (error) {
      tally.failed += 1;
      failedAny = true;
      console.log(`  ✘ ${engine} › ${journey.name} (${seconds} s)\n      ${error.message.replace(/\n/g, '\n      ')}`);
    } else {
      tally.passed += 1;
      console.log(`  ✔ ${engine} › ${journey.name} (${seconds} s)`);
    }
  }
  await browser.close();
}
await server.close();
for (const { engine, passed, failed } of tallies) console.log(`${engine}: ${passed} passed, ${failed} failed`);
process.exit(failedAny ? 1 : 0);

/** Runs one journey in a new session; resolves with its error, or undefined when it passed. */
async function runJourney(browser, journey, engine, downloads) {
  let session;
  try {
    for (const entry of readdirSync(downloads)) rmSync(resolve(downloads, entry), { recursive: true, force: true });
    session = await browser.newSession();
    const page = new Page(session, server, downloads);
    await withTimeout(journey.run(page, engine), JOURNEY_TIMEOUT_MS);
    const thrown = JSON.parse((await page.evaluate(() => sessionStorage.getItem('linekeeper-test-errors'))) ?? '[]');
    if (thrown.length) throw new Error(`the page threw: ${thrown.join(' | ')}`);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    // A hung browser must not hold up the next journeys.
    await withTimeout(session?.close() ?? Promise.resolve(), 10_000).catch(() => {});
  }
}

function firstLine(error) {
  return error.message.split('\n')[0];
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`journey timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
