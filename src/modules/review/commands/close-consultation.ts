import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { consultations, opinions } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { canReadCatalog } from '../../catalog/policy.ts';
import { loadUnitChain } from '../../catalog/unit-chain.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canTakeAction } from '../policy.ts';
import { transitionVersion } from '../transition.ts';
import { loadConsultation, today, versionsInConsultation } from './unit-helpers.ts';

/**
 * 结束征求意见: once the window is over and every opinion is answered, the consultation's versions go
 * on to the unit's leadership review (unit_review).
 */
export async function closeConsultation(ctx: AppContext, actor: Actor, consultationId: string): Promise<{ moved: number }> {
  const c = await loadConsultation(ctx.db, consultationId);
  const unit = await loadUnitChain(ctx.db, c.unitId);
  if (!canReadCatalog(actor, unit)) throw new AppError('not_found', '征求意见不存在');
  assertAllowed(canTakeAction(actor, unit, 'close_consultation'), '只有本单位的填报员或负责人可以结束征求意见');
  if (c.closedAt) throw new AppError('conflict', '该征求意见已经结束');
  const day = today(ctx);
  if (day < c.endsOn) throw new AppError('conflict', `征求意见期至${c.endsOn}结束，期满后才能结束征求意见`);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [locked] = await tx.select().from(consultations).where(eq(consultations.id, c.id)).for('update');
    if (locked.closedAt) throw new AppError('conflict', '该征求意见已经结束');
    const held = await versionsInConsultation(tx, c, true);
    const versionIds = held.map((r) => r.version.id);
    const open = versionIds.length
      ? await tx
          .select({ versionId: opinions.versionId })
          .from(opinions)
          .where(and(inArray(opinions.versionId, versionIds), isNull(opinions.answer)))
      : [];
    if (open.length > 0) {
      const counts = new Map<string, number>();
      for (const o of open) counts.set(o.versionId, (counts.get(o.versionId) ?? 0) + 1);
      const list = held.filter((r) => counts.has(r.version.id)).map((r) => `“${r.version.name}”${counts.get(r.version.id)}条`);
      throw new AppError('conflict', `还有${open.length}条意见未答复，须逐条答复后才能结束征求意见：${list.join('、')}`, undefined, {
        unanswered: held.filter((r) => counts.has(r.version.id)).map((r) => ({ itemId: r.version.itemId, name: r.version.name, count: counts.get(r.version.id) })),
      });
    }
    for (const { version } of held) {
      await transitionVersion(tx, actor, now, { versionId: version.id, action: 'close_consultation', detail: `征求意见“${c.title}”已结束` });
    }
    await tx.update(consultations).set({ closedAt: now }).where(eq(consultations.id, c.id));
    await recordAudit(tx, actor, { action: 'consultation.close', targetType: 'consultation', targetId: c.id, newValues: { closedAt: now.toISOString(), versionIds } });
    return { moved: held.length };
  });
}
