import { and, count, eq, inArray, max, sql } from 'drizzle-orm';
import type { AppContext } from '../../app-context.ts';
import { items, itemVersions, submissions, units } from '../../db/schema/index.ts';
import { chinaDate } from '../../domain/working-days.ts';
import type { Actor } from '../identity/actor.ts';
import { assertAllowed } from '../identity/policy.ts';
import { countWorkingDays } from '../notify/calendar.ts';
import { UNIT_KIND_LABELS } from '../org/presenter.ts';
import { canReadDashboard } from './policy.ts';
import { calendarDaysBetween, presentCampaign } from './presenter.ts';
import { getReadableCampaign, type CampaignRow } from './queries.ts';
import { ITEM_STAGES, QUEUES, UNIT_STATES, type Dashboard, type ItemStage, type Queue, type UnitState } from './schemas.ts';

/** Where an item's newest version stands, in the dashboard's words. */
export function itemStage(state: string, isReturned: boolean): ItemStage {
  switch (state) {
    case 'draft':
      return isReturned ? 'returned' : 'draft';
    case 'consultation':
    case 'unit_review':
      return state;
    case 'submitted':
    case 'parent_review':
    case 'central_review':
    case 'legal_review':
      return 'submitted';
    default:
      // approved, published (and a superseded newest version, which only an interrupted publication leaves): done.
      return 'approved';
  }
}

/**
 * A unit's state when its items stand at different stages. The unit is as far as its least advanced item,
 * and a returned item comes first of all because the reviewers are waiting on the unit:
 * returned > drafting > consultation > unit_review > submitted > approved; not_started only without items.
 * So `approved` means every (non-cancelled) item approved or published, and `submitted` that every item
 * is signed and in review (or already approved).
 */
export const UNIT_STATE_PRECEDENCE: readonly UnitState[] = ['returned', 'drafting', 'consultation', 'unit_review', 'submitted', 'approved'];

const STAGE_TO_UNIT_STATE: Record<ItemStage, UnitState> = {
  returned: 'returned',
  draft: 'drafting',
  consultation: 'consultation',
  unit_review: 'unit_review',
  submitted: 'submitted',
  approved: 'approved',
};

export function unitState(byStage: Record<ItemStage, number>): UnitState {
  return UNIT_STATE_PRECEDENCE.find((s) => ITEM_STAGES.some((stage) => byStage[stage] > 0 && STAGE_TO_UNIT_STATE[stage] === s)) ?? 'not_started';
}

export const QUEUE_LABELS: Record<Queue, string> = {
  submitted: '待签收',
  parent_review: '主管部门审核',
  central_review: '集中审核',
  legal_review: '合法性审查',
  approved: '审核通过待发布',
};

const zeroStages = (): Record<ItemStage, number> => Object.fromEntries(ITEM_STAGES.map((s) => [s, 0])) as Record<ItemStage, number>;
const zeroCategories = () => ({ on_application: 0, proactive: 0, uncategorized: 0 });
const categoryKey = (c: string | null) => (c === 'on_application' || c === 'proactive' ? c : 'uncategorized');
const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/**
 * Each participating unit together with its sub-units that do not take part themselves: the notice has
 * a department's sub-units report through it (由主管部门审核汇总后上报), so their items count for it.
 */
function participantOf(all: { id: string; parentId: string | null }[], participants: ReadonlySet<string>): Map<string, string> {
  const parent = new Map(all.map((u) => [u.id, u.parentId]));
  const owner = new Map<string, string>();
  for (const u of all) {
    const seen = new Set<string>();
    for (let id: string | null | undefined = u.id; id && !seen.has(id); id = parent.get(id)) {
      seen.add(id);
      if (participants.has(id)) {
        owner.set(u.id, id);
        break;
      }
    }
  }
  return owner;
}

/** 梳理工作进度: every participating unit's state and counts, the overdue units and the reviewers' queues. */
export async function campaignDashboard(ctx: AppContext, actor: Actor, id: string): Promise<Dashboard> {
  const campaign = await getReadableCampaign(ctx.db, actor, id);
  assertAllowed(canReadDashboard(actor, campaign), '只有区级审核、发布人员和系统管理员可以查看梳理工作进度');
  return buildDashboard(ctx, actor, campaign);
}

