import { ROLES, type Role } from '../../domain/roles.ts';
import { maskPhone } from '../../domain/id-number.ts';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  roles: Role[];
  roleLabels: string[];
  phone: string | null;
  email: string | null;
  isDisabled: boolean;
  isLocked: boolean;
  lockedUntil: string | null;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  version: number;
}

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  phone: string | null;
  email: string | null;
  isDisabled: boolean;
  lockedUntil: Date | null;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  version: number;
}

/** Shapes an account for the API; the phone is masked unless the viewer manages accounts. */
export function presentUser(row: UserRow, roles: Role[], now: Date, opts: { showPhone: boolean }): UserView {
  const isLocked = row.lockedUntil !== null && row.lockedUntil > now;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    unitId: row.unitId,
    unitName: row.unitName,
    roles,
    roleLabels: roles.map((r) => ROLES[r]),
    phone: row.phone ? (opts.showPhone ? row.phone : maskPhone(row.phone)) : null,
    email: row.email,
    isDisabled: row.isDisabled,
    isLocked,
    lockedUntil: isLocked ? row.lockedUntil!.toISOString() : null,
    totpEnabled: row.totpEnabled,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt ? row.lastLoginAt.toISOString() : null,
    version: row.version,
  };
}
