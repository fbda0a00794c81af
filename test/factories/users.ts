import { eq } from 'drizzle-orm';
import type { AppContext } from '../../src/app-context.ts';
import { users } from '../../src/db/schema/index.ts';
import type { Role } from '../../src/domain/roles.ts';
import type { Actor } from '../../src/modules/identity/actor.ts';
import { createUser } from '../../src/modules/identity/commands/create-user.ts';
import { newTotp } from '../../src/modules/identity/totp.ts';
import { resolveUnitName } from '../../src/modules/org/queries.ts';

export const TEST_PASSWORD = 'Qingdan-Test-2026';
let counter = 0;

export interface TestUser {
  id: string;
  username: string;
  password: string;
  unitId: string;
  roles: Role[];
  /** Set for users whose roles require a second factor (it is enrolled already). */
  totpSecret?: string;
}

export async function unitIdOf(ctx: AppContext, name: string): Promise<string> {
  const r = await resolveUnitName(ctx.db, '430811', name);
  if (!r.found) throw new Error(`no unit ${name}`);
  return r.unit.id;
}

/** Creates a user in a unit with the given roles, as a region administrator would. */
export async function makeUser(ctx: AppContext, opts: { unit?: string; roles: Role[]; username?: string; password?: string; withTotp?: boolean }): Promise<TestUser> {
  const unitId = await unitIdOf(ctx, opts.unit ?? '区教育局');
  const username = opts.username ?? `u${++counter}_${opts.roles[0]}`.replace(/_/g, '').slice(0, 30);
  const actor: Actor = { userId: '00000000-0000-0000-0000-000000000000', username: 'test', displayName: 'test', unitId, regionCode: '430811', roles: ['admin'] };
  const password = opts.password ?? TEST_PASSWORD;
  const { user } = await createUser(ctx, actor, { username, displayName: `测试${username}`, unitId, roles: opts.roles, password });
  let totpSecret: string | undefined;
  if (opts.withTotp || opts.roles.includes('admin')) {
    totpSecret = newTotp(username).secret;
    await ctx.db.update(users).set({ totpSecret, totpEnabled: true }).where(eq(users.id, user.id));
  }
  return { id: user.id, username, password, unitId, roles: opts.roles, totpSecret };
}
