import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('the audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE tried directly in SQL', async () => {
    const before = await t.ctx.database.executeSql('select count(*)::int as n from audit_log');
    expect(Number(before.rows[0].n)).toBeGreaterThan(0);
    await expect(t.ctx.database.executeSql(`update audit_log set detail = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(t.ctx.database.executeSql('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(t.ctx.database.executeSql('truncate audit_log')).rejects.toThrow(/append-only/);
    const after = await t.ctx.database.executeSql(`select count(*)::int as n from audit_log where detail = 'rewritten'`);
    expect(Number(after.rows[0].n)).toBe(0);
  });

  it('is written in the same transaction as the change: a refused change leaves no success row', async () => {
    const admin = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['admin'] });
    const c = await new ApiClient(t.app).login(admin.username, admin.password, admin.totpSecret);
    const res = await c.post('/api/v1/users', { username: 'dup_test', displayName: '甲', unitId: admin.unitId, roles: ['admin', 'auditor'], password: 'Abc-12345-x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('三员分立');
    const rows = await t.ctx.database.executeSql(`select count(*)::int as n from audit_log where action = 'user.create' and new_values->>'username' = 'dup_test'`);
    expect(Number(rows.rows[0].n)).toBe(0);
  });

  it('is read by the auditor with filters, and by nobody else', async () => {
    const auditor = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['auditor'] });
    const c = await new ApiClient(t.app).login(auditor.username, auditor.password);
    await new ApiClient(t.app).post('/api/v1/auth/login', { username: auditor.username, password: 'Wrong-Pass-1' });
    const all = await c.get('/api/v1/audit?pageSize=5');
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toHaveLength(5);
    expect(all.json().total).toBeGreaterThan(5);
    const failed = (await c.get(`/api/v1/audit?action=auth.login&success=false&username=${auditor.username}`)).json();
    expect(failed.items).toHaveLength(1);
    expect(failed.items[0]).toMatchObject({ action: 'auth.login', success: false, username: auditor.username, sourceIp: '127.0.0.1' });
    expect(failed.actionLabels['auth.login']).toBe('登录');
    const future = (await c.get(`/api/v1/audit?from=${encodeURIComponent('2999-01-01T00:00:00Z')}`)).json();
    expect(future.total).toBe(0);
    expect((await c.get('/api/v1/audit?from=yesterday')).statusCode).toBe(400);

    const admin = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['security_officer'] });
    const other = await new ApiClient(t.app).login(admin.username, admin.password);
    expect((await other.get('/api/v1/audit')).statusCode).toBe(403);
  });
});
