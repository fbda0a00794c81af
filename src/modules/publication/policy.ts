import type { Role } from '../../domain/roles.ts';
import type { UnitChain } from '../catalog/policy.ts';
import { hasRole, type Actor } from '../identity/actor.ts';
import { canTakeAction } from '../review/policy.ts';

/** Who sees the approved versions waiting for an edition: the publisher, and the district office read-only. */
export const CANDIDATE_READERS: readonly Role[] = ['publisher', 'district_reviewer'];

/** Who sees an edition before it goes live: the district roles and the administrator. */
export const PENDING_READERS: readonly Role[] = ['publisher', 'district_reviewer', 'legal_reviewer', 'admin'];

export function canListCandidates(actor: Actor, regionCode: string): boolean {
  return actor.regionCode === regionCode && hasRole(actor, ...CANDIDATE_READERS);
}

/** 发布目录版本: the region's publisher. */
export function canCreateEdition(actor: Actor, regionCode: string): boolean {
  return actor.regionCode === regionCode && hasRole(actor, 'publisher');
}

/** May the caller put a version of `unit`'s item into an edition? The state machine's `publish` rule. */
export function canPublishVersionOf(actor: Actor, unit: UnitChain): boolean {
  return canTakeAction(actor, unit, 'publish');
}

/** Pending (not yet effective) editions are shown to district roles only; live ones to everyone. */
export function canSeePendingEditions(actor: Actor | null, regionCode: string): boolean {
  return actor !== null && actor.regionCode === regionCode && hasRole(actor, ...PENDING_READERS);
}

/**
 * 申请动态调整: the unit's editor or head, on an item whose newest version is published (a proposal
 * already under way, or an item not yet published, has nothing to adjust) and which is not cancelled.
 */
export function canProposeAdjustment(actor: Actor, unit: UnitChain, item: { state: string; isCancelled: boolean }): boolean {
  return canAdjustUnit(actor, unit) && item.state === 'published' && !item.isCancelled;
}

/** The unit's own editors and heads; the state is checked separately so the refusal can say why. */
export function canAdjustUnit(actor: Actor, unit: UnitChain): boolean {
  return actor.regionCode === unit.regionCode && actor.unitId === unit.id && hasRole(actor, 'unit_editor', 'unit_head');
}
