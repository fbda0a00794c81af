import { hasRole, type Actor } from '../identity/actor.ts';
import { DISTRICT_READERS } from '../catalog/policy.ts';

/** A campaign as the policy needs it: its region and participating units. */
export interface CampaignScope {
  regionCode: string;
  unitIds: readonly string[];
}

/**
 * 梳理工作 is issued by 区审改办 and run by the district office: its reviewers (and the administrator)
 * create, change and close the region's campaigns.
 */
export function canManageCampaigns(actor: Actor, regionCode: string): boolean {
  return actor.regionCode === regionCode && hasRole(actor, 'district_reviewer', 'admin');
}

/**
 * District roles read every campaign of their region; the staff of a participating unit (or of one of
 * its sub-units, which report through it) read the campaigns they take part in, to see their deadline.
 * `actorUnitChain` is the caller's unit followed by its parents.
 */
export function canReadCampaign(actor: Actor, campaign: CampaignScope, actorUnitChain: readonly string[]): boolean {
  if (actor.regionCode !== campaign.regionCode) return false;
  if (hasRole(actor, ...DISTRICT_READERS)) return true;
  return actorUnitChain.some((id) => campaign.unitIds.includes(id));
}

/** The dashboard (every unit's progress, the review queues) is the district roles' view. */
export function canReadDashboard(actor: Actor, campaign: CampaignScope): boolean {
  return actor.regionCode === campaign.regionCode && hasRole(actor, ...DISTRICT_READERS);
}

/** What the caller may do with a campaign, so the UI shows only usable buttons. */
export function campaignActions(actor: Actor, campaign: CampaignScope & { isClosed: boolean }): ('update' | 'close' | 'dashboard')[] {
  const actions: ('update' | 'close' | 'dashboard')[] = [];
  if (canManageCampaigns(actor, campaign.regionCode) && !campaign.isClosed) actions.push('update', 'close');
  if (canReadDashboard(actor, campaign)) actions.push('dashboard');
  return actions;
}
