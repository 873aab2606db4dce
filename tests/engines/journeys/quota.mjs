// With localStorage really full, a save fails honestly: the quota banner is the one message,
// nothing says "Saved."; once there is room again, the next save clears the banner.
import { addGiffgaff, addProximus, lineItem, openApp } from '../steps.mjs';

export default async function quota(page) {
  await openApp(page);
  await addProximus(page);
  await page.get({ role: 'status', hasText: 'Saved.' }).toBeVisible();
  // Fill the store to the last character it takes: chunks that halve on each refusal.
  const filled = await page.evaluate(() => {
    let size = 1 << 21;
    let keys = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`linekeeper-test-filler-${keys}`, 'x'.repeat(size));
        keys += 1;
      } catch {
        size >>= 1;
      }
    }
    return keys;
  });
  if (!filled) throw new Error('localStorage took nothing');

  await addGiffgaff(page);
  const alert = page.get({ role: 'alert' });
  await alert.toContainText('this browser refuses to store more');
  await lineItem(page, 'UK giffgaff').toBeVisible();
  await page.get({ text: 'Saved.' }).toBeGone();
  await page.get({ role: 'status', hasText: 'Saved.' }).toHaveCount(0);

  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('linekeeper-test-filler-')) localStorage.removeItem(key);
  });
  await lineItem(page, 'Belgian Proximus').button('Edit').click();
  await page.field('Notes').fill('room again');
  await page.button('Save').click();
  await alert.toBeGone();
  await page.get({ role: 'status', hasText: 'Saved.' }).toBeVisible();
  // Saved is saved: the line whose save failed is stored too, not only the one edited.
  await page.reload();
  await lineItem(page, 'Belgian Proximus').toBeVisible();
  await lineItem(page, 'UK giffgaff').toBeVisible();
}
