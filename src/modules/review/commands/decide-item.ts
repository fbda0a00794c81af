import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import type { Db } from '../../../db/client.ts';
import { items, itemVersions, submissionVersions } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { nextState, STATE_LABELS, type VersionAction } from '../../../domain/review/workflow.ts';
import { canReadCatalog } from '../../catalog/policy.ts';
import { loadUnitChain } from '../../catalog/unit-chain.ts';
import type { Actor } from '../../identity/actor.ts';
import { notify } from '../../notify/notify.ts';
import { canTakeAction } from '../policy.ts';
import { transitionVersion } from '../transition.ts';

export interface DecisionInput {
  versionId: string;
  /** The version's revision (lock_version) the reviewer read: a decision covers exactly that content. */
  revision: number;
  decision: 'approve' | 'return';
  comment?: string | null;
  fieldComments?: { path: string; comment: string }[];
}

export interface DecisionResult {
  itemId: string;
  versionId: string;
  versionNumber: number;
  from: string;
  to: string;
  /** After a return: the new draft that continues the item. */
  reopenedVersionId: string | null;
  reopenedVersionNumber: number | null;
}

type Stage = 'parent_review' | 'central_review' | 'legal_review';

/** The decision action of each review stage. */
const STAGE_ACTIONS: Record<Stage, Record<DecisionInput['decision'], VersionAction>> = {
  parent_review: { approve: 'parent_approve', return: 'parent_return' },
  central_review: { approve: 'central_approve', return: 'central_return' },
  legal_review: { approve: 'legal_pass', return: 'legal_return' },
};

const isStage = (state: string): state is Stage => state in STAGE_ACTIONS;

interface Decided extends DecisionResult {
  unitId: string;
  regionCode: string;
  name: string;
  stage: Stage;
  comment: string | null;
}

/**
 * One decision inside the caller's transaction. The version row is locked first, so of two reviewers
 * deciding at once the second sees the first one's outcome: a newer version or revision, or a version
 * no longer at their stage, and gets 409 with nothing written.
 */
async function decideInTx(tx: Db, actor: Actor, now: Date, itemId: string, input: DecisionInput): Promise<Decided> {
  const [version] = await tx.select().from(itemVersions).where(eq(itemVersions.id, input.versionId)).for('update');
  const [item] = await tx.select().from(items).where(eq(items.id, itemId));
  if (!item || !version || version.itemId !== itemId) throw new AppError('not_found', '事项不存在');
  const unit = await loadUnitChain(tx, item.unitId);
  if (!canReadCatalog(actor, unit)) throw new AppError('not_found', '事项不存在');
  if (item.latestVersion !== version.number || version.lockVersion !== input.revision) {
    throw new AppError('conflict', `该事项已更新（现为第${item.latestVersion}版），您看到的内容已不是最新，请刷新后重新审核`, undefined, {
      latestVersion: item.latestVersion,
    });
  }
  const state = version.state;
  const action = isStage(state) ? STAGE_ACTIONS[state][input.decision] : null;
  if (!action || !canTakeAction(actor, unit, action)) {
    // A reviewer of this item at another stage: the item is not (or no longer) at theirs; the state machine says why.
    const own = (Object.keys(STAGE_ACTIONS) as Stage[]).map((s) => STAGE_ACTIONS[s][input.decision]).find((a) => canTakeAction(actor, unit, a));
    if (own) nextState(state, own);
    throw new AppError('forbidden', isStage(state) ? `您没有权限进行“${STATE_LABELS[state]}”` : '没有权限审核该事项');
  }
  const [link] = await tx.select({ submissionId: submissionVersions.submissionId }).from(submissionVersions).where(eq(submissionVersions.versionId, version.id)).limit(1);
  const result = await transitionVersion(tx, actor, now, {
    versionId: version.id,
    action,
    comment: input.comment,
    fieldComments: (input.fieldComments ?? []).map((c) => ({ path: c.path, comment: c.comment.trim() })).filter((c) => c.comment),
    submissionId: link?.submissionId ?? null,
  });
  return {
    itemId,
    versionId: version.id,
    versionNumber: version.number,
    from: result.from,
    to: result.to,
    reopenedVersionId: result.reopened?.id ?? null,
    reopenedVersionNumber: result.reopened?.number ?? null,
    unitId: unit.id,
    regionCode: unit.regionCode,
    name: version.name,
    stage: state as Stage,
    comment: input.comment?.trim() || null,
  };
}

