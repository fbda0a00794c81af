import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemVersions, notifications, regions, reviewDecisions, submissions, units } from '../../src/db/schema/index.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { createUser } from '../../src/modules/identity/commands/create-user.ts';
import { makeUser, TEST_PASSWORD, type TestUser } from '../factories/users.ts';
import type { ApiClient } from '../support/http.ts';
import { clientFor, createSubUnit, decide, decideOk, latestState, receive, reviewer, reviewView, seedSubmitted, submitDrafts } from '../support/review-chain.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// A Monday; the submissions of the waiting-days test were signed the Monday before.
const clock = fixedClock('2026-03-09T09:00:00+08:00');
const SUB_UNIT = '区教育事务中心';
let t: TestApp;
let parent: ApiClient;
let district: ApiClient;
let district2: ApiClient;
let legal: ApiClient;
let otherParent: ApiClient;
let publisher: TestUser;

beforeAll(async () => {
  t = await createTestApp({ clock });
  await createSubUnit(t, { parentName: '区教育局', fullName: '张家界市武陵源区教育事务服务中心', shortName: SUB_UNIT });
  parent = (await reviewer(t, '区教育局', ['parent_reviewer'])).client;
  district = (await reviewer(t, '区政务公开政务服务管理办公室', ['district_reviewer'])).client;
  district2 = (await reviewer(t, '区政务公开政务服务管理办公室', ['district_reviewer'])).client;
  legal = (await reviewer(t, '区政府法制办', ['legal_reviewer'])).client;
  otherParent = (await reviewer(t, '区财政局', ['parent_reviewer'])).client;
  publisher = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['publisher'] });
});
afterAll(async () => t.close());

