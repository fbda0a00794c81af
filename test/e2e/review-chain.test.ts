import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser.ts';
import { CHAIN_ITEMS, CHAIN_PARENT, CHAIN_SUB_UNIT, CHAIN_USERS, type ChainUser } from '../support/e2e-chain-fixtures.ts';

/**
 * The review chain in a browser (issue 3's end-to-end acceptance). Two units, 区交通运输局 and its
 * sub-unit 区公路养护中心, take draft items (made by the e2e global setup) through consultation, the
 * leadership meeting and the head's signed submission; the parent department, the district office
 * (which returns one item, fixed and resubmitted) and the legal office review them; the publisher
 * publishes them as a new edition; the public catalog then holds exactly the earlier edition's items
 * plus these four, and the earlier edition still answers with its own. Each step is one person in a
 * fresh browser context, signed in through the login form.
 */

const base = inject('e2eBaseUrl');
const [LICENCE_REISSUE, TAXI] = CHAIN_ITEMS.parent;
const [PERMIT_ADVICE, MAINTENANCE] = CHAIN_ITEMS.sub;
const ALL_ITEMS = [...CHAIN_ITEMS.parent, ...CHAIN_ITEMS.sub];
const RETURNED = TAXI;
const RETURN_COMMENT = '申请条件未写明驾驶员须无重大以上交通责任事故记录，请按《出租汽车驾驶员从业资格管理规定》补充后重新报送。';
const FIELD_COMMENT = '补充“无重大以上交通责任事故记录”的条件';
const FIXED_CONDITIONS = '已取得出租汽车驾驶员从业资格证，无重大以上交通责任事故记录，并与本区出租汽车经营者签订劳动合同或者经营合同。';
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const DOC_NUMBER = `张武政办发〔${TODAY.slice(0, 4)}〕21号`;

let browser: Browser;
/** The codes of the four items, read from the publisher's page. */
const codes = new Map<string, string>();
let previousEdition = 0;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });

