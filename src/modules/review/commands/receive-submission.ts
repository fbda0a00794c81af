import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { items, itemVersions, submissions, submissionVersions } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { STATE_LABELS } from '../../../domain/review/workflow.ts';
import { recordAudit } from '../../audit/record.ts';
import { authorId } from '../../catalog/commands/save-helpers.ts';
import { canReadCatalog } from '../../catalog/policy.ts';
import { loadUnitChain } from '../../catalog/unit-chain.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canTakeAction } from '../policy.ts';
import { transitionVersion } from '../transition.ts';

export interface ReceiveResult {
  submissionId: string;
  stage: 'parent_review' | 'central_review';
  received: number;
}

/**
 * 签收: the reviewer takes a unit's submission into review. A sub-unit's goes to its parent
 * department (主管部门审核); any other unit's to the district office (集中审核). Every version of the
 * submission still waiting moves on, and the receipt is stamped on the submission (once).
 */
export async function receiveSubmission(ctx: AppContext, actor: Actor, submissionId: string): Promise<ReceiveResult> {
  const [found] = await ctx.db.select({ unitId: submissions.unitId }).from(submissions).where(eq(submissions.id, submissionId));
  if (!found) throw new AppError('not_found', '送审稿不存在');
  const unit = await loadUnitChain(ctx.db, found.unitId);
  // Submissions of units the caller may not read are not disclosed.
  if (!canReadCatalog(actor, unit)) throw new AppError('not_found', '送审稿不存在');
  const action = unit.ancestorIds.length > 0 ? 'receive_parent' : 'receive_central';
  assertAllowed(
    canTakeAction(actor, unit, action),
    action === 'receive_parent' ? '下属单位的送审稿由其主管部门审核员签收' : '该送审稿由区政务服务管理办审核员签收',
  );
  return ctx.db.transaction(async (tx) => {
    const [submission] = await tx.select().from(submissions).where(eq(submissions.id, submissionId)).for('update');
    if (submission.receivedAt) throw new AppError('conflict', `该送审稿（第${submission.number}次报送）已经签收，请刷新后查看`);
    const waiting = await tx
      .select({ id: itemVersions.id })
      .from(submissionVersions)
      .innerJoin(itemVersions, eq(itemVersions.id, submissionVersions.versionId))
      .innerJoin(items, eq(items.id, itemVersions.itemId))
      .where(and(eq(submissionVersions.submissionId, submissionId), eq(itemVersions.state, 'submitted')))
      .orderBy(asc(items.code));
    if (waiting.length === 0) throw new AppError('invalid_transition', '该送审稿中没有待签收的事项');
    const now = ctx.clock.now();
    for (const v of waiting) await transitionVersion(tx, actor, now, { versionId: v.id, action, submissionId });
    await tx.update(submissions).set({ receivedBy: authorId(actor), receivedAt: now }).where(eq(submissions.id, submissionId));
    const stage = action === 'receive_parent' ? 'parent_review' : 'central_review';
    await recordAudit(tx, actor, {
      action: 'submission.receive',
      targetType: 'submission',
      targetId: submissionId,
      newValues: { receivedAt: now.toISOString(), versions: waiting.length, stage },
      detail: `签收第${submission.number}次报送的${waiting.length}个事项，进入${STATE_LABELS[stage]}`,
    });
    return { submissionId, stage, received: waiting.length };
  });
}
