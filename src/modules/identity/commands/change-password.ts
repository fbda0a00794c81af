import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { users } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { checkPasswordPolicy } from '../../../domain/password-policy.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../actor.ts';
import { hashPassword, verifyPassword } from '../password.ts';
import { deleteUserSessions } from '../sessions.ts';

/** 修改密码: the user changes their own password; their other sessions end. */
export async function changePassword(ctx: AppContext, actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const problems = checkPasswordPolicy(input.newPassword, { username: actor.username });
  if (problems.length > 0) {
    throw new AppError('validation', problems[0], problems.map((message) => ({ path: 'newPassword', message })));
  }
  const newHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for('update');
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await recordAudit(tx, actor, { action: 'user.change_password', targetType: 'user', targetId: actor.userId, success: false, detail: '原密码错误' });
      return 'wrong';
    }
    if (await verifyPassword(user.passwordHash, input.newPassword)) {
      throw new AppError('validation', '新密码不能与原密码相同', [{ path: 'newPassword', message: '新密码不能与原密码相同' }]);
    }
    await tx
      .update(users)
      .set({ passwordHash: newHash, passwordChangedAt: ctx.clock.now(), mustChangePassword: false, version: user.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(users.id, actor.userId));
    await deleteUserSessions(tx, actor.userId, actor.sessionId);
    await recordAudit(tx, actor, { action: 'user.change_password', targetType: 'user', targetId: actor.userId });
    return 'ok';
  }).then((r) => {
    if (r === 'wrong') throw new AppError('validation', '原密码错误', [{ path: 'currentPassword', message: '原密码错误' }]);
  });
}
