import { hasRole, type Actor } from '../identity/actor.ts';

/** Administrators add and change units of their own region. */
export function canCreateUnit(actor: Actor, regionCode: string): boolean {
  return hasRole(actor, 'admin') && actor.regionCode === regionCode;
}

/** Fields a unit head may keep current for their own unit. */
export const UNIT_HEAD_FIELDS = ['phone', 'address', 'creditCode'] as const;

/**
 * May `actor` change `fields` of the unit? Administrators: anything in their region. A unit head:
 * only the contact details and credit code of their own unit.
 */
export function canUpdateUnit(actor: Actor, unit: { id: string; regionCode: string }, fields: string[]): boolean {
  if (hasRole(actor, 'admin') && actor.regionCode === unit.regionCode) return true;
  if (hasRole(actor, 'unit_head') && actor.unitId === unit.id) {
    return fields.every((f) => (UNIT_HEAD_FIELDS as readonly string[]).includes(f));
  }
  return false;
}

/** The actions the caller may take on a unit, so the UI shows only usable buttons. */
export function unitActions(actor: Actor | null, unit: { id: string; regionCode: string }): string[] {
  if (!actor) return [];
  const actions: string[] = [];
  if (canUpdateUnit(actor, unit, ['fullName'])) actions.push('update', 'add_child');
  else if (canUpdateUnit(actor, unit, ['phone'])) actions.push('update_contact');
  return actions;
}
