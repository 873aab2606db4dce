// Issue #15: three interface languages. The browser's language picks Traditional Chinese for
// Taiwan, Hong Kong and Macao and Simplified for mainland China and Singapore; the picker offers
// each language under its own name, and the choice is remembered.
import { expect, test } from '@playwright/test';
import { addProximus, lineItem, names, openApp } from './support';

for (const [locale, appName, settings] of [
  ['zh-TW', '保號助手', '設定'],
  ['zh-HK', '保號助手', '設定'],
  ['zh-MO', '保號助手', '設定'],
  ['zh-CN', '保号助手', '设置'],
  ['zh-SG', '保号助手', '设置'],
] as const) {
  test.describe(() => {
    test.use({ locale });
    test(`a browser in ${locale} opens in ${appName === '保號助手' ? 'Traditional' : 'Simplified'} Chinese`, async ({ page }) => {
      await openApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(appName);
      await expect(page.getByRole('navigation').getByRole('button', { name: settings, exact: true })).toBeVisible();
    });
  });
}

test('繁體中文 is chosen in the picker, says the line in Traditional Chinese, and is remembered', async ({ page }) => {
  await openApp(page);
  await addProximus(page, 'en');
  const picker = page.getByLabel(names.en.language, { exact: true });
  await expect(picker.getByRole('option')).toHaveText(['English', '简体中文', '繁體中文']);
  await picker.selectOption({ label: '繁體中文' });
  const n = names.hant;
  await expect(lineItem(page, 'hant', 'Belgian Proximus').getByText(n.sevenDaysLeft)).toBeVisible();
  await expect(lineItem(page, 'hant', 'Belgian Proximus').getByText(`到期日 ${n.deadline}`)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await page.reload();
  await expect(page.getByLabel(n.language, { exact: true })).toHaveValue('zh-Hant');
  await expect(page.getByRole('button', { name: n.addLine, exact: true })).toBeVisible();
});