const decisionsOf = (versionId: string) => t.ctx.db.select().from(reviewDecisions).where(eq(reviewDecisions.versionId, versionId));
const queue = async (c: ApiClient, query = '') => {
  const res = await c.get(`/api/v1/review/queue${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const queued = async (c: ApiClient, stage: string, itemId: string) => (await queue(c, `?stage=${stage}&pageSize=200`)).items.some((i: { itemId: string }) => i.itemId === itemId);

describe("a sub-unit's submission", () => {
  it('is received by the parent department, then reviewed by the parent, the district office and the legal office', async () => {
    const s = await seedSubmitted(t, { unitName: SUB_UNIT, count: 2 });
    const [first, second] = s.items;

    // Routed to the parent department: the district office neither sees nor may receive it.
    expect((await queue(district, '?stage=submitted')).submissions.map((x: { id: string }) => x.id)).not.toContain(s.submissionId);
    expect((await district.post(`/api/v1/submissions/${s.submissionId}/receive`)).statusCode).toBe(403);
    const waiting = await queue(parent, '?stage=submitted');
    expect(waiting.submissions).toEqual([expect.objectContaining({ id: s.submissionId, unitShortName: SUB_UNIT, itemCount: 2, newCount: 2 })]);

    expect(await receive(parent, s.submissionId)).toEqual({ submissionId: s.submissionId, stage: 'parent_review', received: 2 });
    const [stamped] = await t.ctx.db.select().from(submissions).where(eq(submissions.id, s.submissionId));
    expect(stamped.receivedAt).not.toBeNull();
    expect((await parent.post(`/api/v1/submissions/${s.submissionId}/receive`)).statusCode).toBe(409);

    const inParent = await queue(parent, '?stage=parent_review');
    expect(inParent.counts.parent_review).toBe(2);
    expect(inParent.items[0]).toMatchObject({ unitShortName: SUB_UNIT, state: 'parent_review', changeKind: 'new', versionNumber: 1, submissionId: s.submissionId, hasPublished: false });

    expect((await decideOk(parent, first.itemId, 'approve')).to).toBe('central_review');
    expect(await queued(district, 'central_review', first.itemId)).toBe(true);
    expect(await queued(district, 'central_review', second.itemId)).toBe(false);

    expect((await decideOk(district, first.itemId, 'approve')).to).toBe('legal_review');
    expect(await queued(legal, 'legal_review', first.itemId)).toBe(true);
    expect((await decideOk(legal, first.itemId, 'approve')).to).toBe('approved');

    const decisions = await decisionsOf(first.versionId);
    expect(decisions.map((d) => [d.stage, d.decision, d.versionNumber]).sort()).toEqual([
      ['central_review', 'approve', 1],
      ['legal_review', 'approve', 1],
      ['parent_review', 'approve', 1],
    ]);
    expect(decisions.every((d) => d.submissionId === s.submissionId)).toBe(true);
    const told = await t.ctx.db.select().from(notifications).where(and(eq(notifications.userId, publisher.id), eq(notifications.kind, 'review_approved')));
    expect(told.map((n) => n.title)).toContain('1个事项通过合法性审查，待发布');
  });

  it('cannot be decided at central review by the parent department, nor at the parent stage by the district office', async () => {
    const s = await seedSubmitted(t, { unitName: SUB_UNIT, count: 2 });
    await receive(parent, s.submissionId);
    const [first, second] = s.items;
    // The district office's stage has not come yet for the second item.
    const early = await decide(district, second.itemId, 'approve');
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('invalid_transition');

    await decideOk(parent, first.itemId, 'approve');
    const late = await decide(parent, first.itemId, 'approve');
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('集中审核');
    expect(await latestState(t, first.itemId)).toEqual({ number: 1, state: 'central_review' });
    expect(await decisionsOf(first.versionId)).toHaveLength(1);
  });

  it("is out of reach of another department's parent reviewer", async () => {
    const s = await seedSubmitted(t, { unitName: SUB_UNIT });
    const [item] = s.items;
    expect((await otherParent.post(`/api/v1/submissions/${s.submissionId}/receive`)).statusCode).toBe(404);
    expect((await queue(otherParent, '?stage=submitted')).submissions).toEqual([]);
    await receive(parent, s.submissionId);
    expect((await queue(otherParent, '?stage=parent_review')).items).toEqual([]);
    expect((await otherParent.get(`/api/v1/review/items/${item.itemId}`)).statusCode).toBe(404);
    const view = await reviewView(parent, item.itemId);
    const res = await otherParent.post(`/api/v1/items/${item.itemId}/decisions`, { versionId: view.version.id, revision: view.version.revision, decision: 'approve' });
    expect(res.statusCode).toBe(404);
    expect(await decisionsOf(item.versionId)).toEqual([]);
  });
});

describe("a department's own submission", () => {
  it('is received by the district office and goes central review → legal review → approved', async () => {
    const s = await seedSubmitted(t, { unitName: '区财政局', count: 1 });
    const [item] = s.items;
    expect((await parent.post(`/api/v1/submissions/${s.submissionId}/receive`)).statusCode).toBe(404);
    expect((await otherParent.post(`/api/v1/submissions/${s.submissionId}/receive`)).statusCode).toBe(403);
    expect(await receive(district, s.submissionId)).toMatchObject({ stage: 'central_review', received: 1 });
    expect((await decideOk(district, item.itemId, 'approve')).to).toBe('legal_review');
    expect((await decideOk(legal, item.itemId, 'approve')).to).toBe('approved');
    expect(await latestState(t, item.itemId)).toEqual({ number: 1, state: 'approved' });
  });
});

describe('a return for amends', () => {
  const stages = [
    { stage: 'parent_review', unitName: SUB_UNIT, reviewers: () => [parent] },
    { stage: 'central_review', unitName: '区财政局', reviewers: () => [district] },
    { stage: 'legal_review', unitName: '区财政局', reviewers: () => [district, legal] },
  ] as const;

  it.each(stages)('at $stage opens version 2 as a draft, supersedes version 1 and keeps the comment readable on version 2', async ({ stage, unitName, reviewers }) => {
    const editor = await makeUser(t.ctx, { unit: unitName, roles: ['unit_editor'] });
    const s = await seedSubmitted(t, { unitName, editorId: editor.id });
    const [item] = s.items;
    await receive(unitName === SUB_UNIT ? parent : district, s.submissionId);
    const chain = reviewers();
    for (const c of chain.slice(0, -1)) await decideOk(c, item.itemId, 'approve');
    const last = chain[chain.length - 1];

    const bare = await decide(last, item.itemId, 'return', '  ');
    expect(bare.statusCode).toBe(400);
    expect(await latestState(t, item.itemId)).toEqual({ number: 1, state: stage });

    const comment = '办理依据未写明条款内容，请补充';
    const res = await decide(last, item.itemId, 'return', comment, [{ path: 'guide.committedLimit', comment: '承诺时限偏长，建议压缩至3个工作日' }]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ from: stage, to: 'superseded', versionNumber: 1, reopenedVersionNumber: 2 });
    const [old] = await t.ctx.db.select().from(itemVersions).where(eq(itemVersions.id, item.versionId));
    expect(old.state).toBe('superseded');
    expect(await latestState(t, item.itemId)).toEqual({ number: 2, state: 'draft' });

    // The unit's editor reads the comment on the new draft's review view.
    const view = await reviewView(await clientFor(t, editor), item.itemId);
    expect(view.version).toMatchObject({ number: 2, state: 'draft', basedOnNumber: 1 });
    expect(view.decisions[0]).toMatchObject({ stage, decision: 'return', comment, versionNumber: 1, fieldComments: [{ path: 'guide.committedLimit', comment: '承诺时限偏长，建议压缩至3个工作日' }] });
    expect(view.actions.filter((a: string) => /approve|return|pass/.test(a))).toEqual([]);
    const told = await t.ctx.db.select().from(notifications).where(and(eq(notifications.userId, editor.id), eq(notifications.kind, 'review_returned')));
    expect(told).toEqual([expect.objectContaining({ link: '/catalog', title: `事项“${item.name}”被退回修改` })]);
  });
});

describe('two reviewers deciding the same item at once', () => {
  it.each([
    ['both approve', 'approve', 'approve'],
    ['one approves, the other returns', 'approve', 'return'],
  ] as const)('%s: one succeeds, the other gets 409, and exactly one decision is recorded', async (_label, a, b) => {
    const s = await seedSubmitted(t, { unitName: '区财政局' });
    const [item] = s.items;
    await receive(district, s.submissionId);
    const v1 = await reviewView(district, item.itemId);
    const v2 = await reviewView(district2, item.itemId);
    const body = (view: typeof v1, decision: string) => ({ versionId: view.version.id, revision: view.version.revision, decision, comment: '请核实服务对象' });
    const answers = await Promise.all([
      district.post(`/api/v1/items/${item.itemId}/decisions`, body(v1, a)),
      district2.post(`/api/v1/items/${item.itemId}/decisions`, body(v2, b)),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const decisions = await decisionsOf(item.versionId);
    expect(decisions).toHaveLength(1);
    // Nothing is lost: the state is exactly the winner's decision.
    const winner = decisions[0].decision;
    expect(await latestState(t, item.itemId)).toEqual(winner === 'approve' ? { number: 1, state: 'legal_review' } : { number: 2, state: 'draft' });
  });
});

describe('nobody reviews their own work', () => {
  it('refuses a district reviewer who wrote the version, and shows them no decision buttons', async () => {
    const both = await makeUser(t.ctx, { unit: '区财政局', roles: ['unit_editor', 'district_reviewer'] });
    const s = await seedSubmitted(t, { unitName: '区财政局', editorId: both.id });
    const [item] = s.items;
    await receive(district, s.submissionId);
    const self = await clientFor(t, both);
    const view = await reviewView(self, item.itemId);
    expect(view.isAuthor).toBe(true);
    expect(view.actions).toEqual([]);
    const res = await decide(self, item.itemId, 'approve');
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('编写人不得审核');
    expect(await decisionsOf(item.versionId)).toEqual([]);
    expect((await reviewView(district, item.itemId)).actions).toEqual(['central_approve', 'central_return']);
    await decideOk(district, item.itemId, 'approve');
  });
});

describe('an approval given on version N', () => {
  it('does not carry over to version N+1: the new version passes central review again before legal review', async () => {
    const s = await seedSubmitted(t, { unitName: '区财政局' });
    const [item] = s.items;
    await receive(district, s.submissionId);
    const v1 = await reviewView(district, item.itemId);
    await decideOk(district, item.itemId, 'approve');
    await decideOk(legal, item.itemId, 'return', '依据已废止，请更新');

    const v2 = await reviewView(district, item.itemId);
    expect(v2.version).toMatchObject({ number: 2, state: 'draft' });
    expect(v2.decisions.filter((d: { versionId: string }) => d.versionId === v2.version.id)).toEqual([]);
    expect(v2.decisions.map((d: { versionNumber: number; decision: string }) => [d.versionNumber, d.decision])).toEqual([
      [1, 'return'],
      [1, 'approve'],
    ]);
    expect(v2.actions).toEqual([]);
    // A decision on version 1 is stale.
    const stale = await district.post(`/api/v1/items/${item.itemId}/decisions`, { versionId: v1.version.id, revision: v1.version.revision, decision: 'approve' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain('该事项已更新');

    const again = await submitDrafts(t, { unitName: '区财政局', itemIds: [item.itemId] });
    await receive(district, again.submissionId);
    const early = await decide(legal, item.itemId, 'approve');
    expect(early.statusCode).toBe(409);
    expect(await latestState(t, item.itemId)).toEqual({ number: 2, state: 'central_review' });
    await decideOk(district, item.itemId, 'approve');
    await decideOk(legal, item.itemId, 'approve');
    const onV2 = await decisionsOf(again.items[0].versionId);
    expect(onV2.map((d) => [d.stage, d.decision, d.versionNumber]).sort()).toEqual([
      ['central_review', 'approve', 2],
      ['legal_review', 'approve', 2],
    ]);
  });

  it('must name the revision the reviewer read', async () => {
    const s = await seedSubmitted(t, { unitName: '区财政局' });
    const [item] = s.items;
    await receive(district, s.submissionId);
    const view = await reviewView(district, item.itemId);
    const res = await district.post(`/api/v1/items/${item.itemId}/decisions`, { versionId: view.version.id, revision: view.version.revision + 1, decision: 'approve' });
    expect(res.statusCode).toBe(409);
    expect(await decisionsOf(item.versionId)).toEqual([]);
  });
});

describe('batch approval', () => {
  it('approves several items in one go, or none when one of them is refused', async () => {
    const s = await seedSubmitted(t, { unitName: '区财政局', count: 3 });
    await receive(district, s.submissionId);
    const views = await Promise.all(s.items.map((i) => reviewView(district, i.itemId)));
    const bodies = views.map((v) => ({ itemId: v.item.id, versionId: v.version.id, revision: v.version.revision, decision: 'approve' }));

    const refused = await district.post('/api/v1/review/decisions', { decisions: [...bodies.slice(0, 2), { ...bodies[2], revision: 99 }] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain(`第3项“${s.items[2].name}”`);
    for (const i of s.items) expect(await latestState(t, i.itemId)).toEqual({ number: 1, state: 'central_review' });

    const ok = await district.post('/api/v1/review/decisions', { decisions: bodies });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().results.map((r: { to: string }) => r.to)).toEqual(['legal_review', 'legal_review', 'legal_review']);
  });
});

describe('the review queue', () => {
  it('shows each row with its unit, version, revision, submission, findings and waiting working days', async () => {
    // Signed on Monday 2026-03-02; today is Monday 2026-03-09: five working days.
    const s = await seedSubmitted(t, { unitName: '区财政局', at: new Date('2026-03-02T10:00:00+08:00') });
    const fresh = await queue(district, '?stage=submitted');
    expect(fresh.submissions.find((x: { id: string }) => x.id === s.submissionId)).toMatchObject({ unitShortName: '区财政局', itemCount: 1, waitingDays: 5 });
    const res = await queue(district, `?stage=submitted&submissionId=${s.submissionId}`);
    expect(res.items).toEqual([
      expect.objectContaining({
        itemId: s.items[0].itemId,
        code: expect.stringMatching(/^430811-QD-/),
        name: s.items[0].name,
        unitName: '张家界市武陵源区财政局',
        versionId: s.items[0].versionId,
        versionNumber: 1,
        revision: 1,
        state: 'submitted',
        changeKind: 'new',
        submissionId: s.submissionId,
        submissionNumber: expect.any(Number),
        since: '2026-03-02T02:00:00.000Z',
        waitingDays: 5,
        errorCount: 0,
        incompleteCount: 0,
        hasPublished: false,
      }),
    ]);
    expect(res.stages).toEqual(['submitted', 'central_review']);
    expect(Object.keys(res.counts).sort()).toEqual(['central_review', 'submitted']);
  });

  it('gives each reviewer only the stages of their roles', async () => {
    expect((await queue(parent)).stages).toEqual(['submitted', 'parent_review']);
    expect((await queue(legal)).stages).toEqual(['legal_review']);
    expect((await legal.get('/api/v1/review/queue?stage=central_review')).statusCode).toBe(403);
    expect((await parent.get('/api/v1/review/queue?stage=legal_review')).statusCode).toBe(403);
    const editor = await clientFor(t, await makeUser(t.ctx, { unit: '区财政局', roles: ['unit_editor'] }));
    expect((await editor.get('/api/v1/review/queue')).statusCode).toBe(403);
  });

  it("is empty for another region's reviewers, who cannot open or decide this region's items", async () => {
    const s = await seedSubmitted(t, { unitName: '区财政局' });
    const [item] = s.items;
    await receive(district, s.submissionId);
    await t.ctx.db.insert(regions).values({ code: '430802', name: '永定区', parentCode: '430800', level: 'county' }).onConflictDoNothing();
    const [unit] = await t.ctx.db
      .insert(units)
      .values({ regionCode: '430802', kind: 'office', fullName: '张家界市永定区政务服务中心', shortName: '永定区政务服务中心' })
      .returning({ id: units.id });
    const admin = { userId: '00000000-0000-0000-0000-000000000000', username: 'test', displayName: 'test', unitId: unit.id, regionCode: '430802', roles: ['admin' as const] };
    const { user } = await createUser(t.ctx, admin, { username: 'yd_reviewer', displayName: '永定审核员', unitId: unit.id, roles: ['district_reviewer'], password: TEST_PASSWORD });
    const foreign = await clientFor(t, { id: user.id, username: 'yd_reviewer', password: TEST_PASSWORD, unitId: unit.id, roles: ['district_reviewer'] });

    const q = await queue(foreign, '?stage=central_review');
    expect(q.items).toEqual([]);
    expect(q.counts).toEqual({ submitted: 0, central_review: 0 });
    expect((await foreign.get(`/api/v1/review/items/${item.itemId}`)).statusCode).toBe(404);
    const view = await reviewView(district, item.itemId);
    const res = await foreign.post(`/api/v1/items/${item.itemId}/decisions`, { versionId: view.version.id, revision: view.version.revision, decision: 'approve' });
    expect(res.statusCode).toBe(404);
    expect(await latestState(t, item.itemId)).toEqual({ number: 1, state: 'central_review' });
  });
});
