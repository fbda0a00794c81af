import type { AppContext } from '../../app-context.ts';
import { goLiveDueEditions } from './commands/go-live.ts';

export { goLiveDueEditions };

/** 到期生效 queue: every minute, editions whose effective date has come go live. */
export const EDITIONS_GO_LIVE = 'editions-go-live';

/** Queues, schedules and workers of the publication module. */
export async function registerPublicationJobs(ctx: AppContext): Promise<void> {
  const boss = ctx.boss;
  if (!boss) return;
  await boss.createQueue(EDITIONS_GO_LIVE);
  await boss.schedule(EDITIONS_GO_LIVE, '* * * * *', {}, { tz: 'Asia/Shanghai' });
  await boss.work(EDITIONS_GO_LIVE, async () => {
    await goLiveDueEditions(ctx);
  });
}
