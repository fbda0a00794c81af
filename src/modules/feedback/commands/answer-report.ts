import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { errorReports } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { ANSWER_MAX } from '../fields.ts';
import { canAnswerReport, canReadReport } from '../policy.ts';

/**
 * 答复纠错: the owning unit answers a report. The answer is public (on the item's page and by the
 * reference number) unless the text is hidden by moderation; a report is answered once.
 */
export async function answerReport(ctx: AppContext, actor: Actor, reportId: string, input: { answer: string }): Promise<{ id: string; status: string; answeredAt: string }> {
  const answer = input.answer.trim();
  if (answer === '') throw new AppError('validation', '请填写答复内容', [{ path: 'answer', message: '请填写答复内容' }]);
  if (Array.from(answer).length > ANSWER_MAX) throw new AppError('validation', `答复内容不超过${ANSWER_MAX}个字`, [{ path: 'answer', message: `答复内容不超过${ANSWER_MAX}个字` }]);
  return ctx.db.transaction(async (tx) => {
    const [report] = await tx.select().from(errorReports).where(eq(errorReports.id, reportId)).for('update');
    // Another unit's reports are not disclosed, not even their existence.
    if (!report || !canReadReport(actor, report)) throw new AppError('not_found', '纠错不存在');
    assertAllowed(canAnswerReport(actor, report), '纠错由事项的实施单位答复');
    if (report.moderation === 'removed') throw new AppError('invalid_transition', '该纠错已经审核删除，无需答复');
    if (report.status !== 'open') throw new AppError('invalid_transition', '该纠错已经答复');
    const now = ctx.clock.now();
    await tx.update(errorReports).set({ status: 'answered', answer, answeredBy: actor.userId, answeredAt: now }).where(eq(errorReports.id, report.id));
    await recordAudit(tx, actor, {
      action: 'error_report.answer',
      targetType: 'error_report',
      targetId: report.id,
      oldValues: { status: report.status },
      newValues: { status: 'answered', answer },
      detail: report.reference,
    });
    return { id: report.id, status: 'answered', answeredAt: now.toISOString() };
  });
}
