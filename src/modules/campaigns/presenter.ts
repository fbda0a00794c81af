import type { campaigns } from '../../db/schema/index.ts';
import type { Actor } from '../identity/actor.ts';
import { campaignActions } from './policy.ts';

type CampaignRow = typeof campaigns.$inferSelect;

const DAY_MS = 86_400_000;

/** Calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Shapes a campaign row for the API, with the caller's allowed actions and the days left from `today`. */
export function presentCampaign(row: CampaignRow, actor: Actor, today: string) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    name: row.name,
    docNumber: row.docNumber,
    unitIds: row.unitIds,
    unitCount: row.unitIds.length,
    submissionDeadline: row.submissionDeadline,
    reviewStartsOn: row.reviewStartsOn,
    reviewEndsOn: row.reviewEndsOn,
    publicationTarget: row.publicationTarget,
    isClosed: row.isClosed,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    daysLeft: calendarDaysBetween(today, row.submissionDeadline),
    actions: campaignActions(actor, row),
  };
}
export type CampaignView = ReturnType<typeof presentCampaign>;
