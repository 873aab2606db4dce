// The floor of list ready: a static page that costs nothing to start, already holding what the
// bench waits for (the `Add line` button and the first page of list items), timed by the same
// harness, from the same server and origin, with the same stored document, in the same run as
// the app. What the app takes beyond it is what the app costs.
import { LIST_PAGE } from './config.mjs';
import { benchInit, storeDocument } from './page_timings.mjs';

/** Where the bench's server answers with the floor page (a path dist/ does not have). */
export const FLOOR_PATH = '/bench-floor.html';

/** The floor page: the app's stylesheet, a heading, the button and `items` list items. */
export function floorPage(stylesheet, items) {
  const cards = Array.from({ length: items }, (_, i) =>
    `<li class="line-card"><h3 class="line-name">Line ${i + 1}</h3><p class="line-number">+32 470 00 00 ${String(i).padStart(2, '0')}</p></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Linekeeper bench floor</title>
${stylesheet ? `<link rel="stylesheet" href="${stylesheet}" />` : ''}
</head><body><main class="app-main"><section class="line-list-section">
<div class="section-header"><h2>Lines</h2><button type="button" class="button-primary">Add line</button></div>
${items ? `<ul class="line-list" aria-label="Lines">${cards}</ul>` : ''}
</section></main></body></html>
`;
}

/** List ready on the floor page (ms from navigation start), with `document` stored as for the app. */
export async function measureFloorOnce(browser, baseURL, { lines, document }) {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Brussels', bypassCSP: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await storeDocument(page, baseURL, document);
  await page.addInitScript(benchInit, { expectedLines: Math.min(lines, LIST_PAGE) });
  const items = Math.min(lines, LIST_PAGE);
  await page.goto(new URL(`${FLOOR_PATH.slice(1)}?items=${items}`, baseURL).href);
  await page.waitForFunction(() => window.__benchListReadyAt !== undefined, null, { timeout: 120_000 });
  const listReadyMs = await page.evaluate(() => window.__benchListReadyAt);
  await context.close();
  return listReadyMs;
}
