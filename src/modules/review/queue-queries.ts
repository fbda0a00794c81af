import { and, asc, count, countDistinct, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { items, itemVersions, submissions, submissionVersions, units } from '../../db/schema/index.ts';
import { AppError } from '../../domain/errors.ts';
import { addDays, chinaDate, workingDaysBetween } from '../../domain/working-days.ts';
import { hasRole, type Actor } from '../identity/actor.ts';
import { loadCalendar } from '../notify/calendar.ts';

/** The queues of the review chain: 待签收 (submitted) and the three review stages. */
export const QUEUE_STAGES = ['submitted', 'parent_review', 'central_review', 'legal_review'] as const;
export type QueueStage = (typeof QUEUE_STAGES)[number];

export interface QueueFilter {
  stage?: QueueStage;
  unitId?: string;
  submissionId?: string;
  q?: string;
  page: number;
  pageSize: number;
  /** Today in China, YYYY-MM-DD: waiting days count up to it. */
  today: string;
}

/**
 * Which versions of a stage wait for the caller: a parent department reviewer (主管部门审核员) sees
 * its direct sub-units' submissions and parent reviews; the district office's reviewer receives the
 * other units' submissions and does the central review; the legal office does the legal review.
 * Null when the stage is none of the caller's.
 */
function stageScope(actor: Actor, stage: QueueStage): SQL | null {
  const inStage = and(eq(items.regionCode, actor.regionCode), eq(itemVersions.state, stage))!;
  switch (stage) {
    case 'submitted': {
      const routes: SQL[] = [];
      if (hasRole(actor, 'parent_reviewer')) routes.push(eq(units.parentId, actor.unitId));
      // A sub-unit's submission goes to its parent department first (policy.ts: receive_central).
      if (hasRole(actor, 'district_reviewer')) routes.push(isNull(units.parentId));
      return routes.length > 0 ? and(inStage, or(...routes))! : null;
    }
    case 'parent_review':
      return hasRole(actor, 'parent_reviewer') ? and(inStage, eq(units.parentId, actor.unitId))! : null;
    case 'central_review':
      return hasRole(actor, 'district_reviewer') ? inStage : null;
    case 'legal_review':
      return hasRole(actor, 'legal_reviewer') ? inStage : null;
  }
}

/** The stages whose queue the caller works (tabs of the 审核工作台). */
export function queueStagesOf(actor: Actor): QueueStage[] {
  return QUEUE_STAGES.filter((s) => stageScope(actor, s) !== null);
}

const latestVersion = and(eq(items.id, itemVersions.itemId), eq(items.latestVersion, itemVersions.number));

/** Working days since each date, up to today, with one read of the calendar table. */
async function waitingDays(db: Db, dates: string[], today: string): Promise<(since: string) => number> {
  if (dates.length === 0) return () => 0;
  const earliest = dates.reduce((a, b) => (a < b ? a : b));
  if (earliest >= today) return () => 0;
  const calendar = await loadCalendar(db, addDays(earliest, 1), today);
  return (since) => workingDaysBetween(since, today, calendar);
}

/** How many versions wait for the caller at each of their stages. */
export async function queueCounts(db: Db, actor: Actor): Promise<Partial<Record<QueueStage, number>>> {
  const counts: Partial<Record<QueueStage, number>> = {};
  for (const s of queueStagesOf(actor)) {
    const [row] = await db
      .select({ n: count() })
      .from(itemVersions)
      .innerJoin(items, latestVersion)
      .innerJoin(units, eq(units.id, items.unitId))
      .where(stageScope(actor, s)!);
    counts[s] = row.n;
  }
  return counts;
}

/**
 * 审核队列: what waits for the caller at one stage (oldest first), the count of every stage of
 * theirs for the tabs, the units present in the stage (for the filter) and, for 待签收, the
 * submissions to receive.
 */
export async function reviewQueue(db: Db, actor: Actor, f: QueueFilter) {
  const stages = queueStagesOf(actor);
  if (stages.length === 0) throw new AppError('forbidden', '只有主管部门审核员、区政务服务管理办审核员和法制办审查员有审核队列');
  const counts = await queueCounts(db, actor);
  if (f.stage && !stages.includes(f.stage)) throw new AppError('forbidden', '该审核环节不在您的职责范围内');
  const stage = f.stage ?? stages.find((s) => (counts[s] ?? 0) > 0) ?? stages[0];
  const scope = stageScope(actor, stage)!;

  const where: SQL[] = [scope];
  if (f.unitId) where.push(eq(items.unitId, f.unitId));
  if (f.submissionId) where.push(eq(submissionVersions.submissionId, f.submissionId));
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(itemVersions.name, like), ilike(items.code, like))!);
  }
  const condition = and(...where);
  const [{ total }] = await db
    .select({ total: count() })
    .from(itemVersions)
    .innerJoin(items, latestVersion)
    .innerJoin(units, eq(units.id, items.unitId))
    .leftJoin(submissionVersions, eq(submissionVersions.versionId, itemVersions.id))
    .where(condition);
  const rows = await db
    .select({
      itemId: items.id,
      code: items.code,
      name: itemVersions.name,
      category: itemVersions.category,
      unitId: units.id,
      unitShortName: units.shortName,
      unitName: units.fullName,
      versionId: itemVersions.id,
      versionNumber: itemVersions.number,
      revision: itemVersions.lockVersion,
      state: itemVersions.state,
      changeKind: itemVersions.changeKind,
      submissionId: submissions.id,
      submissionNumber: submissions.number,
      since: itemVersions.updatedAt,
      errorCount: itemVersions.errorCount,
      incompleteCount: itemVersions.incompleteCount,
      warningCount: itemVersions.warningCount,
      hasPublished: sql<boolean>`exists (select 1 from item_versions p where p.item_id = ${items.id} and p.state = 'published')`,
    })
    .from(itemVersions)
    .innerJoin(items, latestVersion)
    .innerJoin(units, eq(units.id, items.unitId))
    .leftJoin(submissionVersions, eq(submissionVersions.versionId, itemVersions.id))
    .leftJoin(submissions, eq(submissions.id, submissionVersions.submissionId))
    .where(condition)
    .orderBy(asc(itemVersions.updatedAt), asc(units.sortOrder), asc(items.code))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);

  const unitsInStage = await db
    .select({ unitId: units.id, shortName: units.shortName, count: count() })
    .from(itemVersions)
    .innerJoin(items, latestVersion)
    .innerJoin(units, eq(units.id, items.unitId))
    .where(scope)
    .groupBy(units.id, units.shortName, units.sortOrder)
    .orderBy(asc(units.sortOrder));

  const toReceive = stages.includes('submitted') ? await submissionsToReceive(db, stageScope(actor, 'submitted')!) : [];
  const days = await waitingDays(db, [...rows.map((r) => chinaDate(r.since)), ...toReceive.map((s) => chinaDate(s.signedAt))], f.today);

  return {
    stage,
    stages,
    counts,
    unitsInStage,
    total,
    page: f.page,
    pageSize: f.pageSize,
    items: rows.map((r) => ({ ...r, hasPublished: Boolean(r.hasPublished), since: r.since.toISOString(), waitingDays: days(chinaDate(r.since)) })),
    submissions: toReceive.map((s) => ({ ...s, signedAt: s.signedAt.toISOString(), waitingDays: days(chinaDate(s.signedAt)) })),
  };
}

