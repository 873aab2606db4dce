// Add, edit and delete a line with Undo; countdowns; a reload keeps the data.
import { addGiffgaff, addProximus, expectEqual, lineItem, lineList, listedNames, openApp } from '../steps.mjs';

export default async function lines(page) {
  await openApp(page);
  await page.text('Keep your prepaid numbers abroad alive').toBeVisible();
  await addProximus(page);
  await addGiffgaff(page);
  const proximus = lineItem(page, 'Belgian Proximus');
  await proximus.toContainText('7 days left');
  await proximus.toContainText('Urgent');
  await proximus.toContainText('1 Dec 2026');
  await lineItem(page, 'UK giffgaff').toContainText('Expired 84 days ago');
  expectEqual(await listedNames(page), ['UK giffgaff', 'Belgian Proximus'], 'nearest deadline first');

  await page.reload();
  await lineItem(page, 'Belgian Proximus').toContainText('7 days left');
  expectEqual(await listedNames(page), ['UK giffgaff', 'Belgian Proximus'], 'after a reload');

  await proximus.button('Edit').click();
  await page.field('Name').toHaveValue('Belgian Proximus');
  await page.field('Name').fill('Proximus card');
  await page.button('Save').click();
  const edited = lineItem(page, 'Proximus card');
  await edited.toContainText('7 days left');
  await page.get({ role: 'status', hasText: 'Saved.' }).toBeVisible();

  await edited.button('Delete').click();
  await edited.button('Yes, delete').click();
  await edited.toBeGone();
  await page.button('Undo').click();
  await edited.toBeVisible();

  await edited.button('Delete').click();
  await edited.button('Yes, delete').click();
  await edited.toBeGone();
  await page.reload();
  await lineItem(page, 'UK giffgaff').toBeVisible();
  await lineList(page).get({ role: 'listitem' }).toHaveCount(1);
}
