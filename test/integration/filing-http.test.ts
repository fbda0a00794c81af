import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.ts';
import { XLSX_TYPE } from '../../src/modules/filing/routes.ts';
import { makeUser, unitIdOf, type TestUser } from '../factories/users.ts';
import { buildWorkbook, EDU, HEADER, item, messyForm } from '../fixtures/filing/build-workbook.ts';
import { ApiClient } from '../support/http.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let eduId: string;
let editor: ApiClient;
let editorUser: TestUser;
const XLSX = { 'content-type': XLSX_TYPE };

beforeAll(async () => {
  // The demo catalog is loaded: 区教育局 already has items with complete guides.
  t = await createTestApp({ clock: fixedClock('2026-11-27T02:00:00Z') });
  eduId = await unitIdOf(t.ctx, '区教育局');
  editorUser = await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] });
  editor = await new ApiClient(t.app).login(editorUser.username, editorUser.password);
});
afterAll(async () => t.close());

async function itemCount(unitId = eduId): Promise<number> {
  const r = await t.ctx.database.executeSql('select count(*)::int as n from items where unit_id = $1', [unitId]);
  return Number(r.rows[0].n);
}

async function guideOf(name: string) {
  const r = await t.ctx.database.executeSql(
    'select v.guide, v.state from items i join item_versions v on v.item_id = i.id and v.number = i.latest_version join units u on u.id = i.unit_id where u.id = $1 and v.name = $2',
    [eduId, name],
  );
  return r.rows[0] as { guide: { handlingAgency: string | null }; state: string } | undefined;
}

describe('POST /api/v1/filing/import', () => {
  it('previews a messy form as a dry run: the report says what would happen and nothing is written', async () => {
    const before = await itemCount();
    const res = await editor.post(`/api/v1/filing/import?unitId=${eduId}&dryRun=true&fileName=${encodeURIComponent('教育局备案表.xlsx')}`, await messyForm(), XLSX);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(Object.keys(report)).toEqual(['file', 'unit', 'rowsRead', 'created', 'updated', 'unchanged', 'warnings', 'errors']);
    expect(report).toMatchObject({ file: '教育局备案表.xlsx', unit: EDU, rowsRead: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(report.warnings).toContainEqual({ row: 5, column: '类别', code: 'R1.category.normalized', message: '类别“依申请”已规范为“依申请类”' });
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 5, column: null, code: 'R7.guide.handlingAgency' }));
    expect(await itemCount()).toBe(before);
  });

  it('imports it for real, and importing it again changes nothing instead of duplicating', async () => {
    const before = await itemCount();
    const first = await editor.post(`/api/v1/filing/import?unitId=${eduId}&dryRun=false`, await messyForm(), XLSX);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(await itemCount()).toBe(before + 3);
    const again = await editor.post(`/api/v1/filing/import?dryRun=false`, await messyForm(), XLSX);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await itemCount()).toBe(before + 3);
  });

  it('keeps the guide an editor has written when the form is imported again with a change', async () => {
    const name = '教育政策咨询';
    await t.ctx.database.executeSql(
      `update item_versions set guide = jsonb_set(guide, '{handlingAgency}', '"区教育局办公室"') where id = (select v.id from items i join item_versions v on v.item_id = i.id where i.unit_id = $1 and v.name = $2)`,
      [eduId, name],
    );
    const changed = await buildWorkbook({ rows: [HEADER, item(1, name, { category: '主动服务类', content: '解答教育政策，发布招生信息' })] });
    const res = await editor.post(`/api/v1/filing/import?dryRun=false`, changed, XLSX);
    expect(res.json()).toMatchObject({ created: 0, updated: 1, unchanged: 0, errors: [] });
    expect((await guideOf(name))?.guide.handlingAgency).toBe('区教育局办公室');
  });

  it('answers a real run with errors with 422 and the report, and writes nothing; a dry run with errors is a 200', async () => {
    const before = await itemCount();
    const bad = await buildWorkbook({ rows: [HEADER, item(1, '全新的事项甲'), item(2, '全新的事项乙', { category: '行政许可' })] });
    const real = await editor.post(`/api/v1/filing/import?dryRun=false`, bad, XLSX);
    expect(real.statusCode).toBe(422);
    expect(real.json()).toMatchObject({ rowsRead: 2, created: 0, updated: 0, unchanged: 0 });
    expect(real.json().errors).toEqual([{ row: 3, column: '类别', code: 'R1.category.unknown', message: '类别“行政许可”无法识别，只能填写“依申请类”或“主动服务类”' }]);
    expect(await itemCount()).toBe(before);
    const dry = await editor.post(`/api/v1/filing/import?dryRun=true`, bad, XLSX);
    expect(dry.statusCode).toBe(200);
    expect(dry.json().errors).toHaveLength(1);
  });

  it('refuses to change an item under review through the form', async () => {
    const name = '学前教育、义务教育阶段入学办理';
    await t.ctx.database.executeSql(`update item_versions set state = 'submitted' where id = (select v.id from items i join item_versions v on v.item_id = i.id where i.unit_id = $1 and v.name = $2)`, [eduId, name]);
    const changed = await buildWorkbook({ rows: [HEADER, item(1, name, { content: '改过的服务内容' })] });
    const res = await editor.post(`/api/v1/filing/import?dryRun=true`, changed, XLSX);
    expect(res.json().errors).toEqual([expect.objectContaining({ row: 2, column: '事项名称', code: 'filing.itemLocked' })]);
    await t.ctx.database.executeSql(`update item_versions set state = 'draft' where id = (select v.id from items i join item_versions v on v.item_id = i.id where i.unit_id = $1 and v.name = $2)`, [eduId, name]);
  });

  it('answers a file that cannot be used with a 400 problem in Chinese', async () => {
    for (const [body, detail] of [
      [Buffer.from('序号,事项名称\n1,就业登记\n'), 'CSV'],
      [(await messyForm()).subarray(0, 2000), '文件已损坏或不完整'],
      [await buildWorkbook({ rows: [['姓名', '电话']] }), '未找到备案表'],
      [Buffer.alloc(0), '文件为空'],
    ] as const) {
      const res = await editor.post(`/api/v1/filing/import?dryRun=true`, body, { 'content-type': 'application/octet-stream' });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toContain(detail);
    }
  });

  it('refuses other content types and bodies over 20 MB', async () => {
    expect((await editor.post('/api/v1/filing/import', Buffer.from('a,b'), { 'content-type': 'text/csv' })).statusCode).toBe(415);
    const json = await editor.post('/api/v1/filing/import', { rows: [] });
    expect(json.statusCode).toBe(400);
    const huge = await editor.post('/api/v1/filing/import', Buffer.alloc(21 * 1024 * 1024), XLSX);
    expect(huge.statusCode).toBe(413);
  });

  it('lets only the unit’s own editors import: another unit’s editor and a district reviewer get 403, a visitor 401', async () => {
    const other = await makeUser(t.ctx, { unit: '区财政局', roles: ['unit_editor'] });
    const reviewer = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['district_reviewer'] });
    const form = await messyForm();
    for (const u of [other, reviewer]) {
      const c = await new ApiClient(t.app).login(u.username, u.password);
      const res = await c.post(`/api/v1/filing/import?unitId=${eduId}&dryRun=true`, form, XLSX);
      expect(res.statusCode).toBe(403);
    }
    expect((await new ApiClient(t.app).post(`/api/v1/filing/import?unitId=${eduId}`, form, XLSX)).statusCode).toBe(401);
  });
});

