import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app-context.ts';
import { boot } from '../../src/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { campaigns, items, itemVersions, submissions, users } from '../../src/db/schema/index.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import type { Role } from '../../src/domain/roles.ts';
import { createItem } from '../../src/modules/catalog/commands/create-item.ts';
import { uploadFile } from '../../src/modules/files/files.ts';
import { systemActor, type Actor } from '../../src/modules/identity/actor.ts';
import { createMailTransport, sendPendingMail } from '../../src/modules/notify/mailer.ts';
import { runReminders } from '../../src/modules/notify/reminders.ts';
import { createUnit } from '../../src/modules/org/commands/create-unit.ts';
import { buildDraft } from '../factories/item-draft.ts';
import { makeUser, unitIdOf, type TestUser } from '../factories/users.ts';
import { startSmtpServer } from '../support/smtp.ts';
import { ADMIN_PASSWORD, createTestApp, freshPostgresDatabase, testDb, type TestApp } from '../support/test-app.ts';

const OFFICE = '区政务公开政务服务管理办公室';
const at = (day: string, time = '09:00') => `${day}T${time}:00+08:00`;

/** A staff member with an e-mail address, so that reminders also go out as mail. */
async function staff(ctx: AppContext, unit: string, roles: Role[]): Promise<TestUser & { email: string }> {
  const user = await makeUser(ctx, { unit, roles });
  const email = `${user.username}@wly.gov.cn`;
  await ctx.db.update(users).set({ email }).where(eq(users.id, user.id));
  return { ...user, email };
}

async function notificationsOf(ctx: AppContext, userId: string, kind?: string): Promise<{ kind: string; title: string; body: string; link: string | null }[]> {
  const rows = await ctx.database.executeSql('select kind, title, body, link from notifications where user_id = $1 and ($2::text is null or kind = $2) order by created_at, id', [userId, kind ?? null]);
  return rows.rows as never;
}

async function insertCampaign(ctx: AppContext, name: string, unitIds: string[], deadline: string, isClosed = false): Promise<string> {
  const [row] = await ctx.db.insert(campaigns).values({ regionCode: '430811', name, unitIds, submissionDeadline: deadline, isClosed }).returning({ id: campaigns.id });
  return row.id;
}

/** A signed submission of `unit` for the campaign, written directly (the submission routes are not needed here). */
async function insertSubmission(ctx: AppContext, campaignId: string, head: TestUser): Promise<void> {
  const actor: Actor = { ...systemActor('430811', head.unitId), userId: head.id, roles: ['unit_head'] };
  const filing = await uploadFile(ctx, actor, { fileName: 'filing.pdf', content: Buffer.from('%PDF-1.4 filing') });
  const guides = await uploadFile(ctx, actor, { fileName: 'guides.pdf', content: Buffer.from('%PDF-1.4 guides') });
  await ctx.db.insert(submissions).values({
    regionCode: '430811',
    unitId: head.unitId,
    campaignId,
    number: 1,
    signedBy: head.id,
    signedByName: '单位负责人',
    signedAt: ctx.clock.now(),
    filingFileId: filing.id,
    filingSha256: 'a'.repeat(64),
    guidesFileId: guides.id,
    guidesSha256: 'b'.repeat(64),
  });
}

