// Shared steps for the end-to-end specs: a fixed clock, the UI's names per language,
// and adding a line the way a person would, by role and accessible name.
import { expect, type Page } from '@playwright/test';

/** 24 Nov 2026, mid-morning in Brussels (the configured time zone). */
export const TODAY = new Date('2026-11-24T10:00:00+01:00');

/** English, Simplified Chinese, Traditional Chinese. */
export type Lang = 'en' | 'zh' | 'hant';

/** The browser locale each language is tested under. */
export const LOCALES: [Lang, string][] = [['en', 'en-GB'], ['zh', 'zh-CN'], ['hant', 'zh-TW']];

export const names = {
  en: {
    addLine: 'Add line', lines: 'Lines', name: 'Name', phone: 'Phone number', country: 'Country',
    operator: 'Operator', currency: 'Currency', notes: 'Notes', rule: 'Rule', every: 'Every',
    unit: 'Unit', lastDone: 'Last done on', expiresOn: 'Expires on', addRule: 'Add rule',
    save: 'Save', cancel: 'Cancel', edit: 'Edit', delete: 'Delete', confirmDelete: 'Yes, delete',
    undo: 'Undo', language: 'Language', required: 'Required.', useEvery: 'Use every',
    fixedExpiry: 'Fixed expiry date', purpose: 'Keep your prepaid numbers abroad alive',
    phoneProblem: 'Use digits, spaces and + - ( ) . / only.', typical: 'check with your operator',
    sevenDaysLeft: '7 days left', sixDaysLeft: '6 days left', urgent: 'Urgent', expired84: 'Expired 84 days ago',
    dueToday: 'Due today', deadline: '1 Dec 2026', months: 'months', settings: 'Settings',
    help: 'Help', reloadToUpdate: 'Reload to update',
    nowUrgent: 'Status changed: Belgian Proximus — Urgent, 7 days left.', record: 'Record renewal', amount: 'Amount',
    date: 'Date', back: 'Back to lines', showAsTable: 'Show as table', noPublishedRule: 'No published rule',
  },
  zh: {
    addLine: '添加号码', lines: '号码列表', name: '名称', phone: '电话号码', country: '国家/地区',
    operator: '运营商', currency: '货币', notes: '备注', rule: '规则类型', every: '间隔',
    unit: '单位', lastDone: '上次完成日期', expiresOn: '到期日期', addRule: '添加规则',
    save: '保存', cancel: '取消', edit: '编辑', delete: '删除', confirmDelete: '确认删除',
    undo: '撤销', language: '语言', required: '必填。', useEvery: '定期使用',
    fixedExpiry: '固定到期日', purpose: '帮你保住在国外的预付费号码',
    phoneProblem: '只能使用数字、空格和 + - ( ) . /。', typical: '请向运营商核实',
    sevenDaysLeft: '还剩 7 天', sixDaysLeft: '还剩 6 天', urgent: '紧急', expired84: '已过期 84 天',
    dueToday: '今天到期', deadline: '2026年12月1日', months: '个月', settings: '设置',
    help: '帮助', reloadToUpdate: '重新加载以更新',
    nowUrgent: '状态变化：Belgian Proximus — 紧急，还剩 7 天。', record: '记录续费', amount: '金额',
    date: '日期', back: '返回号码列表', showAsTable: '以表格显示', noPublishedRule: '没有公开的规则',
  },
  hant: {
    addLine: '新增號碼', lines: '號碼列表', name: '名稱', phone: '電話號碼', country: '國家/地區',
    operator: '電信商', currency: '貨幣', notes: '備註', rule: '規則類型', every: '間隔',
    unit: '單位', lastDone: '上次完成日期', expiresOn: '到期日期', addRule: '新增規則',
    save: '儲存', cancel: '取消', edit: '編輯', delete: '刪除', confirmDelete: '確認刪除',
    undo: '復原', language: '語言', required: '必填。', useEvery: '定期使用',
    fixedExpiry: '固定到期日', purpose: '幫你保住在國外的預付費號碼',
    phoneProblem: '只能使用數字、空格和 + - ( ) . /。', typical: '請向電信商核實',
    sevenDaysLeft: '還剩 7 天', sixDaysLeft: '還剩 6 天', urgent: '緊急', expired84: '已過期 84 天',
    dueToday: '今天到期', deadline: '2026年12月1日', months: '個月', settings: '設定',
    help: '幫助', reloadToUpdate: '重新載入以更新',
    nowUrgent: '狀態變化：Belgian Proximus — 緊急，還剩 7 天。', record: '記錄續費', amount: '金額',
    date: '日期', back: '返回號碼列表', showAsTable: '以表格顯示', noPublishedRule: '沒有公開的規則',
  },
} as const;

