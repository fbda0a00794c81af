import type { Role } from '../../../src/domain/roles.ts';
import { chinaDate } from '../../../src/domain/working-days.ts';
import { createItem } from '../../../src/modules/catalog/commands/create-item.ts';
import { systemActor, type Actor } from '../../../src/modules/identity/actor.ts';
import { addOpinion } from '../../../src/modules/review/commands/add-opinion.ts';
import { closeConsultation } from '../../../src/modules/review/commands/close-consultation.ts';
import { openConsultation } from '../../../src/modules/review/commands/open-consultation.ts';
import { recordMeeting } from '../../../src/modules/review/commands/record-meeting.ts';
import { signSubmission } from '../../../src/modules/review/commands/sign-submission.ts';
import { buildDraft } from '../../factories/item-draft.ts';
import { CATALOG_READERS_OF_A, NOT_READERS_OF_A, type Fixtures, type Row, type Who } from './types.ts';

const UNIT_WORKERS: Who[] = ['unit_editor', 'unit_head'];
const NOT_OF_UNIT_A: Who[] = ['district_reviewer', 'legal_reviewer', 'publisher', 'window_clerk', 'admin', 'security_officer', 'auditor'];
const NOT_FOUND_FOR_OTHERS = { default: 404 } as const;

function actorOf(f: Fixtures, role: Role, unitId = f.unitA): Actor {
  return { ...systemActor('430811', unitId), userId: f.users.get(role)!.id, roles: [role] };
}

const today = (f: Fixtures) => chinaDate(f.t.ctx.clock.now());

/** A fresh draft item of unit A, written by its editor. */
async function freshItem(f: Fixtures): Promise<string> {
  return (await createItem(f.t.ctx, actorOf(f, 'unit_editor'), f.unitA, buildDraft({ name: `流转矩阵事项${f.seq()}` }))).itemId;
}

/** A fresh consultation of unit A (today only) on one fresh item. */
async function freshConsultation(f: Fixtures): Promise<{ id: string; itemId: string }> {
  const itemId = await freshItem(f);
  const { id } = await openConsultation(f.t.ctx, actorOf(f, 'unit_editor'), { title: '矩阵征求意见', startsOn: today(f), endsOn: today(f), itemIds: [itemId] });
  return { id, itemId };
}

/** A fresh item of unit A in unit review, with a passing 班子会议 over it (and whatever else waits there). */
async function freshMeeting(f: Fixtures): Promise<string> {
  const c = await freshConsultation(f);
  await closeConsultation(f.t.ctx, actorOf(f, 'unit_editor'), c.id);
  return (await recordMeeting(f.t.ctx, actorOf(f, 'unit_editor'), f.unitA, { heldOn: today(f), attendees: '班子成员', decision: 'passed' })).id;
}

async function freshSubmission(f: Fixtures): Promise<string> {
  const meetingId = await freshMeeting(f);
  return (await signSubmission(f.t.ctx, actorOf(f, 'unit_head'), f.unitA, { meetingId, password: f.users.get('unit_head')!.password })).id;
}

const openConsultationOfA = (f: Fixtures) => f.memo('unitSide.consultation', () => freshConsultation(f));
const closedConsultationOfA = (f: Fixtures) =>
  f.memo('unitSide.closedConsultation', async () => {
    const c = await freshConsultation(f);
    await closeConsultation(f.t.ctx, actorOf(f, 'unit_editor'), c.id);
    return c;
  });
const opinionOnA = (f: Fixtures) =>
  f.memo('unitSide.opinion', async () => {
    const c = await openConsultationOfA(f);
    return (await addOpinion(f.t.ctx, { ...systemActor('430811', f.unitB), userId: f.userB.id, roles: ['unit_editor'] }, c.id, { itemId: c.itemId, body: '矩阵意见' })).id;
  });
const submissionOfA = (f: Fixtures) => f.memo('unitSide.submission', () => freshSubmission(f));

