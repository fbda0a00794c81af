import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser.ts';

/**
 * The public portal in a browser (issue 4's acceptance): with JavaScript off a visitor finds an item
 * by search, opens it, changes filters and pages and switches to 关怀版; with JavaScript on the search
 * box suggests items while typing; axe finds no serious or critical problem on any page, in either
 * mode. The e2e server carries the demo catalog (edition 1, 70 items).
 */

const base = inject('e2eBaseUrl');
const ITEM = '城乡居民基本养老保险参保登记';

let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function newPage(opts: { javaScriptEnabled?: boolean; width?: number; care?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
  if (opts.care) await context.addCookies([{ name: 'qd_care', value: '1', url: base }]);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `20-portal-${name}.png`), fullPage });
const query = (page: Page) => new URL(page.url()).searchParams;

describe('without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newPage({ javaScriptEnabled: false }));
  });
  afterAll(async () => context.close());

  it('a visitor finds an item by searching from the home page and opens its guide', async () => {
    await page.goto(`${base}/`);
    await expect.poll(() => page.title()).toBe('武陵源区公共服务事项目录');
    await shot(page, 'home', true);
    await page.getByLabel('查找办事事项').fill('养老');
    await page.getByLabel('查找办事事项').press('Enter');
    await page.waitForURL(/\/items\?q=/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('“养老”的搜索结果');
    expect(await page.locator('#result-count').textContent()).toMatch(/共找到 \d+ 个相关事项/);
    await page.getByRole('link', { name: ITEM, exact: true }).click();
    await page.waitForURL(/\/items\/430811-/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ITEM);
    expect(await page.getByRole('img', { name: '办理流程图' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: '不上网怎么办' }).count()).toBe(1);
    await shot(page, 'item');
  });

  it('files a 纠错 from the item page through its form and gets a reference number to follow it by', async () => {
    await page.getByRole('link', { name: '填写纠错' }).click();
    await page.waitForURL(/\/items\/430811-[^/]+\/report$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`对“${ITEM}”提出纠错`);
    await page.getByLabel('有误的内容（选填）').selectOption({ label: '咨询方式' });
    await page.getByLabel('纠错内容（必填）').fill('咨询电话已经停用，请更新为政务服务中心的新号码。');
    await page.getByRole('button', { name: '提交纠错' }).click();
    await page.waitForURL(/\/reports\?ref=JC\d+/);
    expect(await page.locator('main').textContent()).toContain('待答复');
  });

  it('changes filters, turns pages and removes a filter with plain links and forms', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '事项目录' }).click();
    await page.waitForURL(/\/items$/);
    await page.getByLabel('事项类别').selectOption('on_application');
    await page.getByRole('button', { name: '应用筛选' }).click();
    await page.waitForURL(/category=on_application/);
    const count = Number(/共 (\d+) 个事项/.exec((await page.locator('#result-count').textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(20);
    expect(await page.locator('.result .tag', { hasText: '主动服务类' }).count()).toBe(0);
    await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click();
    await page.waitForURL(/page=2/);
    expect(query(page).get('category')).toBe('on_application');
    expect(await page.locator('.pagination a[aria-current="page"]').textContent()).toContain('2');
    await shot(page, 'list');
    await page.getByRole('link', { name: /事项类别：依申请类/ }).click();
    await page.waitForURL((url) => url.pathname === '/items' && !url.searchParams.has('category'));
    expect(Number(/共 (\d+) 个事项/.exec((await page.locator('#result-count').textContent()) ?? '')?.[1])).toBeGreaterThan(count);
  });

  it('switches to 关怀版 with a link, which is remembered, and back', async () => {
    await page.goto(`${base}/items?q=${encodeURIComponent('居住证')}`);
    await page.getByRole('link', { name: /^关怀版/ }).click();
    await page.waitForURL(/\/items\?q=/);
    expect(await page.locator('body').getAttribute('class')).toBe('care');
    const size = await page.locator('body').evaluate((b) => Number.parseFloat(getComputedStyle(b).fontSize));
    const lineHeight = await page.locator('body').evaluate((b) => Number.parseFloat(getComputedStyle(b).lineHeight) / Number.parseFloat(getComputedStyle(b).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    expect(lineHeight).toBeGreaterThanOrEqual(1.3);
    await page.goto(`${base}/`);
    expect(await page.locator('body').getAttribute('class')).toBe('care');
    await shot(page, 'care');
    await page.getByRole('link', { name: /^标准版/ }).click();
    await page.waitForURL(`${base}/`);
    expect(await page.locator('body').getAttribute('class')).toBe('standard');
  });
});

describe('with JavaScript', () => {
  it('suggests item names while the visitor types, and searches for the chosen one', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/`);
    const box = page.getByRole('combobox', { name: '查找办事事项' });
    await box.pressSequentially('养老', { delay: 60 });
    const options = page.getByRole('listbox', { name: '搜索建议' }).getByRole('option');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('养老')]));
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await shot(page, 'suggest');
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBeTruthy();
    const chosen = (await options.first().textContent()) ?? '';
    await box.press('Enter');
    await page.waitForURL(/\/items\?q=/);
    expect(query(page).get('q')).toBe(chosen);
    expect(await page.locator('.result-title').first().textContent()).toBe(chosen);
    await context.close();
  });

  it('fits a phone: nothing is wider than a 390 px screen', async () => {
    const { context, page } = await newPage({ width: 390 });
    await page.goto(`${base}/items?q=${encodeURIComponent('养老')}`);
    await page.getByRole('link', { name: ITEM, exact: true }).click();
    await page.waitForURL(/\/items\/430811-/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'phone');
    await context.close();
  });
});

describe('accessibility (axe): no serious or critical violation', () => {
  let pages: [string, string][];
  beforeAll(async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/units`);
    const unit = await page.locator('.unit-grid a').first().getAttribute('href');
    await page.goto(`${base}/items?q=${encodeURIComponent('养老')}`);
    const item = await page.getByRole('link', { name: ITEM, exact: true }).getAttribute('href');
    await context.close();
    pages = [
      ['home', '/'],
      ['list', '/items'],
      ['search', `/items?q=${encodeURIComponent('养老')}`],
      ['empty search', `/items?q=${encodeURIComponent('火星移民')}`],
      ['item', item!],
      ['error report form', `${item!}/report`],
      ['units', '/units'],
      ['unit', unit!],
      ['editions', '/editions'],
      ['edition', '/editions/1'],
      ['open data', '/open-data'],
      ['error report look-up', '/reports'],
      ['not found', '/items/NO-SUCH-ITEM'],
    ];
  });

  it.each([
    ['standard', false],
    ['关怀版', true],
  ])('%s mode', async (_mode, care) => {
    const { context, page } = await newPage({ care });
    const found: string[] = [];
    for (const [name, url] of pages) {
      await page.goto(`${base}${url}`);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        found.push(`${name} ${url}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    expect(found).toEqual([]);
    await context.close();
  });
});

describe('开放数据 on a phone (375 × 800)', () => {
  it.each([
    ['standard', false],
    ['关怀版', true],
  ])('%s mode: axe finds no serious or critical problem, and the sideways-scrolling tables take the keyboard with a visible focus', async (mode, care) => {
    const { context, page } = await newPage({ care, width: 375 });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/open-data`);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const found = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(found).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const region = page.getByRole('region', { name: 'CSV 和 Excel 的列（每个事项一行，顺序与目录一致）' });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await region.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await region.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, `open-data-phone-${mode === 'standard' ? 'standard' : 'care'}`);
    await context.close();
  });
});
