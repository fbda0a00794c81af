import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { notifications } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import type { Actor } from '../../identity/actor.ts';
import { canReadNotification } from '../policy.ts';

/** 标为已读: one of the caller's own notifications; another user's is answered as missing. */
export async function markNotificationRead(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const [row] = await ctx.db.select({ userId: notifications.userId }).from(notifications).where(eq(notifications.id, id));
  if (!row || !canReadNotification(actor, row)) throw new AppError('not_found', '消息不存在');
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(eq(notifications.id, id), isNull(notifications.readAt)));
}
