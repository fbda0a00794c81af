import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, campaigns, units } from '../../src/db/schema/index.ts';
import { ATTACHMENT_1, seedDemoCampaign } from '../../src/db/seed/demo-campaign.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import type { Actor } from '../../src/modules/identity/actor.ts';
import { makeUser, unitIdOf, type TestUser } from '../factories/users.ts';
import { insertSubmission, placeItem, returnItem } from '../support/campaign-chain.ts';
import { ApiClient } from '../support/http.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// Monday 2017-12-04, 10:00 in China: four working days before the notice's deadline.
const clock = fixedClock('2017-12-04T02:00:00Z');
let t: TestApp;
let reviewerUser: TestUser;
let reviewer: ApiClient;
let legal: ApiClient;
let eduEditor: ApiClient;
let financeEditor: ApiClient;
let U: Record<'edu' | 'finance' | 'hr' | 'health' | 'ethnic' | 'stats' | 'forestry', string>;
let ip = 10;

async function login(user: TestUser): Promise<ApiClient> {
  return new ApiClient(t.app, `10.3.0.${++ip}`).login(user.username, user.password);
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  reviewerUser = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['district_reviewer'] });
  reviewer = await login(reviewerUser);
  legal = await login(await makeUser(t.ctx, { unit: '区政府法制办', roles: ['legal_reviewer'] }));
  eduEditor = await login(await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] }));
  financeEditor = await login(await makeUser(t.ctx, { unit: '区财政局', roles: ['unit_editor'] }));
  U = {
    edu: await unitIdOf(t.ctx, '区教育局'),
    finance: await unitIdOf(t.ctx, '区财政局'),
    hr: await unitIdOf(t.ctx, '区人社局'),
    health: await unitIdOf(t.ctx, '区卫计局'),
    ethnic: await unitIdOf(t.ctx, '区民宗局'),
    stats: await unitIdOf(t.ctx, '区统计局'),
    forestry: await unitIdOf(t.ctx, '区林业局'),
  };
});
afterAll(async () => t.close());

const valid = () => ({
  name: '武陵源区公共服务事项目录梳理工作',
  docNumber: '张武审改办发〔2017〕1号',
  unitIds: [U.edu, U.hr],
  submissionDeadline: '2017-12-08',
  reviewStartsOn: '2017-12-11',
  reviewEndsOn: '2017-12-20',
  publicationTarget: '2017-12-29',
});