/** Opens the app with the clock fixed at `time` (timers then run only when the test says). */
export async function openApp(page: Page, time: Date = TODAY) {
  await page.clock.install({ time });
  await page.goto('./');
}

export function lineList(page: Page, lang: Lang) {
  return page.getByRole('list', { name: names[lang].lines, exact: true });
}

export function lineItem(page: Page, lang: Lang, lineName: string) {
  return lineList(page, lang).getByRole('listitem').filter({ hasText: lineName });
}

/** Adds a Belgian Proximus line, topped up every 12 months (Proximus publishes no rule, so the
 * user types it), last on 1 Dec 2025: due 1 Dec 2026. */
export async function addProximus(page: Page, lang: Lang, lineName = 'Belgian Proximus') {
  const n = names[lang];
  await page.getByRole('button', { name: n.addLine, exact: true }).click();
  await page.getByLabel(n.name, { exact: true }).fill(lineName);
  await page.getByLabel(n.phone, { exact: true }).fill('+32 470 12 34 56');
  await page.getByLabel(n.country, { exact: true }).selectOption('BE');
  await page.getByLabel(n.operator, { exact: true }).fill('Proximus (Pay&Go)');
  // The operator is known, with its country and currency, but it publishes no rule.
  await expect(page.getByText(n.noPublishedRule).first()).toBeVisible();
  await expect(page.getByLabel(n.currency, { exact: true })).toHaveValue('EUR');
  await page.getByLabel(n.every, { exact: true }).fill('12');
  await expect(page.getByLabel(n.unit, { exact: true })).toHaveValue('months');
  await page.getByLabel(n.lastDone, { exact: true }).fill('2025-12-01');
  await page.getByRole('button', { name: n.save, exact: true }).click();
  await expect(lineItem(page, lang, lineName)).toBeVisible();
}

/** Adds a UK giffgaff line used every 6 months, last used 1 Mar 2026: expired 84 days ago. */
export async function addGiffgaff(page: Page, lang: Lang) {
  const n = names[lang];
  await page.getByRole('button', { name: n.addLine, exact: true }).click();
  await page.getByLabel(n.name, { exact: true }).fill('UK giffgaff');
  await page.getByLabel(n.phone, { exact: true }).fill('07700 900123');
  await page.getByLabel(n.country, { exact: true }).selectOption('GB');
  await page.getByLabel(n.operator, { exact: true }).fill('giffgaff');
  await expect(page.getByLabel(n.rule, { exact: true })).toHaveValue('use_every');
  await expect(page.getByLabel(n.every, { exact: true })).toHaveValue('6');
  await page.getByLabel(n.lastDone, { exact: true }).fill('2026-03-01');
  await page.getByRole('button', { name: n.save, exact: true }).click();
  await expect(lineItem(page, lang, 'UK giffgaff')).toBeVisible();
}

/** The names of the listed lines, top to bottom. */
export async function listedNames(page: Page, lang: Lang) {
  return lineList(page, lang).getByRole('heading').allTextContents();
}

/** Waits until the service worker controls the page (after one visit, it always does). */
export async function waitForWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
}

/** A stored document (as localStorage holds it) with one Hong Kong line that expires on `expiresOn`. */
export function oneHongKongLine(id: string, expiresOn: string) {
  return JSON.stringify({
    version: 1,
    lines: [{
      id, name: 'Hong Kong CSL', number: '+852 5123 4567', country: 'HK',
      rules: [{ kind: 'fixed_expiry', expires_on: expiresOn }],
    }],
    settings: { language: 'en' },
  });
}

/** Stores `text` as the document before the app's first load, and leaves it to the app after. */
export async function storeOnFirstLoad(page: Page, text: string) {
  await page.addInitScript((text) => {
    if (!localStorage.getItem('linekeeper.document')) localStorage.setItem('linekeeper.document', text);
  }, text);
}