describe('submission reminders of a campaign', () => {
  const clock = fixedClock(at('2025-12-04'));
  let t: TestApp;
  let eduHead: TestUser & { email: string };
  let eduEditor: TestUser & { email: string };
  let eduParentReviewer: TestUser;
  let financeEditor: TestUser & { email: string };
  let doneHead: TestUser;
  let campaignId: string;
  let eduId: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    eduHead = await staff(t.ctx, '区教育局', ['unit_head']);
    eduEditor = await staff(t.ctx, '区教育局', ['unit_editor']);
    eduParentReviewer = await staff(t.ctx, '区教育局', ['parent_reviewer']);
    financeEditor = await staff(t.ctx, '区财政局', ['unit_editor']);
    doneHead = await staff(t.ctx, '区民宗局', ['unit_head']);
    eduId = eduHead.unitId;
    // Deadline Monday 8 December 2025; the reminder window opens on Friday the 5th.
    campaignId = await insertCampaign(t.ctx, '2025年公共服务事项清单梳理', [eduId, financeEditor.unitId, doneHead.unitId], '2025-12-08');
    await insertSubmission(t.ctx, campaignId, doneHead);
  });
  afterAll(async () => t.close());

  it('sends nothing before the window opens (deadline − 3 days)', async () => {
    expect(await runReminders(t.ctx)).toEqual({ campaigns: 0, reviews: 0 });
    expect(await notificationsOf(t.ctx, eduHead.id)).toEqual([]);
  });

  it('reminds the head and the editor of each unit that has not submitted, once, in the back office and by mail', async () => {
    clock.set(at('2025-12-05'));
    expect((await runReminders(t.ctx)).campaigns).toBe(2);
    for (const u of [eduHead, eduEditor, financeEditor]) {
      const got = await notificationsOf(t.ctx, u.id);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({ kind: 'campaign.before_deadline', link: '/submission' });
      expect(got[0].title).toBe('报送提醒：“2025年公共服务事项清单梳理”将于2025-12-08截止报送');
      expect(got[0].body).toContain('还有3天');
    }
    expect((await notificationsOf(t.ctx, eduHead.id))[0].body).toMatch(/^张家界市武陵源区教育局：/);
    expect(await notificationsOf(t.ctx, eduParentReviewer.id)).toEqual([]);
    expect(await notificationsOf(t.ctx, doneHead.id)).toEqual([]);

    const smtp = await startSmtpServer();
    try {
      await sendPendingMail(t.ctx, createMailTransport(smtp.url));
      const to = smtp.messages.flatMap((m) => m.to).sort();
      expect(to).toEqual([eduHead.email, eduEditor.email, financeEditor.email].sort());
      expect(smtp.messages[0].subject).toBe('【清单】报送提醒：“2025年公共服务事项清单梳理”将于2025-12-08截止报送');
      expect(smtp.messages[0].text).toContain('尚未报送事项清单');

      // The next hourly run, and the next day's, find the occasion handled.
      expect((await runReminders(t.ctx)).campaigns).toBe(0);
      clock.set(at('2025-12-06', '15:00'));
      expect((await runReminders(t.ctx)).campaigns).toBe(0);
      await sendPendingMail(t.ctx, createMailTransport(smtp.url));
      expect(smtp.messages).toHaveLength(3);
    } finally {
      await smtp.close();
    }
    expect(await notificationsOf(t.ctx, eduHead.id)).toHaveLength(1);
  });

  it('reminds them again on the deadline, once', async () => {
    clock.set(at('2025-12-08', '00:30'));
    expect((await runReminders(t.ctx)).campaigns).toBe(2);
    expect((await runReminders(t.ctx)).campaigns).toBe(0);
    clock.set(at('2025-12-08', '17:00'));
    expect((await runReminders(t.ctx)).campaigns).toBe(0);
    const due = await notificationsOf(t.ctx, eduEditor.id, 'campaign.deadline');
    expect(due).toHaveLength(1);
    expect(due[0].title).toBe('截止提醒：“2025年公共服务事项清单梳理”今天截止报送');
    expect(await notificationsOf(t.ctx, financeEditor.id)).toHaveLength(2);
    expect(await notificationsOf(t.ctx, doneHead.id)).toEqual([]);
  });

  it('sends only the deadline reminder when both have come at once (the server was down)', async () => {
    const late = await insertCampaign(t.ctx, '补充梳理', [eduId], '2025-12-03');
    expect((await runReminders(t.ctx)).campaigns).toBe(1);
    const keys = await t.ctx.database.executeSql('select key from reminders_sent where key like $1 order by key', [`campaign:${late}:%`]);
    expect(keys.rows.map((r) => r.key)).toEqual([`campaign:${late}:unit:${eduId}:due`]);
    const [overdue] = (await notificationsOf(t.ctx, eduHead.id, 'campaign.deadline')).filter((n) => n.title.includes('补充梳理'));
    expect(overdue.title).toBe('逾期提醒：“补充梳理”已过报送截止日期');
  });

  it('sends nothing for a closed campaign', async () => {
    await insertCampaign(t.ctx, '已结束的梳理', [eduId], '2025-12-08', true);
    expect((await runReminders(t.ctx)).campaigns).toBe(0);
  });
});

