// On an iPhone, Safari may delete the data after 7 days without a visit: a Safari tab says so
// (with the Add to Home Screen steps, until dismissed); the Home Screen app does not, and its
// Settings say that it keeps its data apart from Safari's.
import { IPHONE_SAFARI, nav, openApp } from '../steps.mjs';

export default async function iphone(page) {
  await openApp(page, { ...IPHONE_SAFARI, standalone: false });
  const notice = page.get({ role: 'region', name: 'Safari may delete your lines' });
  await notice.get({ role: 'heading', name: 'Add to Home Screen' }).toBeVisible();
  await notice.get({ role: 'list', name: 'Add to Home Screen' }).get({ role: 'listitem' }).toHaveCount(4);
  await notice.button('Dismiss').click();
  await notice.toBeGone();
  await page.reload();
  await page.button('Add line').toBeVisible();
  await notice.toBeGone();

  // The same iPhone, in the app added to its Home Screen.
  await openApp(page, { ...IPHONE_SAFARI, standalone: true });
  await page.button('Add line').toBeVisible();
  await notice.toBeGone();
  await nav(page, 'Settings').click();
  await page.text('Linekeeper is installed on this device.').toBeVisible();
  await page.text('This Home Screen app and Linekeeper in a Safari tab keep separate data. To move your lines, export a backup in one and import it in the other.').toBeVisible();
}
