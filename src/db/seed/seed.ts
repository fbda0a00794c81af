import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.ts';
import { checkPasswordPolicy, generatePassword } from '../../domain/password-policy.ts';
import { recordAudit } from '../../modules/audit/record.ts';
import { hashPassword } from '../../modules/identity/password.ts';
import { seedCalendar } from '../../modules/notify/seed-calendar.ts';
import { normalizeNameSet, writeUnitNames } from '../../modules/org/unit-names.ts';
import { appMeta, regions, userRoles, users, units } from '../schema/index.ts';
import { ADMIN_UNIT_SHORT_NAME, BASE_REGIONS, BASE_UNITS } from './base-units.ts';

export interface SeedReport {
  seeded: boolean;
  adminUsername: string;
  /** Set only when a password was generated (printed once, never stored in clear). */
  generatedPassword: string | null;
  adminPasswordSource: 'env' | 'generated' | 'existing';
}

const SEED_KEY = 'seed:base';
export const ADMIN_USERNAME = 'admin';

/**
 * Loads the regions, the notice's units and the first administrator, once. The marker row is
 * inserted first in the same transaction, so two processes starting together cannot both seed.
 */
export async function seedBase(ctx: AppContext): Promise<SeedReport> {
  const adminPassword = ctx.config.adminPassword;
  if (adminPassword !== null) {
    const problems = checkPasswordPolicy(adminPassword, { username: ADMIN_USERNAME });
    if (problems.length > 0) throw new Error(`QINGDAN_ADMIN_PASSWORD 不符合密码策略：${problems.join('；')}`);
  }
  const generated = adminPassword === null ? generatePassword() : null;
  const hash = await hashPassword(adminPassword ?? generated!);
  const now = ctx.clock.now();
  const seeded = await ctx.db.transaction(async (tx) => {
    const inserted = await tx.insert(appMeta).values({ key: SEED_KEY, value: { at: now.toISOString() } }).onConflictDoNothing().returning();
    if (inserted.length === 0) return false;
    for (const r of BASE_REGIONS) await tx.insert(regions).values({ ...r }).onConflictDoNothing();
    const regionCode = '430811';
    let adminUnitId = '';
    for (const [i, u] of BASE_UNITS.entries()) {
      const names = normalizeNameSet(u);
      const [row] = await tx
        .insert(units)
        .values({ regionCode, kind: u.kind, level: 'district', fullName: names.fullName, shortName: names.shortName, sortOrder: (i + 1) * 10, createdAt: now, updatedAt: now })
        .returning({ id: units.id });
      await writeUnitNames(tx, row.id, regionCode, names);
      if (u.shortName === ADMIN_UNIT_SHORT_NAME) adminUnitId = row.id;
    }
    const [admin] = await tx
      .insert(users)
      .values({ username: ADMIN_USERNAME, displayName: '系统管理员', unitId: adminUnitId, passwordHash: hash, passwordChangedAt: now, createdAt: now, updatedAt: now })
      .returning({ id: users.id });
    await tx.insert(userRoles).values({ userId: admin.id, role: 'admin' });
    await recordAudit(tx, { username: 'system', regionCode }, { action: 'system.seed', targetType: 'region', targetId: regionCode, detail: `载入行政区划、${BASE_UNITS.length}个单位和系统管理员账户` });
    return true;
  });
  // Each year of holidays once (its own app_meta marker per year): a newer package adds the next year.
  await seedCalendar(ctx);
  if (!seeded) return { seeded: false, adminUsername: ADMIN_USERNAME, generatedPassword: null, adminPasswordSource: 'existing' };
  return { seeded: true, adminUsername: ADMIN_USERNAME, generatedPassword: generated, adminPasswordSource: generated ? 'generated' : 'env' };
}

/** True once the base data is in; used by CLI commands that need it. */
export async function isSeeded(ctx: AppContext): Promise<boolean> {
  const rows = await ctx.db.select().from(appMeta).where(eq(appMeta.key, SEED_KEY));
  return rows.length > 0;
}