/** Runs `steps` as `who` in a fresh browser context, signed in through the login form. */
async function as(who: ChainUser, steps: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${base}/admin/`);
    await page.getByTestId('login-form').waitFor();
    await page.getByLabel('用户名').fill(CHAIN_USERS[who].username);
    await page.getByLabel('密码', { exact: true }).fill(CHAIN_USERS[who].password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-menu').waitFor();
    try {
      await steps(page);
    } catch (error) {
      // What the page showed when the step failed, for whoever reads the failure.
      await page.screenshot({ path: path.join('test-results', `review-chain-failed-${who}.png`) }).catch(() => undefined);
      throw error;
    }
  } finally {
    await context.close();
  }
}

/** Waits for the success message containing `text`; an error message fails the step with its words. */
async function succeeded(page: Page, text: string | RegExp): Promise<void> {
  const ok = page.locator('.ant-message-success').filter({ hasText: text }).first();
  const failed = page.locator('.ant-message-error').first();
  await ok.or(failed).waitFor();
  if (await failed.isVisible()) throw new Error(`操作失败：${await failed.textContent()}`);
}

/**
 * Clicks `button` once the page's animations have finished: a dialog or drawer zooms or slides in, and
 * on a busy machine a click aimed while it moves can land beside the button. Endless animations and
 * the click ripple (.ant-wave, two seconds of fading) move nothing.
 */
async function press(page: Page, button: Locator): Promise<void> {
  await button.waitFor();
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => {
      const target = (a.effect as KeyframeEffect | null)?.target;
      return a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity || target?.classList.contains('ant-wave');
    }),
  );
  await button.click();
}

/** Answers the open confirmation dialog with the button `label`. */
async function confirm(page: Page, label: string): Promise<void> {
  await press(page, page.locator('.ant-modal-confirm').filter({ visible: true }).getByRole('button', { name: label }));
}

/** Picks an option of the antd Select `select`, typing it into the search first (long lists are virtual). */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await select.pressSequentially(option);
  await press(page, page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first());
}

const row = (scope: Locator, name: string) => scope.locator('tr.ant-table-row').filter({ hasText: name });

async function gotoSubmission(page: Page): Promise<void> {
  await page.goto(`${base}/admin/submission`);
  await page.getByTestId('section-drafts').waitFor();
}

/** The unit's editor opens a consultation for `names` (start and end today). */
async function openConsultation(page: Page, names: readonly string[]): Promise<void> {
  await gotoSubmission(page);
  const drafts = page.getByTestId('section-drafts');
  for (const name of names) await row(drafts, name).locator('.ant-checkbox-input').check();
  await drafts.getByRole('button', { name: `发起征求意见（${names.length}项）` }).click();
  const dialog = page.locator('.ant-modal').filter({ hasText: '征求意见期（含首尾两日）' });
  await dialog.waitFor();
  // The window: today to today (its last day is the earliest the consultation may close). It opens
  // today by default, so only the end is typed.
  const inputs = dialog.locator('.ant-picker-range input');
  const dates = () => inputs.evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value));
  await vi.waitFor(
    async () => {
      await inputs.nth(1).click();
      await inputs.nth(1).fill(TODAY);
      await inputs.nth(1).press('Enter');
      expect(await dates()).toEqual([TODAY, TODAY]);
    },
    { timeout: 10_000, interval: 200 },
  );
  // Close the calendar by clicking elsewhere in the dialog; the typed window stays.
  await dialog.locator('.ant-modal-title').click();
  await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
  expect(await dates()).toEqual([TODAY, TODAY]);
  await press(page, dialog.getByRole('button', { name: '发起征求意见' }));
  await succeeded(page, `已发起征求意见，${names.length} 个事项进入征求意见`);
}

/** The editor closes the unit's open consultation and records a passed 班子会议. */
async function closeAndMeet(page: Page, count: number): Promise<void> {
  const consultations = page.getByTestId('section-consultations');
  await consultations.getByRole('button', { name: '结束征求意见' }).click();
  await confirm(page, '结束征求意见');
  await succeeded(page, `已结束征求意见，${count} 个事项转入单位审核`);

  const review = page.getByTestId('section-unit-review');
  await expect.poll(() => review.locator('.ant-table').first().locator('tr.ant-table-row').count()).toBe(count);
  await review.getByRole('button', { name: '记录班子会议' }).click();
  const drawer = page.locator('.ant-drawer').filter({ hasText: '本次会议审议本单位处于' });
  await drawer.locator('#attendees').fill('主任张建军，副主任李红梅、王志勇，各股室负责人');
  await drawer.locator('#minutes').fill('会议逐项审议了公共服务事项，同意按征求意见答复情况修改后报送。');
  await press(page, drawer.getByRole('button', { name: /^保\s?存$/ }));
  await succeeded(page, '已记录班子会议：审议通过');
  await expect.poll(() => review.textContent()).toContain('已审议通过，待签署');
}

/** The unit head signs the submission, re-entering their password. */
async function sign(page: Page, who: ChainUser, count: number): Promise<void> {
  await gotoSubmission(page);
  const review = page.getByTestId('section-unit-review');
  await expect.poll(() => review.textContent()).toContain('已审议通过，待签署');
  await review.getByRole('button', { name: '签署报送' }).click();
  const dialog = page.locator('.ant-modal').filter({ hasText: '签署后不可撤销' });
  await dialog.locator('input[type="password"]').fill(CHAIN_USERS[who].password);
  await press(page, dialog.getByRole('button', { name: '确认签署并报送' }));
  await succeeded(page, `（${count} 个事项）`);
  await expect.poll(() => page.getByTestId('section-submissions').textContent()).toContain('待签收');
}

/** A reviewer receives the unit's submission in 待签收. */
async function receive(page: Page, unitShortName: string, count: number): Promise<void> {
  await page.goto(`${base}/admin/review?stage=submitted`);
  const table = page.getByTestId('review-submissions');
  await row(table, unitShortName).getByTestId('receive-submission').click();
  await confirm(page, '确认签收');
  await succeeded(page, new RegExp(`已签收${unitShortName}第\\d+次报送的${count}个事项`));
}

async function reviewQueue(page: Page, stage: string, names: readonly string[]): Promise<Locator> {
  await page.goto(`${base}/admin/review?stage=${stage}`);
  const table = page.getByTestId('review-table');
  for (const name of names) await row(table, name).waitFor();
  return table;
}

/** Opens an item of the queue in the review drawer, loaded and ready to decide. */
async function openReview(page: Page, table: Locator, name: string): Promise<Locator> {
  await row(table, name).locator('.qd-item-link').click();
  const drawer = page.locator('.ant-drawer').filter({ has: page.getByTestId('review-approve') });
  await drawer.locator('.ant-drawer-title').filter({ hasText: name }).waitFor();
  return drawer;
}

async function approveInDrawer(page: Page, table: Locator, name: string): Promise<void> {
  const drawer = await openReview(page, table, name);
  await press(page, drawer.getByTestId('review-approve'));
  await confirm(page, '确认通过');
  await succeeded(page, `“${name}”已审核通过`);
  await row(table, name).waitFor({ state: 'detached' });
}

async function batchApprove(page: Page, table: Locator, names: readonly string[]): Promise<void> {
  for (const name of names) await row(table, name).locator('.ant-checkbox-input').check();
  await page.getByTestId('batch-approve').click();
  const dialog = page.locator('.ant-modal-confirm').filter({ visible: true });
  for (const name of names) await expect.poll(() => dialog.textContent()).toContain(name);
  await confirm(page, '确认通过');
  await succeeded(page, `已审核通过 ${names.length} 个事项`);
  for (const name of names) await row(table, name).waitFor({ state: 'detached' });
}

/** Every item code of an edition of the public catalog (no login), page by page. */
async function publicCodes(edition?: number): Promise<{ edition: number; codes: string[] }> {
  const all: string[] = [];
  let number = 0;
  for (let page = 1; ; page++) {
    const res = await fetch(`${base}/api/v1/catalog?pageSize=200&page=${page}${edition === undefined ? '' : `&edition=${edition}`}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { edition: { number: number }; items: { code: string }[]; total: number };
    number = body.edition.number;
    all.push(...body.items.map((i) => i.code));
    if (all.length >= body.total || body.items.length === 0) return { edition: number, codes: all };
  }
}