/** Rows of the unit-side routes: 征求意见, 班子会议, 签署报送. */
export const unitSideRows: Row[] = [
  {
    method: 'POST',
    url: '/api/v1/consultations',
    allowed: UNIT_WORKERS,
    ok: 201,
    call: async (c, f) => c.post('/api/v1/consultations', { unitId: f.unitA, title: '矩阵', startsOn: today(f), endsOn: today(f), itemIds: [await freshItem(f)] }),
  },
  { method: 'GET', url: '/api/v1/consultations', note: 'own unit', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/consultations?scope=own') },
  { method: 'GET', url: '/api/v1/consultations', note: 'others, open', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/consultations?scope=others') },
  { method: 'GET', url: '/api/v1/consultations', note: 'unit A', allowed: CATALOG_READERS_OF_A, ok: 200, call: (c, f) => c.get(`/api/v1/consultations?unitId=${f.unitA}`) },
  {
    method: 'GET',
    url: '/api/v1/consultations/:id',
    note: 'open: every staff member of the region',
    allowed: 'authenticated',
    ok: 200,
    call: async (c, f) => c.get(`/api/v1/consultations/${(await openConsultationOfA(f)).id}`),
  },
  {
    method: 'GET',
    url: '/api/v1/consultations/:id',
    note: 'closed: readers of the catalog',
    allowed: CATALOG_READERS_OF_A,
    ok: 200,
    denied: NOT_FOUND_FOR_OTHERS,
    call: async (c, f) => c.get(`/api/v1/consultations/${(await closedConsultationOfA(f)).id}`),
  },
  {
    method: 'POST',
    url: '/api/v1/consultations/:id/opinions',
    note: 'another unit’s staff comment; the unit’s own do not',
    allowed: NOT_OF_UNIT_A,
    ok: 201,
    call: async (c, f) => {
      const cons = await openConsultationOfA(f);
      return c.post(`/api/v1/consultations/${cons.id}/opinions`, { itemId: cons.itemId, fieldPath: 'serviceContent', body: `矩阵意见${f.seq()}` });
    },
  },
  {
    method: 'POST',
    url: '/api/v1/opinions/:id/answer',
    allowed: UNIT_WORKERS,
    ok: 200,
    denied: NOT_READERS_OF_A,
    call: async (c, f) => c.post(`/api/v1/opinions/${await opinionOnA(f)}/answer`, { answer: 'partly', reason: `矩阵答复${f.seq()}` }),
  },
  {
    method: 'POST',
    url: '/api/v1/consultations/:id/close',
    allowed: UNIT_WORKERS,
    ok: 200,
    denied: NOT_READERS_OF_A,
    call: async (c, f) => c.post(`/api/v1/consultations/${(await freshConsultation(f)).id}/close`),
  },
  {
    method: 'POST',
    url: '/api/v1/items/:id/withdraw',
    allowed: UNIT_WORKERS,
    ok: 200,
    denied: NOT_READERS_OF_A,
    call: async (c, f) => c.post(`/api/v1/items/${(await freshConsultation(f)).itemId}/withdraw`, { comment: '矩阵撤回' }),
  },
  { method: 'GET', url: '/api/v1/units/:id/workflow', note: 'unit A', allowed: CATALOG_READERS_OF_A, ok: 200, call: (c, f) => c.get(`/api/v1/units/${f.unitA}/workflow`) },
  {
    method: 'POST',
    url: '/api/v1/units/:id/meetings',
    note: 'unit A, with an item in unit review',
    allowed: UNIT_WORKERS,
    ok: 201,
    call: async (c, f) => {
      const cons = await freshConsultation(f);
      await closeConsultation(f.t.ctx, actorOf(f, 'unit_editor'), cons.id);
      return c.post(`/api/v1/units/${f.unitA}/meetings`, { heldOn: today(f), attendees: '班子成员', decision: 'passed' });
    },
  },
  { method: 'GET', url: '/api/v1/units/:id/meetings', note: 'unit A', allowed: CATALOG_READERS_OF_A, ok: 200, call: (c, f) => c.get(`/api/v1/units/${f.unitA}/meetings`) },
  {
    method: 'POST',
    url: '/api/v1/units/:id/submissions',
    note: 'unit A, after a passing meeting',
    allowed: ['unit_head'],
    ok: 201,
    call: async (c, f) => {
      const meetingId = f.who === 'unit_head' ? await freshMeeting(f) : await f.memo('unitSide.meeting', () => freshMeeting(f));
      return c.post(`/api/v1/units/${f.unitA}/submissions`, { meetingId, password: f.users.get(f.who)?.password ?? 'x' });
    },
  },
  { method: 'GET', url: '/api/v1/submissions', note: 'own scope', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/submissions') },
  { method: 'GET', url: '/api/v1/submissions', note: 'unit A', allowed: CATALOG_READERS_OF_A, ok: 200, call: (c, f) => c.get(`/api/v1/submissions?unitId=${f.unitA}`) },
  {
    method: 'GET',
    url: '/api/v1/submissions/:id',
    note: 'of unit A',
    allowed: CATALOG_READERS_OF_A,
    ok: 200,
    denied: NOT_FOUND_FOR_OTHERS,
    call: async (c, f) => c.get(`/api/v1/submissions/${await submissionOfA(f)}`),
  },
  {
    method: 'GET',
    url: '/api/v1/submissions/:id/filing.xlsx',
    note: 'of unit A',
    allowed: CATALOG_READERS_OF_A,
    ok: 200,
    denied: NOT_FOUND_FOR_OTHERS,
    call: async (c, f) => c.get(`/api/v1/submissions/${await submissionOfA(f)}/filing.xlsx`),
  },
  {
    method: 'GET',
    url: '/api/v1/submissions/:id/guides.docx',
    note: 'of unit A',
    allowed: CATALOG_READERS_OF_A,
    ok: 200,
    denied: NOT_FOUND_FOR_OTHERS,
    call: async (c, f) => c.get(`/api/v1/submissions/${await submissionOfA(f)}/guides.docx`),
  },
  {
    method: 'POST',
    url: '/api/v1/submissions/:id/sealed-scan',
    note: 'of unit A, once',
    allowed: ['unit_head'],
    ok: 200,
    denied: NOT_READERS_OF_A,
    call: async (c, f) => {
      const id = f.who === 'unit_head' ? await freshSubmission(f) : await submissionOfA(f);
      return c.post(`/api/v1/submissions/${id}/sealed-scan`, { fileId: f.fileA });
    },
  },
];
