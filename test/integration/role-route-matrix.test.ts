/**
 * Role × route matrix: every API route, called by an anonymous visitor and by a user holding each
 * role, with the exact answer expected. A unit role's user sits in 区教育局 ("own" unit A); the other
 * unit's resources belong to 区财政局 (unit B). The last test checks that no route is missing here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_CODES, type Role } from '../../src/domain/roles.ts';
import { makeUser, unitIdOf, type TestUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { buildDraft } from '../factories/item-draft.ts';
import { createItem } from '../../src/modules/catalog/commands/create-item.ts';
import { systemActor } from '../../src/modules/identity/actor.ts';
import { uploadFile } from '../../src/modules/files/files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', ...ROLE_CODES];
const UNIT_ROLES: Role[] = ['unit_editor', 'unit_head', 'parent_reviewer', 'case_handler'];

interface Fixtures {
  t: TestApp;
  unitA: string;
  unitB: string;
  userB: TestUser;
  /** An item of unit A (区教育局), in draft. */
  itemA: string;
  /** A template file of unit A. */
  fileA: string;
  throwaway: TestUser;
  who: Who;
  users: Map<Who, TestUser>;
  seq: () => number;
}

interface Row {
  method: string;
  url: string;
  /** What is being checked, for the test name. */
  note?: string;
  /** Who gets the `ok` answer; everyone else gets `denied` (403 unless given), anonymous 401. */
  allowed: Who[] | 'everyone' | 'authenticated';
  ok: number | ({ default: number } & Partial<Record<Who, number>>);
  denied?: number | ({ default: number } & Partial<Record<Who, number>>);
  call(c: ApiClient, f: Fixtures): Promise<{ statusCode: number }>;
}

async function versionOf(c: ApiClient, path: string): Promise<number> {
  return (await c.app.inject({ method: 'GET', url: path })).json().version;
}

const CATALOG_READERS_OF_A: Who[] = [...UNIT_ROLES, 'district_reviewer', 'legal_reviewer', 'publisher', 'admin'];
const NOT_READERS_OF_A = { default: 403, window_clerk: 404, security_officer: 404, auditor: 404 } as const;

async function lockVersionOf(f: Fixtures): Promise<number> {
  const [row] = (await f.t.ctx.database.executeSql('select v.lock_version from item_versions v join items i on i.id = v.item_id and v.number = i.latest_version where i.id = $1', [f.itemA])).rows;
  return Number(row.lock_version);
}

