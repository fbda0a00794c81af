import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { submissions } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { canReadCatalog } from '../../catalog/policy.ts';
import { loadUnitChain } from '../../catalog/unit-chain.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canTakeAction } from '../policy.ts';
import { assertUnitFile } from './unit-helpers.ts';

/** 上传盖章扫描件: the unit head attaches the signed and sealed scan of a submission, once. */
export async function attachSealedScan(ctx: AppContext, actor: Actor, submissionId: string, input: { fileId: string }): Promise<void> {
  const [submission] = await ctx.db.select().from(submissions).where(eq(submissions.id, submissionId));
  if (!submission) throw new AppError('not_found', '送审稿不存在');
  const unit = await loadUnitChain(ctx.db, submission.unitId);
  if (!canReadCatalog(actor, unit)) throw new AppError('not_found', '送审稿不存在');
  assertAllowed(canTakeAction(actor, unit, 'sign'), '只有本单位负责人可以上传盖章扫描件');
  if (submission.sealedScanFileId) throw new AppError('conflict', '该送审稿已上传盖章扫描件，不能更换');
  await assertUnitFile(ctx.db, unit.id, input.fileId, 'fileId', '盖章扫描件');
  await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(submissions)
      .set({ sealedScanFileId: input.fileId })
      .where(and(eq(submissions.id, submissionId), isNull(submissions.sealedScanFileId)))
      .returning({ id: submissions.id });
    if (!updated) throw new AppError('conflict', '该送审稿已上传盖章扫描件，不能更换');
    await recordAudit(tx, actor, { action: 'submission.sealed_scan', targetType: 'submission', targetId: submissionId, newValues: { sealedScanFileId: input.fileId }, detail: `第${submission.number}次报送：上传盖章扫描件` });
  });
}
