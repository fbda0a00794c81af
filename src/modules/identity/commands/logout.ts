import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { sessions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../actor.ts';

/** 退出登录: ends the caller's session. */
export async function logout(ctx: AppContext, actor: Actor): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (actor.sessionId) await tx.delete(sessions).where(eq(sessions.id, actor.sessionId));
    await recordAudit(tx, actor, { action: 'auth.logout', targetType: 'user', targetId: actor.userId });
  });
}
