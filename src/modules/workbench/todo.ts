import { and, count, eq, gte, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { consultations, items, itemVersions, opinions, reviewDecisions } from '../../db/schema/index.ts';
import { STATE_LABELS } from '../../domain/review/workflow.ts';
import { addDays, chinaDate, workingDaysBetween } from '../../domain/working-days.ts';
import { openCampaignForUnit } from '../campaigns/queries.ts';
import { loadUnitChain } from '../catalog/unit-chain.ts';
import { hasRole, type Actor } from '../identity/actor.ts';
import { loadCalendar } from '../notify/calendar.ts';
import { unreadCount } from '../notify/queries.ts';
import { listCandidates, pendingEdition } from '../publication/queries.ts';
import { queueCounts, type QueueStage } from '../review/queue-queries.ts';

export interface TodoEntry {
  key: string;
  label: string;
  count: number;
  /** A back-office path where the work is done. */
  link: string;
  tone: 'normal' | 'warning' | 'danger';
  hint?: string;
}

export interface Todo {
  entries: TodoEntry[];
  /** The submission deadline of the open campaign the caller's unit takes part in. */
  deadline: { campaignName: string; date: string; workingDaysLeft: number; isOverdue: boolean } | null;
}

const latest = and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion));

/** What the unit's editors and head have to do next, by the state of their items. */
async function unitTodo(db: Db, actor: Actor, today: string): Promise<TodoEntry[]> {
  const out: TodoEntry[] = [];
  const mine = and(eq(items.unitId, actor.unitId), eq(items.isCancelled, false));
  const [returned] = await db
    .select({ n: count() })
    .from(items)
    .innerJoin(itemVersions, latest)
    .where(
      and(
        mine,
        eq(itemVersions.state, 'draft'),
        sql`exists (select 1 from ${reviewDecisions} d where d.item_id = ${items.id} and d.version_number = ${itemVersions.basedOnNumber} and d.decision = 'return')`,
      ),
    );
  if (returned.n > 0) out.push({ key: 'returned', label: '被退回待修改的事项', count: returned.n, link: '/catalog', tone: 'danger', hint: '按审核意见修改后重新征求意见、报送' });
  const [ready] = await db
    .select({ n: count() })
    .from(items)
    .innerJoin(itemVersions, latest)
    .where(and(mine, eq(itemVersions.state, 'draft'), eq(itemVersions.errorCount, 0), eq(itemVersions.incompleteCount, 0)));
  if (ready.n > 0) out.push({ key: 'drafts_ready', label: '可发起征求意见的草稿', count: ready.n, link: '/submission', tone: 'normal' });
  const [unanswered] = await db
    .select({ n: count() })
    .from(opinions)
    .innerJoin(itemVersions, eq(itemVersions.id, opinions.versionId))
    .innerJoin(items, eq(items.id, opinions.itemId))
    .where(and(eq(items.unitId, actor.unitId), eq(itemVersions.state, 'consultation'), isNull(opinions.answer)));
  if (unanswered.n > 0) out.push({ key: 'opinions', label: '待答复的意见', count: unanswered.n, link: '/submission', tone: 'warning', hint: '每条意见答复后才能结束征求意见' });
  const [reviewing] = await db.select({ n: count() }).from(items).innerJoin(itemVersions, latest).where(and(mine, eq(itemVersions.state, 'unit_review')));
  if (reviewing.n > 0) {
    out.push(
      hasRole(actor, 'unit_head')
        ? { key: 'to_sign', label: '待班子会议审议、签署报送', count: reviewing.n, link: '/submission', tone: 'warning' }
        : { key: 'to_meet', label: '待班子会议审议的事项', count: reviewing.n, link: '/submission', tone: 'normal' },
    );
  }
  const [others] = await db
    .select({ n: count() })
    .from(consultations)
    .where(and(eq(consultations.regionCode, actor.regionCode), ne(consultations.unitId, actor.unitId), isNull(consultations.closedAt), lte(consultations.startsOn, today), gte(consultations.endsOn, today)));
  if (others.n > 0) out.push({ key: 'consult_others', label: '其他单位正在征求意见', count: others.n, link: '/submission', tone: 'normal', hint: '可对其事项提出意见' });
  return out;
}

const QUEUE_LABELS: Record<QueueStage, string> = {
  submitted: '待签收的事项',
  parent_review: `待${STATE_LABELS.parent_review}`,
  central_review: `待${STATE_LABELS.central_review}`,
  legal_review: `待${STATE_LABELS.legal_review}`,
};

/**
 * 待办事项 for the 工作台: what waits for the caller, by their roles (the unit's drafts, returns,
 * opinions and signatures; the reviewers' queues; the publisher's approved items), with links.
 */
export async function todoFor(db: Db, actor: Actor, now: Date): Promise<Todo> {
  const today = chinaDate(now);
  const entries: TodoEntry[] = [];
  if (hasRole(actor, 'unit_editor', 'unit_head')) entries.push(...(await unitTodo(db, actor, today)));
  if (hasRole(actor, 'parent_reviewer', 'district_reviewer', 'legal_reviewer')) {
    for (const [stage, n] of Object.entries(await queueCounts(db, actor)) as [QueueStage, number][]) {
      if (n > 0) entries.push({ key: `queue_${stage}`, label: QUEUE_LABELS[stage], count: n, link: '/review', tone: 'warning' });
    }
  }
  if (hasRole(actor, 'publisher')) {
    const { total: n } = await listCandidates(db, actor.regionCode);
    if (n > 0) entries.push({ key: 'to_publish', label: '审核通过待发布的事项', count: n, link: '/editions', tone: 'warning' });
    const pending = await pendingEdition(db, actor.regionCode);
    if (pending) entries.push({ key: 'pending_edition', label: `第${pending.number}版目录待生效`, count: 1, link: '/editions', tone: 'normal', hint: `${pending.effectiveOn}零时自动生效` });
  }
  const unread = await unreadCount(db, actor.userId);
  if (unread > 0) entries.push({ key: 'notifications', label: '未读消息', count: unread, link: '/notifications', tone: 'normal' });

  let deadline: Todo['deadline'] = null;
  if (hasRole(actor, 'unit_editor', 'unit_head') && actor.unitId) {
    const chain = await loadUnitChain(db, actor.unitId);
    const campaign = await openCampaignForUnit(db, actor.regionCode, [chain.id, ...chain.ancestorIds]);
    if (campaign) {
      const date = campaign.submissionDeadline;
      const calendar = date > today ? await loadCalendar(db, addDays(today, 1), date) : new Map();
      deadline = { campaignName: campaign.name, date, workingDaysLeft: date > today ? workingDaysBetween(today, date, calendar) : 0, isOverdue: date < today };
    }
  }
  return { entries, deadline };
}
