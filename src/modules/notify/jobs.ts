import type { AppContext } from '../../app-context.ts';
import { sendPendingMail } from './mailer.ts';
import { runReminders } from './reminders.ts';

export const MAIL_OUTBOX = 'mail-outbox';
export const REMINDERS = 'reminders';

/** Queues, schedules and workers of the notify module: the mail outbox every minute, reminders hourly. */
export async function registerNotifyJobs(ctx: AppContext): Promise<void> {
  const boss = ctx.boss;
  if (!boss) return;
  // One run at a time: two overlapping runs would send the same outbox rows twice.
  await boss.createQueue(MAIL_OUTBOX, { name: MAIL_OUTBOX, policy: 'singleton' });
  await boss.schedule(MAIL_OUTBOX, '* * * * *', {}, { tz: 'Asia/Shanghai' });
  await boss.work(MAIL_OUTBOX, async () => {
    await sendPendingMail(ctx);
  });
  await boss.createQueue(REMINDERS, { name: REMINDERS, policy: 'singleton' });
  await boss.schedule(REMINDERS, '7 * * * *', {}, { tz: 'Asia/Shanghai' });
  await boss.work(REMINDERS, async () => {
    await runReminders(ctx);
  });
}
