import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { sessions, units, userRoles, users } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { MFA_REQUIRED_ROLES } from '../../../domain/roles.ts';
import { recordAudit } from '../../audit/record.ts';
import { verifyDummy, verifyPassword } from '../password.ts';
import { hashToken, newToken } from '../sessions.ts';
import { checkTotp } from '../totp.ts';

/** 5 failed logins lock the account for 15 minutes (等保 2.0). */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
  sourceIp: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface LoginResult {
  token: string;
  sessionId: string;
  csrfToken: string;
  mfaState: 'complete' | 'enroll_required';
}

const BAD_CREDENTIALS = '用户名或密码错误';

function formatTime(d: Date): string {
  return d.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
}

/**
 * 登录. Every attempt, failed or not, leaves an audit row; the failure counter and the lock are
 * written in the same transaction, which commits before the error is thrown.
 */
export async function login(ctx: AppContext, input: LoginInput): Promise<LoginResult> {
  const now = ctx.clock.now();
  const source = { username: input.username.slice(0, 64), sourceIp: input.sourceIp, requestId: input.requestId };
  const outcome = await ctx.db.transaction(async (tx): Promise<LoginResult | AppError> => {
    const [found] = await tx
      .select({ user: users, regionCode: units.regionCode })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(eq(sql`lower(${users.username})`, input.username.trim().toLowerCase()))
      .for('update', { of: users })
      .limit(1);
    const user = found?.user;
    if (!user) {
      await verifyDummy(input.password);
      await recordAudit(tx, source, { action: 'auth.login', success: false, detail: '用户不存在' });
      return new AppError('unauthenticated', BAD_CREDENTIALS);
    }
    const who = { ...source, userId: user.id, username: user.username, regionCode: found.regionCode };
    const target = { targetType: 'user', targetId: user.id };
    if (user.lockedUntil && user.lockedUntil > now) {
      await recordAudit(tx, who, { action: 'auth.login', ...target, success: false, detail: '账户已锁定' });
      return new AppError('locked', `账户因连续${MAX_FAILED_LOGINS}次登录失败已锁定，请于 ${formatTime(user.lockedUntil)} 后重试或联系安全管理员解锁`);
    }
    if (user.isDisabled) {
      await verifyDummy(input.password);
      await recordAudit(tx, who, { action: 'auth.login', ...target, success: false, detail: '账户已停用' });
      return new AppError('unauthenticated', BAD_CREDENTIALS);
    }
    const passwordOk = await verifyPassword(user.passwordHash, input.password);
    let failure: string | null = passwordOk ? null : '密码错误';
    if (passwordOk && user.totpEnabled) {
      if (!input.totp) {
        await recordAudit(tx, who, { action: 'auth.login', ...target, success: false, detail: '需要动态口令' });
        return new AppError('totp_required', '请输入动态口令（身份验证器中的6位数字）');
      }
      if (!checkTotp(user.totpSecret ?? '', input.totp, now)) failure = '动态口令错误';
    }
    if (failure) {
      const attempts = user.failedAttempts + 1;
      const locks = attempts >= MAX_FAILED_LOGINS;
      const lockedUntil = locks ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
      await tx
        .update(users)
        .set({ failedAttempts: locks ? 0 : attempts, lockedUntil: lockedUntil ?? user.lockedUntil })
        .where(eq(users.id, user.id));
      await recordAudit(tx, who, { action: 'auth.login', ...target, success: false, detail: `${failure}（第${attempts}次）` });
      if (locks) {
        await recordAudit(tx, who, { action: 'auth.lock', ...target, success: true, detail: `连续${MAX_FAILED_LOGINS}次登录失败，锁定${LOCK_MINUTES}分钟` });
        return new AppError('locked', `连续${MAX_FAILED_LOGINS}次登录失败，账户已锁定${LOCK_MINUTES}分钟`);
      }
      return new AppError('unauthenticated', failure === '动态口令错误' ? '动态口令错误' : BAD_CREDENTIALS, undefined, {
        remainingAttempts: MAX_FAILED_LOGINS - attempts,
      });
    }
    const roles = (await tx.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, user.id))).map((r) => r.role);
    const needsEnrollment = roles.some((r) => (MFA_REQUIRED_ROLES as readonly string[]).includes(r)) && !user.totpEnabled;
    await tx.update(users).set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
    const token = newToken();
    const csrfToken = randomBytes(24).toString('base64url');
    const [session] = await tx
      .insert(sessions)
      .values({
        tokenHash: hashToken(token),
        userId: user.id,
        csrfToken,
        mfaState: needsEnrollment ? 'enroll_required' : 'complete',
        sourceIp: input.sourceIp,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
        createdAt: now,
        lastSeenAt: now,
      })
      .returning({ id: sessions.id });
    await recordAudit(tx, who, { action: 'auth.login', ...target, success: true, detail: needsEnrollment ? '需先绑定动态口令' : undefined });
    return { token, sessionId: session.id, csrfToken, mfaState: needsEnrollment ? 'enroll_required' : 'complete' };
  });
  if (outcome instanceof AppError) throw outcome;
  return outcome;
}
