import { AppError } from '../../domain/errors.ts';
import type { Role } from '../../domain/roles.ts';
import { hasRole, type Actor } from './actor.ts';

/** The unit a user (or a prospective user) belongs to, as far as the policy needs it. */
export interface UnitScope {
  unitId: string;
  regionCode: string;
}

/** Administrators and security officers see every account in their region; others only their own unit's. */
export function canListUsers(actor: Actor, scope: UnitScope | 'region'): boolean {
  if (hasRole(actor, 'admin', 'security_officer')) return scope === 'region' || scope.regionCode === actor.regionCode;
  return scope !== 'region' && scope.unitId === actor.unitId;
}

export function canReadUser(actor: Actor, target: UnitScope & { userId: string }): boolean {
  return target.userId === actor.userId || canListUsers(actor, target);
}

/** Only the system administrator creates and changes accounts, and only within their region. */
export function canManageUser(actor: Actor, target: UnitScope): boolean {
  return hasRole(actor, 'admin') && target.regionCode === actor.regionCode;
}

/** Unlocking a locked account is the security officer's duty (the administrator may too). */
export function canUnlockUser(actor: Actor, target: UnitScope): boolean {
  return hasRole(actor, 'admin', 'security_officer') && target.regionCode === actor.regionCode;
}

/** An administrator may not take away their own administrator role nor disable themselves. */
export function checkSelfChange(actor: Actor, targetUserId: string, next: { roles?: Role[]; isDisabled?: boolean }): void {
  if (actor.userId !== targetUserId) return;
  if (next.isDisabled) throw new AppError('forbidden', '不能停用自己的账户');
  if (next.roles && !next.roles.includes('admin') && actor.roles.includes('admin')) {
    throw new AppError('forbidden', '不能撤销自己的系统管理员角色');
  }
}

export function assertAllowed(allowed: boolean, detail = '没有权限执行此操作'): void {
  if (!allowed) throw new AppError('forbidden', detail);
}