describe('creating, changing and closing a campaign', () => {
  it('the district office creates a campaign; it is audited', async () => {
    const res = await reviewer.post('/api/v1/campaigns', valid());
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ name: valid().name, docNumber: '张武审改办发〔2017〕1号', unitCount: 2, submissionDeadline: '2017-12-08', isClosed: false, version: 1, daysLeft: 4 });
    expect(c.actions).toEqual(['update', 'close', 'dashboard']);
    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.targetId, c.id));
    expect(audit.map((a) => a.action)).toEqual(['campaign.create']);
  });

  it('refuses a campaign without units, with dates out of order or a malformed document number, naming each field', async () => {
    const res = await reviewer.post('/api/v1/campaigns', { ...valid(), unitIds: [], reviewStartsOn: '2017-12-01', docNumber: '张武审改办发[2017]第1号' });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { path: string; message: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'unitIds', message: '请至少选择一个参与单位' },
        { path: 'reviewStartsOn', message: '集中审核开始日期不能早于报送截止日期（2017-12-08）' },
        { path: 'docNumber', message: expect.stringContaining('应为“张武审改办发〔2017〕1号”') },
      ]),
    );
    const late = await reviewer.post('/api/v1/campaigns', { ...valid(), reviewStartsOn: null, reviewEndsOn: null, publicationTarget: '2017-12-07' });
    expect(late.json().errors).toEqual([{ path: 'publicationTarget', message: '发布目标日期不能早于报送截止日期（2017-12-08）' }]);
    const badDate = await reviewer.post('/api/v1/campaigns', { ...valid(), submissionDeadline: '2017-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().errors[0]).toMatchObject({ path: 'submissionDeadline', message: '日期不存在' });
  });

  it('refuses units of another region', async () => {
    const [foreign] = await t.ctx.db.insert(units).values({ regionCode: '430800', kind: 'department', fullName: '张家界市教育局', shortName: '市教育局' }).returning();
    const res = await reviewer.post('/api/v1/campaigns', { ...valid(), unitIds: [U.edu, foreign.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'unitIds', message: '有1个参与单位不存在或不属于本行政区划' }]);
  });

  it('is not for units to create, nor for the legal office', async () => {
    expect((await eduEditor.post('/api/v1/campaigns', valid())).statusCode).toBe(403);
    expect((await legal.post('/api/v1/campaigns', valid())).statusCode).toBe(403);
  });

  it('changes with the version read; a stale version answers 409 and changes nothing', async () => {
    const c = (await reviewer.post('/api/v1/campaigns', valid())).json();
    const res = await reviewer.patch(`/api/v1/campaigns/${c.id}`, { version: 1, submissionDeadline: '2017-12-10', unitIds: [U.edu, U.hr, U.finance] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, submissionDeadline: '2017-12-10', unitCount: 3 });
    const stale = await reviewer.patch(`/api/v1/campaigns/${c.id}`, { version: 1, name: '过时的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'conflict', detail: '该梳理工作已被他人修改，请刷新后重试', currentVersion: 2 });
    const order = await reviewer.patch(`/api/v1/campaigns/${c.id}`, { version: 2, submissionDeadline: '2017-12-12' });
    expect(order.statusCode).toBe(400);
    expect(order.json().errors).toEqual([{ path: 'reviewStartsOn', message: '集中审核开始日期不能早于报送截止日期（2017-12-12）' }]);
    const cleared = await reviewer.patch(`/api/v1/campaigns/${c.id}`, { version: 2, docNumber: null });
    expect(cleared.json()).toMatchObject({ version: 3, docNumber: null });
    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.targetId, c.id));
    expect(audit.find((a) => a.action === 'campaign.update')?.newValues).toEqual({ unitIds: [U.edu, U.hr, U.finance], submissionDeadline: '2017-12-10' });
  });

  it('is closed once; a closed campaign can neither change nor close again', async () => {
    const c = (await reviewer.post('/api/v1/campaigns', valid())).json();
    const closed = await reviewer.post(`/api/v1/campaigns/${c.id}/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ isClosed: true, version: 2, actions: ['dashboard'] });
    const again = await reviewer.post(`/api/v1/campaigns/${c.id}/close`);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('已结束');
    expect((await reviewer.patch(`/api/v1/campaigns/${c.id}`, { version: 2, name: '改名' })).statusCode).toBe(409);
  });
});

describe('who reads a campaign', () => {
  it('a participating unit’s staff see it and its deadline, but not the dashboard', async () => {
    const c = (await reviewer.post('/api/v1/campaigns', { ...valid(), name: '只有教育局参加', unitIds: [U.edu] })).json();
    const detail = await eduEditor.get(`/api/v1/campaigns/${c.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ submissionDeadline: '2017-12-08', actions: [], units: [{ shortName: '区教育局', kindLabel: '区政府工作部门' }] });
    expect((await eduEditor.get('/api/v1/campaigns')).json().items.map((x: { id: string }) => x.id)).toContain(c.id);
    expect((await eduEditor.get(`/api/v1/campaigns/${c.id}/dashboard`)).statusCode).toBe(403);
  });

  it('a unit outside the campaign neither sees it in the list nor reads it', async () => {
    const c = (await reviewer.post('/api/v1/campaigns', { ...valid(), name: '财政局不参加', unitIds: [U.edu] })).json();
    expect((await financeEditor.get(`/api/v1/campaigns/${c.id}`)).statusCode).toBe(404);
    expect((await financeEditor.get(`/api/v1/campaigns/${c.id}/dashboard`)).statusCode).toBe(404);
    expect((await financeEditor.get('/api/v1/campaigns')).json().items.map((x: { id: string }) => x.id)).not.toContain(c.id);
  });
});

