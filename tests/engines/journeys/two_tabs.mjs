// Two tabs stay one: a line added in one shows in the other at once (the storage event), and
// the other tab says so.
import { addGiffgaff, addProximus, lineItem, openApp } from '../steps.mjs';

export default async function twoTabs(page) {
  await openApp(page);
  await addProximus(page);
  const second = await page.newTab();
  try {
    await second.goto(`${page.origin}/`);
    await lineItem(second, 'Belgian Proximus').toBeVisible();
    await addGiffgaff(second);
    await lineItem(page, 'UK giffgaff').toBeVisible();
    await page.get({ role: 'status', hasText: 'Changed in another tab: UK giffgaff' }).toBeVisible();
  } finally {
    await second.session.close();
  }
}