describe('reminders across restarts', () => {
  it('are sent exactly once per unit and occasion, whatever the restarts', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdan-reminders-'));
    const pgdb = testDb === 'postgres' ? await freshPostgresDatabase() : null;
    const config = { ...loadConfig({}), dataDir, databaseUrl: pgdb?.url ?? null, adminPassword: ADMIN_PASSWORD, jobs: false, demoData: false };
    const clock = fixedClock(at('2025-12-05'));
    try {
      const first = await boot(config, { clock });
      const editor = await staff(first.ctx, '区教育局', ['unit_editor']);
      await insertCampaign(first.ctx, '重启测试', [editor.unitId], '2025-12-08');
      expect((await runReminders(first.ctx)).campaigns).toBe(1);
      await first.stop();

      const second = await boot(config, { clock });
      expect(second.seed.seeded).toBe(false);
      expect((await runReminders(second.ctx)).campaigns).toBe(0);
      clock.set(at('2025-12-08'));
      expect((await runReminders(second.ctx)).campaigns).toBe(1);
      await second.stop();

      const third = await boot(config, { clock });
      expect((await runReminders(third.ctx)).campaigns).toBe(0);
      const got = await notificationsOf(third.ctx, editor.id);
      expect(got.map((n) => n.kind)).toEqual(['campaign.before_deadline', 'campaign.deadline']);
      const mails = await third.ctx.database.executeSql('select count(*)::int as n from mail_outbox where to_address = $1', [editor.email]);
      expect(Number(mails.rows[0].n)).toBe(2);
      await third.stop();
    } finally {
      await pgdb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('review queue escalation (督办)', () => {
  // Tuesday 30 September 2025, the eve of the National Day holiday (1–8 October; Saturday 11 October is a make-up workday).
  const clock = fixedClock(at('2025-09-30'));
  let t: TestApp;
  let districtReviewer: TestUser;
  let legalReviewer: TestUser;
  let parentReviewer: TestUser;
  let eduEditor: TestUser;
  let eduId: string;
  let subUnitId: string;

  async function itemIn(unitId: string, editor: TestUser, state: string, enteredAt: string): Promise<void> {
    const actor: Actor = { ...systemActor('430811', unitId), userId: editor.id, roles: ['unit_editor'] };
    const { itemId } = await createItem(t.ctx, actor, unitId, buildDraft({ name: `督办测试事项${Math.random().toString(36).slice(2, 8)}` }));
    await t.ctx.db.update(itemVersions).set({ state, updatedAt: new Date(enteredAt) }).where(eq(itemVersions.itemId, itemId));
    await t.ctx.db.update(items).set({ updatedAt: new Date(enteredAt) }).where(eq(items.id, itemId));
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    eduId = await unitIdOf(t.ctx, '区教育局');
    const admin: Actor = { ...systemActor('430811'), roles: ['admin'] };
    subUnitId = (await createUnit(t.ctx, admin, { parentId: eduId, kind: 'sub_unit', fullName: '张家界市武陵源区教育局教育研究室', shortName: '区教研室', aliases: [] })).id;
    districtReviewer = await staff(t.ctx, OFFICE, ['district_reviewer']);
    legalReviewer = await staff(t.ctx, '区政府法制办', ['legal_reviewer']);
    parentReviewer = await staff(t.ctx, '区教育局', ['parent_reviewer']);
    eduEditor = await staff(t.ctx, '区教育局', ['unit_editor']);
    const subEditor = await staff(t.ctx, '区教研室', ['unit_editor']);
    await itemIn(eduId, eduEditor, 'central_review', at('2025-09-30', '10:00'));
    await itemIn(eduId, eduEditor, 'central_review', at('2025-09-30', '16:00'));
    await itemIn(eduId, eduEditor, 'central_review', at('2025-10-09', '10:00'));
    await itemIn(eduId, eduEditor, 'legal_review', at('2025-09-30', '11:00'));
    await itemIn(subUnitId, subEditor, 'submitted', at('2025-09-30', '12:00'));
    await itemIn(eduId, eduEditor, 'draft', at('2025-09-01', '12:00'));
  });
  afterAll(async () => t.close());

  it('waits more than three working days: eleven calendar days over National Day are only three', async () => {
    clock.set(at('2025-10-11', '10:00'));
    expect((await runReminders(t.ctx)).reviews).toBe(0);
    expect(await notificationsOf(t.ctx, districtReviewer.id)).toEqual([]);
  });

  it('escalates each overdue queue to its reviewers once: the district office, the legal office, the parent department', async () => {
    clock.set(at('2025-10-13', '10:00')); // Monday: the fourth working day since 30 September
    expect((await runReminders(t.ctx)).reviews).toBe(3);
    const district = await notificationsOf(t.ctx, districtReviewer.id);
    expect(district).toHaveLength(1);
    expect(district[0]).toMatchObject({ kind: 'review.overdue', link: '/review' });
    expect(district[0].title).toBe('督办：张家界市武陵源区教育局2项事项待集中审核已超过3个工作日');
    expect(district[0].body).toContain('自2025-09-30起等待集中审核，已等待4个工作日');
    const legal = await notificationsOf(t.ctx, legalReviewer.id);
    expect(legal.map((n) => n.title)).toEqual(['督办：张家界市武陵源区教育局1项事项待合法性审查已超过3个工作日']);
    const parent = await notificationsOf(t.ctx, parentReviewer.id);
    expect(parent.map((n) => n.title)).toEqual(['督办：张家界市武陵源区教育局教育研究室1项事项待签收已超过3个工作日']);
    expect(await notificationsOf(t.ctx, eduEditor.id)).toEqual([]);

    expect((await runReminders(t.ctx)).reviews).toBe(0);
    clock.set(at('2025-10-13', '18:00'));
    expect((await runReminders(t.ctx)).reviews).toBe(0);
    expect(await notificationsOf(t.ctx, districtReviewer.id)).toHaveLength(1);
  });

  it('escalates again, once, when a later batch falls overdue in the same queue', async () => {
    clock.set(at('2025-10-14', '10:00')); // 9 October's item: 10, Sat 11, 13, 14 October
    expect((await runReminders(t.ctx)).reviews).toBe(1);
    expect((await runReminders(t.ctx)).reviews).toBe(0);
    const district = await notificationsOf(t.ctx, districtReviewer.id);
    expect(district.map((n) => n.title)).toEqual(['督办：张家界市武陵源区教育局2项事项待集中审核已超过3个工作日', '督办：张家界市武陵源区教育局3项事项待集中审核已超过3个工作日']);
    expect(await notificationsOf(t.ctx, legalReviewer.id)).toHaveLength(1);
  });
});
