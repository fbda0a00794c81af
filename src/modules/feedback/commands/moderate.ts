import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { errorReports } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canModerate, canReadReport } from '../policy.ts';

export type ModerationDecision = 'keep' | 'remove';

/**
 * 举报处理: a moderator decides on a text hidden by reports. `keep` shows it again and starts the
 * count afresh (the addresses that reported it cannot report it again); `remove` takes it off the
 * portal for good. Either way the decision is audited with the moderator's comment.
 */
export async function moderateReport(ctx: AppContext, actor: Actor, reportId: string, input: { decision: ModerationDecision; comment?: string | null }) {
  return ctx.db.transaction(async (tx) => {
    const [report] = await tx.select().from(errorReports).where(eq(errorReports.id, reportId)).for('update');
    if (!report || !canReadReport(actor, report)) throw new AppError('not_found', '纠错不存在');
    assertAllowed(canModerate(actor, report.regionCode), '只有区政务服务管理办审核员和系统管理员可以处理举报');
    if (!report.isHidden || report.moderation !== null) throw new AppError('invalid_transition', '该内容不在举报待处理之列');
    const now = ctx.clock.now();
    const next =
      input.decision === 'keep'
        ? { isHidden: false, moderation: 'visible' as const, flagCount: 0, moderatedBy: actor.userId, moderatedAt: now }
        : { isHidden: true, moderation: 'removed' as const, moderatedBy: actor.userId, moderatedAt: now };
    await tx.update(errorReports).set(next).where(eq(errorReports.id, report.id));
    await recordAudit(tx, actor, {
      action: input.decision === 'keep' ? 'error_report.moderate.keep' : 'error_report.moderate.remove',
      targetType: 'error_report',
      targetId: report.id,
      oldValues: { isHidden: report.isHidden, moderation: report.moderation, flagCount: report.flagCount },
      newValues: { isHidden: next.isHidden, moderation: next.moderation },
      detail: [report.reference, input.comment?.trim()].filter(Boolean).join('：'),
    });
    return { id: report.id, isHidden: next.isHidden, moderation: next.moderation };
  });
}
