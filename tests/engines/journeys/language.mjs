// The language can be switched, and the choice is remembered.
import { openApp } from '../steps.mjs';

export default async function language(page) {
  await openApp(page);
  await page.button('Add line').toBeVisible();
  await page.field('Language').selectLabel('简体中文');
  await page.button('添加号码').toBeVisible();
  await page.waitUntil('<html lang=zh-CN>', () => page.evaluate(() => document.documentElement.lang === 'zh-CN'));
  await page.reload();
  await page.button('添加号码').toBeVisible();
  await page.field('语言').selectLabel('English');
  await page.button('Add line').toBeVisible();
}
