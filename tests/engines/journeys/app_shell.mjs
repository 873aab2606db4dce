// While the wasm is on its way, the page shows the app shell in the language and theme the app
// will use (the page is served here without the app's start-up script, so the shell stays);
// then, with the app, the shell is gone and the app says the same.
import { expectEqual, openApp } from '../steps.mjs';

const TRADITIONAL_DARK = {
  'linekeeper.document': JSON.stringify({ version: 2, line_ids: [], settings: { language: 'zh-Hant', theme: 'dark' } }),
};

const pageFacts = () => ({
  lang: document.documentElement.lang,
  theme: document.documentElement.getAttribute('data-theme'),
  headings: Array.from(document.querySelectorAll('h1')).map((h1) => h1.textContent),
  shell: !!document.getElementById('app-shell'),
});

/** The page's facts in a fixed key order (WebDriver may hand an object's keys back in another). */
async function factsOf(page) {
  const { lang, theme, headings, shell } = await page.evaluate(pageFacts);
  return { lang, theme, headings, shell };
}

export default async function appShell(page) {
  await openApp(page, { withoutApp: true });
  await page.text('Keep your prepaid numbers abroad alive').toBeVisible();
  expectEqual((await factsOf(page)).headings, ['Linekeeper'], 'the shell in English');

  await openApp(page, { withoutApp: true, stored: TRADITIONAL_DARK });
  await page.text('幫你保住在國外的預付費號碼').toBeVisible();
  expectEqual(await factsOf(page), { lang: 'zh-Hant', theme: 'dark', headings: ['保號助手'], shell: true },
    'the shell in the stored language and theme');

  await openApp(page, { stored: TRADITIONAL_DARK });
  await page.button('新增號碼').toBeVisible();
  expectEqual(await factsOf(page), { lang: 'zh-Hant', theme: 'dark', headings: ['保號助手'], shell: false },
    'the app in place of the shell');
}
