import { eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../app-context.ts';
import { campaigns, items, itemVersions, remindersSent, submissions, units } from '../../db/schema/index.ts';
import { addDays, chinaDate, workingDaysBetween } from '../../domain/working-days.ts';
import { loadCalendar } from './calendar.ts';
import { notify, type Message, type Recipients } from './notify.ts';

/** Units are reminded this many calendar days before the submission deadline, and on it. */
export const DAYS_BEFORE_DEADLINE = 3;
/** A review queue older than this many working days is escalated to its reviewers (督办). */
export const REVIEW_WAIT_WORKING_DAYS = 3;

export type CampaignOccasion = 'before' | 'due';

/**
 * Which campaign reminder is due today: `due` from the deadline on, `before` in the days before it.
 * When both have come (the server was down), only `due` is sent.
 */
export function campaignOccasion(today: string, deadline: string): CampaignOccasion | null {
  if (today >= deadline) return 'due';
  if (today >= addDays(deadline, -DAYS_BEFORE_DEADLINE)) return 'before';
  return null;
}

/**
 * Sends one reminder exactly once: the occasion's key goes into reminders_sent in the same
 * transaction as the notification, so a second run, a restart or a second process sends nothing.
 */
async function remindOnce(ctx: AppContext, key: string, to: Recipients, message: Message): Promise<boolean> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const claimed = await tx.insert(remindersSent).values({ key, sentAt: now }).onConflictDoNothing().returning({ key: remindersSent.key });
    if (claimed.length === 0) return false;
    await notify(tx, now, to, message);
    return true;
  });
}

/** 报送提醒: units of open campaigns that have not submitted, before and on the deadline. */
async function remindCampaigns(ctx: AppContext, today: string): Promise<number> {
  const open = await ctx.db.select().from(campaigns).where(eq(campaigns.isClosed, false));
  let sent = 0;
  for (const c of open) {
    const occasion = campaignOccasion(today, c.submissionDeadline);
    if (!occasion || c.unitIds.length === 0) continue;
    const done = await ctx.db
      .selectDistinct({ unitId: submissions.unitId })
      .from(submissions)
      .where(eq(submissions.campaignId, c.id));
    const submitted = new Set(done.map((d) => d.unitId));
    const waiting = c.unitIds.filter((id) => !submitted.has(id));
    if (waiting.length === 0) continue;
    const names = new Map((await ctx.db.select({ id: units.id, fullName: units.fullName }).from(units).where(inArray(units.id, waiting))).map((u) => [u.id, u.fullName]));
    for (const unitId of waiting) {
      const unitName = names.get(unitId);
      if (!unitName) continue;
      const message = campaignMessage(c, unitName, today, occasion);
      if (await remindOnce(ctx, `campaign:${c.id}:unit:${unitId}:${occasion}`, { roles: ['unit_head', 'unit_editor'], unitId }, message)) sent++;
    }
  }
  return sent;
}

function campaignMessage(c: { name: string; regionCode: string; submissionDeadline: string }, unitName: string, today: string, occasion: CampaignOccasion): Message {
  const deadline = c.submissionDeadline;
  if (occasion === 'before') {
    const left = Math.round((Date.parse(deadline) - Date.parse(today)) / 86_400_000);
    return {
      kind: 'campaign.before_deadline',
      title: `报送提醒：“${c.name}”将于${deadline}截止报送`,
      body: `${unitName}：梳理工作“${c.name}”的报送截止日期为${deadline}（还有${left}天），贵单位尚未报送事项清单（送审稿）。请抓紧完成征求意见、班子会议审核，由单位负责人签署后报送。`,
      link: '/submission',
      regionCode: c.regionCode,
    };
  }
  const late = today > deadline;
  return {
    kind: 'campaign.deadline',
    title: late ? `逾期提醒：“${c.name}”已过报送截止日期` : `截止提醒：“${c.name}”今天截止报送`,
    body: late
      ? `${unitName}：梳理工作“${c.name}”的报送截止日期为${deadline}，贵单位至今尚未报送事项清单（送审稿），已逾期。请立即完成审核并签署报送。`
      : `${unitName}：梳理工作“${c.name}”今天（${deadline}）截止报送，贵单位尚未报送事项清单（送审稿）。请于今天完成签署报送。`,
    link: '/submission',
    regionCode: c.regionCode,
  };
}

