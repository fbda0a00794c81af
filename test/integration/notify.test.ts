import net from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDays, mailOutbox, users } from '../../src/db/schema/index.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { MAIL_OUTBOX, REMINDERS } from '../../src/modules/notify/jobs.ts';
import { createMailTransport, MAIL_MAX_ATTEMPTS, sendPendingMail } from '../../src/modules/notify/mailer.ts';
import { notify } from '../../src/modules/notify/notify.ts';
import { seedCalendar } from '../../src/modules/notify/seed-calendar.ts';
import { makeUser, type TestUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { startSmtpServer } from '../support/smtp.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// Thursday 9 October 2025, 10:00 in Beijing: the day after the National Day holiday.
const clock = fixedClock('2025-10-09T10:00:00+08:00');
let t: TestApp;
let ip = 0;
let admin: TestUser;
let adminClient: ApiClient;

async function client(user: TestUser): Promise<ApiClient> {
  return new ApiClient(t.app, `10.3.0.${++ip}`).login(user.username, user.password, user.totpSecret, clock.now());
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['admin'] });
  adminClient = await client(admin);
});
afterAll(async () => t.close());

async function tell(user: TestUser, title: string, at: string, link?: string) {
  await notify(t.ctx.db, new Date(at), { userIds: [user.id] }, { kind: 'test', title, body: `${title}的内容`, link });
}

