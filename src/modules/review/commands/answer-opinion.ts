import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { consultations, itemVersions, opinions } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { authorId } from '../../catalog/commands/save-helpers.ts';
import { canReadCatalog } from '../../catalog/policy.ts';
import { loadUnitChain } from '../../catalog/unit-chain.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { isUnitWorker } from './unit-helpers.ts';

export const OPINION_ANSWERS = ['adopted', 'partly', 'not_adopted'] as const;
export type OpinionAnswer = (typeof OPINION_ANSWERS)[number];
export const ANSWER_LABELS: Record<OpinionAnswer, string> = { adopted: '采纳', partly: '部分采纳', not_adopted: '不采纳' };

/**
 * 答复意见: the unit's editor or head answers an opinion — adopted, partly adopted (reason required) or
 * not adopted (reason required). The answer may be changed while the version is still in consultation.
 */
export async function answerOpinion(ctx: AppContext, actor: Actor, opinionId: string, input: { answer: OpinionAnswer; reason?: string | null }): Promise<void> {
  const [found] = await ctx.db.select({ unitId: consultations.unitId }).from(opinions).innerJoin(consultations, eq(consultations.id, opinions.consultationId)).where(eq(opinions.id, opinionId));
  if (!found) throw new AppError('not_found', '意见不存在');
  const unit = await loadUnitChain(ctx.db, found.unitId);
  if (!canReadCatalog(actor, unit)) throw new AppError('not_found', '意见不存在');
  assertAllowed(isUnitWorker(actor, unit), '只有本单位的填报员或负责人可以答复意见');
  const reason = input.reason?.trim() || null;
  if (input.answer !== 'adopted' && !reason) {
    throw new AppError('validation', `答复“${ANSWER_LABELS[input.answer]}”须说明理由`, [{ path: 'reason', message: '请说明理由' }]);
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [opinion] = await tx.select().from(opinions).where(eq(opinions.id, opinionId)).for('update');
    // The version row is locked too, so closing the consultation cannot slip in between.
    const [version] = await tx.select().from(itemVersions).where(eq(itemVersions.id, opinion.versionId)).for('update');
    if (version.state !== 'consultation') throw new AppError('conflict', `“${version.name}”第${version.number}版已不在征求意见中，答复不能再修改`);
    await tx.update(opinions).set({ answer: input.answer, answerReason: reason, answeredBy: authorId(actor), answeredAt: now }).where(eq(opinions.id, opinionId));
    await recordAudit(tx, actor, {
      action: 'opinion.answer',
      targetType: 'item',
      targetId: opinion.itemId,
      oldValues: opinion.answer ? { opinionId, answer: opinion.answer, reason: opinion.answerReason } : { opinionId },
      newValues: { opinionId, answer: input.answer, reason },
      detail: `${opinion.answer ? '修改答复' : '答复意见'}：${ANSWER_LABELS[input.answer]}${reason ? `（${reason}）` : ''}`,
    });
  });
}
