import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot } from '../../src/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { buildWorkbook, EDU, HEADER, item, messyForm } from '../fixtures/filing/build-workbook.ts';
import { ADMIN_PASSWORD, freshPostgresDatabase, testDb } from '../support/test-app.ts';

let dir: string;
let dataDir: string;
let pgdb: Awaited<ReturnType<typeof freshPostgresDatabase>> | null = null;

function qingdan(...args: string[]) {
  const env = { ...process.env, DATA_DIR: dataDir, QINGDAN_ADMIN_PASSWORD: ADMIN_PASSWORD, DATABASE_URL: pgdb?.url ?? '', QINGDAN_DEMO: 'false' };
  return spawnSync(process.execPath, ['bin/qingdan.mjs', ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

async function file(name: string, content: Buffer | Promise<Buffer>): Promise<string> {
  const p = path.join(dir, name);
  fs.writeFileSync(p, await content);
  return p;
}

/** The names of 区教育局's items, read after the CLI has exited. */
async function eduItemNames(): Promise<string[]> {
  const booted = await boot({ ...loadConfig({}), dataDir, databaseUrl: pgdb?.url ?? null, adminPassword: ADMIN_PASSWORD, jobs: false, demoData: false });
  try {
    const r = await booted.ctx.database.executeSql(
      `select v.name from items i join item_versions v on v.item_id = i.id and v.number = i.latest_version join units u on u.id = i.unit_id where u.short_name = '区教育局' order by i.code`,
    );
    return r.rows.map((row) => String(row.name));
  } finally {
    await booted.stop();
  }
}

function expectOneLineOfChinese(stderr: string) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/\p{Script=Han}/u);
  expect(stderr).not.toMatch(/\n\s+at /);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdan-filing-'));
  dataDir = path.join(dir, 'data');
  if (testDb === 'postgres') pgdb = await freshPostgresDatabase();
});
afterAll(async () => {
  await pgdb?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npx qingdan import-filing', () => {
  it('previews with --dry-run --json on a fresh data folder: one report object, exit 0, nothing written', async () => {
    const form = await file('教育局备案表.xlsx', messyForm());
    const r = qingdan('import-filing', form, '--unit', '区教育局', '--dry-run', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['file', 'unit', 'rowsRead', 'created', 'updated', 'unchanged', 'warnings', 'errors']);
    expect(report).toMatchObject({ file: '教育局备案表.xlsx', unit: EDU, rowsRead: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    for (const w of report.warnings) expect(Object.keys(w)).toEqual(['row', 'column', 'code', 'message']);
    expect(report.warnings).toContainEqual({ row: 5, column: '服务对象', code: 'R4.objects.normalized', message: '服务对象“公民、法人”已规范为“个人（公民）、法人”' });
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 7, column: '实施（共同实施）单位', code: 'R3.unit.shortName' }));
    expect(await eduItemNames()).toEqual([]);
  });

  it('imports with a readable Chinese report and exit 0; a second import updates instead of duplicating', async () => {
    const form = await file('教育局备案表.xlsx', messyForm());
    const r = qingdan('import-filing', form, '--unit', '区教育局');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('读取事项：3 行');
    expect(r.stdout).toContain('结果：新增 3 项，更新 0 项，未变 0 项');
    expect(r.stdout).toContain('第5行 类别：类别“依申请”已规范为“依申请类”（R1.category.normalized）');
    expect(r.stdout).toMatch(/请填写承办机构（R7\.guide\.handlingAgency）：第5、7行/);
    expect(await eduItemNames()).toEqual(['学前教育、义务教育阶段入学办理', '义务教育家庭经济困难学生生活补助', '教育政策咨询']);

    const changed = await file('改.xlsx', buildWorkbook({ rows: [HEADER, item(1, '教育政策咨询', { category: '主动服务类', content: '解答教育政策，发布招生信息' }), item(2, '学前教育、义务教育阶段入学办理', { objects: '公民、法人' })] }));
    const again = qingdan('import-filing', changed, '--unit', '张家界市武陵源区教育局', '--json');
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rowsRead: 2, created: 0, updated: 1, unchanged: 1, errors: [] });
    expect(await eduItemNames()).toHaveLength(3);
  });

  it('exits 1 and writes nothing when a row has an error, naming its row and column', async () => {
    const bad = await file('有错.xlsx', buildWorkbook({ rows: [['清理规范公共服务事项备案表'], HEADER, item(1, '校车安全管理咨询'), item(2, '课后服务', { category: '便民服务' })], merges: ['A1:H1'] }));
    const json = qingdan('import-filing', bad, '--unit', '区教育局', '--json');
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ rowsRead: 2, created: 0, updated: 0, unchanged: 0 });
    expect(report.errors).toEqual([{ row: 4, column: '类别', code: 'R1.category.unknown', message: '类别“便民服务”无法识别，只能填写“依申请类”或“主动服务类”' }]);
    const text = qingdan('import-filing', bad, '--unit', '区教育局');
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('有 1 处错误，未写入任何事项');
    expect(text.stdout).toContain('第4行 类别：类别“便民服务”无法识别');
    expect(await eduItemNames()).not.toContain('校车安全管理咨询');
  });

  it('exits 2 with one line of Chinese and writes nothing when the file, the unit or the arguments cannot be used', async () => {
    const whole = await messyForm();
    const cases: [string[], string][] = [
      [['import-filing', await file('表.csv', Buffer.from('序号,事项名称,类别\n1,新事项,依申请类\n')), '--unit', '区教育局'], 'CSV'],
      [['import-filing', await file('断.xlsx', whole.subarray(0, whole.length - 300)), '--unit', '区教育局', '--json'], '文件已损坏或不完整'],
      [['import-filing', await file('空表.xlsx', buildWorkbook({ rows: [['通讯录'], ['姓名', '电话']] })), '--unit', '区教育局'], '未找到备案表'],
      [['import-filing', await file('好.xlsx', messyForm()), '--unit', '区卫健局'], '未找到单位“区卫健局”，是否指：张家界市武陵源区卫生和计划生育局'],
      [['import-filing', path.join(dir, '不存在.xlsx'), '--unit', '区教育局'], '找不到文件'],
      [['import-filing', await file('好2.xlsx', messyForm())], '缺少参数 --unit'],
      [['import-filing', '--unit', '区教育局'], '用法'],
      [['import-filing', await file('好3.xlsx', messyForm()), '--unit', '区教育局', '--frobnicate'], '参数错误'],
    ];
    const before = await eduItemNames();
    for (const [args, message] of cases) {
      const r = qingdan(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
      expectOneLineOfChinese(r.stderr);
    }
    expect(await eduItemNames()).toEqual(before);
  });
});

describe('npx qingdan export-filing', () => {
  it('writes the unit’s form, and importing it back creates and updates nothing (round trip)', async () => {
    const out = path.join(dir, '导出.xlsx');
    const r = qingdan('export-filing', '--unit', '区教育局', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`已导出 ${EDU} 的备案表（3 项）`);
    const back = qingdan('import-filing', out, '--unit', '区教育局', '--json');
    expect(back.status).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ rowsRead: 3, created: 0, updated: 0, unchanged: 3, errors: [] });
  });

  it('exits 2 on an unknown unit or a missing --out', () => {
    for (const args of [
      ['export-filing', '--unit', '区不存在局', '--out', path.join(dir, 'x.xlsx')],
      ['export-filing', '--unit', '区教育局'],
    ]) {
      const r = qingdan(...args);
      expect(r.status).toBe(2);
      expectOneLineOfChinese(r.stderr);
    }
  });
});
