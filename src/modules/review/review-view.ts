import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { itemVersions, opinions, reviewDecisions, submissions, submissionVersions, units, users } from '../../db/schema/index.ts';
import { diffDrafts } from '../../domain/catalog/diff.ts';
import { AppError } from '../../domain/errors.ts';
import { TRANSITIONS } from '../../domain/review/workflow.ts';
import { findingsFor } from '../catalog/findings.ts';
import { canReadCatalog } from '../catalog/policy.ts';
import { getItemDetail } from '../catalog/queries.ts';
import { loadDraft } from '../catalog/repository.ts';
import { loadUnitChain } from '../catalog/unit-chain.ts';
import type { Actor } from '../identity/actor.ts';
import { versionActions } from './policy.ts';

const STAGE_ORDER = ['parent_review', 'central_review', 'legal_review'];

/**
 * 审核详情: everything a reviewer decides on for one item: its newest version in full, the rule
 * findings, the difference from the published version, every earlier decision on any version (so a
 * returned item's comments stay readable on its new draft), the consultation's opinions and answers,
 * and what the caller may do. The unit's own staff read it too, to see what reviewers said.
 */
export async function itemReviewView(db: Db, actor: Actor, itemId: string) {
  const detail = await getItemDetail(db, itemId);
  if (!detail) throw new AppError('not_found', '事项不存在');
  const unit = await loadUnitChain(db, detail.item.unitId);
  if (!canReadCatalog(actor, unit)) throw new AppError('not_found', '事项不存在');
  const { item, version, draft } = detail;
  const [unitRow] = await db.select({ shortName: units.shortName }).from(units).where(eq(units.id, unit.id));

  const [published] = await db
    .select()
    .from(itemVersions)
    .where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.state, 'published'), lt(itemVersions.number, version.number)))
    .orderBy(desc(itemVersions.number))
    .limit(1);
  const diff = published ? diffDrafts(await loadDraft(db, published), draft) : null;

  const [submission] = await db
    .select({ id: submissions.id, number: submissions.number, signedByName: submissions.signedByName, signedAt: submissions.signedAt, receivedAt: submissions.receivedAt })
    .from(submissionVersions)
    .innerJoin(submissions, eq(submissions.id, submissionVersions.submissionId))
    .where(eq(submissionVersions.versionId, version.id))
    .limit(1);

  // Newest first; decisions of one instant fall in the chain's order (a later stage came later).
  const decisions = (await db.select().from(reviewDecisions).where(eq(reviewDecisions.itemId, itemId))).sort(
    (a, b) => b.decidedAt.getTime() - a.decidedAt.getTime() || b.versionNumber - a.versionNumber || STAGE_ORDER.indexOf(b.stage) - STAGE_ORDER.indexOf(a.stage),
  );

  const opinionRows = await db
    .select({ opinion: opinions, userName: users.displayName, unitShortName: units.shortName })
    .from(opinions)
    .leftJoin(users, eq(users.id, opinions.authorUserId))
    .leftJoin(units, eq(units.id, opinions.authorUnitId))
    .where(eq(opinions.versionId, version.id))
    .orderBy(opinions.createdAt);

  const isAuthor = version.authorIds.includes(actor.userId);
  // An author sees no decision buttons: nobody reviews their own work (the command refuses it too).
  const actions = versionActions(actor, unit, version.state).filter((a) => !(isAuthor && TRANSITIONS[a].decision));

  return {
    item: { id: item.id, code: item.code, unitId: unit.id, unitName: unit.fullName, unitShortName: unitRow?.shortName ?? unit.fullName, isCancelled: item.isCancelled },
    version: {
      id: version.id,
      number: version.number,
      state: version.state,
      revision: version.lockVersion,
      changeKind: version.changeKind,
      changeReason: version.changeReason,
      changeTrigger: version.changeTrigger,
      basedOnNumber: version.basedOnNumber,
      updatedAt: version.updatedAt.toISOString(),
      submission: submission ? { ...submission, signedAt: submission.signedAt.toISOString(), receivedAt: submission.receivedAt?.toISOString() ?? null } : null,
    },
    draft,
    findings: await findingsFor(db, unit.regionCode, unit.id, draft, itemId),
    published: published ? { versionId: published.id, number: published.number } : null,
    diff,
    decisions: decisions.map((d) => ({
      id: d.id,
      versionId: d.versionId,
      versionNumber: d.versionNumber,
      revision: d.revision,
      stage: d.stage,
      decision: d.decision,
      comment: d.comment,
      fieldComments: d.fieldComments,
      decidedByName: d.decidedByName,
      decidedAt: d.decidedAt.toISOString(),
      submissionId: d.submissionId,
    })),
    opinions: opinionRows.map(({ opinion: o, userName, unitShortName }) => ({
      id: o.id,
      fieldPath: o.fieldPath,
      body: o.body,
      authorName: o.authorName ?? userName ?? '公众',
      authorUnitName: unitShortName,
      createdAt: o.createdAt.toISOString(),
      answer: o.answer,
      answerReason: o.answerReason,
      answeredAt: o.answeredAt?.toISOString() ?? null,
    })),
    isAuthor,
    actions,
  };
}
