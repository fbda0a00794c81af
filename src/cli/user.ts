import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../app-context.ts';
import { units, users } from '../db/schema/index.ts';
import { AppError } from '../domain/errors.ts';
import type { Actor } from '../modules/identity/actor.ts';
import { createUser } from '../modules/identity/commands/create-user.ts';
import { resetPassword, unlockUser } from '../modules/identity/commands/update-user.ts';
import { resolveUnitName } from '../modules/org/queries.ts';

/**
 * The CLI acts as an administrator of the target's region: whoever runs it already holds the
 * database. Its audit rows name `cli` as the user.
 */
function cliActor(regionCode: string, unitId: string): Actor {
  return { userId: '00000000-0000-0000-0000-000000000000', username: 'cli', displayName: '命令行', unitId, regionCode, roles: ['admin'], sourceIp: 'cli' };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export async function userAdd(ctx: AppContext, v: { username?: string; unit?: string; roles?: string; 'display-name'?: string; 'password-stdin'?: boolean }): Promise<number> {
  if (!v.username || !v.unit || !v.roles) {
    console.error('缺少参数：--username、--unit 和 --roles 均为必填');
    return 2;
  }
  const resolved = await resolveUnitName(ctx.db, ctx.config.defaultRegion, v.unit);
  if (!resolved.found) {
    const hint = resolved.suggestions.map((s) => s.fullName).join('、');
    throw new AppError('validation', `未找到单位“${v.unit}”${hint ? `，是否指：${hint}？` : ''}`);
  }
  // Password from stdin when piped (or --password-stdin); otherwise a generated one-time password.
  const password = v['password-stdin'] || !process.stdin.isTTY ? await readStdin() : '';
  const roles = v.roles.split(/[,，]/).map((r) => r.trim()).filter(Boolean);
  const result = await createUser(ctx, cliActor(resolved.unit.regionCode, resolved.unit.id), {
    username: v.username,
    displayName: v['display-name'] ?? v.username,
    unitId: resolved.unit.id,
    roles: roles as never,
    password: password.length > 0 ? password : undefined,
  });
  console.log(`已新增用户 ${result.user.username}（${result.user.unitName}；${result.user.roleLabels.join('、')}）`);
  if (result.initialPassword) console.log(`初始密码：${result.initialPassword}（只显示这一次，首次登录须修改）`);
  return 0;
}

async function findUser(ctx: AppContext, username: string | undefined) {
  if (!username) throw new AppError('validation', '缺少参数 --username');
  const [row] = await ctx.db
    .select({ id: users.id, regionCode: units.regionCode, unitId: users.unitId })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()));
  if (!row) throw new AppError('not_found', `用户“${username}”不存在`);
  return row;
}

export async function userResetPassword(ctx: AppContext, username: string | undefined): Promise<number> {
  const u = await findUser(ctx, username);
  const r = await resetPassword(ctx, cliActor(u.regionCode, u.unitId), u.id);
  console.log(`已重置 ${r.user.username} 的密码：${r.temporaryPassword}（只显示这一次，登录后须修改）`);
  return 0;
}

export async function userUnlock(ctx: AppContext, username: string | undefined): Promise<number> {
  const u = await findUser(ctx, username);
  await unlockUser(ctx, cliActor(u.regionCode, u.unitId), u.id);
  console.log(`已解除 ${username} 的账户锁定`);
  return 0;
}