/** 待签收的送审稿: submissions with versions still in `submitted` that are routed to the caller. */
async function submissionsToReceive(db: Db, scope: SQL) {
  return db
    .select({
      id: submissions.id,
      number: submissions.number,
      unitId: units.id,
      unitShortName: units.shortName,
      unitName: units.fullName,
      signedByName: submissions.signedByName,
      signedAt: submissions.signedAt,
      itemCount: countDistinct(itemVersions.id),
      newCount: sql<number>`count(*) filter (where ${itemVersions.changeKind} = 'new')`.mapWith(Number),
      changeCount: sql<number>`count(*) filter (where ${itemVersions.changeKind} = 'change')`.mapWith(Number),
      cancelCount: sql<number>`count(*) filter (where ${itemVersions.changeKind} = 'cancel')`.mapWith(Number),
    })
    .from(submissions)
    .innerJoin(submissionVersions, eq(submissionVersions.submissionId, submissions.id))
    .innerJoin(itemVersions, eq(itemVersions.id, submissionVersions.versionId))
    .innerJoin(items, latestVersion)
    .innerJoin(units, eq(units.id, items.unitId))
    .where(and(scope, isNull(submissions.receivedAt)))
    .groupBy(submissions.id, submissions.number, units.id, units.shortName, units.fullName, submissions.signedByName, submissions.signedAt)
    .orderBy(asc(submissions.signedAt));
}
