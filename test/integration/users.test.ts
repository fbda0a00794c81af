import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, unitIdOf, type TestUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let admin: ApiClient;
let adminUser: TestUser;
let eduUnit: string;

beforeAll(async () => {
  t = await createTestApp();
  adminUser = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['admin'] });
  admin = await new ApiClient(t.app).login(adminUser.username, adminUser.password, adminUser.totpSecret);
  eduUnit = await unitIdOf(t.ctx, '区教育局');
});
afterAll(async () => t.close());

describe('an administrator', () => {
  it('creates an account with a generated one-time password that must be changed at first login', async () => {
    const res = await admin.post('/api/v1/users', { username: 'zhangsan', displayName: '张三', unitId: eduUnit, roles: ['unit_editor', 'unit_head'], phone: '13812345678' });
    expect(res.statusCode).toBe(201);
    const { user, initialPassword } = res.json();
    expect(user).toMatchObject({ username: 'zhangsan', unitName: '张家界市武陵源区教育局', roles: ['unit_editor', 'unit_head'], roleLabels: ['单位填报员', '单位负责人'], mustChangePassword: true, phone: '13812345678' });
    expect(initialPassword).toMatch(/.{12,}/);
    const c = await new ApiClient(t.app).login('zhangsan', initialPassword);
    expect(c.me!.mustChangePassword).toBe(true);
  });

  it('cannot give one account two of the separated duties (三员分立)', async () => {
    const res = await admin.post('/api/v1/users', { username: 'lisi', displayName: '李四', unitId: adminUser.unitId, roles: ['security_officer', 'auditor'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('roles');
  });

  it('gets a clear error for a duplicate username, a bad username and an unknown role', async () => {
    expect((await admin.post('/api/v1/users', { username: 'ZhangSan', displayName: '重名', unitId: eduUnit, roles: ['unit_editor'] })).statusCode).toBe(409);
    const bad = await admin.post('/api/v1/users', { username: '张三', displayName: '张三', unitId: eduUnit, roles: ['unit_editor'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('username');
    const role = await admin.post('/api/v1/users', { username: 'wangwu', displayName: '王五', unitId: eduUnit, roles: ['king'] });
    expect(role.statusCode).toBe(400);
    expect(role.json().errors[0].path).toBe('roles.0');
  });

  it('cannot take away their own administrator role nor disable themselves', async () => {
    const me = (await admin.get(`/api/v1/users/${adminUser.id}`)).json();
    expect((await admin.patch(`/api/v1/users/${adminUser.id}`, { version: me.version, roles: ['unit_editor'] })).statusCode).toBe(403);
    expect((await admin.patch(`/api/v1/users/${adminUser.id}`, { version: me.version, isDisabled: true })).statusCode).toBe(403);
  });

  it('disables an account, which ends its sessions at once', async () => {
    const u = await makeUser(t.ctx, { unit: '区林业局', roles: ['unit_editor'] });
    const c = await new ApiClient(t.app).login(u.username, u.password);
    const v = (await admin.get(`/api/v1/users/${u.id}`)).json().version;
    expect((await admin.patch(`/api/v1/users/${u.id}`, { version: v, isDisabled: true })).statusCode).toBe(200);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await new ApiClient(t.app).post('/api/v1/auth/login', { username: u.username, password: u.password })).statusCode).toBe(401);
  });

  it('edits with optimistic locking: a stale version gets 409', async () => {
    const u = await makeUser(t.ctx, { unit: '区林业局', roles: ['unit_editor'] });
    const v = (await admin.get(`/api/v1/users/${u.id}`)).json().version;
    expect((await admin.patch(`/api/v1/users/${u.id}`, { version: v, displayName: '第一次' })).statusCode).toBe(200);
    const stale = await admin.patch(`/api/v1/users/${u.id}`, { version: v, displayName: '第二次' });
    expect(stale.statusCode).toBe(409);
    expect((await admin.get(`/api/v1/users/${u.id}`)).json().displayName).toBe('第一次');
  });
});

describe('unit staff', () => {
  it("see their own unit's users with masked phones, and not another unit's", async () => {
    const editor = await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] });
    const c = await new ApiClient(t.app).login(editor.username, editor.password);
    const own = await c.get(`/api/v1/users?unitId=${eduUnit}`);
    expect(own.statusCode).toBe(200);
    const zhangsan = own.json().items.find((u: { username: string }) => u.username === 'zhangsan');
    expect(zhangsan.phone).toBe('138****5678');
    expect(own.json().items.every((u: { unitId: string }) => u.unitId === eduUnit)).toBe(true);
    const other = await c.get(`/api/v1/users?unitId=${await unitIdOf(t.ctx, '区财政局')}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toBe('只能查看本单位的用户');
    expect((await c.get('/api/v1/users')).statusCode).toBe(403);
  });
});

describe('the security officer', () => {
  it('unlocks a locked account but cannot create accounts', async () => {
    const officer = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['security_officer'] });
    const c = await new ApiClient(t.app).login(officer.username, officer.password);
    const victim = await makeUser(t.ctx, { unit: '区水利局', roles: ['unit_editor'] });
    const attacker = new ApiClient(t.app, '10.9.9.9');
    for (let i = 0; i < 5; i++) await attacker.post('/api/v1/auth/login', { username: victim.username, password: 'Guess-123-x' });
    const locked = (await c.get(`/api/v1/users/${victim.id}`)).json();
    expect(locked.isLocked).toBe(true);
    expect((await c.post(`/api/v1/users/${victim.id}/unlock`)).json().isLocked).toBe(false);
    await new ApiClient(t.app).login(victim.username, victim.password);
    expect((await c.post('/api/v1/users', { username: 'nope', displayName: '不行', unitId: eduUnit, roles: ['unit_editor'] })).statusCode).toBe(403);
  });
});
