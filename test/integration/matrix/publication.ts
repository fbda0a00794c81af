import { chinaDate } from '../../../src/domain/working-days.ts';
import type { Actor } from '../../../src/modules/identity/actor.ts';
import { createEdition } from '../../../src/modules/publication/commands/create-edition.ts';
import { createApprovedItems } from '../../support/publication-chain.ts';
import { NOT_READERS_OF_A, type Fixtures, type Row } from './types.ts';

const CHANGE = { reason: '矩阵测试新增', trigger: 'other' as const };

interface Published {
  /** Codes of items in the live edition; the adjustment targets for the unit editor and the unit head. */
  code: string;
  adjustByEditor: string;
  adjustByHead: string;
  year: string;
}

function publisherActor(f: Fixtures): Actor {
  const u = f.users.get('publisher')!;
  return { userId: u.id, username: u.username, displayName: '矩阵发布员', unitId: u.unitId, regionCode: '430811', roles: ['publisher'] };
}

/** Two live editions of unit A's items (the second adds one), made once per matrix run. */
function published(f: Fixtures): Promise<Published> {
  return f.memo('publication.editions', async () => {
    const ctx = f.t.ctx;
    const today = chinaDate(ctx.clock.now());
    const year = today.slice(0, 4);
    const first = await createApprovedItems(ctx, '区教育局', ['矩阵目录事项', '矩阵调整事项甲', '矩阵调整事项乙']);
    const base = { publishedOn: today, effectiveOn: today };
    await createEdition(ctx, publisherActor(f), { ...base, title: '矩阵目录（第1版）', docNumber: `矩阵测试〔${year}〕1号`, versionIds: first.map((i) => i.versionId) });
    const second = await createApprovedItems(ctx, '区教育局', ['矩阵新增事项'], CHANGE);
    await createEdition(ctx, publisherActor(f), { ...base, title: '矩阵目录（第2版）', docNumber: `矩阵测试〔${year}〕2号`, versionIds: second.map((i) => i.versionId) });
    return { code: first[0].code, adjustByEditor: first[1].itemId, adjustByHead: first[2].itemId, year };
  });
}

/** Rows of the publication routes: the catalog and its editions are public; publishing is the publisher's. */
export const publicationRows: Row[] = [
  {
    method: 'GET',
    url: '/api/v1/editions/candidates',
    allowed: ['publisher', 'district_reviewer'],
    ok: 200,
    call: async (c, f) => {
      await published(f);
      return c.get('/api/v1/editions/candidates');
    },
  },
  { method: 'GET', url: '/api/v1/editions', allowed: 'everyone', ok: 200, call: async (c, f) => (await published(f), c.get('/api/v1/editions')) },
  { method: 'GET', url: '/api/v1/editions/:number', note: 'a live edition', allowed: 'everyone', ok: 200, call: async (c, f) => (await published(f), c.get('/api/v1/editions/1')) },
  { method: 'GET', url: '/api/v1/editions/:from/diff/:to', note: 'two live editions', allowed: 'everyone', ok: 200, call: async (c, f) => (await published(f), c.get('/api/v1/editions/1/diff/2')) },
  { method: 'GET', url: '/api/v1/catalog', allowed: 'everyone', ok: 200, call: async (c, f) => (await published(f), c.get('/api/v1/catalog')) },
  { method: 'GET', url: '/api/v1/catalog/items/:code', allowed: 'everyone', ok: 200, call: async (c, f) => c.get(`/api/v1/catalog/items/${(await published(f)).code}`) },
  {
    method: 'POST',
    url: '/api/v1/items/:id/adjustments',
    note: 'a published item of unit A',
    allowed: ['unit_editor', 'unit_head'],
    ok: 201,
    denied: NOT_READERS_OF_A,
    call: async (c, f) => {
      const p = await published(f);
      return c.post(`/api/v1/items/${f.who === 'unit_head' ? p.adjustByHead : p.adjustByEditor}/adjustments`, { kind: 'change', trigger: 'public_feedback', reason: '群众反馈办理时限过长' });
    },
  },
  {
    method: 'POST',
    url: '/api/v1/editions',
    note: 'an approved version, effective today',
    allowed: ['publisher'],
    ok: 201,
    call: async (c, f) => {
      const p = await published(f);
      const [candidate] = await f.memo('publication.candidate', () => createApprovedItems(f.t.ctx, '区教育局', ['矩阵待发布事项'], CHANGE));
      const today = chinaDate(f.t.ctx.clock.now());
      return c.post('/api/v1/editions', { title: '矩阵目录（第3版）', docNumber: `矩阵测试〔${p.year}〕3号`, publishedOn: today, effectiveOn: today, versionIds: [candidate.versionId] });
    },
  },
];
