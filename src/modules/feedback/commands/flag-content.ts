import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { contentFlags, errorReports, items, itemVersions } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { notify } from '../../notify/notify.ts';
import { addressHash } from '../address.ts';
import { FLAGS_TO_HIDE, REASON_MAX } from '../fields.ts';
import { MODERATORS } from '../policy.ts';
import type { ReportSource } from './file-report.ts';

/**
 * 举报: anyone reports a published text (an answered report with its answer) as improper, with a
 * reason. One report per address and text; at {@link FLAGS_TO_HIDE} reports from different addresses
 * the text is hidden until a moderator keeps or removes it, and the moderators are told.
 */
export async function flagContent(ctx: AppContext, source: ReportSource, reportId: string, input: { reason: string }): Promise<{ hidden: boolean; itemCode: string }> {
  const reason = input.reason.trim();
  if (Array.from(reason).length < 2) throw new AppError('validation', '请写明举报理由', [{ path: 'reason', message: '请写明举报理由' }]);
  if (Array.from(reason).length > REASON_MAX) throw new AppError('validation', `举报理由不超过${REASON_MAX}个字`, [{ path: 'reason', message: `举报理由不超过${REASON_MAX}个字` }]);
  const hash = await addressHash(ctx.db, source.address);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ report: errorReports, itemCode: items.code, itemName: itemVersions.name })
      .from(errorReports)
      .innerJoin(items, eq(items.id, errorReports.itemId))
      .innerJoin(itemVersions, eq(itemVersions.id, errorReports.versionId))
      .where(eq(errorReports.id, reportId))
      .for('update', { of: errorReports });
    // Only what the public can see can be reported: an answered text that is not hidden.
    if (!row || row.report.status !== 'answered' || row.report.moderation === 'removed') throw new AppError('not_found', '该内容不存在或未公开');
    const { report } = row;
    if (report.isHidden) return { hidden: true, itemCode: row.itemCode };
    const [flag] = await tx
      .insert(contentFlags)
      .values({ targetType: 'error_report', targetId: report.id, reason, sourceHash: hash, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: contentFlags.id });
    if (!flag) throw new AppError('duplicate', '您已经举报过该内容，我们会尽快处理');
    const flagCount = report.flagCount + 1;
    const hide = flagCount >= FLAGS_TO_HIDE;
    await tx
      .update(errorReports)
      .set({ flagCount: sql`${errorReports.flagCount} + 1`, ...(hide ? { isHidden: true, moderation: null } : {}) })
      .where(eq(errorReports.id, report.id));
    if (hide) {
      await recordAudit(
        tx,
        { regionCode: report.regionCode, requestId: null, sourceIp: null, userId: null, username: 'system' },
        { action: 'error_report.hide', targetType: 'error_report', targetId: report.id, oldValues: { isHidden: false }, newValues: { isHidden: true, flagCount }, detail: `${report.reference}：被举报${flagCount}次，自动隐藏待审核` },
      );
      await notify(
        tx,
        now,
        { roles: [...MODERATORS], regionCode: report.regionCode },
        {
          kind: 'error_report.flagged',
          title: `公开内容被举报待审核：${report.reference}`,
          body: `事项“${row.itemName}”的纠错 ${report.reference} 及其答复被举报${flagCount}次，已暂时隐藏，请审核后决定保留或删除。最近的举报理由：${reason}`,
          link: `/error-reports?tab=flagged&id=${report.id}`,
          regionCode: report.regionCode,
        },
      );
    }
    return { hidden: hide, itemCode: row.itemCode };
  });
}
