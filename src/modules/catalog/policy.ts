import type { Role } from '../../domain/roles.ts';
import { hasRole, type Actor } from '../identity/actor.ts';
import { canProposeAdjustment } from '../publication/policy.ts';

/** A unit as the catalog policy needs it: its region and the chain of its parents. */
export interface UnitChain {
  id: string;
  regionCode: string;
  /** Ids of the unit's parent, grandparent, … (主管部门). */
  ancestorIds: string[];
}

/** District roles that read every unit's catalog: the reviewers, the publisher and the administrator. */
export const DISTRICT_READERS: readonly Role[] = ['district_reviewer', 'legal_reviewer', 'publisher', 'admin'];

/**
 * Who may read a unit's catalog while it is being written: the unit's own staff; the parent
 * department's reviewers (and staff) for their sub-units; district roles for every unit of the region.
 */
export function canReadCatalog(actor: Actor, unit: UnitChain): boolean {
  if (actor.regionCode !== unit.regionCode) return false;
  if (actor.unitId === unit.id) return true;
  if (unit.ancestorIds.includes(actor.unitId) && hasRole(actor, 'parent_reviewer', 'unit_head')) return true;
  return hasRole(actor, ...DISTRICT_READERS);
}

/** Unit editors and heads write their own unit's items, and only while the version is a draft. */
export function canEditItem(actor: Actor, unit: UnitChain, state: string): boolean {
  return actor.regionCode === unit.regionCode && actor.unitId === unit.id && hasRole(actor, 'unit_editor', 'unit_head') && state === 'draft';
}

/** Creating an item (or importing a filing form) is the unit editor's and head's work. */
export function canCreateItem(actor: Actor, unit: UnitChain): boolean {
  return canEditItem(actor, unit, 'draft');
}

/**
 * The actions the caller may take on an item version, so the UI shows only usable buttons; `adjust`
 * (申请动态调整) on a published, not cancelled item.
 */
export function itemActions(actor: Actor, unit: UnitChain, state: string, item: { isCancelled: boolean } = { isCancelled: false }): string[] {
  const actions = canEditItem(actor, unit, state) ? ['edit'] : [];
  if (canProposeAdjustment(actor, unit, { state, isCancelled: item.isCancelled })) actions.push('adjust');
  return actions;
}
