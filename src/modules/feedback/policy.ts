/**
 * Who may do what with 纠错 (error reports): the owning unit's staff read and answer their unit's
 * reports; the district office's reviewers and the administrator see the whole region and moderate
 * reported texts. Filing and reporting a text are open to everyone (the routes are public).
 */
import type { Role } from '../../domain/roles.ts';
import { hasRole, type Actor } from '../identity/actor.ts';

/** The unit's staff who receive its reports in their inbox and answer them. */
export const UNIT_STAFF: readonly Role[] = ['unit_editor', 'unit_head', 'case_handler'];
/** Region roles that read every unit's reports and decide on reported texts. */
export const MODERATORS: readonly Role[] = ['district_reviewer', 'admin'];
/** Who is told of a new report: the unit's editors and its head. */
export const INBOX_ROLES: Role[] = ['unit_editor', 'unit_head'];

export interface ReportScope {
  unitId: string;
  regionCode: string;
}

/** Is the actor one of the unit's own staff? */
export function isUnitStaff(actor: Actor, scope: ReportScope): boolean {
  return actor.regionCode === scope.regionCode && actor.unitId === scope.unitId && hasRole(actor, ...UNIT_STAFF);
}

export function isModerator(actor: Actor, regionCode: string): boolean {
  return actor.regionCode === regionCode && hasRole(actor, ...MODERATORS);
}

/** May open the 纠错处理 inbox at all (own unit, or the region). */
export function canUseInbox(actor: Actor): boolean {
  return hasRole(actor, ...UNIT_STAFF, ...MODERATORS);
}

/** May read a report of the unit: its staff, or a moderator of the region. */
export function canReadReport(actor: Actor, scope: ReportScope): boolean {
  return isUnitStaff(actor, scope) || isModerator(actor, scope.regionCode);
}

/** The unit answers its own reports; nobody answers for another unit. */
export function canAnswerReport(actor: Actor, scope: ReportScope): boolean {
  return isUnitStaff(actor, scope);
}

/** The reporter's phone is shown whole only to the unit's staff, one report at a time (and audited). */
export function canSeeContact(actor: Actor, scope: ReportScope): boolean {
  return isUnitStaff(actor, scope);
}

export function canModerate(actor: Actor, regionCode: string): boolean {
  return isModerator(actor, regionCode);
}

/** The actions the caller may take on a report, so the UI shows only usable buttons. */
export function reportActions(actor: Actor, report: ReportScope & { status: string; isHidden: boolean; moderation: string | null }): string[] {
  const actions: string[] = [];
  if (canAnswerReport(actor, report) && report.status === 'open' && report.moderation !== 'removed') actions.push('answer');
  if (canModerate(actor, report.regionCode) && report.isHidden && report.moderation === null) actions.push('moderate');
  return actions;
}
