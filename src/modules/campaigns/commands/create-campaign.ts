import type { AppContext } from '../../../app-context.ts';
import { campaigns } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit/record.ts';
import { authorId } from '../../catalog/commands/save-helpers.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canManageCampaigns } from '../policy.ts';
import type { CampaignInput } from '../schemas.ts';
import { checkCampaign } from './check-campaign.ts';

/** 新建梳理工作: the district office (or the administrator) opens a listing round for its region. */
export async function createCampaign(ctx: AppContext, actor: Actor, input: CampaignInput): Promise<typeof campaigns.$inferSelect> {
  assertAllowed(canManageCampaigns(actor, actor.regionCode), '只有区政务公开政务服务管理办公室审核员或系统管理员可以新建梳理工作');
  const fields = await checkCampaign(ctx.db, actor.regionCode, input);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({ regionCode: actor.regionCode, ...fields, createdBy: authorId(actor), createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, actor, { action: 'campaign.create', targetType: 'campaign', targetId: row.id, newValues: fields, detail: `新建梳理工作“${fields.name}”，参与单位${fields.unitIds.length}个，报送截止${fields.submissionDeadline}` });
    return row;
  });
}
