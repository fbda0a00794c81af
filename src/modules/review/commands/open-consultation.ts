import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { consultations, consultationVersions, items, itemVersions } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { STATE_LABELS, type VersionState } from '../../../domain/review/workflow.ts';
import { recordAudit } from '../../audit/record.ts';
import { authorId } from '../../catalog/commands/save-helpers.ts';
import { loadUnitChain } from '../../catalog/unit-chain.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canTakeAction } from '../policy.ts';
import { transitionVersion } from '../transition.ts';
import { today } from './unit-helpers.ts';

export interface OpenConsultationInput {
  unitId?: string;
  title: string;
  startsOn: string;
  endsOn: string;
  isPublic?: boolean;
  itemIds: string[];
}

/** Why a version is not ready for consultation, or null when it is (draft, no blocking findings: R7). */
function notReady(v: { state: string; errorCount: number; incompleteCount: number }): string | null {
  if (v.state !== 'draft') return `处于“${STATE_LABELS[v.state as VersionState] ?? v.state}”状态，不是草稿`;
  const parts = [v.errorCount > 0 ? `${v.errorCount}个错误` : '', v.incompleteCount > 0 ? `${v.incompleteCount}项待补充` : ''].filter(Boolean);
  return parts.length ? `有${parts.join('、')}，须先改正补齐` : null;
}

/**
 * 发起征求意见: puts draft versions of the unit's items up for other units' opinions during a window
 * (startsOn to endsOn, both included). Every item must be a draft without blocking findings.
 */
export async function openConsultation(ctx: AppContext, actor: Actor, input: OpenConsultationInput): Promise<{ id: string; itemCount: number }> {
  const unit = await loadUnitChain(ctx.db, input.unitId ?? actor.unitId);
  assertAllowed(canTakeAction(actor, unit, 'open_consultation'), '只有本单位的填报员或负责人可以发起征求意见');
  const title = input.title.trim();
  if (!title) throw new AppError('validation', '请填写征求意见的标题', [{ path: 'title', message: '请填写标题' }]);
  const day = today(ctx);
  if (input.startsOn < day) throw new AppError('validation', `开始日期不能早于今天（${day}）`, [{ path: 'startsOn', message: '开始日期不能早于今天' }]);
  if (input.endsOn < input.startsOn) throw new AppError('validation', '结束日期不能早于开始日期', [{ path: 'endsOn', message: '结束日期不能早于开始日期' }]);
  const itemIds = [...new Set(input.itemIds)];
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({ version: itemVersions })
      .from(items)
      .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion)))
      .where(and(inArray(items.id, itemIds), eq(items.unitId, unit.id), eq(items.isCancelled, false)))
      .for('update', { of: itemVersions });
    if (rows.length !== itemIds.length) throw new AppError('validation', '所选事项不存在或不属于本单位', [{ path: 'itemIds', message: '事项不存在或不属于本单位' }]);
    const problems = rows.flatMap(({ version: v }) => {
      const why = notReady(v);
      return why ? [{ path: `itemIds.${itemIds.indexOf(v.itemId)}`, message: `“${v.name}”${why}` }] : [];
    });
    if (problems.length > 0) {
      throw new AppError('conflict', `以下事项尚不能发起征求意见：${problems.map((p) => p.message).join('；')}`, problems);
    }
    const [consultation] = await tx
      .insert(consultations)
      .values({ regionCode: unit.regionCode, unitId: unit.id, title, startsOn: input.startsOn, endsOn: input.endsOn, isPublic: input.isPublic ?? false, openedBy: authorId(actor), createdAt: now })
      .returning();
    await tx.insert(consultationVersions).values(rows.map(({ version }) => ({ consultationId: consultation.id, versionId: version.id })));
    for (const { version } of rows) {
      await transitionVersion(tx, actor, now, { versionId: version.id, action: 'open_consultation', detail: `征求意见“${title}”（${input.startsOn}至${input.endsOn}）` });
    }
    await recordAudit(tx, actor, {
      action: 'consultation.open',
      targetType: 'consultation',
      targetId: consultation.id,
      newValues: { title, unitId: unit.id, startsOn: input.startsOn, endsOn: input.endsOn, isPublic: consultation.isPublic, versionIds: rows.map((r) => r.version.id) },
    });
    return { id: consultation.id, itemCount: rows.length };
  });
}
