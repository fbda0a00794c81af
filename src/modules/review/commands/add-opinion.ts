import type { AppContext } from '../../../app-context.ts';
import { opinions, units } from '../../../db/schema/index.ts';
import { DRAFT_FIELD_LABELS, GUIDE_FIELD_LABELS } from '../../../domain/catalog/diff.ts';
import { AppError } from '../../../domain/errors.ts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record.ts';
import { authorId } from '../../catalog/commands/save-helpers.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { notify } from '../../notify/notify.ts';
import { loadConsultation, today, versionsInConsultation } from './unit-helpers.ts';

/** The label of a field path an opinion may point at (`name`, `guide.fee`…), or null if unknown. */
export function fieldLabel(path: string): string | null {
  if (path.startsWith('guide.')) {
    const key = path.slice('guide.'.length);
    return Object.hasOwn(GUIDE_FIELD_LABELS, key) ? `服务指南·${GUIDE_FIELD_LABELS[key]}` : null;
  }
  return Object.hasOwn(DRAFT_FIELD_LABELS, path) ? DRAFT_FIELD_LABELS[path] : null;
}

export interface AddOpinionInput {
  itemId: string;
  fieldPath?: string | null;
  body: string;
}

/**
 * 提出意见: staff of another unit of the region comment on an item (or one of its fields) while the
 * consultation is open; the unit's editors and head are told. The unit's own staff answer, not comment.
 */
export async function addOpinion(ctx: AppContext, actor: Actor, consultationId: string, input: AddOpinionInput): Promise<{ id: string }> {
  const c = await loadConsultation(ctx.db, consultationId);
  if (c.regionCode !== actor.regionCode) throw new AppError('not_found', '征求意见不存在');
  assertAllowed(actor.unitId !== c.unitId, '本单位人员不能对本单位的事项提出意见，请在“意见答复”中处理其他单位的意见');
  const day = today(ctx);
  if (c.closedAt) throw new AppError('conflict', '该征求意见已结束，不能再提出意见');
  if (day < c.startsOn || day > c.endsOn) throw new AppError('conflict', `征求意见期为${c.startsOn}至${c.endsOn}，当前不在征求意见期内`);
  const body = input.body.trim();
  if (!body) throw new AppError('validation', '请填写意见内容', [{ path: 'body', message: '请填写意见内容' }]);
  const fieldPath = input.fieldPath?.trim() || null;
  if (fieldPath && !fieldLabel(fieldPath)) throw new AppError('validation', `未知的事项要素：${fieldPath}`, [{ path: 'fieldPath', message: '未知的事项要素' }]);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const held = await versionsInConsultation(tx, c);
    const target = held.find((r) => r.version.itemId === input.itemId);
    if (!target) throw new AppError('conflict', '该事项不在本次征求意见中，或已撤回修改、结束征求意见');
    const [unit] = await tx.select({ shortName: units.shortName }).from(units).where(eq(units.id, actor.unitId));
    const [row] = await tx
      .insert(opinions)
      .values({ consultationId: c.id, versionId: target.version.id, itemId: input.itemId, fieldPath, body, authorUserId: authorId(actor), authorUnitId: actor.unitId, authorName: actor.displayName, createdAt: now })
      .returning({ id: opinions.id });
    await recordAudit(tx, actor, {
      action: 'opinion.add',
      targetType: 'item',
      targetId: input.itemId,
      newValues: { opinionId: row.id, consultationId: c.id, version: target.version.number, fieldPath, body },
      detail: `对第${target.version.number}版提出意见${fieldPath ? `（${fieldLabel(fieldPath)}）` : ''}`,
    });
    await notify(
      tx,
      now,
      { roles: ['unit_editor', 'unit_head'], unitId: c.unitId },
      {
        kind: 'opinion.added',
        title: `${unit?.shortName ?? '其他单位'}对“${target.version.name}”提出了意见`,
        body: `${unit?.shortName ?? ''}${actor.displayName}在征求意见“${c.title}”中${fieldPath ? `就“${fieldLabel(fieldPath)}”` : ''}提出意见：${body.slice(0, 200)}\n请在征求意见期内答复（采纳、部分采纳或不采纳并说明理由）。`,
        link: '/submission',
        regionCode: c.regionCode,
      },
    );
    return { id: row.id };
  });
}
