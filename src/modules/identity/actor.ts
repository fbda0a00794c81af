import type { Role } from '../../domain/roles.ts';

/** The authenticated caller of an operation, as the policies see them. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  regionCode: string;
  roles: Role[];
  sessionId?: string;
  sourceIp?: string | null;
  requestId?: string | null;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}

/** A system actor for seeding and jobs, so that audit rows still say who acted. */
export function systemActor(regionCode: string, unitId = ''): Actor {
  return { userId: '00000000-0000-0000-0000-000000000000', username: 'system', displayName: '系统', unitId, regionCode, roles: [] };
}
