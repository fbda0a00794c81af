import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { campaigns } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../../identity/actor.ts';
import { loadCampaignForChange } from './load-for-change.ts';

/** 结束梳理工作: the round is over; it stays readable (its dashboard too) but can no longer change. */
export async function closeCampaign(ctx: AppContext, actor: Actor, id: string): Promise<typeof campaigns.$inferSelect> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadCampaignForChange(tx, actor, id);
    const now = ctx.clock.now();
    const [closed] = await tx
      .update(campaigns)
      .set({ isClosed: true, version: row.version + 1, updatedAt: now })
      .where(eq(campaigns.id, id))
      .returning();
    await recordAudit(tx, actor, { action: 'campaign.close', targetType: 'campaign', targetId: id, oldValues: { isClosed: false }, newValues: { isClosed: true }, detail: `结束梳理工作“${row.name}”` });
    return closed;
  });
}
