import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../factories/users.ts';
import { clientFor, decide, reviewer, seedInStage } from '../support/review-chain.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('a returned item in the editor', () => {
  it('carries the reviewer’s comment and field comments on the new draft, and in the history', async () => {
    const seeded = await seedInStage(t, { unitName: '区教育局', stage: 'legal_review' });
    const legal = await reviewer(t, '区政府法制办', ['legal_reviewer']);
    const itemId = seeded.items[0].itemId;
    const res = await decide(legal.client, itemId, 'return', '收费依据已废止，请核实', [{ path: 'guide.fee', comment: '依据文件已失效' }]);
    expect(res.statusCode).toBe(200);

    const editor = await clientFor(t, await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] }));
    const detail = (await editor.get(`/api/v1/items/${itemId}`)).json();
    expect(detail).toMatchObject({ versionNumber: 2, state: 'draft' });
    expect(detail.lastReturn).toMatchObject({
      versionNumber: 1,
      stage: 'legal_review',
      comment: '收费依据已废止，请核实',
      fieldComments: [{ path: 'guide.fee', comment: '依据文件已失效' }],
      decidedByName: expect.any(String),
    });

    const history = (await editor.get(`/api/v1/items/${itemId}/history`)).json().items;
    expect(history[0]).toMatchObject({ action: 'item.legal_return' });
    expect(history[0].detail).toContain('收费依据已废止，请核实');
  });

  it('is absent on a first draft', async () => {
    const editor = await clientFor(t, await makeUser(t.ctx, { unit: '区财政局', roles: ['unit_editor'] }));
    const seeded = await seedInStage(t, { unitName: '区财政局', stage: 'central_review' });
    expect((await editor.get(`/api/v1/items/${seeded.items[0].itemId}`)).json().lastReturn).toBeNull();
  });
});
