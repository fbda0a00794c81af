import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { items, itemVersions } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { CHANGE_KIND_LABELS, CHANGE_TRIGGER_LABELS, type ChangeTrigger } from '../../../domain/publication/adjustment.ts';
import { STATE_LABELS, type VersionState } from '../../../domain/review/workflow.ts';
import { recordAudit } from '../../audit/record.ts';
import { authorId, withAuthor } from '../../catalog/commands/save-helpers.ts';
import { canReadCatalog } from '../../catalog/policy.ts';
import { copyVersionToDraft } from '../../catalog/repository.ts';
import { loadUnitChain } from '../../catalog/unit-chain.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canAdjustUnit } from '../policy.ts';

export interface AdjustmentInput {
  kind: 'change' | 'cancel';
  reason: string;
  trigger: ChangeTrigger;
}

/**
 * 申请动态调整: the unit proposes to change or cancel a published item. The published version stays
 * public; a copy becomes version N+1 as a draft carrying the proposal, and takes the review chain to
 * a new edition like any other version.
 */
export async function proposeAdjustment(ctx: AppContext, actor: Actor, itemId: string, input: AdjustmentInput): Promise<{ itemId: string; versionId: string; versionNumber: number }> {
  const [found] = await ctx.db.select().from(items).where(eq(items.id, itemId));
  if (!found) throw new AppError('not_found', '事项不存在');
  const unit = await loadUnitChain(ctx.db, found.unitId);
  if (!canReadCatalog(actor, unit)) throw new AppError('not_found', '事项不存在');
  assertAllowed(canAdjustUnit(actor, unit), '只有本单位的填报员或单位负责人可以申请调整事项');
  const reason = input.reason.trim();
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [item] = await tx.select().from(items).where(eq(items.id, itemId)).for('update');
    const [latest] = await tx
      .select()
      .from(itemVersions)
      .where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.number, item.latestVersion)))
      .for('update');
    if (item.isCancelled) throw new AppError('invalid_transition', `事项“${latest.name}”已取消，不能再申请调整`);
    if (latest.state !== 'published') {
      const [published] = await tx
        .select({ number: itemVersions.number })
        .from(itemVersions)
        .where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.state, 'published')));
      const state = STATE_LABELS[latest.state as VersionState] ?? latest.state;
      if (published) throw new AppError('conflict', `事项“${latest.name}”已有一项调整正在办理（第${latest.number}版，${state}），待其发布或办结后才能再申请调整`);
      throw new AppError('invalid_transition', `事项“${latest.name}”尚未发布（第${latest.number}版，${state}），不能申请调整；未发布的事项请直接修改`);
    }
    const copy = await copyVersionToDraft(tx, latest, { now, by: authorId(actor), changeKind: input.kind, changeReason: reason, changeTrigger: input.trigger });
    // The proposer wrote this version's proposal: they may not sign or approve it either.
    await tx.update(itemVersions).set({ authorIds: withAuthor(copy.authorIds, actor) }).where(eq(itemVersions.id, copy.id));
    await tx.update(items).set({ latestVersion: copy.number, updatedAt: now }).where(eq(items.id, itemId));
    await recordAudit(tx, actor, {
      action: 'item.adjust',
      targetType: 'item',
      targetId: itemId,
      oldValues: { version: latest.number, state: latest.state },
      newValues: { version: copy.number, state: 'draft', changeKind: input.kind, changeReason: reason, changeTrigger: input.trigger },
      detail: `申请${CHANGE_KIND_LABELS[input.kind]}：以第${latest.number}版为基础生成第${copy.number}版草稿；调整事由：${CHANGE_TRIGGER_LABELS[input.trigger]}；理由：${reason}`,
    });
    return { itemId, versionId: copy.id, versionNumber: copy.number };
  });
}
