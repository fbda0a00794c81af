import { answerReport } from '../../../src/modules/feedback/commands/answer-report.ts';
import { fileReport } from '../../../src/modules/feedback/commands/file-report.ts';
import { flagContent } from '../../../src/modules/feedback/commands/flag-content.ts';
import type { Actor } from '../../../src/modules/identity/actor.ts';
import { liveItemsOfAandB } from '../../support/opendata-chain.ts';
import type { Fixtures, Row } from './types.ts';

const BODY = '矩阵测试：办理地点已经搬迁，请核实更正。';

function editorOfA(f: Fixtures): Actor {
  const u = f.users.get('unit_editor')!;
  return { userId: u.id, username: u.username, displayName: '矩阵填报员', unitId: u.unitId, regionCode: '430811', roles: ['unit_editor'] };
}

/** A new open report on an item of unit A (or B), filed from an address of its own. */
async function openReport(f: Fixtures, unit: 'A' | 'B' = 'A') {
  const { codeA, codeB } = await liveItemsOfAandB(f.t.ctx);
  return fileReport(f.t.ctx, { address: `matrix-${f.who}-${f.seq()}` }, { itemCode: unit === 'A' ? codeA : codeB, body: BODY });
}

/** An answered report of unit A, shown on the portal. */
async function answeredReport(f: Fixtures) {
  const r = await openReport(f);
  await answerReport(f.t.ctx, editorOfA(f), r.id, { answer: '已核实更正。' });
  return r;
}

/** An answered report of unit A hidden by three reports, awaiting a moderator. */
async function hiddenReport(f: Fixtures) {
  const r = await answeredReport(f);
  for (const n of [1, 2, 3]) await flagContent(f.t.ctx, { address: `matrix-flag-${f.seq()}-${n}` }, r.id, { reason: '矩阵测试举报' });
  return r;
}

const INBOX = ['unit_editor', 'unit_head', 'case_handler', 'district_reviewer', 'admin'] as const;

/** Rows of the 纠错 (error report) and moderation routes. */
export const feedbackRows: Row[] = [
  {
    method: 'POST',
    url: '/api/v1/error-reports',
    note: 'anyone files a report',
    allowed: 'everyone',
    ok: 201,
    call: async (c, f) => c.post('/api/v1/error-reports', { itemCode: (await liveItemsOfAandB(f.t.ctx)).codeA, fieldPath: 'guide.place', body: BODY }),
  },
  {
    method: 'GET',
    url: '/api/v1/error-reports',
    note: 'look-up by reference',
    allowed: 'everyone',
    ok: 200,
    call: async (c, f) => c.get(`/api/v1/error-reports?reference=${(await f.memo('feedback.lookup', () => answeredReport(f))).reference}`),
  },
  { method: 'GET', url: '/api/v1/error-reports/inbox', allowed: [...INBOX], ok: 200, call: (c) => c.get('/api/v1/error-reports/inbox?tab=all') },
  {
    method: 'GET',
    url: '/api/v1/error-reports/:id',
    note: "a report of unit A",
    allowed: [...INBOX],
    ok: 200,
    call: async (c, f) => c.get(`/api/v1/error-reports/${(await f.memo('feedback.read', () => openReport(f))).id}`),
  },
  {
    method: 'GET',
    url: '/api/v1/error-reports/:id',
    note: "a report of unit B",
    allowed: ['district_reviewer', 'admin'],
    ok: 200,
    denied: { default: 403, unit_editor: 404, unit_head: 404, case_handler: 404 },
    call: async (c, f) => c.get(`/api/v1/error-reports/${(await f.memo('feedback.readB', () => openReport(f, 'B'))).id}`),
  },
  {
    method: 'POST',
    url: '/api/v1/error-reports/:id/answer',
    note: "an open report of unit A",
    allowed: ['unit_editor', 'unit_head', 'case_handler'],
    ok: 200,
    denied: { default: 404, district_reviewer: 403, admin: 403 },
    call: async (c, f) => c.post(`/api/v1/error-reports/${(await openReport(f)).id}/answer`, { answer: '经核实已更正，感谢监督。' }),
  },
  {
    method: 'POST',
    url: '/api/v1/error-reports/:id/answer',
    note: "an open report of unit B",
    allowed: [],
    ok: 200,
    denied: { default: 404, district_reviewer: 403, admin: 403 },
    call: async (c, f) => c.post(`/api/v1/error-reports/${(await f.memo('feedback.answerB', () => openReport(f, 'B'))).id}/answer`, { answer: '代为答复' }),
  },
  {
    method: 'POST',
    url: '/api/v1/error-reports/:id/moderation',
    note: 'a text hidden by reports',
    allowed: ['district_reviewer', 'admin'],
    ok: 200,
    denied: { default: 404, unit_editor: 403, unit_head: 403, case_handler: 403 },
    call: async (c, f) => c.post(`/api/v1/error-reports/${(await hiddenReport(f)).id}/moderation`, { decision: 'keep', comment: '矩阵测试' }),
  },
  {
    method: 'POST',
    url: '/api/v1/error-reports/:id/flags',
    note: 'an answered report on the portal',
    allowed: 'everyone',
    ok: 201,
    call: async (c, f) => c.post(`/api/v1/error-reports/${(await answeredReport(f)).id}/flags`, { reason: '矩阵测试举报' }),
  },
];
