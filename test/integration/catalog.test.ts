import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDraft } from '../factories/item-draft.ts';
import { makeUser, unitIdOf, type TestUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let editor: TestUser;
let c: ApiClient;

beforeAll(async () => {
  t = await createTestApp();
  editor = await makeUser(t.ctx, { unit: '区人社局', roles: ['unit_editor'] });
  c = await new ApiClient(t.app).login(editor.username, editor.password);
});
afterAll(async () => t.close());

async function create(name: string, overrides = {}) {
  const res = await c.post('/api/v1/items', { draft: buildDraft({ name, ...overrides }) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { itemId: string; code: string };
}

describe('a unit editor', () => {
  it('creates an item with a complete guide; it gets a stable code and no blocking findings', async () => {
    const { itemId, code } = await create('失业登记');
    expect(code).toMatch(/^430811-QD-\d{6}$/);
    const detail = (await c.get(`/api/v1/items/${itemId}`)).json();
    expect(detail).toMatchObject({ code, state: 'draft', versionNumber: 1, unitName: '张家界市武陵源区人力资源和社会保障局', actions: ['edit'] });
    expect(detail.findings.filter((f: { severity: string }) => f.severity !== 'warning')).toEqual([]);
    expect(detail.completeness.percent).toBe(100);
    expect(detail.draft.materials.length).toBeGreaterThan(0);
    expect(detail.draft.steps.length).toBeGreaterThan(0);
  });

  it('cannot give two items of the unit the same name (R6)', async () => {
    await create('就业登记');
    const res = await c.post('/api/v1/items', { draft: buildDraft({ name: ' 就业登记。' }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('name');
    expect((await c.get('/api/v1/items?q=就业登记')).json().total).toBe(1);
  });

  it('cannot save a committed time limit longer than the legal one (R8), and nothing is written', async () => {
    const draft = buildDraft({ name: '职业介绍' });
    draft.guide.legalLimit = { value: 10, unit: 'working_day' };
    draft.guide.committedLimit = { value: 15, unit: 'working_day' };
    draft.guide.caseType = 'promised';
    const res = await c.post('/api/v1/items', { draft });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.some((e: { path: string }) => e.path.startsWith('guide.committedLimit'))).toBe(true);
    expect((await c.get('/api/v1/items?q=职业介绍')).json().total).toBe(0);
  });

  it('saves a half-done draft and sees what is still missing', async () => {
    const draft = buildDraft({ name: '招聘会服务' });
    draft.guide.applicationConditions = null;
    draft.materials = [];
    const { itemId } = await create('招聘会服务', { guide: draft.guide, materials: [] });
    const detail = (await c.get(`/api/v1/items/${itemId}`)).json();
    expect(detail.findings.some((f: { severity: string }) => f.severity === 'incomplete')).toBe(true);
    expect(detail.completeness.percent).toBeLessThan(100);
    const list = (await c.get('/api/v1/items?findings=incomplete')).json();
    expect(list.items.map((i: { name: string }) => i.name)).toContain('招聘会服务');
    expect((await c.get('/api/v1/items?completeness=complete')).json().items.map((i: { name: string }) => i.name)).not.toContain('招聘会服务');
  });

  it('checks a draft live without saving it: a finding disappears once fixed', async () => {
    const draft = buildDraft({ name: '社会保障卡申领' });
    draft.guide.visits = 1;
    draft.guide.visitsReason = null;
    draft.guide.onlineDepth = 3;
    const before = (await c.post('/api/v1/items/check', { draft })).json();
    expect(before.findings.map((f: { path: string }) => f.path)).toContain('guide.visitsReason');
    draft.guide.visitsReason = '需现场采集人像';
    const after = (await c.post('/api/v1/items/check', { draft })).json();
    expect(after.findings.map((f: { path: string }) => f.path)).not.toContain('guide.visitsReason');
  });

  it('edits with optimistic locking: the second of two editors gets 409 and the first edit stays', async () => {
    const { itemId } = await create('失业保险金申领');
    const detail = (await c.get(`/api/v1/items/${itemId}`)).json();
    const colleague = await makeUser(t.ctx, { unit: '区人社局', roles: ['unit_head'] });
    const c2 = await new ApiClient(t.app).login(colleague.username, colleague.password);
    const first = await c.request('PUT', `/api/v1/items/${itemId}/draft`, { lockVersion: detail.lockVersion, draft: { ...detail.draft, serviceContent: '第一次修改' } });
    expect(first.statusCode).toBe(200);
    const second = await c2.request('PUT', `/api/v1/items/${itemId}/draft`, { lockVersion: detail.lockVersion, draft: { ...detail.draft, serviceContent: '第二次修改' } });
    expect(second.statusCode).toBe(409);
    expect((await c.get(`/api/v1/items/${itemId}`)).json().draft.serviceContent).toBe('第一次修改');
    const history = (await c.get(`/api/v1/items/${itemId}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['item.update', 'item.create']);
    expect(history[0].oldValues.serviceContent).not.toBe('第一次修改');
    expect(history[0].newValues.serviceContent).toBe('第一次修改');
  });
});

describe('who sees which catalog', () => {
  it("hides a unit's items from another unit's staff, shows them to district reviewers", async () => {
    const { itemId } = await create('创业担保贷款申请');
    const other = await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] });
    const o = await new ApiClient(t.app).login(other.username, other.password);
    expect((await o.get(`/api/v1/items/${itemId}`)).statusCode).toBe(404);
    expect((await o.get(`/api/v1/items?unitId=${editor.unitId}`)).statusCode).toBe(403);
    expect((await o.get('/api/v1/items')).json().items).toEqual([]);
    expect((await o.request('PUT', `/api/v1/items/${itemId}/draft`, { lockVersion: 1, draft: buildDraft({ name: '创业担保贷款申请' }) })).statusCode).toBe(404);

    const reviewer = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['district_reviewer'] });
    const r = await new ApiClient(t.app).login(reviewer.username, reviewer.password);
    const seen = (await r.get(`/api/v1/items/${itemId}`)).json();
    expect(seen.actions).toEqual([]);
    expect((await r.get('/api/v1/items')).json().total).toBeGreaterThan(0);
  });

  it('lets a parent department read, but not edit, its sub-unit’s items', async () => {
    const adminUser = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['admin'] });
    const a = await new ApiClient(t.app).login(adminUser.username, adminUser.password, adminUser.totpSecret);
    const eduId = await unitIdOf(t.ctx, '区教育局');
    const sub = (await a.post('/api/v1/units', { parentId: eduId, kind: 'sub_unit', fullName: '张家界市武陵源区教育局学生资助管理中心', shortName: '区学生资助中心', aliases: [] })).json();
    const subEditor = await makeUser(t.ctx, { unit: '区学生资助中心', roles: ['unit_editor'] });
    const s = await new ApiClient(t.app).login(subEditor.username, subEditor.password);
    const created = await s.post('/api/v1/items', { draft: buildDraft({ name: '义务教育家庭经济困难学生生活补助查询' }) });
    expect(created.statusCode).toBe(201);
    const parent = await makeUser(t.ctx, { unit: '区教育局', roles: ['parent_reviewer'] });
    const p = await new ApiClient(t.app).login(parent.username, parent.password);
    const listed = (await p.get(`/api/v1/items?unitId=${sub.id}`)).json();
    expect(listed.total).toBe(1);
    const detail = (await p.get(`/api/v1/items/${created.json().itemId}`)).json();
    expect(detail.actions).toEqual([]);
    expect((await p.request('PUT', `/api/v1/items/${created.json().itemId}/draft`, { lockVersion: detail.lockVersion, draft: detail.draft })).statusCode).toBe(403);
  });
});