const rows: Row[] = [
  { method: 'GET', url: '/api/v1/regions', allowed: 'everyone', ok: 200, call: (c) => c.get('/api/v1/regions') },
  { method: 'GET', url: '/api/v1/units', allowed: 'everyone', ok: 200, call: (c) => c.get('/api/v1/units') },
  { method: 'GET', url: '/api/v1/units/resolve', allowed: 'everyone', ok: 200, call: (c) => c.get(`/api/v1/units/resolve?name=${encodeURIComponent('区金融办')}`) },
  { method: 'GET', url: '/api/v1/units/:id', allowed: 'everyone', ok: 200, call: (c, f) => c.get(`/api/v1/units/${f.unitA}`) },
  {
    method: 'POST',
    url: '/api/v1/units',
    allowed: ['admin'],
    ok: 201,
    call: (c, f) => {
      const n = f.seq();
      return c.post('/api/v1/units', { kind: 'township', fullName: `张家界市武陵源区测试乡${n}人民政府`, shortName: `测试乡${n}`, aliases: [] });
    },
  },
  {
    method: 'PATCH',
    url: '/api/v1/units/:id',
    note: 'another unit',
    allowed: ['admin'],
    ok: 200,
    call: async (c, f) => c.patch(`/api/v1/units/${f.unitB}`, { version: await versionOf(c, `/api/v1/units/${f.unitB}`), phone: `0744-${f.seq()}` }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/units/:id',
    note: 'own unit, contact only',
    allowed: ['admin', 'unit_head'],
    ok: 200,
    call: async (c, f) => c.patch(`/api/v1/units/${f.unitA}`, { version: await versionOf(c, `/api/v1/units/${f.unitA}`), phone: `0744-${f.seq()}` }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/units/:id',
    note: 'own unit, renaming',
    allowed: ['admin'],
    ok: 200,
    call: async (c, f) =>
      c.patch(`/api/v1/units/${f.unitA}`, { version: await versionOf(c, `/api/v1/units/${f.unitA}`), aliases: [`教育别名${f.seq()}`] }),
  },
  { method: 'GET', url: '/api/v1/users', note: 'whole region', allowed: ['admin', 'security_officer'], ok: 200, call: (c) => c.get('/api/v1/users') },
  {
    method: 'GET',
    url: '/api/v1/users',
    note: 'own unit',
    allowed: ['admin', 'security_officer', ...UNIT_ROLES],
    ok: 200,
    call: (c, f) => c.get(`/api/v1/users?unitId=${f.unitA}`),
  },
  { method: 'GET', url: '/api/v1/users', note: 'another unit', allowed: ['admin', 'security_officer'], ok: 200, call: (c, f) => c.get(`/api/v1/users?unitId=${f.unitB}`) },
  { method: 'GET', url: '/api/v1/users/:id', note: "another unit's user", allowed: ['admin', 'security_officer'], ok: 200, denied: 404, call: (c, f) => c.get(`/api/v1/users/${f.userB.id}`) },
  {
    method: 'GET',
    url: '/api/v1/users/:id',
    note: 'oneself',
    allowed: 'authenticated',
    ok: 200,
    call: (c, f) => c.get(`/api/v1/users/${f.users.get(f.who)?.id ?? f.userB.id}`),
  },
  {
    method: 'POST',
    url: '/api/v1/users',
    allowed: ['admin'],
    ok: 201,
    call: (c, f) => c.post('/api/v1/users', { username: `matrix${f.seq()}`, displayName: '矩阵', unitId: f.unitB, roles: ['unit_editor'] }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/users/:id',
    allowed: ['admin'],
    ok: 200,
    call: async (c, f) => {
      const [row] = (await f.t.ctx.database.executeSql('select version from users where id = $1', [f.userB.id])).rows;
      return c.patch(`/api/v1/users/${f.userB.id}`, { version: row.version, displayName: `乙${f.seq()}` });
    },
  },
  { method: 'POST', url: '/api/v1/users/:id/unlock', allowed: ['admin', 'security_officer'], ok: 200, call: (c, f) => c.post(`/api/v1/users/${f.userB.id}/unlock`) },
  { method: 'POST', url: '/api/v1/users/:id/reset-password', allowed: ['admin'], ok: 200, call: (c, f) => c.post(`/api/v1/users/${f.userB.id}/reset-password`) },
  { method: 'GET', url: '/api/v1/roles', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/roles') },
  { method: 'GET', url: '/api/v1/audit', allowed: ['auditor'], ok: 200, call: (c) => c.get('/api/v1/audit') },
  { method: 'GET', url: '/api/v1/auth/me', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/auth/me') },
  {
    method: 'POST',
    url: '/api/v1/auth/login',
    allowed: 'everyone',
    ok: 200,
    call: (c, f) => {
      const other = new ApiClient(c.app, c.ip);
      other.cookie = c.cookie;
      other.csrf = c.csrf;
      return other.post('/api/v1/auth/login', { username: f.throwaway.username, password: f.throwaway.password });
    },
  },
  {
    method: 'POST',
    url: '/api/v1/auth/password',
    note: 'wrong current password',
    allowed: 'authenticated',
    ok: 400,
    call: (c) => c.post('/api/v1/auth/password', { currentPassword: 'Not-The-Password-1', newPassword: 'Brand-New-Pass-1' }),
  },
  { method: 'POST', url: '/api/v1/auth/totp/setup', allowed: 'authenticated', ok: { default: 200, admin: 409 }, call: (c) => c.post('/api/v1/auth/totp/setup') },
  { method: 'POST', url: '/api/v1/auth/totp/confirm', note: 'a wrong code', allowed: 'authenticated', ok: { default: 400, admin: 409 }, call: (c) => c.post('/api/v1/auth/totp/confirm', { code: '000000' }) },
  { method: 'DELETE', url: '/api/v1/auth/totp', note: 'wrong password', allowed: 'authenticated', ok: { default: 400, admin: 403 }, call: (c) => c.delete('/api/v1/auth/totp', { password: 'wrong' }) },
  { method: 'GET', url: '/api/v1/items', note: 'own scope', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/items') },
  { method: 'GET', url: '/api/v1/items', note: 'unit A', allowed: CATALOG_READERS_OF_A, ok: 200, call: (c, f) => c.get(`/api/v1/items?unitId=${f.unitA}`) },
  {
    method: 'POST',
    url: '/api/v1/items',
    allowed: ['unit_editor', 'unit_head'],
    ok: 201,
    call: (c, f) => c.post('/api/v1/items', { draft: buildDraft({ name: `矩阵测试事项${f.seq()}` }) }),
  },
  { method: 'POST', url: '/api/v1/items/check', note: 'own unit', allowed: 'authenticated', ok: 200, call: (c) => c.post('/api/v1/items/check', { draft: buildDraft({ name: '检查' }) }) },
  { method: 'GET', url: '/api/v1/items/:id', note: 'item of unit A', allowed: CATALOG_READERS_OF_A, ok: 200, denied: 404, call: (c, f) => c.get(`/api/v1/items/${f.itemA}`) },
  { method: 'GET', url: '/api/v1/items/:id/history', note: 'item of unit A', allowed: CATALOG_READERS_OF_A, ok: 200, denied: 404, call: (c, f) => c.get(`/api/v1/items/${f.itemA}/history`) },
  {
    method: 'PUT',
    url: '/api/v1/items/:id/draft',
    note: 'item of unit A',
    allowed: ['unit_editor', 'unit_head'],
    ok: 200,
    denied: NOT_READERS_OF_A,
    call: async (c, f) => c.request('PUT', `/api/v1/items/${f.itemA}/draft`, { lockVersion: await lockVersionOf(f), draft: buildDraft({ name: '矩阵事项甲', serviceContent: `修改${f.seq()}` }) }),
  },
  { method: 'GET', url: '/api/v1/items/:id/guide.docx', note: 'item of unit A', allowed: CATALOG_READERS_OF_A, ok: 200, denied: 404, call: (c, f) => c.get(`/api/v1/items/${f.itemA}/guide.docx`) },
  { method: 'GET', url: '/api/v1/items/:id/guide/print', note: 'item of unit A', allowed: CATALOG_READERS_OF_A, ok: 200, denied: 404, call: (c, f) => c.get(`/api/v1/items/${f.itemA}/guide/print`) },
  { method: 'GET', url: '/api/v1/units/:id/guides.docx', note: 'unit A', allowed: CATALOG_READERS_OF_A, ok: 200, call: (c, f) => c.get(`/api/v1/units/${f.unitA}/guides.docx`) },
  { method: 'GET', url: '/api/v1/units/:id/filing/print', note: 'unit A', allowed: CATALOG_READERS_OF_A, ok: 200, call: (c, f) => c.get(`/api/v1/units/${f.unitA}/filing/print`) },
  {
    method: 'POST',
    url: '/api/v1/power-list',
    allowed: ['district_reviewer', 'admin'],
    ok: 200,
    call: (c) => c.upload('/api/v1/power-list', Buffer.from('事项名称,实施单位,权力类别\n劳动保障监察,区人社局,行政检查\n'), 'text/csv'),
  },
  { method: 'GET', url: '/api/v1/power-list', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/power-list') },
  {
    method: 'POST',
    url: '/api/v1/provincial-refs',
    allowed: ['district_reviewer', 'admin'],
    ok: 200,
    call: (c) => c.upload('/api/v1/provincial-refs', Buffer.from('事项编码,事项名称,类别,部门类型\n430000-JY-001,义务教育入学,依申请类,教育\n'), 'text/csv'),
  },
  { method: 'GET', url: '/api/v1/provincial-refs', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/provincial-refs') },
  { method: 'GET', url: '/api/v1/units/:id/provincial-coverage', note: 'unit A', allowed: CATALOG_READERS_OF_A, ok: 200, call: (c, f) => c.get(`/api/v1/units/${f.unitA}/provincial-coverage`) },
  {
    method: 'POST',
    url: '/api/v1/filing/import',
    note: 'unit A, a file that is no workbook',
    allowed: ['unit_editor', 'unit_head'],
    ok: 400,
    call: (c, f) => c.upload(`/api/v1/filing/import?unitId=${f.unitA}&dryRun=true`, Buffer.from('not a workbook'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  },
  { method: 'GET', url: '/api/v1/filing/export', note: 'unit A', allowed: CATALOG_READERS_OF_A, ok: 200, call: (c, f) => c.get(`/api/v1/filing/export?unitId=${f.unitA}`) },
  {
    method: 'POST',
    url: '/api/v1/files',
    allowed: ['unit_editor', 'unit_head'],
    ok: 201,
    call: (c) => c.upload('/api/v1/files?fileName=template.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), 'application/pdf'),
  },
  { method: 'GET', url: '/api/v1/files/:id', note: 'a file of unit A', allowed: CATALOG_READERS_OF_A, ok: 200, denied: 404, call: (c, f) => c.get(`/api/v1/files/${f.fileA}`) },
  {
    method: 'POST',
    url: '/api/v1/auth/logout',
    allowed: 'authenticated',
    ok: 200,
    // Logs out a second session of the same user, so the matrix's own session lives on.
    call: async (c, f) => {
      const u = f.users.get(f.who);
      const other = new ApiClient(c.app, c.ip);
      if (u) await other.login(u.username, u.password, u.totpSecret);
      return other.post('/api/v1/auth/logout');
    },
  },
];

function expected(row: Row, who: Who): number {
  const allowed = row.allowed === 'everyone' ? true : row.allowed === 'authenticated' ? who !== 'anonymous' : row.allowed.includes(who);
  if (allowed) {
    if (typeof row.ok === 'number') return row.ok;
    return row.ok[who] ?? row.ok.default;
  }
  if (who === 'anonymous') return 401;
  if (row.denied === undefined) return 403;
  return typeof row.denied === 'number' ? row.denied : (row.denied[who] ?? row.denied.default);
}

let t: TestApp;
const clients = new Map<Who, ApiClient>();
let fixtures: Omit<Fixtures, 'who'>;

beforeAll(async () => {
  t = await createTestApp();
  const unitA = await unitIdOf(t.ctx, '区教育局');
  const unitB = await unitIdOf(t.ctx, '区财政局');
  const users = new Map<Who, TestUser>();
  for (const [i, role] of ROLE_CODES.entries()) {
    const unit = UNIT_ROLES.includes(role) ? '区教育局' : role === 'legal_reviewer' ? '区政府法制办' : '区政务公开政务服务管理办公室';
    const u = await makeUser(t.ctx, { unit, roles: [role], username: `m_${role}` });
    users.set(role, u);
    // One address per role, as in real life: the login rate limit counts per address.
    clients.set(role, await new ApiClient(t.app, `10.0.0.${i + 1}`).login(u.username, u.password, u.totpSecret));
  }
  clients.set('anonymous', new ApiClient(t.app));
  let n = 0;
  fixtures = {
    t,
    unitA,
    unitB,
    users,
    userB: await makeUser(t.ctx, { unit: '区财政局', roles: ['unit_editor'], username: 'm_target_b' }),
    throwaway: await makeUser(t.ctx, { unit: '区财政局', roles: ['unit_editor'], username: 'm_throwaway' }),
    fileA: (await uploadFile(t.ctx, { ...systemActor('430811', unitA), userId: users.get('unit_editor')!.id, roles: ['unit_editor'] }, { fileName: 'a.pdf', content: Buffer.from('%PDF-1.4') })).id,
    itemA: (await createItem(t.ctx, { ...systemActor('430811', unitA), userId: users.get('unit_editor')!.id, roles: ['unit_editor'] }, unitA, buildDraft({ name: '矩阵事项甲' }))).itemId,
    seq: () => ++n + Math.floor(Math.random() * 1000) * 1000,
  };
});
afterAll(async () => t.close());

describe.each(rows)('$method $url $note', (row) => {
  it.each(WHO)('as %s', async (who) => {
    const res = await row.call(clients.get(who)!, { ...fixtures, who });
    expect(res.statusCode, `${row.method} ${row.url} as ${who}: ${(res as { body?: string }).body?.slice(0, 200)}`).toBe(expected(row, who));
  });
});

describe('the matrix', () => {
  it('covers every API route the application registers', () => {
    const covered = new Set(rows.map((r) => `${r.method} ${r.url}`));
    const missing = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1') && !covered.has(`${r.method} ${r.url}`));
    expect(missing).toEqual([]);
  });
});