describe('GET /api/v1/filing/export', () => {
  it('downloads the unit’s filing form with a Chinese file name, and importing it changes nothing (round trip)', async () => {
    const res = await editor.get(`/api/v1/filing/export?unitId=${eduId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="filing-2026-11-27\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('备案表-区教育局-2026-11-27.xlsx');

    const body = res.rawPayload;
    const back = await editor.post(`/api/v1/filing/import?dryRun=false&fileName=x.xlsx`, body, XLSX);
    expect(back.statusCode).toBe(200);
    const report = back.json();
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ rowsRead: await itemCount(), created: 0, updated: 0, unchanged: await itemCount() });
    expect(report.warnings.filter((w: { code: string }) => /normalized|shortName|fullName/.test(w.code))).toEqual([]);
  });

  it('is open to district reviewers but not to another unit’s editor', async () => {
    const reviewer = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['district_reviewer'] });
    const r = await new ApiClient(t.app).login(reviewer.username, reviewer.password);
    expect((await r.get(`/api/v1/filing/export?unitId=${eduId}`)).statusCode).toBe(200);
    const other = await makeUser(t.ctx, { unit: '区财政局', roles: ['unit_editor'] });
    const o = await new ApiClient(t.app).login(other.username, other.password);
    expect((await o.get(`/api/v1/filing/export?unitId=${eduId}`)).statusCode).toBe(403);
  });

  it('is described in a valid OpenAPI document with its content types', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(doc.paths['/api/v1/filing/import'].post.requestBody.content)).toEqual([XLSX_TYPE, 'application/octet-stream']);
    expect(doc.paths['/api/v1/filing/import'].post.responses).toHaveProperty('422');
    expect(Object.keys(doc.paths['/api/v1/filing/export'].get.responses['200'].content)).toEqual([XLSX_TYPE]);
  });
});
