import { buildDraft } from '../../factories/item-draft.ts';
import { ApiClient } from '../../support/http.ts';
import { CATALOG_READERS_OF_A, lockVersionOf, NOT_READERS_OF_A, UNIT_ROLES, versionOf, type Row } from './types.ts';

/** Foundation and catalog routes (issues 2 and 5). */
export const coreRows: Row[] = [
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