// Issue #7: axe-core on every screen and dialog, in English and Chinese, light and dark; every
// control reached by Tab with a visible focus ring; and screenshots of the main screens at phone and desktop sizes into target/screenshots/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { addGiffgaff, addProximus, LOCALES, names, openApp, waitForWorker, type Lang } from './support';

// axe is injected as an inline script, which the app's Content-Security-Policy forbids.
test.use({ bypassCSP: true });

/** A Proximus line with top-ups paid in 2025 and 2026, its detail open. */
async function recordTwoYears(page: Page, lang: Lang) {
  await addProximus(page, lang);
  await page.getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
  const n = names[lang];
  const record = n.record;
  for (const [date, amount] of [['2025-12-10', '15'], ['2026-11-20', '10']]) {
    await page.getByRole('button', { name: record, exact: true }).click();
    await page.getByLabel(n.date, { exact: true }).fill(date);
    await page.getByLabel(n.amount, { exact: true }).fill(amount);
    await page.getByRole('button', { name: n.save, exact: true }).click();
    await expect(page.getByRole('button', { name: record, exact: true })).toBeVisible();
  }
}

/** Each screen (and the delete confirmation) as a step that brings the page to it. */
function screens(lang: Lang): [string, (page: Page) => Promise<void>][] {
  const n = names[lang];
  return [
    ['empty list', async () => {}],
    ['list with lines', async (page) => {
      await addProximus(page, lang);
      await addGiffgaff(page, lang);
    }],
    ['add line form with errors', async (page) => {
      await page.getByRole('button', { name: n.addLine, exact: true }).click();
      await page.getByRole('button', { name: n.save, exact: true }).click();
      await expect(page.getByText(n.required).first()).toBeVisible();
    }],
    ['delete confirmation', async (page) => {
      await addProximus(page, lang);
      await page.getByRole('button', { name: n.delete, exact: true }).click();
      await expect(page.getByRole('button', { name: n.confirmDelete, exact: true })).toBeVisible();
    }],
    ['line detail with checklist, history and cost', async (page) => {
      await addProximus(page, lang);
      await page.getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
      await page.getByRole('radio').first().check();
    }],
    ['record renewal form with errors', async (page) => {
      await addProximus(page, lang);
      await page.getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
      await page.getByRole('button', { name: n.record, exact: true }).click();
      await page.getByLabel(n.amount, { exact: true }).fill('-1');
      await page.getByRole('button', { name: n.save, exact: true }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    }],
    ['cost per year and the next 12 months, shown as tables', async (page) => {
      await recordTwoYears(page, lang);
      await page.getByRole('button', { name: n.back, exact: true }).click();
      for (const toggle of await page.getByRole('button', { name: n.showAsTable, exact: true }).all()) {
        await toggle.click();
      }
    }],
    ['line detail with cost per year, shown as a table', async (page) => {
      await recordTwoYears(page, lang);
      await page.getByRole('button', { name: n.showAsTable, exact: true }).click();
    }],
    ['settings', async (page) => {
      await page.getByRole('navigation').getByRole('button', { name: n.settings, exact: true }).click();
      await expect(page.getByRole('heading', { name: n.settings, exact: true })).toBeVisible();
    }],
    ['help', async (page) => {
      await page.getByRole('navigation').getByRole('button', { name: n.help, exact: true }).click();
      await expect(page.getByRole('heading', { level: 2, name: n.help, exact: true })).toBeVisible();
      // What keeps a number alive, reminders in this browser, backups, data on this device.
      await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveCount(5);
    }],
    ['update offer', async (page) => {
      // Only an installed worker looks for a new version.
      await waitForWorker(page);
      await page.context().addCookies([{ name: 'linekeeper-release', value: 'next', url: page.url() }]);
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await expect(page.getByRole('button', { name: n.reloadToUpdate, exact: true })).toBeVisible();
    }],
  ];
}

for (const [lang, locale] of LOCALES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`accessibility (${lang}, ${colorScheme})`, () => {
      test.use({ locale, colorScheme });

      for (const [screen, reach] of screens(lang)) {
        test(`${screen}: no serious or critical axe violations`, async ({ page }) => {
          await openApp(page);
          await reach(page);
          expect(await seriousViolations(page)).toEqual([]);
        });
      }
    });
  }
}

