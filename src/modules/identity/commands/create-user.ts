import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { units, userRoles, users } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { checkPasswordPolicy, generatePassword } from '../../../domain/password-policy.ts';
import { checkRoleSet, ROLE_CODES, type Role } from '../../../domain/roles.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../actor.ts';
import { hashPassword } from '../password.ts';
import { assertAllowed, canManageUser } from '../policy.ts';
import type { UserView } from '../presenter.ts';
import { getUser } from '../queries.ts';

export const RoleSchema = z.enum(ROLE_CODES as [Role, ...Role[]], { error: '未知角色' });

export const CreateUserSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_.-]{2,31}$/, '用户名为3–32位字母、数字、下划线、点或连字符，以字母开头'),
  displayName: z.string().trim().min(1, '请填写姓名').max(50, '姓名不超过50个字'),
  unitId: z.uuid('请选择所属单位'),
  roles: z.array(RoleSchema).min(1, '至少选择一个角色'),
  phone: z.string().trim().max(30).nullable().optional(),
  email: z.email('电子邮箱格式不正确').nullable().optional(),
  /** Omit to have a strong password generated and returned once. */
  password: z.string().optional(),
});
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

/** Checks roles for 三员分立 and the password for the policy; throws a validation error. */
export function checkUserInput(roles: string[], password: string | undefined, username: string): void {
  const roleProblems = checkRoleSet(roles);
  if (roleProblems.length > 0) throw new AppError('validation', roleProblems[0], roleProblems.map((message) => ({ path: 'roles', message })));
  if (password !== undefined) {
    const pw = checkPasswordPolicy(password, { username });
    if (pw.length > 0) throw new AppError('validation', pw[0], pw.map((message) => ({ path: 'password', message })));
  }
}

/** 新增用户: returns the account and, when none was given, the generated initial password (shown once). */
export async function createUser(ctx: AppContext, actor: Actor, input: CreateUserInput): Promise<{ user: UserView; initialPassword: string | null }> {
  checkUserInput(input.roles, input.password, input.username);
  const initialPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? initialPassword!);
  const id = await ctx.db.transaction(async (tx) => {
    const [unit] = await tx.select().from(units).where(eq(units.id, input.unitId)).limit(1);
    if (!unit) throw new AppError('validation', '所属单位不存在', [{ path: 'unitId', message: '所属单位不存在' }]);
    assertAllowed(canManageUser(actor, { unitId: unit.id, regionCode: unit.regionCode }), '只有本行政区划的系统管理员可以新增用户');
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.username})`, input.username.toLowerCase()));
    if (taken) throw new AppError('duplicate', `用户名“${input.username}”已存在`, [{ path: 'username', message: '用户名已存在' }]);
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        unitId: unit.id,
        phone: input.phone ?? null,
        email: input.email ?? null,
        passwordHash,
        passwordChangedAt: now,
        // A generated password is a one-time secret: its owner picks their own at first login.
        mustChangePassword: initialPassword !== null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id });
    await tx.insert(userRoles).values([...new Set(input.roles)].map((role) => ({ userId: row.id, role })));
    await recordAudit(tx, actor, {
      action: 'user.create',
      targetType: 'user',
      targetId: row.id,
      regionCode: unit.regionCode,
      newValues: { username: input.username, displayName: input.displayName, unit: unit.fullName, roles: input.roles },
    });
    return row.id;
  });
  return { user: (await getUser(ctx.db, id, ctx.clock.now(), true))!, initialPassword };
}