type ReviewStage = 'submitted' | 'parent_review' | 'central_review' | 'legal_review';
const REVIEW_STAGES: ReviewStage[] = ['submitted', 'parent_review', 'central_review', 'legal_review'];
const STAGE_WORK: Record<ReviewStage, string> = { submitted: '签收', parent_review: '主管部门审核', central_review: '集中审核', legal_review: '合法性审查' };

/** Who works a version in `stage`: its parent department's reviewers, the district office or the legal office. */
function reviewersOf(stage: ReviewStage, unit: { parentId: string | null; regionCode: string }): { group: string; to: Recipients } {
  const viaParent = unit.parentId !== null && (stage === 'parent_review' || stage === 'submitted');
  if (viaParent) return { group: `parent:${unit.parentId}`, to: { roles: ['parent_reviewer'], unitId: unit.parentId! } };
  if (stage === 'legal_review') return { group: 'legal', to: { roles: ['legal_reviewer'], regionCode: unit.regionCode } };
  return { group: 'district', to: { roles: ['district_reviewer'], regionCode: unit.regionCode } };
}

/**
 * 审核督办: every review queue (stage × unit × reviewers) holding versions that have waited more
 * than REVIEW_WAIT_WORKING_DAYS working days. A version entered its state at its `updated_at`. The
 * occasion is named by the newest overdue entry day, so a later batch falling overdue is an
 * occasion of its own while the same batch is never reminded twice.
 */
async function remindReviewers(ctx: AppContext, today: string): Promise<number> {
  const waiting = await ctx.db
    .select({ state: itemVersions.state, enteredAt: itemVersions.updatedAt, unitId: units.id, unitName: units.fullName, parentId: units.parentId, regionCode: units.regionCode })
    .from(itemVersions)
    .innerJoin(items, eq(items.id, itemVersions.itemId))
    .innerJoin(units, eq(units.id, items.unitId))
    .where(inArray(itemVersions.state, REVIEW_STAGES));
  if (waiting.length === 0) return 0;
  const entries = waiting.map((w) => ({ ...w, stage: w.state as ReviewStage, entered: chinaDate(w.enteredAt) }));
  const earliest = entries.reduce((min, e) => (e.entered < min ? e.entered : min), today);
  const calendar = await loadCalendar(ctx.db, earliest, today);
  const queues = new Map<string, { stage: ReviewStage; unitId: string; unitName: string; regionCode: string; to: Recipients; group: string; entered: string[] }>();
  for (const e of entries) {
    if (workingDaysBetween(e.entered, today, calendar) <= REVIEW_WAIT_WORKING_DAYS) continue;
    const { group, to } = reviewersOf(e.stage, e);
    const id = `${e.stage}|${e.unitId}|${group}`;
    const queue = queues.get(id) ?? { stage: e.stage, unitId: e.unitId, unitName: e.unitName, regionCode: e.regionCode, to, group, entered: [] };
    queue.entered.push(e.entered);
    queues.set(id, queue);
  }
  let sent = 0;
  for (const q of queues.values()) {
    const sorted = [...q.entered].sort();
    const oldest = sorted[0];
    const newest = sorted[sorted.length - 1];
    const work = STAGE_WORK[q.stage];
    const days = workingDaysBetween(oldest, today, calendar);
    const message: Message = {
      kind: 'review.overdue',
      title: `督办：${q.unitName}${sorted.length}项事项待${work}已超过${REVIEW_WAIT_WORKING_DAYS}个工作日`,
      body: `${q.unitName}报送的${sorted.length}项事项自${oldest}起等待${work}，已等待${days}个工作日，超过${REVIEW_WAIT_WORKING_DAYS}个工作日的办理要求。请尽快${work}并作出决定（通过或退回修改）。`,
      link: '/review',
      regionCode: q.regionCode,
    };
    if (await remindOnce(ctx, `review:${q.stage}:unit:${q.unitId}:to:${q.group}:${newest}`, q.to, message)) sent++;
  }
  return sent;
}

/** 提醒与督办: runs both kinds of reminders for today (China time); returns how many occasions were sent. */
export async function runReminders(ctx: AppContext): Promise<{ campaigns: number; reviews: number }> {
  const today = chinaDate(ctx.clock.now());
  return { campaigns: await remindCampaigns(ctx, today), reviews: await remindReviewers(ctx, today) };
}