type Reached = { missed: string[]; unmarked: string[] };

/**
 * Presses Tab through the whole page, as a keyboard user does. Returns the visible controls Tab
 * never reached (a radio group counts as reached when one of its radios is: arrows move inside
 * it), and the controls that took focus without a visible focus ring.
 */
async function tabThrough(page: Page): Promise<Reached> {
  const controls: { key: string; label: string; group: string }[] = await page.evaluate(() => {
    const selector = 'button, input, select, textarea, a[href], summary, [tabindex="0"]';
    const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }),
    );
    return visible.map((el, index) => {
      el.dataset.tabKey = String(index);
      const input = el as HTMLInputElement;
      const label = el.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? el.textContent ?? '';
      return { key: String(index), label: `${el.tagName.toLowerCase()} "${label.trim()}"`, group: input.type === 'radio' ? input.name : '' };
    });
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  const unmarked = new Set<string>();
  // Until focus comes round again to where it started (a date field takes one Tab per part).
  let first: string | undefined;
  for (let press = 0; press < 4 * controls.length + 10; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // A date field's calendar button lives in the browser's own shadow DOM: the field is then
      // active without matching :focus, and the browser draws that button's ring itself.
      if (!el?.dataset.tabKey || !el.matches(':focus')) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { key: el.dataset.tabKey, ring };
    });
    if (!focused) continue;
    if (focused.key === first && reached.size > 1) break;
    first ??= focused.key;
    reached.add(focused.key);
    if (!focused.ring) unmarked.add(focused.key);
  }
  const groupsReached = new Set(controls.filter((c) => c.group && reached.has(c.key)).map((c) => c.group));
  const label = (key: string) => controls.find((c) => c.key === key)!.label;
  return {
    missed: controls.filter((c) => !reached.has(c.key) && !(c.group && groupsReached.has(c.group))).map((c) => c.label),
    unmarked: [...unmarked].map(label),
  };
}

/**
 * Every word a person sees or hears on the page: its text, and its labels and placeholders.
 * What the page marks `translate="no"` (operator names, dialling codes) is the same in every
 * language and left out.
 */
async function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .map((el) => ['aria-label', 'placeholder', 'title'].map((name) => el.getAttribute(name) ?? '').join(' '));
    const untranslatable = [...document.querySelectorAll<HTMLElement>('[translate="no"]')];
    const hidden = untranslatable.map((el) => [el, el.style.display] as const);
    hidden.forEach(([el]) => (el.style.display = 'none'));
    const text = document.body.innerText;
    hidden.forEach(([el, display]) => (el.style.display = display));
    return [text, ...attributes].join('\n');
  });
}

/**
 * What stays as it is in either language: what the user typed (line names, numbers, operators),
 * each language's own name in the picker, brands, words Chinese uses as they are, and codes.
 */
const KEPT_AS_IS = [
  'Belgian Proximus', 'UK giffgaff', 'Proximus (Pay&Go)', 'giffgaff', 'English', '简体中文', '繁體中文',
  'Chrome', 'Edge', 'App', 'Wi-Fi', 'iMessage', 'FaceTime', 'iPhone', 'iPad', 'Safari', 'goodybag',
  ...operatorBrands(),
].sort((a, b) => b.length - a.length);

/** The operator catalogue's names (brands, which a note in any language writes as they are) and
 * the words of its text codes (`TOPUP`), from the built catalogue file. */