/** Tells the unit of each returned item, and the publishers once when items passed legal review. */
async function tellPeople(tx: Db, actor: Actor, now: Date, decided: Decided[]): Promise<void> {
  for (const d of decided.filter((x) => x.reopenedVersionNumber !== null)) {
    await notify(
      tx,
      now,
      { roles: ['unit_editor', 'unit_head'], unitId: d.unitId },
      {
        kind: 'review_returned',
        title: `事项“${d.name}”被退回修改`,
        body: `${STATE_LABELS[d.stage]}：${actor.displayName}退回了第${d.versionNumber}版${d.comment ? `，意见：${d.comment}` : ''}。已生成第${d.reopenedVersionNumber}版草稿，请按意见修改后重新报送。`,
        link: '/catalog',
        regionCode: d.regionCode,
      },
    );
  }
  const passed = decided.filter((d) => d.to === 'approved');
  if (passed.length > 0) {
    await notify(
      tx,
      now,
      { roles: ['publisher'], regionCode: passed[0].regionCode },
      {
        kind: 'review_approved',
        title: `${passed.length}个事项通过合法性审查，待发布`,
        body: `${passed
          .slice(0, 10)
          .map((d) => `“${d.name}”`)
          .join('、')}${passed.length > 10 ? `等${passed.length}个事项` : ''}已通过合法性审查，可编入目录版本发布。`,
        link: '/editions',
        regionCode: passed[0].regionCode,
      },
    );
  }
}

const publicResult = ({ itemId, versionId, versionNumber, from, to, reopenedVersionId, reopenedVersionNumber }: Decided): DecisionResult => ({
  itemId,
  versionId,
  versionNumber,
  from,
  to,
  reopenedVersionId,
  reopenedVersionNumber,
});

/**
 * 逐项审核: the reviewer of the version's stage approves it (on to the next stage) or returns it for
 * amends with a comment (a new draft N+1 continues the item). The author of the version is refused.
 */
export async function decideItem(ctx: AppContext, actor: Actor, itemId: string, input: DecisionInput): Promise<DecisionResult> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const decided = await decideInTx(tx, actor, now, itemId, input);
    await tellPeople(tx, actor, now, [decided]);
    return publicResult(decided);
  });
}

/**
 * 批量审核: several decisions in one transaction, all or nothing (the daily approval of many clean
 * items). A refusal names the item it stopped at.
 */
export async function decideItems(ctx: AppContext, actor: Actor, inputs: (DecisionInput & { itemId: string })[]): Promise<DecisionResult[]> {
  const ids = inputs.map((d) => d.itemId);
  if (new Set(ids).size !== ids.length) throw new AppError('validation', '同一事项在一次批量审核中只能出现一次', [{ path: 'decisions', message: '事项重复' }]);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const decided: Decided[] = [];
    // Lock versions in one fixed order, so two overlapping batches cannot deadlock each other.
    const ordered = inputs.map((d, i) => ({ d, i })).sort((a, b) => a.d.versionId.localeCompare(b.d.versionId));
    for (const { d: { itemId, ...input }, i } of ordered) {
      try {
        decided[i] = await decideInTx(tx, actor, now, itemId, input);
      } catch (error) {
        if (!(error instanceof AppError) || inputs.length === 1) throw error;
        // The refusal was the application's (no SQL failed), so the transaction can still be read.
        const [v] = await tx.select({ name: itemVersions.name }).from(itemVersions).where(eq(itemVersions.id, input.versionId));
        const fields = (error.fields ?? []).map((f) => ({ ...f, path: `decisions.${i}.${f.path}` }));
        throw new AppError(error.code, `第${i + 1}项${v ? `“${v.name}”` : ''}：${error.detail}（本批次均未保存）`, fields.length ? fields : undefined, { ...error.extra, itemId });
      }
    }
    await tellPeople(tx, actor, now, decided);
    return decided.map(publicResult);
  });
}
