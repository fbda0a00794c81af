import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDraft } from '../factories/item-draft.ts';
import { makeUser, type TestUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let office: ApiClient;
let editor: ApiClient;
let editorUser: TestUser;

async function xlsx(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(c: ApiClient, url: string, body: Buffer, type: string) {
  return c.app.inject({ method: 'POST', url, payload: body, headers: { cookie: c.cookie!, 'x-csrf-token': c.csrf!, 'content-type': type } });
}

beforeAll(async () => {
  t = await createTestApp();
  const reviewer = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['district_reviewer'] });
  office = await new ApiClient(t.app).login(reviewer.username, reviewer.password);
  editorUser = await makeUser(t.ctx, { unit: '区人社局', roles: ['unit_editor'] });
  editor = await new ApiClient(t.app).login(editorUser.username, editorUser.password);
});
afterAll(async () => t.close());

describe('the power list (权力清单)', () => {
  it('is imported from .xlsx by the district office and flags items that match it, exactly or nearly', async () => {
    const file = await xlsx([['武陵源区权力清单'], ['事项名称', '实施单位', '权力类别'], ['职业介绍机构设立许可', '区人社局', '行政许可'], ['劳动保障监察', '区人社局', '行政检查'], ['', '', '']]);
    const res = await upload(office, '/api/v1/power-list?fileName=权力清单.xlsx', file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rowsRead: 2, imported: 2, errors: [] });

    const exact = (await editor.post('/api/v1/items/check', { draft: buildDraft({ name: '劳动保障监察' }) })).json();
    expect(exact.findings).toContainEqual(expect.objectContaining({ code: 'R5.powerList.exact', severity: 'error' }));
    const near = (await editor.post('/api/v1/items/check', { draft: buildDraft({ name: '职业介绍机构设立许可申请' }) })).json();
    expect(near.findings).toContainEqual(expect.objectContaining({ code: 'R5.powerList.similar', severity: 'warning' }));
    const created = await editor.post('/api/v1/items', { draft: buildDraft({ name: '劳动保障监察' }) });
    expect(created.statusCode).toBe(400);
  });

  it('is also read from CSV, and a row without a name stops the import', async () => {
    const csv = Buffer.from('\uFEFF事项名称,实施单位,权力类别\n"档案行政检查",区档案局,行政检查\n,区档案局,行政处罚\n', 'utf8');
    const res = await upload(office, '/api/v1/power-list?fileName=p.csv', csv, 'text/csv');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ row: 3, column: '事项名称', message: '事项名称为空' }]);
    expect((await office.get('/api/v1/power-list')).json().total).toBe(2); // the earlier list stands
  });

  it('cannot be imported by a unit editor, nor from a file that is no table', async () => {
    expect((await upload(editor, '/api/v1/power-list', Buffer.from('事项名称\n甲\n'), 'text/csv')).statusCode).toBe(403);
    const res = await upload(office, '/api/v1/power-list', Buffer.from('hello world'), 'text/csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('未找到表头');
  });
});

describe('the provincial reference catalog (省级参照目录)', () => {
  it('tells each unit which of its department type’s reference items it has claimed and which not', async () => {
    const file = await xlsx([
      ['事项编码', '事项名称', '类别', '部门类型'],
      ['430000-RS-001', '城乡居民基本养老保险参保登记', '依申请类', '人力资源和社会保障'],
      ['430000-RS-002', '失业登记', '依申请类', '人力资源和社会保障'],
      ['430000-JY-001', '义务教育入学', '依申请类', '教育'],
    ]);
    const res = await upload(office, '/api/v1/provincial-refs?fileName=省级目录.xlsx', file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.json()).toMatchObject({ rowsRead: 3, imported: 3 });
    const created = await editor.post('/api/v1/items', { draft: buildDraft({ provincialRefCode: '430000-RS-001' }) });
    expect(created.statusCode, created.body).toBe(201);
    const coverage = (await editor.get(`/api/v1/units/${editorUser.unitId}/provincial-coverage`)).json();
    expect(coverage.claimed.map((c: { code: string }) => c.code)).toEqual(['430000-RS-001']);
    expect(coverage.unclaimed.map((c: { code: string }) => c.code)).toEqual(['430000-RS-002']);
  });
});
