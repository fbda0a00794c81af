import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.ts';
import { totpCode } from '../../src/modules/identity/totp.ts';
import { makeUser, type TestUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.ts';

const clock = fixedClock('2026-11-27T09:00:00+08:00');
let t: TestApp;
let editor: TestUser;

beforeAll(async () => {
  t = await createTestApp({ clock });
  editor = await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] });
});
afterAll(async () => t.close());

async function auditRows(username: string) {
  const rows = await t.ctx.database.executeSql(`select action, success, detail, source_ip from audit_log where username = $1 order by id`, [username]);
  return rows.rows as { action: string; success: boolean; detail: string | null; source_ip: string | null }[];
}

describe('logging in', () => {
  it('starts a session with an HttpOnly, SameSite=Strict cookie and returns the CSRF token', async () => {
    const c = new ApiClient(t.app);
    const res = await c.post('/api/v1/auth/login', { username: editor.username, password: editor.password });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((x) => x.name === 'qd_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(res.json().csrfToken).toMatch(/.{20,}/);
    expect(res.json().user.unitName).toBe('张家界市武陵源区教育局');
  });

  it('answers a wrong password with a Chinese problem and no session', async () => {
    const c = new ApiClient(t.app);
    const res = await c.post('/api/v1/auth/login', { username: editor.username, password: 'Wrong-Password-1' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toBe('用户名或密码错误');
    expect(c.cookie).toBeNull();
  });

  it('locks the account after five wrong passwords, refuses the sixth attempt even with the right password, and audits each attempt', async () => {
    const victim = await makeUser(t.ctx, { unit: '区财政局', roles: ['unit_editor'] });
    const c = new ApiClient(t.app, '10.1.2.3');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await c.post('/api/v1/auth/login', { username: victim.username, password: `Wrong-${i}-Password` })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const sixth = await c.post('/api/v1/auth/login', { username: victim.username, password: victim.password });
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json().detail).toContain('锁定');

    const rows = await auditRows(victim.username);
    const logins = rows.filter((r) => r.action === 'auth.login');
    expect(logins).toHaveLength(6);
    expect(logins.every((r) => r.success === false)).toBe(true);
    expect(logins.every((r) => r.source_ip === '10.1.2.3')).toBe(true);
    expect(rows.some((r) => r.action === 'auth.lock')).toBe(true);

    // 15 minutes later the lock has passed.
    clock.advance(15 * 60_000 + 1000);
    expect((await c.post('/api/v1/auth/login', { username: victim.username, password: victim.password })).statusCode).toBe(200);
    clock.set('2026-11-27T09:00:00+08:00');
  });

  it('audits the failed login of an unknown user', async () => {
    const c = new ApiClient(t.app);
    await c.post('/api/v1/auth/login', { username: 'nobody-here', password: 'Whatever-123' });
    const rows = await auditRows('nobody-here');
    expect(rows).toEqual([expect.objectContaining({ action: 'auth.login', success: false, detail: '用户不存在' })]);
  });
});

describe('sessions', () => {
  it('end after 30 idle minutes', async () => {
    const c = await new ApiClient(t.app).login(editor.username, editor.password);
    clock.advance(29 * 60_000);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    clock.advance(29 * 60_000); // active 29 minutes ago: still alive
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    clock.advance(31 * 60_000);
    const res = await c.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('登录已超时，请重新登录');
    clock.set('2026-11-27T09:00:00+08:00');
  });

  it('refuse a cookie-authenticated write without the CSRF token', async () => {
    const c = await new ApiClient(t.app).login(editor.username, editor.password);
    const res = await c.post('/api/v1/auth/password', { currentPassword: editor.password, newPassword: 'Another-Pass-9' }, { 'x-csrf-token': 'forged' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf');
  });

  it('do not stand in the way of a new login from a browser still holding an old session cookie', async () => {
    const c = await new ApiClient(t.app).login(editor.username, editor.password);
    c.csrf = null; // the page was reloaded: the old token is gone, the cookie is not
    const res = await c.post('/api/v1/auth/login', { username: editor.username, password: editor.password });
    expect(res.statusCode).toBe(200);
  });

  it('end at logout', async () => {
    const c = await new ApiClient(t.app).login(editor.username, editor.password);
    const saved = c.cookie;
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(200);
    c.cookie = saved;
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('the administrator', () => {
  it('must enrol a TOTP second factor before doing anything else, then logs in with it', async () => {
    const c = new ApiClient(t.app);
    const res = await c.post('/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json().mfaState).toBe('enroll_required');
    c.csrf = res.json().csrfToken;
    const blocked = await c.get('/api/v1/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('mfa_enrollment_required');

    const setup = await c.post('/api/v1/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, uri } = setup.json();
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect((await c.post('/api/v1/auth/totp/confirm', { code: '000000' })).statusCode).toBe(400);
    expect((await c.post('/api/v1/auth/totp/confirm', { code: totpCode(secret, clock.now()) })).statusCode).toBe(200);
    expect((await c.get('/api/v1/users')).statusCode).toBe(200);

    const again = new ApiClient(t.app);
    const noCode = await again.post('/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe('totp_required');
    await again.login('admin', ADMIN_PASSWORD, secret, clock.now());
    expect((await again.get('/api/v1/users')).statusCode).toBe(200);
  });
});

describe('passwords', () => {
  it('are changed only to one that meets the policy, and never stored in clear', async () => {
    const u = await makeUser(t.ctx, { unit: '区司法局', roles: ['unit_editor'] });
    const c = await new ApiClient(t.app).login(u.username, u.password);
    const weak = await c.post('/api/v1/auth/password', { currentPassword: u.password, newPassword: 'abcdefgh' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].path).toBe('newPassword');
    const wrong = await c.post('/api/v1/auth/password', { currentPassword: 'not-it-A1', newPassword: 'Strong-Pass-77' });
    expect(wrong.statusCode).toBe(400);
    expect((await c.post('/api/v1/auth/password', { currentPassword: u.password, newPassword: 'Strong-Pass-77' })).statusCode).toBe(200);
    const stored = await t.ctx.database.executeSql('select password_hash from users where id = $1', [u.id]);
    expect(String(stored.rows[0].password_hash)).toMatch(/^\$argon2id\$/);
    await new ApiClient(t.app).login(u.username, 'Strong-Pass-77');
  });

  it('reset by an administrator must be changed at the next login', async () => {
    const admin = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['admin'] });
    const u = await makeUser(t.ctx, { unit: '区司法局', roles: ['unit_head'] });
    const a = await new ApiClient(t.app).login(admin.username, admin.password, admin.totpSecret, clock.now());
    const reset = await a.post(`/api/v1/users/${u.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const temp = reset.json().temporaryPassword;
    const c = await new ApiClient(t.app).login(u.username, temp);
    expect(c.me!.mustChangePassword).toBe(true);
    expect((await c.get(`/api/v1/users?unitId=${u.unitId}`)).json().code).toBe('password_change_required');
    expect((await c.post('/api/v1/auth/password', { currentPassword: temp, newPassword: 'Fresh-Pass-2026' })).statusCode).toBe(200);
    expect((await c.get(`/api/v1/users?unitId=${u.unitId}`)).statusCode).toBe(200);
  });
});

describe('security headers', () => {
  it('are sent on every response', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
