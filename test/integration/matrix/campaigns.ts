import { createCampaign } from '../../../src/modules/campaigns/commands/create-campaign.ts';
import type { Actor } from '../../../src/modules/identity/actor.ts';
import { CATALOG_READERS_OF_A, NOT_READERS_OF_A, type Fixtures, type Row } from './types.ts';

const MANAGERS = ['district_reviewer', 'admin'] as const;
const DISTRICT = ['district_reviewer', 'legal_reviewer', 'publisher', 'admin'] as const;

function reviewerActor(f: Fixtures): Actor {
  const u = f.users.get('district_reviewer')!;
  return { userId: u.id, username: u.username, displayName: '矩阵审核员', unitId: u.unitId, regionCode: '430811', roles: ['district_reviewer'] };
}

/** A fresh campaign in which 区教育局 (unit A) takes part. */
async function newCampaign(f: Fixtures, name: string): Promise<string> {
  const row = await createCampaign(f.t.ctx, reviewerActor(f), { name, unitIds: [f.unitA, f.unitB], submissionDeadline: '2030-12-08' });
  return row.id;
}

const campaignA = (f: Fixtures) => f.memo('campaign:A', () => newCampaign(f, '矩阵梳理工作'));

async function campaignVersion(f: Fixtures, id: string): Promise<number> {
  const [row] = (await f.t.ctx.database.executeSql('select version from campaigns where id = $1', [id])).rows;
  return Number(row.version);
}

/** Rows of the campaigns routes. */
export const campaignRows: Row[] = [
  { method: 'GET', url: '/api/v1/campaigns', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/campaigns') },
  {
    method: 'POST',
    url: '/api/v1/campaigns',
    allowed: [...MANAGERS],
    ok: 201,
    call: (c, f) => c.post('/api/v1/campaigns', { name: `矩阵新建${f.seq()}`, unitIds: [f.unitA], submissionDeadline: '2030-12-08' }),
  },
  {
    method: 'GET',
    url: '/api/v1/campaigns/:id',
    note: 'unit A takes part',
    allowed: CATALOG_READERS_OF_A,
    ok: 200,
    denied: 404,
    call: async (c, f) => c.get(`/api/v1/campaigns/${await campaignA(f)}`),
  },
  {
    method: 'PATCH',
    url: '/api/v1/campaigns/:id',
    allowed: [...MANAGERS],
    ok: 200,
    call: async (c, f) => {
      const id = await campaignA(f);
      return c.patch(`/api/v1/campaigns/${id}`, { version: await campaignVersion(f, id), name: `矩阵梳理工作${f.seq()}` });
    },
  },
  {
    method: 'POST',
    url: '/api/v1/campaigns/:id/close',
    allowed: [...MANAGERS],
    ok: 200,
    call: async (c, f) => c.post(`/api/v1/campaigns/${await newCampaign(f, `矩阵待结束${f.seq()}`)}/close`),
  },
  {
    method: 'GET',
    url: '/api/v1/campaigns/:id/dashboard',
    note: "unit staff read the campaign, not the dashboard",
    allowed: [...DISTRICT],
    ok: 200,
    denied: NOT_READERS_OF_A,
    call: async (c, f) => c.get(`/api/v1/campaigns/${await campaignA(f)}/dashboard`),
  },
];
