import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { notifications } from '../../../db/schema/index.ts';
import type { Actor } from '../../identity/actor.ts';

/** 全部标为已读: the caller's unread notifications; returns how many were unread. */
export async function markAllRead(ctx: AppContext, actor: Actor): Promise<number> {
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
