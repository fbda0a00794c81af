/**
 * Role × route matrix: every API route, called by an anonymous visitor and by a user holding each
 * role, with the exact answer expected. A unit role's user sits in 区教育局 ("own" unit A); the other
 * unit's resources belong to 区财政局 (unit B). The last test checks that no route is missing here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_CODES } from '../../src/domain/roles.ts';
import { makeUser, unitIdOf, type TestUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { buildDraft } from '../factories/item-draft.ts';
import { matrixRows } from './matrix/index.ts';
import { WHO, UNIT_ROLES, type Fixtures, type Row, type Who } from './matrix/types.ts';
import { createItem } from '../../src/modules/catalog/commands/create-item.ts';
import { systemActor } from '../../src/modules/identity/actor.ts';
import { uploadFile } from '../../src/modules/files/files.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const rows: Row[] = matrixRows;

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
  const memos = new Map<string, Promise<unknown>>();
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
    memo: <T,>(key: string, make: () => Promise<T>) => {
      if (!memos.has(key)) memos.set(key, make());
      return memos.get(key) as Promise<T>;
    },
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
