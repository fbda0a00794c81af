import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser.ts';

/**
 * The catalog in a browser (issue 5's end-to-end acceptance): an editor of 区教育局 creates an item with a
 * full guide, sees a finding disappear as they fix it, imports a filing form through the preview and
 * downloads the filing form. The editor `e2e_edu_editor` is made by the e2e global setup.
 */

const base = inject('e2eBaseUrl');
const EDITOR = { username: 'e2e_edu_editor', password: 'Edu-Editor-2026' };
const ITEM_NAME = '学前教育幼儿资助申请';
const IMPORTED = ['中小学生学籍证明开具', '校外培训机构办学信息公开'];
const WORK_DIR = 'test-results/catalog-e2e';

let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  fs.mkdirSync(WORK_DIR, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });

async function loginAsEditor(page: Page): Promise<void> {
  await page.goto(`${base}/admin/`);
  await page.getByTestId('login-form').waitFor();
  await page.getByLabel('用户名').fill(EDITOR.username);
  await page.getByLabel('密码', { exact: true }).fill(EDITOR.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/** Waits until the catalog table has rendered its rows (not the loading or empty state). */
async function tableRows(page: Page): Promise<Locator> {
  const table = page.getByTestId('catalog-table');
  await table.waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="catalog-table"] tbody tr.ant-table-row').length > 0);
  return table.locator('tbody tr.ant-table-row');
}

/** Picks an option of an antd Select whose control has the id `id`. */
async function choose(page: Page, id: string, option: string): Promise<void> {
  await page.locator(`#${id}`).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

async function tab(page: Page, label: string): Promise<void> {
  await page.getByTestId('item-form').getByRole('tab', { name: new RegExp(`^${label}`) }).click();
}

/** Waits until the live check has answered the latest edit. */
async function checked(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('findings-panel').textContent()).not.toContain('检查中');
}

const finding = (page: Page, code: string) => page.getByTestId('findings-panel').locator(`[data-code="${code}"]`);

/** A filing form in the layout of Attachment 2: title, 报送单位 line, header, two rows, notes. */
async function filingWorkbook(unitFullName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('备案表');
  ws.columns = [6, 22, 11, 28, 48, 24, 13, 20].map((width) => ({ width }));
  ws.getCell('A1').value = '清理规范公共服务事项备案表';
  ws.mergeCells('A1:H1');
  ws.getCell('A2').value = `报送单位：${unitFullName}（盖章）`;
  ws.mergeCells('A2:E2');
  ws.getCell('F2').value = '时间：2026年5月8日';
  ws.mergeCells('F2:H2');
  ws.getRow(3).values = ['序号', '事项名称', '类别', '服务内容', '办理依据', '实施（共同实施）单位', '服务对象', '备注'];
  ws.getRow(4).values = [
    '1',
    IMPORTED[0],
    '依申请',
    '为在籍中小学生出具学籍证明，用于转学、升学、户籍迁移等',
    '《中小学生学籍管理办法》（教基一〔2013〕7号）第二十三条：学籍主管部门和学校应当为学生提供学籍证明等服务。',
    '区教育局',
    '公民',
    '',
  ];
  ws.getRow(5).values = [
    2,
    IMPORTED[1],
    '主动服务类',
    '公开经审批登记的校外培训机构名单、办学地址和收费标准，方便家长查询选择',
    '《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条：行政机关应当依照本条例第十九条的规定，主动公开本行政机关的下列政府信息……',
    unitFullName,
    '公民、法人',
    '省市县同步实施',
  ];
  ws.getCell('A7').value = '备注：1.本表供区直各单位在事项审核填报时使用，表格填写后需由单位负责人签字，加盖公章。';
  ws.mergeCells('A7:H7');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the catalog in a browser (区教育局 editor)', () => {
  it('lists the unit’s items with filters, completeness and findings', async () => {
    const page = await newPage();
    await loginAsEditor(page);
    await page.getByRole('menuitem', { name: '事项清单' }).click();
    const rows = await tableRows(page);
    expect(await rows.count()).toBeGreaterThan(0);
    const text = await page.getByTestId('catalog-table').textContent();
    expect(text).toContain('小学一年级新生入学'); // the demo catalog of 区教育局
    expect(text).toMatch(/依申请类|主动服务类/);

    // Filter by category: only 主动服务类 rows remain.
    await page.getByLabel('类别').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '主动服务类' }).click();
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('[data-testid="catalog-table"] tbody tr.ant-table-row')];
      return cells.length > 0 && cells.every((r) => r.textContent?.includes('主动服务类'));
    });
    expect(page.url()).toContain('category=proactive');
    await page.context().close();
  });

  it('creates an item with a full guide; a finding disappears as soon as it is fixed', async () => {
    const page = await newPage();
    await loginAsEditor(page);
    await page.goto(`${base}/admin/catalog`);
    await page.getByTestId('item-new').click();
    const form = page.getByTestId('item-form');
    await form.waitFor();
    // A new, empty item already says what it lacks.
    await finding(page, 'R1.category.missing').waitFor();

    // 基本信息
    await page.getByTestId('item-name').fill(ITEM_NAME);
    await form.getByText('依申请类', { exact: true }).click();
    await page.locator('#item_serviceContent').fill('对在区内普惠性幼儿园就读的家庭经济困难幼儿给予保育教育费资助');
    await form.getByText('个人（公民）', { exact: true }).click();
    await page.locator('#item_remarks').fill('每学期集中受理一次');

    // 办理依据
    await tab(page, '办理依据');
    await page.getByTestId('basis-add').click();
    await choose(page, 'item_legalBases_0_kind', '规范性文件');
    await page.locator('#item_legalBases_0_title').fill('《湖南省学前教育资助资金管理办法》');
    await page.locator('#item_legalBases_0_docNumber').fill('湘财教〔2019〕7号');
    await page.locator('#item_legalBases_0_article').fill('第五条');
    await page.locator('#item_legalBases_0_articleText').fill('学前教育资助对象为在经县级以上教育部门审批设立的普惠性幼儿园就读的家庭经济困难儿童、孤儿和残疾儿童。');
    await checked(page);
    await shot(page, 'item-editor-basis');

    // 筛查
    await tab(page, '筛查');
    for (const q of ['inPowerList', 'isInternal', 'isTemporary']) await page.locator(`#item_screening_${q}`).getByText('否', { exact: true }).click();

    // 服务指南: committed limit longer than the legal one is an error; fixing it makes the finding go away.
    await tab(page, '服务指南');
    await page.locator('#item_guide_handlingAgency').fill('区教育局学生资助管理中心');
    await page.locator('#item_guide_caseType').getByText('承诺件', { exact: true }).click();
    await page.locator('#item_guide_legalLimit_value').fill('20');
    await page.locator('#item_guide_committedLimit_value').fill('30');
    await finding(page, 'R8.limit.exceedsLegal').waitFor();
    await expect(finding(page, 'R8.limit.exceedsLegal').textContent()).resolves.toContain('超过法定办结时限');
    // 申请条件 is still empty: 待补充.
    await finding(page, 'R7.guide.applicationConditions').waitFor();
    await checked(page);
    await shot(page, 'item-editor');

    // Clicking a finding leads to its field.
    await finding(page, 'R7.guide.applicationConditions').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('item_guide_applicationConditions');
    await page.locator('#item_guide_applicationConditions').fill('1.在区内普惠性幼儿园就读；\n2.属于家庭经济困难儿童、孤儿或残疾儿童。');
    await finding(page, 'R7.guide.applicationConditions').waitFor({ state: 'detached' });

    await page.locator('#item_guide_committedLimit_value').fill('10');
    await finding(page, 'R8.limit.exceedsLegal').waitFor({ state: 'detached' });

    await page.locator('#item_guide_fee_isFree').getByText('不收费', { exact: true }).click();
    await choose(page, 'item_guide_onlineDepth', 'Ⅲ级');
    await page.locator('#item_guide_visits').fill('1');
    await page.locator('#item_guide_visitsReason').fill('需现场核验家庭经济困难证明原件');
    await page.locator('#item_guide_offlineChannels').fill('幼儿园代为收集申请材料，统一报送');
    await page.locator('#item_guide_place').fill('武陵源区军地坪街道区教育局一楼服务大厅');
    await page.locator('#item_guide_hours').fill('工作日 8:00–12:00，14:30–17:30');
    await page.locator('#item_guide_consultation').fill('0744-5612345（区学生资助管理中心）');
    await page.locator('#item_guide_complaint').fill('0744-12345（区政务服务热线）');
    await page.locator('#item_guide_resultName').fill('学前教育资助名单公示及资助资金发放');

    // 申报材料
    await tab(page, '申报材料');
    await page.getByTestId('material-add').click();
    await page.locator('#item_materials_0_name').fill('学前教育资助申请表');
    await page.getByTestId('material-add').click();
    await page.locator('#item_materials_1_name').fill('家庭经济困难证明材料');
    await choose(page, 'item_materials_1_requirement', '按情形');
    await page.locator('#item_materials_1_condition').fill('非建档立卡家庭提供');
    await checked(page);
    await shot(page, 'item-editor-materials');

    // 服务流程 (ordered; the last two are swapped back into order with 上移)
    await tab(page, '服务流程');
    const steps: [string, string, string][] = [
      ['申请', '幼儿家长', '1'],
      ['审核', '幼儿园资助工作组', '5'],
      ['公示', '区学生资助管理中心', '3'],
    ];
    for (const [i, [name, actor, days]] of steps.entries()) {
      await page.getByTestId('step-add').click();
      await page.locator(`#item_steps_${i}_name`).fill(name);
      await page.locator(`#item_steps_${i}_actor`).fill(actor);
      await page.locator(`#item_steps_${i}_timeLimitDays`).fill(days);
    }
    await page.getByRole('button', { name: '下移第1步' }).click();
    await expect.poll(() => page.locator('#item_steps_0_name').inputValue()).toBe('审核');
    await page.getByRole('button', { name: '上移第2步' }).click();
    await expect.poll(() => page.locator('#item_steps_0_name').inputValue()).toBe('申请');
    await page.locator('#item_steps_2_description').fill('公示5个工作日无异议后发放资助资金');
    await checked(page);
    await shot(page, 'item-editor-steps');

    // Everything a 依申请类 guide needs is there: 100%, no error and nothing left to complete.
    await expect.poll(() => page.getByTestId('completeness-meter').textContent()).toContain('100%');
    await expect.poll(() => page.getByTestId('findings-count-error').count()).toBe(0);
    await expect.poll(() => page.getByTestId('findings-count-incomplete').count()).toBe(0);

    await page.getByTestId('item-save').click();
    // The demo catalog is published (edition 1), so a new item is an adjustment and says why.
    const modal = page.locator('.ant-modal').filter({ hasText: '填写调整事由' });
    await modal.waitFor();
    await modal.getByLabel('调整事由').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '职能调整' }).first().click();
    await modal.getByLabel('新增理由').fill('区教育局新增学前教育资助职能');
    await page.getByRole('button', { name: '保存事项' }).last().click();
    await page.waitForURL(/\/admin\/catalog\/items\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('item-title').textContent()).toBe(ITEM_NAME);
    await expect.poll(() => page.getByTestId('completeness-meter').textContent()).toContain('100%');
    await tab(page, '服务指南');
    await expect(page.locator('#item_guide_committedLimit_value').inputValue()).resolves.toBe('10');
    await tab(page, '历史');
    await expect.poll(() => page.getByTestId('item-history').textContent()).toContain('新增事项');
    await shot(page, 'item-editor-saved');

    // The guide as .docx and as an A4 print view in a new tab.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('guide-download').click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const [printTab] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('guide-print').click()]);
    await printTab.waitForURL(/\/guide\/print$/);
    await expect.poll(() => printTab.textContent('body')).toContain(ITEM_NAME);
    await printTab.close();

    // Unsaved changes are not lost silently: leaving asks first.
    await tab(page, '基本信息');
    await page.locator('#item_remarks').fill('每学期集中受理一次（春季、秋季）');
    await page.getByRole('menuitem', { name: '事项清单' }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: '有未保存的修改' }).waitFor();
    await page.getByRole('button', { name: '留在本页' }).click();
    await page.getByTestId('item-save').click();
    await page.getByTestId('unsaved-tag').waitFor({ state: 'detached' });
    await tab(page, '历史');
    await expect.poll(() => page.getByTestId('item-history').textContent()).toContain('修改了：备注');

    await page.getByRole('menuitem', { name: '事项清单' }).click();
    await page.getByTestId('catalog-search').locator('input').fill(ITEM_NAME);
    await page.getByTestId('catalog-search').locator('input').press('Enter');
    await page.waitForFunction((name) => {
      const rows = [...document.querySelectorAll('[data-testid="catalog-table"] tbody tr.ant-table-row')];
      return rows.length === 1 && (rows[0].textContent?.includes(name) ?? false);
    }, ITEM_NAME);
    await page.context().close();
  });

  it('tells the editor when someone else saved the item first, and reloads it on request', async () => {
    const page = await newPage();
    await loginAsEditor(page);
    await page.goto(`${base}/admin/catalog?q=${encodeURIComponent(ITEM_NAME)}`);
    await (await tableRows(page)).first().getByRole('link', { name: ITEM_NAME }).click();
    await page.getByTestId('item-form').waitFor();
    const url = page.url();
    const other = await page.context().newPage();
    await other.goto(url);
    await other.getByTestId('item-form').waitFor();

    await other.locator('#item_remarks').fill('春季学期3月、秋季学期9月集中受理');
    await other.getByTestId('item-save').click();
    await other.getByTestId('unsaved-tag').waitFor({ state: 'detached' });

    await page.locator('#item_remarks').fill('全年受理');
    await page.getByTestId('item-save').click();
    await page.getByTestId('conflict-alert').waitFor();
    await expect(page.getByTestId('conflict-alert').textContent()).resolves.toContain('该事项已被他人修改，请刷新后重试');
    await page.getByTestId('conflict-reload').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '重新加载' }).click();
    await page.getByTestId('conflict-alert').waitFor({ state: 'detached' });
    await expect(page.locator('#item_remarks').inputValue()).resolves.toBe('春季学期3月、秋季学期9月集中受理');
    await page.context().close();
  });

  it('imports a filing form through the preview, then downloads the filing form', async () => {
    const units = (await (await fetch(`${base}/api/v1/units`)).json()) as { items: { shortName: string; fullName: string }[] };
    const edu = units.items.find((u) => u.shortName === '区教育局')!;
    const file = path.join(WORK_DIR, '区教育局备案表.xlsx');
    fs.writeFileSync(file, await filingWorkbook(edu.fullName));

    const page = await newPage();
    await loginAsEditor(page);
    await page.getByRole('menuitem', { name: '事项清单' }).click();
    await tableRows(page);
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file-input').setInputFiles(file);

    // The preview, or the wizard's explanation of why there is none (e.g. the server refused the file).
    await page.locator('[data-testid="import-preview"], [data-testid="import-problem"]').first().waitFor();
    if ((await page.getByTestId('import-problem').count()) > 0) throw new Error(`import preview failed: ${await page.getByTestId('import-problem').textContent()}`);
    const preview = page.getByTestId('import-preview');
    const previewText = (await preview.textContent()) ?? '';
    expect(previewText).toMatch(/读取\s*2\s*行/);
    expect(previewText).toMatch(/将新增\s*2\s*项/);
    expect(previewText).toContain('检查通过');
    // The normalizations are reported at their rows: 依申请 → 依申请类, 区教育局 → the full name.
    const warnings = page.getByTestId('import-warnings');
    await warnings.waitFor();
    const warningText = (await warnings.textContent()) ?? '';
    expect(warningText).toContain('依申请');
    expect(warningText).toContain('区教育局');
    await expect(page.getByTestId('import-has-errors').count()).resolves.toBe(0);
    await shot(page, 'import-preview');

    // Nothing is written by the preview.
    const listed = await page.getByTestId('catalog-table').textContent();
    expect(listed).not.toContain(IMPORTED[0]);

    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();
    await expect(page.getByTestId('import-result').textContent()).resolves.toContain('新增 2 项');
    await page.getByTestId('import-done').click();
    await page.getByTestId('catalog-search').locator('input').fill('学籍证明');
    await page.getByTestId('catalog-search').locator('input').press('Enter');
    await page.waitForFunction((name) => document.querySelector('[data-testid="catalog-table"] tbody')?.textContent?.includes(name) ?? false, IMPORTED[0]);
    await page.getByTestId('catalog-search').locator('input').fill('');
    await page.getByTestId('catalog-search').locator('input').press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="catalog-table"] tbody tr.ant-table-row').length >= 12);
    await shot(page, 'catalog-list');

    // 下载备案表: the unit's form in Attachment 2's layout, with the new and the imported items.
    const failed = page
      .locator('.ant-message-error')
      .waitFor({ timeout: 30_000 })
      .then(async () => {
        throw new Error(`filing download failed: ${await page.locator('.ant-message-error').textContent()}`);
      });
    failed.catch(() => undefined);
    const [download] = await Promise.all([Promise.race([page.waitForEvent('download'), failed]), page.getByTestId('filing-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = path.join(WORK_DIR, 'downloaded-filing.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const cells: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? ''))));
    const all = cells.join('\n');
    expect(all).toContain('清理规范公共服务事项备案表');
    expect(all).toContain(ITEM_NAME);
    for (const name of IMPORTED) expect(all).toContain(name);

    // 打印备案表 (A4 landscape view in a new tab) and 下载全部服务指南 (.docx).
    const [printTab] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('filing-print').click()]);
    await printTab.waitForURL(/\/filing\/print$/);
    await expect.poll(() => printTab.textContent('body')).toContain(ITEM_NAME);
    await printTab.close();
    const [guides] = await Promise.all([page.waitForEvent('download'), page.getByTestId('guides-download').click()]);
    expect(guides.suggestedFilename()).toMatch(/\.docx$/);
    await page.context().close();
  });
});
