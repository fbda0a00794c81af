import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { sessions, users } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { MFA_REQUIRED_ROLES } from '../../../domain/roles.ts';
import { recordAudit } from '../../audit/record.ts';
import { hasRole, type Actor } from '../actor.ts';
import { verifyPassword } from '../password.ts';
import { checkTotp, newTotp } from '../totp.ts';

/** 绑定动态口令 step 1: a new secret, stored but not yet active until a code confirms it. */
export async function startTotpEnrollment(ctx: AppContext, actor: Actor): Promise<{ secret: string; uri: string }> {
  const fresh = newTotp(actor.username);
  await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for('update');
    if (user.totpEnabled) throw new AppError('conflict', '已绑定动态口令；如需更换，请先解除绑定');
    await tx.update(users).set({ totpSecret: fresh.secret, updatedAt: ctx.clock.now() }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, { action: 'user.totp_setup', targetType: 'user', targetId: actor.userId });
  });
  return fresh;
}

/** 绑定动态口令 step 2: the first correct code activates the second factor and completes the session. */
export async function confirmTotpEnrollment(ctx: AppContext, actor: Actor, code: string): Promise<void> {
  const ok = await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for('update');
    if (user.totpEnabled) throw new AppError('conflict', '已绑定动态口令');
    if (!user.totpSecret) throw new AppError('conflict', '请先生成动态口令密钥');
    if (!checkTotp(user.totpSecret, code, ctx.clock.now())) {
      await recordAudit(tx, actor, { action: 'user.totp_confirm', targetType: 'user', targetId: actor.userId, success: false, detail: '动态口令错误' });
      return false;
    }
    await tx.update(users).set({ totpEnabled: true, version: user.version + 1, updatedAt: ctx.clock.now() }).where(eq(users.id, actor.userId));
    if (actor.sessionId) await tx.update(sessions).set({ mfaState: 'complete' }).where(eq(sessions.id, actor.sessionId));
    await recordAudit(tx, actor, { action: 'user.totp_confirm', targetType: 'user', targetId: actor.userId });
    return true;
  });
  if (!ok) throw new AppError('validation', '动态口令错误，请核对身份验证器中的6位数字', [{ path: 'code', message: '动态口令错误' }]);
}

/** 解除动态口令: only for roles that do not require it, and only with the password. */
export async function disableTotp(ctx: AppContext, actor: Actor, password: string): Promise<void> {
  if (hasRole(actor, ...MFA_REQUIRED_ROLES)) throw new AppError('forbidden', '系统管理员必须使用动态口令，不能解除');
  const ok = await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for('update');
    if (!(await verifyPassword(user.passwordHash, password))) {
      await recordAudit(tx, actor, { action: 'user.totp_disable', targetType: 'user', targetId: actor.userId, success: false, detail: '密码错误' });
      return false;
    }
    await tx.update(users).set({ totpEnabled: false, totpSecret: null, version: user.version + 1, updatedAt: ctx.clock.now() }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, { action: 'user.totp_disable', targetType: 'user', targetId: actor.userId });
    return true;
  });
  if (!ok) throw new AppError('validation', '密码错误', [{ path: 'password', message: '密码错误' }]);
}
