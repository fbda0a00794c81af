import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns } from '../../src/db/schema/index.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { makeUser, unitIdOf } from '../factories/users.ts';
import { createApprovedItems } from '../support/publication-chain.ts';
import { clientFor, decide, reviewer, seedInStage, seedSubmitted } from '../support/review-chain.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const clock = fixedClock('2026-12-01T09:00:00+08:00');
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t.close());

type Entry = { key: string; count: number; link: string; tone: string };
const entry = (todo: { entries: Entry[] }, key: string) => todo.entries.find((e) => e.key === key);

describe('the 工作台 to-do list', () => {
  it('tells a unit editor about a returned item, with the campaign deadline in working days', async () => {
    const unitId = await unitIdOf(t.ctx, '区教育局');
    await t.ctx.db.insert(campaigns).values({ regionCode: '430811', name: '2026年目录梳理', unitIds: [unitId], submissionDeadline: '2026-12-08' });
    const seeded = await seedInStage(t, { unitName: '区教育局', stage: 'central_review' });
    const district = await reviewer(t, '区政务公开政务服务管理办公室', ['district_reviewer']);
    expect((await decide(district.client, seeded.items[0].itemId, 'return', '办理依据不全')).statusCode).toBe(200);

    const editor = await clientFor(t, await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] }));
    const todo = (await editor.get('/api/v1/me/todo')).json();
    expect(entry(todo, 'returned')).toMatchObject({ count: 1, link: '/catalog', tone: 'danger' });
    // 12-01 (Tue) to 12-08 (Tue): five working days after today.
    expect(todo.deadline).toMatchObject({ campaignName: '2026年目录梳理', date: '2026-12-08', workingDaysLeft: 5, isOverdue: false });
  });

  it('shows reviewers their queues and the publisher what is approved, and nothing to roles with no such work', async () => {
    await seedSubmitted(t, { unitName: '区财政局', count: 2 });
    const district = await reviewer(t, '区政务公开政务服务管理办公室', ['district_reviewer']);
    expect(entry((await district.client.get('/api/v1/me/todo')).json(), 'queue_submitted')).toMatchObject({ count: 2, link: '/review' });

    await createApprovedItems(t.ctx, '区司法局', ['法律援助咨询甲', '法律援助咨询乙', '法律援助咨询丙']);
    const publisher = await reviewer(t, '区政务公开政务服务管理办公室', ['publisher']);
    expect(entry((await publisher.client.get('/api/v1/me/todo')).json(), 'to_publish')?.count).toBeGreaterThanOrEqual(3);

    const auditor = await reviewer(t, '区政务公开政务服务管理办公室', ['auditor']);
    expect((await auditor.client.get('/api/v1/me/todo')).json()).toEqual({ entries: [], deadline: null });
  });
});
