import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { items, itemVersions } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { canReadCatalog } from '../../catalog/policy.ts';
import { loadUnitChain } from '../../catalog/unit-chain.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canTakeAction } from '../policy.ts';
import { transitionVersion } from '../transition.ts';

/** 撤回修改: the unit takes its item's newest version back from consultation or unit review to draft. */
export async function withdrawVersion(ctx: AppContext, actor: Actor, itemId: string, input: { comment?: string | null }): Promise<{ versionNumber: number; state: string }> {
  const [item] = await ctx.db.select().from(items).where(eq(items.id, itemId));
  if (!item) throw new AppError('not_found', '事项不存在');
  const unit = await loadUnitChain(ctx.db, item.unitId);
  if (!canReadCatalog(actor, unit)) throw new AppError('not_found', '事项不存在');
  assertAllowed(canTakeAction(actor, unit, 'withdraw'), '只有本单位的填报员或负责人可以撤回修改');
  return ctx.db.transaction(async (tx) => {
    const [version] = await tx
      .select({ id: itemVersions.id })
      .from(itemVersions)
      .innerJoin(items, and(eq(items.id, itemVersions.itemId), eq(itemVersions.number, items.latestVersion)))
      .where(eq(items.id, itemId));
    const result = await transitionVersion(tx, actor, ctx.clock.now(), { versionId: version.id, action: 'withdraw', comment: input.comment });
    return { versionNumber: result.version.number, state: result.to };
  });
}
