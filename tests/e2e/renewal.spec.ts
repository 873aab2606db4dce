// Issue #3, steps 1–6: a line's detail, the renewal checklist (with a reload in the middle),
// recording renewals, the history, and the cost, in English and in Chinese.
import { expect, test, type Page } from '@playwright/test';
import { addProximus, lineItem, names, openApp, type Lang } from './support';

const renewal = {
  en: {
    back: 'Back to lines', checklist: 'Renewal checklist', history: 'History', cost: 'Cost',
    howRenew: 'How will you renew?', online: 'Online', shop: 'In a shop', agent: 'Through an agent',
    record: 'Record renewal', addStep: 'Add step', newStep: 'New step', restore: 'Restore default steps',
    date: 'Date', whatWasDone: 'What was done', amount: 'Amount', currency: 'Currency', channel: 'Channel',
    note: 'Note', knowDeadline: 'Know the deadline', officialSite: 'Use the official website or app',
    promotions: 'Look for promotions', hidePromotions: 'Hide step: Look for promotions',
    progress: (done: number, total: number) => `${done} of ${total} done`,
    future: 'The date cannot be later than today.', negative: 'The amount cannot be negative.',
    yearLeft: '365 days left', topUp: 'Top-up', spent: 'Spent in the last 12 months', yearly: 'Estimated yearly cost',
    rule: 'Top up every 12 months — Deadline 1 Dec 2026', perYear: 'A year of keeping them: €10.00',
    recorded: 'Renewal recorded. The deadline has moved.', okCount: 'OK: 1',
  },
  zh: {
    back: '返回号码列表', checklist: '续费清单', history: '续费记录', cost: '费用',
    howRenew: '你打算怎么续费？', online: '线上', shop: '营业厅', agent: '代理店',
    record: '记录续费', addStep: '添加步骤', newStep: '新步骤', restore: '恢复默认步骤',
    date: '日期', whatWasDone: '做了什么', amount: '金额', currency: '货币', channel: '渠道',
    note: '备注或凭证号', knowDeadline: '确认到期日', officialSite: '使用官方网站或 App',
    promotions: '留意优惠活动', hidePromotions: '隐藏步骤：留意优惠活动',
    progress: (done: number, total: number) => `已完成 ${done} / ${total}`,
    future: '日期不能晚于今天。', negative: '金额不能为负数。',
    yearLeft: '还剩 365 天', topUp: '充值', spent: '近 12 个月花费', yearly: '预计每年费用',
    rule: '每 12 个月充值一次 — 到期日 2026年12月1日', perYear: '全部号码每年费用：€10.00',
    recorded: '已记录续费，到期日已更新。', okCount: '正常：1',
  },
} as const;

async function openLine(page: Page, lang: Lang, lineName = 'Belgian Proximus') {
  await lineItem(page, lang, lineName).getByRole('button', { name: lineName, exact: true }).click();
  await expect(page.getByRole('heading', { name: lineName, level: 2 })).toBeVisible();
}

function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

