import { TRANSITIONS, type VersionAction } from '../../domain/review/workflow.ts';
import type { UnitChain } from '../catalog/policy.ts';
import { hasRole, type Actor } from '../identity/actor.ts';

/**
 * May the caller take `action` on a version of `unit`'s item? The role comes from the state machine's
 * table; the scope says whose: the unit's own staff, its direct parent department (主管部门), or the
 * district roles of the same region. Self-review is refused separately, on the version's authors.
 */
export function canTakeAction(actor: Actor, unit: UnitChain, action: VersionAction): boolean {
  const t = TRANSITIONS[action];
  if (actor.regionCode !== unit.regionCode || !hasRole(actor, ...t.roles)) return false;
  switch (t.scope) {
    case 'own_unit':
      return actor.unitId === unit.id;
    case 'parent_unit':
      return unit.ancestorIds[0] === actor.unitId;
    case 'region':
      // A sub-unit's submission goes to its parent department first; the district office takes it from there.
      return action !== 'receive_central' || unit.ancestorIds.length === 0;
    case 'system':
      return false;
  }
}

/** The actions the caller may take on a version in `state`, for the UI's buttons. */
export function versionActions(actor: Actor, unit: UnitChain, state: string): VersionAction[] {
  return (Object.keys(TRANSITIONS) as VersionAction[]).filter((a) => (TRANSITIONS[a].from as readonly string[]).includes(state) && canTakeAction(actor, unit, a));
}