function operatorBrands(): string[] {
  const file = join(process.cwd(), 'dist', 'operators.json');
  const catalogue = JSON.parse(readFileSync(file, 'utf8')) as {
    operators: { name: string; names: { local: string; aliases?: string[] }; codes?: { sms_text?: string }[] }[];
  };
  return catalogue.operators.flatMap((operator) => [
    operator.name,
    operator.name.split(' ')[0],
    operator.names.local,
    ...(operator.names.aliases ?? []),
    ...(operator.codes ?? []).flatMap((code) => (code.sms_text ?? '').split(' ').filter((word) => !word.includes('<'))),
  ]).filter((word) => word.length > 1);
}
/** Country and currency codes beside their names, `比利时 (BE)`, and on the cards. */
const CODES = /\(?\b[A-Z]{2,3}(?![A-Za-z])\)?/g;

function withoutKept(text: string): string {
  return KEPT_AS_IS.reduce((rest, kept) => rest.replaceAll(kept, ' '), text).replace(CODES, ' ');
}

/** Characters only Simplified Chinese writes: none may show on a Traditional Chinese screen. */
const SIMPLIFIED_ONLY = /[设删续记录语导这个们费时号态间现历码运营证户务应还过发简选择确认当备种网络长开关闭显类]/g;

/** What does not belong on a screen in `lang`: Chinese in English; Latin words (and, in
 * Traditional Chinese, Simplified characters) in Chinese. */
function foreignWords(lang: Lang, rest: string): string[] {
  if (lang === 'en') return rest.match(/[\u3400-\u9fff]+/g) ?? [];
  const latin = rest.match(/[A-Za-z]{2,}/g) ?? [];
  return lang === 'hant' ? [...latin, ...(rest.match(SIMPLIFIED_ONLY) ?? [])] : latin;
}

for (const [lang, locale] of LOCALES) {
  test.describe(`one language at a time (${lang})`, () => {
    test.use({ locale });
    for (const [screen, reach] of screens(lang)) {
      test(`${screen}: only ${locale} on the screen`, async ({ page }) => {
        await openApp(page);
        await reach(page);
        const rest = withoutKept(await pageWords(page));
        expect(foreignWords(lang, rest)).toEqual([]);
      });
    }
  });
}

test.describe('keyboard alone', () => {
  for (const [screen, reach] of screens('en')) {
    test(`${screen}: Tab reaches every control, each with a visible focus ring`, async ({ page }) => {
      // Help lists every operator with its source link: a few hundred Tabs, each checked.
      test.slow(screen === 'help');
      await openApp(page);
      await reach(page);
      const { missed, unmarked } = await tabThrough(page);
      expect(missed).toEqual([]);
      expect(unmarked).toEqual([]);
    });
  }
});

test.describe('screenshots', () => {
  for (const [lang, locale] of LOCALES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [width, height] of [[360, 800], [1280, 800]]) {
        test.describe(() => {
          test.use({ locale, colorScheme, viewport: { width, height } });
          test(`${lang} ${colorScheme} ${width}x${height}`, async ({ page }) => {
            await openApp(page);
            await addProximus(page, lang);
            await addGiffgaff(page, lang);
            const shot = (name: string) =>
              page.screenshot({ path: `target/screenshots/${name}-${lang}-${colorScheme}-${width}x${height}.png`, fullPage: true });
            await shot('list');
            await page.getByRole('button', { name: names[lang].addLine, exact: true }).click();
            await page.getByRole('button', { name: names[lang].save, exact: true }).click();
            await shot('form-errors');
            await page.getByRole('button', { name: names[lang].cancel, exact: true }).click();
            await page.getByRole('button', { name: 'Belgian Proximus', exact: true }).click();
            await shot('line-detail');
            await page.getByRole('navigation').getByRole('button', { name: names[lang].settings, exact: true }).click();
            await shot('settings');
            await page.getByRole('navigation').getByRole('button', { name: names[lang].help, exact: true }).click();
            await shot('help');
          });
        });
      }
    }
  }
});
