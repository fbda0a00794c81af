import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRE_SESSIONS } from '../../src/modules/identity/jobs.ts';
import { makeUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ jobs: true });
});
afterAll(async () => t.close());

describe('pg-boss on this database', () => {
  it('runs the expire-sessions job, which ends idle sessions', async () => {
    const u = await makeUser(t.ctx, { roles: ['unit_editor'] });
    await new ApiClient(t.app).login(u.username, u.password);
    await new ApiClient(t.app).login(u.username, u.password);
    // Age one session past the idle limit, as if its owner had walked away an hour ago.
    await t.ctx.database.executeSql(
      `update sessions set last_seen_at = now() - interval '1 hour' where id = (select id from sessions where user_id = $1 order by created_at limit 1)`,
      [u.id],
    );
    const jobId = await t.ctx.boss!.send(EXPIRE_SESSIONS, {});
    expect(jobId).toBeTruthy();
    const deadline = Date.now() + 30_000;
    let job = await t.ctx.boss!.getJobById(EXPIRE_SESSIONS, jobId!);
    while (job?.state !== 'completed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      job = await t.ctx.boss!.getJobById(EXPIRE_SESSIONS, jobId!);
    }
    expect(job?.state).toBe('completed');
    const left = await t.ctx.database.executeSql('select count(*)::int as n from sessions where user_id = $1', [u.id]);
    expect(Number(left.rows[0].n)).toBe(1);
    const audit = await t.ctx.database.executeSql(`select detail from audit_log where action = 'session.expire'`);
    expect(audit.rows.length).toBeGreaterThan(0);
  });

  it('has the job scheduled', async () => {
    const schedules = await t.ctx.boss!.getSchedules();
    expect(schedules.map((s) => s.name)).toContain(EXPIRE_SESSIONS);
  });
});
