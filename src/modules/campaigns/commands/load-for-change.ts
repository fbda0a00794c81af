import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { campaigns } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canManageCampaigns } from '../policy.ts';

/** Locks a campaign for a change, after checking that the caller may change it and that it is still open. */
export async function loadCampaignForChange(tx: Db, actor: Actor, id: string): Promise<typeof campaigns.$inferSelect> {
  const [row] = await tx.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
  // Another region's campaign is not disclosed.
  if (!row || row.regionCode !== actor.regionCode) throw new AppError('not_found', '梳理工作不存在');
  assertAllowed(canManageCampaigns(actor, row.regionCode), '只有区政务公开政务服务管理办公室审核员或系统管理员可以修改梳理工作');
  if (row.isClosed) throw new AppError('conflict', `梳理工作“${row.name}”已结束，不能再修改`);
  return row;
}
