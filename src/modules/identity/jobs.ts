import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../audit/record.ts';
import { deleteIdleSessions } from './sessions.ts';

export const EXPIRE_SESSIONS = 'expire-sessions';

/** 会话超时: ends every session idle for longer than the configured limit. */
export async function expireSessions(ctx: AppContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const n = await deleteIdleSessions(tx, ctx.clock.now(), ctx.config.sessionIdleMinutes);
    if (n > 0) await recordAudit(tx, { username: 'system' }, { action: 'session.expire', targetType: 'session', detail: `清理空闲会话${n}个` });
    return n;
  });
}

/** Queues, schedules and workers of the identity module. */
export async function registerIdentityJobs(ctx: AppContext): Promise<void> {
  const boss = ctx.boss;
  if (!boss) return;
  await boss.createQueue(EXPIRE_SESSIONS);
  await boss.schedule(EXPIRE_SESSIONS, '* * * * *', {}, { tz: 'Asia/Shanghai' });
  await boss.work(EXPIRE_SESSIONS, async () => {
    await expireSessions(ctx);
  });
}
