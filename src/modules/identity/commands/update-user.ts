import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { units, userRoles, users } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { generatePassword } from '../../../domain/password-policy.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../actor.ts';
import { hashPassword } from '../password.ts';
import { assertAllowed, canManageUser, canUnlockUser, checkSelfChange } from '../policy.ts';
import type { UserView } from '../presenter.ts';
import { getUser } from '../queries.ts';
import { deleteUserSessions } from '../sessions.ts';
import { CreateUserSchema, checkUserInput } from './create-user.ts';

export const UpdateUserSchema = CreateUserSchema.pick({ displayName: true, unitId: true, roles: true, phone: true, email: true })
  .partial()
  .extend({ isDisabled: z.boolean().optional(), version: z.number().int().positive('缺少版本号') });
export type UpdateUserInput = z.infer<typeof UpdateUserSchema>;

async function lockTarget(ctx: AppContext, tx: AppContext['db'], userId: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!user) throw new AppError('not_found', '用户不存在');
  const [unit] = await tx.select().from(units).where(eq(units.id, user.unitId));
  const before = await getUser(tx, userId, ctx.clock.now(), true);
  return { user, unit, before: before! };
}

/** 修改用户: name, unit, roles, contact, disabled; optimistic locking on `version`. */
export async function updateUser(ctx: AppContext, actor: Actor, userId: string, input: UpdateUserInput): Promise<UserView> {
  const { version, roles, ...changes } = input;
  await ctx.db.transaction(async (tx) => {
    const { user, unit, before } = await lockTarget(ctx, tx, userId);
    assertAllowed(canManageUser(actor, { unitId: unit.id, regionCode: unit.regionCode }), '没有权限修改该用户');
    if (user.version !== version) throw new AppError('conflict', '该用户已被他人修改，请刷新后重试', undefined, { currentVersion: user.version });
    checkSelfChange(actor, userId, { roles, isDisabled: changes.isDisabled });
    if (roles) checkUserInput(roles, undefined, user.username);
    if (changes.unitId && changes.unitId !== user.unitId) {
      const [target] = await tx.select().from(units).where(eq(units.id, changes.unitId));
      if (!target || target.regionCode !== unit.regionCode) throw new AppError('validation', '所属单位不存在', [{ path: 'unitId', message: '所属单位不存在' }]);
    }
    await tx
      .update(users)
      .set({ ...changes, version: user.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(users.id, userId));
    if (roles) {
      await tx.delete(userRoles).where(eq(userRoles.userId, userId));
      await tx.insert(userRoles).values([...new Set(roles)].map((role) => ({ userId, role })));
    }
    // A disabled account, a new unit or fewer roles must not live on in open sessions.
    if (changes.isDisabled || changes.unitId || roles) await deleteUserSessions(tx, userId);
    const after = await getUser(tx, userId, ctx.clock.now(), true);
    await recordAudit(tx, actor, { action: 'user.update', targetType: 'user', targetId: userId, regionCode: unit.regionCode, oldValues: before, newValues: after });
  });
  return (await getUser(ctx.db, userId, ctx.clock.now(), true))!;
}

/** 解锁账户: the security officer (or administrator) lifts a lockout. */
export async function unlockUser(ctx: AppContext, actor: Actor, userId: string): Promise<UserView> {
  await ctx.db.transaction(async (tx) => {
    const { user, unit } = await lockTarget(ctx, tx, userId);
    assertAllowed(canUnlockUser(actor, { unitId: unit.id, regionCode: unit.regionCode }), '没有权限解锁该用户');
    await tx.update(users).set({ lockedUntil: null, failedAttempts: 0, version: user.version + 1, updatedAt: ctx.clock.now() }).where(eq(users.id, userId));
    await recordAudit(tx, actor, { action: 'user.unlock', targetType: 'user', targetId: userId, regionCode: unit.regionCode, oldValues: { lockedUntil: user.lockedUntil } });
  });
  return (await getUser(ctx.db, userId, ctx.clock.now(), true))!;
}

/** 重置密码: a one-time password, shown once; the user must change it at the next login. */
export async function resetPassword(ctx: AppContext, actor: Actor, userId: string): Promise<{ user: UserView; temporaryPassword: string }> {
  const temporaryPassword = generatePassword();
  const hash = await hashPassword(temporaryPassword);
  await ctx.db.transaction(async (tx) => {
    const { user, unit } = await lockTarget(ctx, tx, userId);
    assertAllowed(canManageUser(actor, { unitId: unit.id, regionCode: unit.regionCode }), '没有权限重置该用户的密码');
    await tx
      .update(users)
      .set({ passwordHash: hash, mustChangePassword: true, passwordChangedAt: ctx.clock.now(), version: user.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(users.id, userId));
    await deleteUserSessions(tx, userId);
    await recordAudit(tx, actor, { action: 'user.reset_password', targetType: 'user', targetId: userId, regionCode: unit.regionCode });
  });
  return { user: (await getUser(ctx.db, userId, ctx.clock.now(), true))!, temporaryPassword };
}