async function editions(): Promise<{ current: number | null; items: { number: number; docNumber: string; state: string }[] }> {
  const res = await fetch(`${base}/api/v1/editions`);
  expect(res.status).toBe(200);
  return res.json();
}

describe('the review chain in a browser: two units, from draft to a published edition', () => {
  it('1. the sub-unit consults 区财政局 and the other units, answers the opinion, meets and signs', async () => {
    previousEdition = (await editions()).current!;
    expect(previousEdition).toBeGreaterThan(0);

    await as('subEditor', (page) => openConsultation(page, CHAIN_ITEMS.sub));

    await as('commenter', async (page) => {
      await page.goto(`${base}/admin/submission?tab=others`);
      await row(page.getByTestId('others-list'), CHAIN_SUB_UNIT.shortName).click();
      const card = page.locator('[data-testid^="consultation-"]').filter({ hasText: `${CHAIN_SUB_UNIT.shortName}：` });
      await card.getByText('提出意见').waitFor();
      await choose(page, card.locator('#itemId'), `${PERMIT_ADVICE}（第1版）`);
      await choose(page, card.locator('#fieldPath'), '服务内容');
      await card.locator('#body').fill('建议在服务内容中写明可通过全国超限运输许可系统网上咨询，并公布咨询时间。');
      await card.getByRole('button', { name: '提交意见' }).click();
      await succeeded(page, '意见已提交');
    });

    await as('subEditor', async (page) => {
      await gotoSubmission(page);
      const consultations = page.getByTestId('section-consultations');
      await consultations.getByText('1 条待答复').waitFor();
      await consultations.getByRole('button', { name: /^答\s?复$/ }).click();
      const dialog = page.locator('.ant-modal').filter({ hasText: '答复意见' });
      await press(page, dialog.getByText('采纳', { exact: true }));
      await dialog.locator('#reason').fill('已在服务内容中补充网上咨询渠道和咨询时间。');
      await press(page, dialog.getByRole('button', { name: '保存答复' }));
      await succeeded(page, '已保存答复');
      await consultations.locator('.ant-tag').filter({ hasText: /^采纳$/ }).waitFor();
      // The whole page, once the message has gone: the opinion and its answer, ready to close.
      await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, '13-submission-page', true);
      await closeAndMeet(page, 2);
    });

    await as('subHead', (page) => sign(page, 'subHead', 2));
  });

  it('2. 区交通运输局 consults, meets and its head signs', async () => {
    await as('parentEditor', async (page) => {
      await openConsultation(page, CHAIN_ITEMS.parent);
      await closeAndMeet(page, 2);
    });
    await as('parentHead', (page) => sign(page, 'parentHead', 2));
  });

  it('3. the parent department receives the sub-unit’s submission and approves both items', async () => {
    await as('parentReviewer', async (page) => {
      await receive(page, CHAIN_SUB_UNIT.shortName, 2);
      const table = await reviewQueue(page, 'parent_review', CHAIN_ITEMS.sub);
      for (const name of CHAIN_ITEMS.sub) await approveInDrawer(page, table, name);
    });
  });

  it('4. the district office receives 区交通运输局’s submission, returns one item with a comment and approves three', async () => {
    await as('districtReviewer', async (page) => {
      await page.goto(`${base}/admin/campaigns`);
      const progress = page.getByTestId('unit-progress-table');
      await progress.locator('tr.ant-table-row').first().waitFor();
      await shot(page, '10-campaign-dashboard');

      await receive(page, CHAIN_PARENT.shortName, 2);
      const table = await reviewQueue(page, 'central_review', ALL_ITEMS);
      await shot(page, '11-review-queue');

      const drawer = await openReview(page, table, RETURNED);
      await drawer.getByText('首次列入').first().waitFor();
      await press(page, drawer.getByRole('tab', { name: '事项内容' }));
      await drawer.getByText('出租汽车驾驶员从业资格管理规定').first().waitFor();
      await shot(page, '12-review-drawer');
      await press(page, drawer.getByTestId('review-return'));
      const form = page.getByTestId('return-form');
      await form.locator('#comment').fill(RETURN_COMMENT);
      await press(page, form.getByTestId('field-comment-add'));
      await choose(page, form.getByLabel('字段', { exact: true }), '申请条件');
      await form.getByLabel('字段意见', { exact: true }).fill(FIELD_COMMENT);
      await press(page, page.locator('.ant-modal').filter({ has: form }).getByRole('button', { name: '确认退回' }));
      await succeeded(page, `“${RETURNED}”已退回修改`);
      await row(table, RETURNED).waitFor({ state: 'detached' });

      await batchApprove(page, table, [LICENCE_REISSUE, PERMIT_ADVICE, MAINTENANCE]);
    });
  });

  it('5. 区交通运输局 fixes the returned item (version 2), takes it through the chain again, and the district office approves it', async () => {
    await as('parentEditor', async (page) => {
      await gotoSubmission(page);
      const draftRow = row(page.getByTestId('section-drafts'), RETURNED);
      await expect.poll(() => draftRow.textContent()).toContain('第2版');
      await draftRow.getByRole('link', { name: RETURNED }).click();
      const notice = page.getByTestId('return-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toContain(RETURN_COMMENT);
      expect(await notice.textContent()).toContain(FIELD_COMMENT);
      const bar = page.getByTestId('item-editor-bar');
      expect(await bar.textContent()).toContain('第 2 版');
      expect(await bar.textContent()).toContain('草稿');

      await page.getByTestId('item-form').getByRole('tab', { name: /^服务指南/ }).click();
      await page.locator('#item_guide_applicationConditions').fill(FIXED_CONDITIONS);
      await page.getByTestId('unsaved-tag').waitFor();
      await page.getByTestId('item-save').click();
      await succeeded(page, '已保存');
      await page.getByTestId('unsaved-tag').waitFor({ state: 'detached' });

      await openConsultation(page, [RETURNED]);
      await closeAndMeet(page, 1);
    });
    await as('parentHead', (page) => sign(page, 'parentHead', 1));

    await as('districtReviewer', async (page) => {
      await receive(page, CHAIN_PARENT.shortName, 1);
      const table = await reviewQueue(page, 'central_review', [RETURNED]);
      const drawer = await openReview(page, table, RETURNED);
      // The reviewer sees that version 1 was returned, and what for.
      await drawer.getByText('第1版曾被集中审核退回').waitFor();
      await press(page, drawer.getByRole('tab', { name: '事项内容' }));
      await drawer.getByText('无重大以上交通责任事故记录').first().waitFor();
      await press(page, drawer.getByTestId('review-approve'));
      await confirm(page, '确认通过');
      await succeeded(page, `“${RETURNED}”已审核通过`);
    });
  });

  it('6. the legal office passes all four in 合法性审查', async () => {
    await as('legalReviewer', async (page) => {
      const table = await reviewQueue(page, 'legal_review', ALL_ITEMS);
      await batchApprove(page, table, ALL_ITEMS);
    });
  });

  it('7. the publisher publishes exactly the four items as the next edition under a document number', async () => {
    await as('publisher', async (page) => {
      await page.goto(`${base}/admin/editions`);
      const table = page.getByTestId('candidates-table');
      for (const name of ALL_ITEMS) {
        const r = row(table, name);
        await r.waitFor();
        codes.set(name, (await r.locator('.qd-mono').first().textContent())!.trim());
        await r.locator('.ant-checkbox-input').check();
      }
      await expect.poll(() => page.getByTestId('editions-page').textContent()).toContain('已选择 4 项');
      await page.getByTestId('open-publish').click();
      const drawer = page.locator('.ant-drawer').filter({ has: page.getByTestId('publish-form') });
      await expect.poll(() => drawer.textContent()).toContain(`第${previousEdition + 1}版目录`);
      await page.getByTestId('doc-number').fill(DOC_NUMBER);
      await press(page, page.getByTestId('publish-submit'));
      const dialog = page.locator('.ant-modal-confirm').filter({ visible: true });
      await expect.poll(() => dialog.textContent()).toContain('新增 4 项，变更 0 项，取消 0 项');
      await confirm(page, '确认发布');
      await succeeded(page, `第${previousEdition + 1}版目录已发布并生效`);

      await page.goto(`${base}/admin/editions?tab=diff&from=${previousEdition}&to=${previousEdition + 1}`);
      const added = page.getByTestId('diff-added');
      for (const name of ALL_ITEMS) await row(added, name).waitFor();
      await shot(page, '14-editions-diff');
    });
  });

  it('8. the public catalog returns exactly the earlier edition’s items plus the four; the earlier edition still answers with its own', async () => {
    const list = await editions();
    const next = previousEdition + 1;
    expect(list.current).toBe(next);
    expect(list.items.find((e) => e.number === next)).toMatchObject({ docNumber: DOC_NUMBER, state: 'live' });

    const earlier = await publicCodes(previousEdition);
    const current = await publicCodes();
    const four = ALL_ITEMS.map((n) => codes.get(n)!);
    expect(four.every((c) => /\S/.test(c))).toBe(true);
    expect(current.edition).toBe(next);
    expect(earlier.edition).toBe(previousEdition);
    expect(new Set(current.codes).size).toBe(current.codes.length);
    expect(new Set(current.codes)).toEqual(new Set([...earlier.codes, ...four]));
    expect(earlier.codes.filter((c) => four.includes(c))).toEqual([]);
    expect(current.codes.length).toBe(earlier.codes.length + 4);
  });
});
