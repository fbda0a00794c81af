import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { items, itemVersions, reviewDecisions } from '../../db/schema/index.ts';
import { AppError } from '../../domain/errors.ts';
import { assertNotAuthor, nextState, STATE_LABELS, TRANSITIONS, type VersionAction, type VersionState } from '../../domain/review/workflow.ts';
import { recordAudit } from '../audit/record.ts';
import { authorId } from '../catalog/commands/save-helpers.ts';
import { copyVersionToDraft } from '../catalog/repository.ts';
import type { Actor } from '../identity/actor.ts';

type VersionRow = typeof itemVersions.$inferSelect;

export interface TransitionInput {
  versionId: string;
  action: VersionAction;
  /** Reviewers' comment (required for returns), kept on the version. */
  comment?: string | null;
  fieldComments?: { path: string; comment: string }[];
  submissionId?: string | null;
  /** Extra words for the history line. */
  detail?: string;
}

export interface TransitionResult {
  version: VersionRow;
  from: VersionState;
  to: VersionState;
  /** For returns: the new draft that continues the item. */
  reopened?: VersionRow;
}

/**
 * Moves one version by one action, inside the caller's transaction: locks the version row, checks
 * that it is still the item's newest version and that the action may start from its state, refuses
 * authors for decisions, writes the decision (naming the version and revision) and the history row.
 * Authorization of role and scope is the caller's (the command's policy); this is the state machine.
 */
export async function transitionVersion(tx: Db, actor: Actor, now: Date, input: TransitionInput): Promise<TransitionResult> {
  const [version] = await tx.select().from(itemVersions).where(eq(itemVersions.id, input.versionId)).for('update');
  if (!version) throw new AppError('not_found', '事项版本不存在');
  const [item] = await tx.select().from(items).where(eq(items.id, version.itemId)).for('update');
  if (item.latestVersion !== version.number && input.action !== 'supersede') {
    throw new AppError('conflict', `事项“${version.name}”已有更新的第${item.latestVersion}版，本操作针对的第${version.number}版已不是最新版本，请刷新后重试`);
  }
  const from = version.state as VersionState;
  const to = nextState(from, input.action);
  const t = TRANSITIONS[input.action];
  if (t.decision || input.action === 'sign') assertNotAuthor(version.authorIds, actor.userId, input.action, version.name);
  if (t.decision?.decision === 'return' && !input.comment?.trim() && !(input.fieldComments ?? []).length) {
    throw new AppError('validation', '退回修改须填写退回意见', [{ path: 'comment', message: '请填写退回意见' }]);
  }
  const [updated] = await tx.update(itemVersions).set({ state: to, updatedAt: now }).where(and(eq(itemVersions.id, version.id), eq(itemVersions.state, from))).returning();
  if (!updated) throw new AppError('conflict', '该事项的状态已被他人改变，请刷新后重试');
  if (t.decision) {
    await tx.insert(reviewDecisions).values({
      itemId: version.itemId,
      versionId: version.id,
      versionNumber: version.number,
      revision: version.lockVersion,
      submissionId: input.submissionId ?? null,
      stage: t.decision.stage,
      decision: t.decision.decision,
      comment: input.comment?.trim() || null,
      fieldComments: input.fieldComments ?? [],
      decidedBy: authorId(actor),
      decidedByName: actor.displayName,
      decidedAt: now,
    });
  }
  let reopened: VersionRow | undefined;
  if (t.reopens) {
    reopened = await copyVersionToDraft(tx, updated, { now, by: null });
    await tx.update(items).set({ latestVersion: reopened.number, updatedAt: now }).where(eq(items.id, item.id));
  }
  await recordAudit(tx, actor, {
    action: `item.${input.action}`,
    targetType: 'item',
    targetId: version.itemId,
    oldValues: { version: version.number, state: from },
    newValues: { version: version.number, state: to, ...(reopened ? { reopenedVersion: reopened.number } : {}), ...(input.fieldComments?.length ? { fieldComments: input.fieldComments } : {}) },
    detail: [`第${version.number}版：${STATE_LABELS[from]} → ${STATE_LABELS[to]}（${t.label}）`, input.comment?.trim(), input.detail].filter(Boolean).join('；'),
  });
  return { version: updated, from, to, reopened };
}
