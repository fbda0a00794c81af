import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../src/domain/credit-code.ts';
import { makeUser, unitIdOf, type TestUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let admin: ApiClient;
let adminUser: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  adminUser = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['admin'] });
  admin = await new ApiClient(t.app).login(adminUser.username, adminUser.password, adminUser.totpSecret);
});
afterAll(async () => t.close());

function validCreditCode(first17 = '11430811MB1234567') {
  return first17 + creditCodeCheckChar(first17);
}

describe('the units of the notice', () => {
  it('are listed publicly: the 28 units plus the three offices, each with full name, short name, aliases and kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units' });
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json();
    expect(total).toBe(31);
    const count = (kind: string) => items.filter((u: { kind: string }) => u.kind === kind).length;
    expect([count('department'), count('institution'), count('other'), count('office')]).toEqual([22, 2, 4, 3]);
    const edu = items.find((u: { shortName: string }) => u.shortName === '区教育局');
    expect(edu).toMatchObject({ fullName: '张家界市武陵源区教育局', kind: 'department', kindLabel: '区政府工作部门', level: 'district', aliases: [] });
    for (const u of items) {
      expect(u.fullName.length).toBeGreaterThan(u.shortName.length - 1);
      expect(Array.isArray(u.aliases)).toBe(true);
    }
    expect(items.map((u: { shortName: string }) => u.shortName)).toEqual(expect.arrayContaining(['区政务公开政务服务管理办公室', '区审改办', '区政府法制办']));
  });

  it('resolve 区金融办 and 区政府办 to the same unit, and the two-name form too', async () => {
    const get = async (name: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/units/resolve?name=${encodeURIComponent(name)}` })).json();
    const a = await get('区金融办');
    const b = await get('区政府办');
    const c = await get('区政府办（区金融办）');
    expect(a.unit.id).toBe(b.unit.id);
    expect(c.unit.id).toBe(b.unit.id);
    expect(a.unit.fullName).toBe('张家界市武陵源区人民政府办公室');
    expect(a.matchedKind).toBe('alias');
    expect((await get('区商务和粮食局')).unit.shortName).toBe('区发展改革和科学技术局');
    expect((await get('区编办')).unit.shortName).toBe('区审改办');
    expect((await get('区政府办(区金融办)')).unit.id).toBe(b.unit.id); // half-width brackets
  });

  it('answer an unknown name with 404 and the closest registry names', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/units/resolve?name=${encodeURIComponent('区卫健局')}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain('未找到单位“区卫健局”');
    expect(res.json().suggestions[0].fullName).toBe('张家界市武陵源区卫生和计划生育局');
  });
});

describe('administrators', () => {
  it('add a sub-unit under a parent and a township unit', async () => {
    const parentId = await unitIdOf(t.ctx, '区教育局');
    const sub = await admin.post('/api/v1/units', {
      parentId,
      kind: 'sub_unit',
      fullName: '张家界市武陵源区教育局教育股',
      shortName: '区教育股',
      aliases: [],
      creditCode: validCreditCode(),
    });
    expect(sub.statusCode).toBe(201);
    expect(sub.json()).toMatchObject({ parentId, kind: 'sub_unit', level: 'district' });
    const town = await admin.post('/api/v1/units', { kind: 'township', fullName: '张家界市武陵源区索溪峪街道办事处', shortName: '索溪峪街道', aliases: ['索溪峪'] });
    expect(town.statusCode).toBe(201);
    expect(town.json()).toMatchObject({ level: 'township', levelLabel: '乡级' });
  });

  it('cannot reuse a name another unit of the region carries, as full name, short name or alias', async () => {
    const res = await admin.post('/api/v1/units', { kind: 'township', fullName: '张家界市武陵源区某某街道', shortName: '区金融办', aliases: [] });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toEqual({ path: 'shortName', message: '名称“区金融办”已被“张家界市武陵源区人民政府办公室”使用' });
  });

  it('get a clear error for a wrong credit code', async () => {
    const code = validCreditCode();
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const res = await admin.post('/api/v1/units', { kind: 'township', fullName: '张家界市武陵源区中湖乡人民政府', shortName: '中湖乡', aliases: [], creditCode: wrong });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('creditCode');
  });

  it('must send the version they edited; a stale version gets 409 and nothing is lost', async () => {
    const id = await unitIdOf(t.ctx, '区档案局');
    const current = (await admin.get(`/api/v1/units/${id}`)).json();
    const first = await admin.patch(`/api/v1/units/${id}`, { version: current.version, phone: '0744-5611111' });
    expect(first.statusCode).toBe(200);
    const second = await admin.patch(`/api/v1/units/${id}`, { version: current.version, phone: '0744-5622222' });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toBe('该单位已被他人修改，请刷新后重试');
    expect((await admin.get(`/api/v1/units/${id}`)).json().phone).toBe('0744-5611111');
  });

  it('leave an audit row with the old and new values', async () => {
    const id = await unitIdOf(t.ctx, '区统计局');
    const v = (await admin.get(`/api/v1/units/${id}`)).json().version;
    await admin.patch(`/api/v1/units/${id}`, { version: v, address: '武陵源区军地坪' });
    const rows = await t.ctx.database.executeSql(`select old_values, new_values, username from audit_log where action = 'unit.update' and target_id = $1`, [id]);
    expect(rows.rows).toHaveLength(1);
    expect((rows.rows[0].old_values as { address: string | null }).address).toBeNull();
    expect((rows.rows[0].new_values as { address: string }).address).toBe('武陵源区军地坪');
    expect(rows.rows[0].username).toBe(adminUser.username);
  });
});

describe('a unit head', () => {
  it("keeps their own unit's contact details current but cannot rename it or touch another unit", async () => {
    const head = await makeUser(t.ctx, { unit: '区水利局', roles: ['unit_head'] });
    const c = await new ApiClient(t.app).login(head.username, head.password);
    const own = (await c.get(`/api/v1/units/${head.unitId}`)).json();
    expect(own.actions).toEqual(['update_contact']);
    expect((await c.patch(`/api/v1/units/${head.unitId}`, { version: own.version, phone: '0744-5612345' })).statusCode).toBe(200);
    expect((await c.patch(`/api/v1/units/${head.unitId}`, { version: own.version + 1, fullName: '改名' })).statusCode).toBe(403);
    const other = await unitIdOf(t.ctx, '区林业局');
    const otherVersion = (await c.get(`/api/v1/units/${other}`)).json().version;
    expect((await c.patch(`/api/v1/units/${other}`, { version: otherVersion, phone: '1' })).statusCode).toBe(403);
  });
});
