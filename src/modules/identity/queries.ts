import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { units, userRoles, users } from '../../db/schema/index.ts';
import { isRole, type Role } from '../../domain/roles.ts';
import { presentUser, type UserView } from './presenter.ts';

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  unitId: users.unitId,
  unitName: units.fullName,
  regionCode: units.regionCode,
  phone: users.phone,
  email: users.email,
  isDisabled: users.isDisabled,
  lockedUntil: users.lockedUntil,
  totpEnabled: users.totpEnabled,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
};

async function rolesOf(db: Db, userIds: string[]): Promise<Map<string, Role[]>> {
  const map = new Map<string, Role[]>();
  if (userIds.length === 0) return map;
  const rows = await db.select().from(userRoles).where(inArray(userRoles.userId, userIds));
  for (const r of rows) if (isRole(r.role)) map.set(r.userId, [...(map.get(r.userId) ?? []), r.role]);
  return map;
}

export interface UserFilter {
  regionCode: string;
  unitId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Lists accounts of a region or of one unit, a page at a time. */
export async function listUsers(db: Db, filter: UserFilter, now: Date, showPhone: boolean): Promise<{ items: UserView[]; total: number }> {
  const conditions: SQL[] = [eq(units.regionCode, filter.regionCode)];
  if (filter.unitId) conditions.push(eq(users.unitId, filter.unitId));
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.username, like), ilike(users.displayName, like))!);
  }
  const where = and(...conditions);
  const [{ total }] = await db.select({ total: count() }).from(users).innerJoin(units, eq(units.id, users.unitId)).where(where);
  const rows = await db
    .select(userColumns)
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(where)
    .orderBy(asc(units.sortOrder), asc(users.username))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const roles = await rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentUser(r, roles.get(r.id) ?? [], now, { showPhone })), total };
}

/** One account with its unit's region, for policies; null when it does not exist. */
export async function getUser(db: Db, id: string, now: Date, showPhone = false): Promise<(UserView & { regionCode: string }) | null> {
  const [row] = await db.select(userColumns).from(users).innerJoin(units, eq(units.id, users.unitId)).where(eq(users.id, id)).limit(1);
  if (!row) return null;
  const roles = (await rolesOf(db, [id])).get(id) ?? [];
  return { ...presentUser(row, roles, now, { showPhone }), regionCode: row.regionCode };
}