for (const [lang, locale] of [['en', 'en-GB'], ['zh', 'zh-CN']] as [Lang, string][]) {
  const n = names[lang];
  const r = renewal[lang];

  test.describe(`renewal (${lang})`, () => {
    test.use({ locale });

    test('the detail shows the rules and their deadlines, and the checklist keeps its ticks across a reload', async ({ page }) => {
      await openApp(page);
      await addProximus(page, lang);
      await openLine(page, lang);
      const detail = section(page, 'Belgian Proximus');
      await expect(detail.getByText(r.rule)).toBeVisible();
      await expect(detail.getByText(n.sevenDaysLeft)).toBeVisible();

      const checklist = section(page, r.checklist);
      // 3 preparation + 3 closing steps, and Proximus's own two: its top-up code and the check after it.
      await expect(checklist.getByText(r.progress(0, 8))).toBeVisible();
      const channels = page.getByRole('radiogroup', { name: r.howRenew });
      await channels.getByRole('radio', { name: r.online, exact: true }).check();
      await expect(checklist.getByText(r.progress(0, 11))).toBeVisible();
      await checklist.getByRole('checkbox', { name: r.knowDeadline }).check();
      await checklist.getByRole('checkbox', { name: r.officialSite }).check();
      await expect(checklist.getByText(r.progress(2, 11))).toBeVisible();

      await page.reload();
      await openLine(page, lang);
      await expect(checklist.getByText(r.progress(2, 11))).toBeVisible();
      await expect(checklist.getByRole('checkbox', { name: r.knowDeadline })).toBeChecked();
      await expect(channels.getByRole('radio', { name: r.online, exact: true })).toBeChecked();

      // Own steps, hidden steps, and back to the defaults.
      await checklist.getByLabel(r.newStep, { exact: true }).fill('Ask Li Wei to buy the voucher');
      await checklist.getByRole('button', { name: r.addStep, exact: true }).click();
      await expect(checklist.getByRole('checkbox', { name: 'Ask Li Wei to buy the voucher' })).toBeVisible();
      await expect(checklist.getByText(r.progress(2, 12))).toBeVisible();
      await checklist.getByRole('button', { name: r.hidePromotions, exact: true }).click();
      await expect(checklist.getByRole('checkbox', { name: r.promotions })).toHaveCount(0);
      await expect(checklist.getByText(r.progress(2, 11))).toBeVisible();
      await checklist.getByRole('button', { name: r.restore, exact: true }).click();
      await expect(checklist.getByRole('checkbox', { name: r.promotions })).toBeVisible();
      await expect(checklist.getByRole('checkbox', { name: 'Ask Li Wei to buy the voucher' })).toHaveCount(0);
      await expect(checklist.getByText(r.progress(2, 11))).toBeVisible();
    });

    test('recording a renewal refuses bad input, moves the deadline, restarts the checklist, and can be undone', async ({ page }) => {
      await openApp(page);
      await addProximus(page, lang);
      await openLine(page, lang);
      const detail = section(page, 'Belgian Proximus');
      const checklist = section(page, r.checklist);
      await checklist.getByRole('checkbox', { name: r.knowDeadline }).check();

      await page.getByRole('button', { name: r.record, exact: true }).click();
      await expect(page.getByLabel(r.date, { exact: true })).toHaveValue('2026-11-24');
      await page.getByLabel(r.date, { exact: true }).fill('2026-11-25');
      await page.getByLabel(r.amount, { exact: true }).fill('-5');
      await page.getByRole('button', { name: n.save, exact: true }).click();
      await expect(page.getByText(r.future)).toBeVisible();
      await expect(page.getByText(r.negative)).toBeVisible();
      await expect(page.getByLabel(r.amount, { exact: true })).toHaveValue('-5');
      await expect(detail.getByText(n.sevenDaysLeft)).toBeVisible();

      await page.getByLabel(r.date, { exact: true }).fill('2026-11-24');
      await page.getByLabel(r.whatWasDone, { exact: true }).selectOption('top_up');
      await page.getByLabel(r.amount, { exact: true }).fill('15');
      await expect(page.getByLabel(r.currency, { exact: true })).toHaveValue('EUR');
      await page.getByLabel(r.channel, { exact: true }).selectOption('online');
      await page.getByLabel(r.note, { exact: true }).fill('Receipt PX-2026-11');
      await page.getByRole('button', { name: n.save, exact: true }).click();

      await expect(detail.getByText(r.yearLeft)).toBeVisible();
      await expect(checklist.getByText(r.progress(0, 8))).toBeVisible();
      const history = section(page, r.history);
      await expect(history.getByRole('listitem')).toHaveCount(1);
      await expect(history.getByRole('listitem').first()).toContainText(r.topUp);
      await expect(history.getByRole('listitem').first()).toContainText('€15.00');
      await expect(history.getByText('Receipt PX-2026-11')).toBeVisible();

      await expect(page.getByRole('status')).toHaveText(r.recorded);
      await page.getByRole('button', { name: n.undo, exact: true }).click();
      await expect(detail.getByText(n.sevenDaysLeft)).toBeVisible();
      await expect(history.getByRole('listitem')).toHaveCount(0);
      await expect(checklist.getByText(r.progress(1, 8))).toBeVisible();
    });

    test('history entries are edited and deleted, the deadline follows, and the cost adds up', async ({ page }) => {
      await openApp(page);
      await addProximus(page, lang);
      await openLine(page, lang);
      const detail = section(page, 'Belgian Proximus');
      const record = async (date: string, amount: string) => {
        await page.getByRole('button', { name: r.record, exact: true }).click();
        await page.getByLabel(r.date, { exact: true }).fill(date);
        await page.getByLabel(r.amount, { exact: true }).fill(amount);
        await page.getByRole('button', { name: n.save, exact: true }).click();
        await expect(page.getByRole('button', { name: r.record, exact: true })).toBeVisible();
      };
      await record('2026-06-01', '10');
      await record('2026-11-20', '15');
      const history = section(page, r.history);
      const entries = history.getByRole('listitem');
      await expect(entries).toHaveCount(2);
      await expect(entries.first()).toContainText('€15.00');
      await expect(entries.last()).toContainText('€10.00');

      const cost = section(page, r.cost);
      await expect(cost.getByText(r.spent)).toBeVisible();
      await expect(cost).toContainText('€25.00');
      await expect(cost.getByText(r.yearly)).toBeVisible();
      await expect(cost).toContainText('€15.00');

      // Edit the newest entry to an earlier date: the deadline follows it.
      await entries.first().getByRole('button', { name: n.edit, exact: true }).click();
      await history.getByLabel(r.date, { exact: true }).fill('2026-11-01');
      await history.getByRole('button', { name: n.save, exact: true }).click();
      await expect(detail.getByText(lang === 'en' ? 'Deadline 1 Nov 2027' : '到期日 2027年11月1日').first()).toBeVisible();

      // Delete it: the June top-up is what remains.
      await entries.first().getByRole('button', { name: n.delete, exact: true }).click();
      await entries.first().getByRole('button', { name: n.confirmDelete, exact: true }).click();
      await expect(entries).toHaveCount(1);
      await expect(detail.getByText(lang === 'en' ? 'Deadline 1 Jun 2027' : '到期日 2027年6月1日').first()).toBeVisible();

      // The list's overview: counts per status and the yearly cost per currency.
      await page.getByRole('button', { name: r.back, exact: true }).click();
      const overview = page.getByRole('region', { name: lang === 'en' ? 'Overview' : '概览' });
      await expect(overview).toContainText(r.okCount);
      await expect(overview).toContainText(r.perYear);
    });
  });
}
