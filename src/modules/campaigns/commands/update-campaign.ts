import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { campaigns } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../../identity/actor.ts';
import type { CampaignPatch } from '../schemas.ts';
import { checkCampaign, type CampaignFields } from './check-campaign.ts';
import { loadCampaignForChange } from './load-for-change.ts';

/** 修改梳理工作: name, document number, units or dates; `version` must match (optimistic locking). */
export async function updateCampaign(ctx: AppContext, actor: Actor, id: string, patch: CampaignPatch): Promise<typeof campaigns.$inferSelect> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadCampaignForChange(tx, actor, id);
    if (row.version !== patch.version) {
      throw new AppError('conflict', '该梳理工作已被他人修改，请刷新后重试', undefined, { currentVersion: row.version });
    }
    const { version: _version, ...changes } = patch;
    const before: CampaignFields = {
      name: row.name,
      docNumber: row.docNumber,
      unitIds: row.unitIds,
      submissionDeadline: row.submissionDeadline,
      reviewStartsOn: row.reviewStartsOn,
      reviewEndsOn: row.reviewEndsOn,
      publicationTarget: row.publicationTarget,
    };
    const merged = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
    const after = await checkCampaign(tx, row.regionCode, merged);
    const changed = (Object.keys(after) as (keyof CampaignFields)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
    if (changed.length === 0) return row;
    const now = ctx.clock.now();
    const [updated] = await tx
      .update(campaigns)
      .set({ ...after, version: row.version + 1, updatedAt: now })
      .where(eq(campaigns.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'campaign.update',
      targetType: 'campaign',
      targetId: id,
      oldValues: Object.fromEntries(changed.map((k) => [k, before[k]])),
      newValues: Object.fromEntries(changed.map((k) => [k, after[k]])),
      detail: `修改梳理工作“${after.name}”`,
    });
    return updated;
  });
}