async function buildDashboard(ctx: AppContext, actor: Actor, campaign: CampaignRow): Promise<Dashboard> {
  const db = ctx.db;
  const today = chinaDate(ctx.clock.now());
  const regionUnits = await db
    .select({ id: units.id, parentId: units.parentId, fullName: units.fullName, shortName: units.shortName, kind: units.kind, sortOrder: units.sortOrder })
    .from(units)
    .where(eq(units.regionCode, campaign.regionCode));
  const participants = new Set(campaign.unitIds);
  const owner = participantOf(regionUnits, participants);
  const covered = [...owner.keys()];

  const itemRows = covered.length
    ? await db
        .select({
          unitId: items.unitId,
          state: itemVersions.state,
          category: itemVersions.category,
          since: itemVersions.updatedAt,
          // A draft made by a return: the version it was copied from carries a `return` decision.
          isReturned: sql<boolean>`exists (select 1 from review_decisions rd where rd.item_id = ${items.id} and rd.version_number = coalesce(${itemVersions.basedOnNumber}, ${itemVersions.number} - 1) and rd.decision = 'return')`,
        })
        .from(items)
        .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion)))
        .where(and(inArray(items.unitId, covered), eq(items.isCancelled, false)))
    : [];
  const submissionRows = await db
    .select({ unitId: submissions.unitId, n: count(), latest: max(submissions.signedAt) })
    .from(submissions)
    .where(eq(submissions.campaignId, campaign.id))
    .groupBy(submissions.unitId);

  type UnitRow = Dashboard['units'][number];
  const rows = new Map<string, UnitRow>();
  const ordered = regionUnits.filter((u) => participants.has(u.id)).sort((a, b) => a.sortOrder - b.sortOrder || a.fullName.localeCompare(b.fullName, 'zh'));
  for (const u of ordered) {
    rows.set(u.id, {
      unitId: u.id,
      fullName: u.fullName,
      shortName: u.shortName,
      kind: u.kind,
      kindLabel: UNIT_KIND_LABELS[u.kind] ?? u.kind,
      subUnitCount: [...owner].filter(([unit, o]) => o === u.id && unit !== u.id).length,
      state: 'not_started',
      itemCount: 0,
      byCategory: zeroCategories(),
      byStage: zeroStages(),
      submissionCount: 0,
      latestSubmissionAt: null,
      isOverdue: false,
    });
  }

  const queues = new Map<Queue, { count: number; oldest: Date | null }>(QUEUES.map((q) => [q, { count: 0, oldest: null }]));
  for (const it of itemRows) {
    const row = rows.get(owner.get(it.unitId)!)!;
    row.itemCount++;
    row.byCategory[categoryKey(it.category)]++;
    row.byStage[itemStage(it.state, Boolean(it.isReturned))]++;
    const queue = queues.get(it.state as Queue);
    if (queue) {
      queue.count++;
      const since = asDate(it.since);
      if (!queue.oldest || since < queue.oldest) queue.oldest = since;
    }
  }
  for (const s of submissionRows) {
    const row = rows.get(owner.get(s.unitId) ?? '');
    if (!row || !s.latest) continue;
    row.submissionCount += Number(s.n);
    const latest = asDate(s.latest).toISOString();
    if (!row.latestSubmissionAt || latest > row.latestSubmissionAt) row.latestSubmissionAt = latest;
  }

  const isPast = today > campaign.submissionDeadline;
  const totals: Dashboard['totals'] = {
    units: rows.size,
    unitsByState: Object.fromEntries(UNIT_STATES.map((s) => [s, 0])) as Record<UnitState, number>,
    submittedUnits: 0,
    overdueUnits: 0,
    items: 0,
    byCategory: zeroCategories(),
    byStage: zeroStages(),
  };
  for (const row of rows.values()) {
    row.state = unitState(row.byStage);
    // Overdue: past the deadline with nothing submitted for this campaign. A unit whose every item is
    // already in review or approved has evidently submitted, even through a submission not stamped with it.
    row.isOverdue = isPast && row.submissionCount === 0 && row.state !== 'submitted' && row.state !== 'approved';
    totals.unitsByState[row.state]++;
    if (row.submissionCount > 0) totals.submittedUnits++;
    if (row.isOverdue) totals.overdueUnits++;
    totals.items += row.itemCount;
    for (const k of Object.keys(totals.byCategory) as (keyof typeof totals.byCategory)[]) totals.byCategory[k] += row.byCategory[k];
    for (const k of ITEM_STAGES) totals.byStage[k] += row.byStage[k];
  }

  const queueList: Dashboard['queues'] = [];
  for (const q of QUEUES) {
    const { count: n, oldest } = queues.get(q)!;
    queueList.push({
      queue: q,
      label: QUEUE_LABELS[q],
      count: n,
      oldestSince: oldest ? oldest.toISOString() : null,
      oldestWorkingDays: oldest ? await countWorkingDays(db, chinaDate(oldest), today) : null,
    });
  }

  const deadline = campaign.submissionDeadline;
  return {
    campaign: presentCampaign(campaign, actor, today),
    today,
    deadline: {
      date: deadline,
      isPast,
      daysLeft: Math.max(0, calendarDaysBetween(today, deadline)),
      workingDaysLeft: await countWorkingDays(db, today, deadline),
      daysOverdue: Math.max(0, calendarDaysBetween(deadline, today)),
      workingDaysOverdue: await countWorkingDays(db, deadline, today),
    },
    units: [...rows.values()],
    totals,
    queues: queueList,
  };
}