async function workingDays(c: ApiClient, from: string, to: string): Promise<number> {
  const res = await c.get(`/api/v1/calendar/working-days?from=${from}&to=${to}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().workingDays;
}

describe('notifications', () => {
  it('are listed for their recipient only, newest first, with the unread count', async () => {
    const mine = await makeUser(t.ctx, { roles: ['unit_editor'] });
    const other = await makeUser(t.ctx, { roles: ['unit_head'] });
    await tell(mine, '第一条', '2025-10-09T08:00:00+08:00');
    await tell(mine, '第二条', '2025-10-09T09:00:00+08:00', '/review');
    await tell(other, '别人的', '2025-10-09T09:30:00+08:00');
    const c = await client(mine);
    const list = (await c.get('/api/v1/notifications')).json();
    expect(list.total).toBe(2);
    expect(list.unread).toBe(2);
    expect(list.items.map((n: { title: string }) => n.title)).toEqual(['第二条', '第一条']);
    expect(list.items[0]).toMatchObject({ link: '/review', readAt: null, body: '第二条的内容' });
    expect((await c.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 2 });
  });

  it('are marked read one by one by their recipient; another user’s answers 404 and stays unread', async () => {
    const mine = await makeUser(t.ctx, { roles: ['unit_editor'] });
    const other = await makeUser(t.ctx, { roles: ['unit_editor'] });
    await tell(mine, '我的', '2025-10-09T08:00:00+08:00');
    await tell(other, '他的', '2025-10-09T08:00:00+08:00');
    const c = await client(mine);
    const o = await client(other);
    const [my] = (await c.get('/api/v1/notifications')).json().items;
    const [theirs] = (await o.get('/api/v1/notifications')).json().items;
    expect((await c.post(`/api/v1/notifications/${theirs.id}/read`)).statusCode).toBe(404);
    expect((await o.get('/api/v1/notifications/unread-count')).json().count).toBe(1);
    expect((await c.post(`/api/v1/notifications/${my.id}/read`)).statusCode).toBe(200);
    const after = (await c.get('/api/v1/notifications')).json();
    expect(after.unread).toBe(0);
    expect(after.items[0].readAt).toBe(clock.now().toISOString());
    expect((await c.get('/api/v1/notifications?unread=true')).json().items).toEqual([]);
    expect((await c.post('/api/v1/notifications/00000000-0000-4000-8000-000000000000/read')).statusCode).toBe(404);
  });

  it('are all marked read at once, the other users’ left alone', async () => {
    const mine = await makeUser(t.ctx, { roles: ['unit_editor'] });
    const other = await makeUser(t.ctx, { roles: ['unit_editor'] });
    for (const title of ['一', '二', '三']) await tell(mine, title, '2025-10-09T08:00:00+08:00');
    await tell(other, '四', '2025-10-09T08:00:00+08:00');
    const c = await client(mine);
    expect((await c.post('/api/v1/notifications/read-all')).json()).toEqual({ count: 3 });
    expect((await c.get('/api/v1/notifications/unread-count')).json().count).toBe(0);
    expect((await (await client(other)).get('/api/v1/notifications/unread-count')).json().count).toBe(1);
  });

  it('polling the unread count does not keep an idle session alive', async () => {
    const user = await makeUser(t.ctx, { roles: ['unit_editor'] });
    const c = await client(user);
    const start = clock.now();
    try {
      clock.advance(20 * 60_000);
      expect((await c.get('/api/v1/notifications/unread-count')).statusCode).toBe(200);
      clock.advance(11 * 60_000); // 31 minutes after the last real request
      const res = await c.get('/api/v1/notifications');
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toBe('登录已超时，请重新登录');
    } finally {
      clock.set(start);
    }
  });
});

describe('the working-day calendar', () => {
  it('is seeded from chinese-days: National Day 2025 in red, its make-up Sundays and Saturdays in blue', async () => {
    const editor = await client(await makeUser(t.ctx, { roles: ['unit_editor'] }));
    const res = await editor.get('/api/v1/calendar?year=2025');
    expect(res.statusCode).toBe(200);
    const year = res.json();
    expect(year.hasData).toBe(true);
    expect(year.months).toHaveLength(12);
    const october = year.months[9];
    expect(october.days.slice(0, 8).every((d: { type: string }) => d.type === 'holiday')).toBe(true);
    expect(october.days[0]).toMatchObject({ day: '2025-10-01', weekday: 3, type: 'holiday', isWorkingDay: false, name: '国庆节' });
    expect(october.days[10]).toMatchObject({ day: '2025-10-11', type: 'makeup_workday', isWorkingDay: true });
    expect(year.months[8].days[27]).toMatchObject({ day: '2025-09-28', type: 'makeup_workday' });
    expect(year.days.find((d: { day: string }) => d.day === '2025-10-01')).toMatchObject({ kind: 'holiday', source: 'chinese-days' });
    expect((await editor.get('/api/v1/calendar?year=2090')).json().hasData).toBe(false);
    // Accepted on 30 September, five working days end on 14 October: 9, 10, Sat 11, 13, 14.
    expect(await workingDays(editor, '2025-09-30', '2025-10-14')).toBe(5);
  });

  it('is corrected by the administrator, the counts follow, and each change is audited with old and new values', async () => {
    expect(await workingDays(adminClient, '2025-10-12', '2025-10-17')).toBe(5);
    const put = await adminClient.request('PUT', '/api/v1/calendar/2025-10-13', { kind: 'holiday', name: '防汛停工' });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ day: '2025-10-13', kind: 'holiday', name: '防汛停工', source: 'admin' });
    expect(await workingDays(adminClient, '2025-10-12', '2025-10-17')).toBe(4);
    const weekend = await adminClient.request('PUT', '/api/v1/calendar/2025-10-18', { kind: 'workday', name: '补班' });
    expect(weekend.statusCode).toBe(200);
    expect(await workingDays(adminClient, '2025-10-12', '2025-10-18')).toBe(5);

    expect((await adminClient.delete('/api/v1/calendar/2025-10-13')).statusCode).toBe(200);
    expect(await workingDays(adminClient, '2025-10-12', '2025-10-17')).toBe(5);
    // A seeded holiday taken away counts as a working day again (Wednesday 8 October).
    expect(await workingDays(adminClient, '2025-10-07', '2025-10-08')).toBe(0);
    expect((await adminClient.delete('/api/v1/calendar/2025-10-08')).statusCode).toBe(200);
    expect(await workingDays(adminClient, '2025-10-07', '2025-10-08')).toBe(1);

    const audit = await t.ctx.database.executeSql(`select action, old_values, new_values, username from audit_log where target_type = 'calendar' and target_id in ('2025-10-13', '2025-10-08') order by at, id`);
    expect(audit.rows.map((r) => r.action)).toEqual(['calendar.update', 'calendar.delete', 'calendar.delete']);
    expect(audit.rows[0]).toMatchObject({ old_values: null, new_values: { kind: 'holiday', name: '防汛停工', source: 'admin' }, username: admin.username });
    expect(audit.rows[2]).toMatchObject({ old_values: { kind: 'holiday', name: '国庆节', source: 'chinese-days' }, new_values: null });
  });

  it('keeps the administrators’ corrections when seeding runs again', async () => {
    await adminClient.request('PUT', '/api/v1/calendar/2025-10-06', { kind: 'holiday', name: '中秋节（已核对）' });
    expect(await seedCalendar(t.ctx)).toEqual([]);
    const [mid] = await t.ctx.db.select().from(calendarDays).where(eq(calendarDays.day, '2025-10-06'));
    expect(mid).toMatchObject({ name: '中秋节（已核对）', source: 'admin', updatedBy: admin.id });
  });

  it('refuses nonsense: a weekday as a make-up workday, an impossible date, an unknown day to restore', async () => {
    const monday = await adminClient.request('PUT', '/api/v1/calendar/2025-10-20', { kind: 'workday' });
    expect(monday.statusCode).toBe(400);
    expect(monday.json().detail).toContain('只有周六、周日可以设为调休上班日');
    expect((await adminClient.request('PUT', '/api/v1/calendar/2025-02-30', { kind: 'holiday' })).statusCode).toBe(400);
    expect((await adminClient.request('PUT', '/api/v1/calendar/2025-10-20', { kind: 'vacation' })).statusCode).toBe(400);
    expect((await adminClient.delete('/api/v1/calendar/2025-10-21')).statusCode).toBe(404);
    expect((await adminClient.get('/api/v1/calendar/working-days?from=2025-10-20&to=2025-10-01')).statusCode).toBe(400);
  });

  it('is changed by no one but the administrator', async () => {
    for (const roles of [['unit_head'], ['district_reviewer'], ['security_officer']] as const) {
      const c = await client(await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: [...roles] }));
      const put = await c.request('PUT', '/api/v1/calendar/2025-10-13', { kind: 'holiday', name: '擅自放假' });
      expect(put.statusCode).toBe(403);
      expect(put.json().detail).toBe('只有系统管理员可以修改工作日历');
      expect((await c.delete('/api/v1/calendar/2025-10-01')).statusCode).toBe(403);
    }
    const [day] = await t.ctx.db.select().from(calendarDays).where(eq(calendarDays.day, '2025-10-01'));
    expect(day.kind).toBe('holiday');
    expect(await workingDays(adminClient, '2025-10-12', '2025-10-17')).toBe(5);
  });
});

describe('the mail outbox', () => {
  async function queueMail(subject: string) {
    const user = await makeUser(t.ctx, { roles: ['unit_editor'] });
    await t.ctx.db.update(users).set({ email: `${user.username}@wly.gov.cn` }).where(eq(users.id, user.id));
    await notify(t.ctx.db, clock.now(), { userIds: [user.id] }, { kind: 'test', title: subject, body: `${subject}：正文` });
    return `${user.username}@wly.gov.cn`;
  }

  async function pending() {
    return t.ctx.db.select().from(mailOutbox);
  }

  it('keeps mails queued while SMTP is not configured', async () => {
    await queueMail('未配置邮件');
    const report = await sendPendingMail(t.ctx);
    expect(report).toEqual({ sent: 0, failed: 0, skipped: true });
    expect((await pending()).filter((m) => m.sentAt === null).length).toBeGreaterThan(0);
  });

  it('sends the queued mails through SMTP with a Chinese subject, and stamps them sent', async () => {
    const smtp = await startSmtpServer();
    try {
      const to = await queueMail('审核结果通知');
      const report = await sendPendingMail(t.ctx, createMailTransport(smtp.url));
      expect(report.failed).toBe(0);
      expect(report.sent).toBeGreaterThanOrEqual(1);
      const mail = smtp.messages.find((m) => m.to.includes(to));
      expect(mail?.subject).toBe('【清单】审核结果通知');
      expect(mail?.text).toContain('审核结果通知：正文');
      expect(mail?.from).toContain('清单平台');
      const rows = await pending();
      expect(rows.every((m) => m.sentAt !== null)).toBe(true);
      expect(rows.find((m) => m.toAddress === to)).toMatchObject({ attempts: 1, lastError: null });
      // Sent mails are not sent again.
      expect((await sendPendingMail(t.ctx, createMailTransport(smtp.url))).sent).toBe(0);
    } finally {
      await smtp.close();
    }
  });

  it('counts failed attempts, keeps the last error and gives up after five', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const to = await queueMail('发送失败的邮件');
    const broken = createMailTransport(`smtp://127.0.0.1:${port}`);
    for (let i = 0; i < MAIL_MAX_ATTEMPTS + 2; i++) await sendPendingMail(t.ctx, broken);
    const [row] = (await pending()).filter((m) => m.toAddress === to);
    expect(row.sentAt).toBeNull();
    expect(row.attempts).toBe(MAIL_MAX_ATTEMPTS);
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
  });
});

describe('the notify jobs', () => {
  it('are scheduled (mail every minute, reminders hourly) and run through pg-boss', async () => {
    const withJobs = await createTestApp({ jobs: true });
    try {
      const schedules = await withJobs.ctx.boss!.getSchedules();
      expect(schedules.filter((s) => s.name === MAIL_OUTBOX || s.name === REMINDERS).map((s) => [s.name, s.cron])).toEqual(
        expect.arrayContaining([
          [MAIL_OUTBOX, '* * * * *'],
          [REMINDERS, '7 * * * *'],
        ]),
      );
      const jobId = await withJobs.ctx.boss!.send(REMINDERS, {});
      let job = await withJobs.ctx.boss!.getJobById(REMINDERS, jobId!);
      for (let i = 0; i < 120 && job?.state !== 'completed'; i++) {
        await new Promise((r) => setTimeout(r, 250));
        job = await withJobs.ctx.boss!.getJobById(REMINDERS, jobId!);
      }
      expect(job?.state).toBe('completed');
    } finally {
      await withJobs.close();
    }
  });
});