describe('the dashboard', () => {
  let campaignId: string;
  let subUnit: string;
  let returnedVersion: string;

  beforeAll(async () => {
    const [sub] = await t.ctx.db
      .insert(units)
      .values({ regionCode: '430811', parentId: U.edu, kind: 'sub_unit', fullName: '张家界市武陵源区教育局测试中心', shortName: '区教育测试中心', sortOrder: 999 })
      .returning();
    subUnit = sub.id;
    const res = await reviewer.post('/api/v1/campaigns', {
      name: '看板用梳理工作',
      unitIds: [U.forestry, U.stats, U.ethnic, U.health, U.hr, U.finance, U.edu],
      submissionDeadline: '2017-12-08',
    });
    campaignId = res.json().id;
    const other = (await reviewer.post('/api/v1/campaigns', { name: '另一次梳理工作', unitIds: [U.hr], submissionDeadline: '2017-12-08' })).json();
    const ctx = t.ctx;
    // 区教育局: one draft, one signed and waiting; its sub-unit's item is with the parent department.
    await placeItem(ctx, U.edu, { name: '教育草稿事项', state: 'draft' });
    await placeItem(ctx, U.edu, { name: '教育已报送事项', state: 'submitted', category: 'proactive', since: '2017-12-01T01:00:00Z' });
    await placeItem(ctx, subUnit, { name: '测试中心事项', state: 'parent_review', since: '2017-11-30T01:00:00Z' });
    // 区财政局: submitted; one item returned by the district office, one approved.
    const toReturn = await placeItem(ctx, U.finance, { name: '财政退回事项', state: 'central_review', since: '2017-12-01T01:00:00Z' });
    const reviewerActor: Actor = { userId: reviewerUser.id, username: reviewerUser.username, displayName: '审核员', unitId: reviewerUser.unitId, regionCode: '430811', roles: ['district_reviewer'] };
    returnedVersion = (await returnItem(ctx, reviewerActor, toReturn.versionId)).reopened!.id;
    await placeItem(ctx, U.finance, { name: '财政通过事项', state: 'approved', category: 'proactive', since: '2017-11-28T01:00:00Z' });
    await insertSubmission(ctx, { unitId: U.finance, campaignId, number: 1, signedAt: '2017-12-01T03:00:00Z', signedBy: reviewerUser.id });
    // 区人社局: one item in consultation, one already in unit review; a submission for another campaign only.
    await placeItem(ctx, U.hr, { name: '人社征求意见事项', state: 'consultation' });
    await placeItem(ctx, U.hr, { name: '人社单位审核事项', state: 'unit_review', category: 'proactive' });
    await insertSubmission(ctx, { unitId: U.hr, campaignId: other.id, number: 1, signedAt: '2017-12-02T03:00:00Z', signedBy: reviewerUser.id });
    // 区卫计局: in unit review.
    await placeItem(ctx, U.health, { name: '卫计单位审核事项', state: 'unit_review' });
    // 区民宗局: everything signed and in review, submitted twice; a cancelled draft does not count.
    await placeItem(ctx, U.ethnic, { name: '民宗待签收事项', state: 'submitted', since: '2017-11-29T01:00:00Z' });
    await placeItem(ctx, U.ethnic, { name: '民宗集中审核事项', state: 'central_review', since: '2017-12-02T01:00:00Z' });
    await placeItem(ctx, U.ethnic, { name: '民宗合法性审查事项', state: 'legal_review', category: 'proactive', since: '2017-12-03T01:00:00Z' });
    await placeItem(ctx, U.ethnic, { name: '民宗已取消事项', state: 'draft', cancelled: true });
    await insertSubmission(ctx, { unitId: U.ethnic, campaignId, number: 1, signedAt: '2017-11-29T01:00:00Z', signedBy: reviewerUser.id });
    await insertSubmission(ctx, { unitId: U.ethnic, campaignId, number: 2, signedAt: '2017-12-02T01:00:00Z', signedBy: reviewerUser.id });
    // 区统计局: approved and published, no submission stamped with the campaign.
    await placeItem(ctx, U.stats, { name: '统计通过事项', state: 'approved', since: '2017-12-02T01:00:00Z' });
    await placeItem(ctx, U.stats, { name: '统计已发布事项', state: 'published', category: 'proactive' });
    // 区林业局: nothing yet.
  });

  async function dashboard() {
    const res = await reviewer.get(`/api/v1/campaigns/${campaignId}/dashboard`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const byName = (d: { units: { shortName: string }[] }) => Object.fromEntries(d.units.map((u) => [u.shortName, u])) as Record<string, Record<string, unknown>>;

  it('lists the units in the notice’s order, each in the state of its least advanced item (a returned item first)', async () => {
    const d = await dashboard();
    expect(d.units.map((u: { shortName: string }) => u.shortName)).toEqual(['区教育局', '区民宗局', '区财政局', '区人社局', '区林业局', '区卫计局', '区统计局']);
    const u = byName(d);
    expect(u['区教育局']).toMatchObject({ state: 'drafting', itemCount: 3, subUnitCount: 1, byCategory: { on_application: 2, proactive: 1, uncategorized: 0 } });
    expect(u['区教育局'].byStage).toEqual({ draft: 1, returned: 0, consultation: 0, unit_review: 0, submitted: 2, approved: 0 });
    expect(u['区财政局']).toMatchObject({ state: 'returned', itemCount: 2, submissionCount: 1, latestSubmissionAt: '2017-12-01T03:00:00.000Z' });
    expect(u['区财政局'].byStage).toMatchObject({ returned: 1, approved: 1 });
    expect(u['区人社局']).toMatchObject({ state: 'consultation', submissionCount: 0, latestSubmissionAt: null });
    expect(u['区卫计局']).toMatchObject({ state: 'unit_review', itemCount: 1 });
    expect(u['区民宗局']).toMatchObject({ state: 'submitted', itemCount: 3, submissionCount: 2, latestSubmissionAt: '2017-12-02T01:00:00.000Z' });
    expect(u['区统计局']).toMatchObject({ state: 'approved', itemCount: 2 });
    expect(u['区林业局']).toMatchObject({ state: 'not_started', itemCount: 0 });
  });

  it('counts the totals, and nobody is overdue before the deadline', async () => {
    const d = await dashboard();
    expect(d.today).toBe('2017-12-04');
    expect(d.deadline).toEqual({ date: '2017-12-08', isPast: false, daysLeft: 4, workingDaysLeft: 4, daysOverdue: 0, workingDaysOverdue: 0 });
    expect(d.totals).toMatchObject({
      units: 7,
      unitsByState: { not_started: 1, drafting: 1, consultation: 1, unit_review: 1, submitted: 1, returned: 1, approved: 1 },
      submittedUnits: 2,
      overdueUnits: 0,
      items: 13,
      byCategory: { on_application: 8, proactive: 5, uncategorized: 0 },
    });
    expect(d.units.every((u: { isOverdue: boolean }) => !u.isOverdue)).toBe(true);
  });

  it('shows each reviewer queue with its count and the longest wait', async () => {
    const d = await dashboard();
    const q = Object.fromEntries(d.queues.map((x: { queue: string }) => [x.queue, x]));
    expect(q.submitted).toMatchObject({ label: '待签收', count: 2, oldestSince: '2017-11-29T01:00:00.000Z', oldestWorkingDays: 3 });
    expect(q.parent_review).toMatchObject({ count: 1, oldestSince: '2017-11-30T01:00:00.000Z' });
    expect(q.central_review).toMatchObject({ count: 1, oldestSince: '2017-12-02T01:00:00.000Z', oldestWorkingDays: 1 });
    expect(q.legal_review).toMatchObject({ count: 1, oldestSince: '2017-12-03T01:00:00.000Z' });
    expect(q.approved).toMatchObject({ label: '审核通过待发布', count: 2, oldestSince: '2017-11-28T01:00:00.000Z' });
  });

  it('after the deadline flags the units that have not submitted for this campaign', async () => {
    clock.set('2017-12-11T02:00:00Z');
    try {
      reviewer = await login(reviewerUser);
      const d = await dashboard();
      expect(d.deadline).toEqual({ date: '2017-12-08', isPast: true, daysLeft: 0, workingDaysLeft: 0, daysOverdue: 3, workingDaysOverdue: 1 });
      const overdue = d.units.filter((u: { isOverdue: boolean }) => u.isOverdue).map((u: { shortName: string }) => u.shortName);
      // 区人社局's submission belongs to another campaign; 区统计局 is approved throughout.
      expect(overdue).toEqual(['区教育局', '区人社局', '区林业局', '区卫计局']);
      expect(d.totals.overdueUnits).toBe(4);
      expect(d.campaign.daysLeft).toBe(-3);
    } finally {
      clock.set('2017-12-04T02:00:00Z');
      reviewer = await login(reviewerUser);
    }
  });

  it('no longer calls a unit returned once the returned item moves on', async () => {
    await t.ctx.database.executeSql("update item_versions set state = 'consultation' where id = $1", [returnedVersion]);
    const d = await dashboard();
    expect(byName(d)['区财政局']).toMatchObject({ state: 'consultation' });
  });

  it('is open to the legal office and the publisher too', async () => {
    expect((await legal.get(`/api/v1/campaigns/${campaignId}/dashboard`)).statusCode).toBe(200);
  });
});

describe('the demo data', () => {
  let demo: TestApp;
  beforeAll(async () => {
    demo = await createTestApp({ config: { demoData: true } });
  });
  afterAll(async () => demo?.close());

  it('holds the notice’s 2017 campaign with the 28 units of Attachment 1, and not the offices that run it', async () => {
    const rows = await demo.ctx.db.select().from(campaigns);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: '武陵源区公共服务事项目录梳理工作（2017年）',
      docNumber: '张武审改办发〔2017〕1号',
      submissionDeadline: '2017-12-08',
      reviewStartsOn: '2017-12-11',
      reviewEndsOn: '2017-12-20',
      publicationTarget: '2017-12-29',
      isClosed: true, // closed once edition 1 was published (demo-workflow.ts)
    });
    expect(ATTACHMENT_1).toHaveLength(28);
    expect(new Set(rows[0].unitIds).size).toBe(28);
    const offices = await Promise.all(['区政务公开政务服务管理办公室', '区审改办', '区政府法制办'].map((n) => unitIdOf(demo.ctx, n)));
    expect(rows[0].unitIds.filter((id) => offices.includes(id))).toEqual([]);
  });

  it('is seeded once only', async () => {
    expect(await seedDemoCampaign(demo.ctx)).toBe(false);
    expect(await demo.ctx.db.select().from(campaigns)).toHaveLength(1);
  });
});
