import { createSubUnit, seedInStage, seedSubmitted } from '../../support/review-chain.ts';
import type { ApiClient } from '../../support/http.ts';
import { CATALOG_READERS_OF_A, type Fixtures, type Row } from './types.ts';

/** 区教育局's sub-unit (made once per app): its submissions go to 区教育局's parent reviewer first. */
const SUB_UNIT = '矩阵教育中心';
const subUnit = (f: Fixtures) => f.memo('reviewer:sub-unit', () => createSubUnit(f.t, { parentName: '区教育局', fullName: '张家界市武陵源区教育局矩阵教育服务中心', shortName: SUB_UNIT }));

/** Those who may read the sub-unit's catalog are told 403 when they may not act; everyone else 404. */
const NOT_READERS_OF_SUB = { unit_editor: 404, case_handler: 404, window_clerk: 404, security_officer: 404, auditor: 404 } as const;
const NOT_READERS_OF_A = { window_clerk: 404, security_officer: 404, auditor: 404 } as const;

async function decideOn(c: ApiClient, itemId: string, versionId: string, batch = false) {
  const body = { versionId, revision: 1, decision: 'approve' as const };
  return batch ? c.post('/api/v1/review/decisions', { decisions: [{ ...body, itemId }] }) : c.post(`/api/v1/items/${itemId}/decisions`, body);
}

/** Rows of the reviewer routes: 签收, the queue, the review view and decisions. */
export const reviewerRows: Row[] = [
  {
    method: 'POST',
    url: '/api/v1/submissions/:id/receive',
    note: "a department's submission",
    allowed: ['district_reviewer'],
    ok: 200,
    denied: { default: 403, ...NOT_READERS_OF_A },
    call: async (c, f) => c.post(`/api/v1/submissions/${(await seedSubmitted(f.t, { unitName: '区教育局' })).submissionId}/receive`),
  },
  {
    method: 'POST',
    url: '/api/v1/submissions/:id/receive',
    note: "a sub-unit's submission",
    allowed: ['parent_reviewer'],
    ok: 200,
    denied: { default: 403, ...NOT_READERS_OF_SUB },
    call: async (c, f) => {
      await subUnit(f);
      return c.post(`/api/v1/submissions/${(await seedSubmitted(f.t, { unitName: SUB_UNIT })).submissionId}/receive`);
    },
  },
  { method: 'GET', url: '/api/v1/review/queue', allowed: ['parent_reviewer', 'district_reviewer', 'legal_reviewer'], ok: 200, call: (c) => c.get('/api/v1/review/queue') },
  { method: 'GET', url: '/api/v1/review/items/:id', note: 'item of unit A', allowed: CATALOG_READERS_OF_A, ok: 200, denied: 404, call: (c, f) => c.get(`/api/v1/review/items/${f.itemA}`) },
  {
    method: 'POST',
    url: '/api/v1/items/:id/decisions',
    note: "central review of a department's item",
    allowed: ['district_reviewer'],
    ok: 200,
    // The legal office reviews this item too, but later: not yet (409).
    denied: { default: 403, legal_reviewer: 409, ...NOT_READERS_OF_A },
    call: async (c, f) => {
      const { items } = await seedInStage(f.t, { unitName: '区教育局', stage: 'central_review' });
      return decideOn(c, items[0].itemId, items[0].versionId);
    },
  },
  {
    method: 'POST',
    url: '/api/v1/items/:id/decisions',
    note: "parent review of a sub-unit's item",
    allowed: ['parent_reviewer'],
    ok: 200,
    denied: { default: 403, district_reviewer: 409, legal_reviewer: 409, ...NOT_READERS_OF_SUB },
    call: async (c, f) => {
      await subUnit(f);
      const { items } = await seedInStage(f.t, { unitName: SUB_UNIT, parentUnitName: '区教育局', stage: 'parent_review' });
      return decideOn(c, items[0].itemId, items[0].versionId);
    },
  },
  {
    method: 'POST',
    url: '/api/v1/items/:id/decisions',
    note: 'legal review',
    allowed: ['legal_reviewer'],
    ok: 200,
    // The district office reviewed this item already: its stage is over (409).
    denied: { default: 403, district_reviewer: 409, ...NOT_READERS_OF_A },
    call: async (c, f) => {
      const { items } = await seedInStage(f.t, { unitName: '区教育局', stage: 'legal_review' });
      return decideOn(c, items[0].itemId, items[0].versionId);
    },
  },
  {
    method: 'POST',
    url: '/api/v1/review/decisions',
    note: 'one central review decision',
    allowed: ['district_reviewer'],
    ok: 200,
    denied: { default: 403, legal_reviewer: 409, ...NOT_READERS_OF_A },
    call: async (c, f) => {
      const { items } = await seedInStage(f.t, { unitName: '区教育局', stage: 'central_review' });
      return decideOn(c, items[0].itemId, items[0].versionId, true);
    },
  },
];
