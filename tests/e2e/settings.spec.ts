// Settings that shape the whole app: the colour theme follows the system unless overridden.
import { expect, test } from '@playwright/test';
import { openApp } from './support';

test.use({ colorScheme: 'light' });

test('the theme follows the system, can be set to dark or light, and is remembered', async ({ page }) => {
  await openApp(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBackground = await background();
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  const theme = page.getByLabel('Theme', { exact: true });
  await expect(theme).toHaveValue('');

  await theme.selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(lightBackground);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // A dark system with the light theme picked stays light.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  await theme.selectOption({ label: 'Light' });
  expect(await background()).toBe(lightBackground);

  await theme.selectOption({ label: 'Follow the system' });
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  expect(await background()).not.toBe(lightBackground);
});
