import { hasRole, type Actor } from '../identity/actor.ts';

/** 安全审计员 reads the audit log of their region; nobody can change it. */
export function canReadAudit(actor: Actor): boolean {
  return hasRole(actor, 'auditor');
}
