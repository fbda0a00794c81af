import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import { ROLES, type Role } from '../../domain/roles.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, OkSchema, PageQuerySchema, withProblems } from '../../http/schemas.ts';
import { getUnit } from '../org/queries.ts';
import { hasRole } from './actor.ts';
import { changePassword } from './commands/change-password.ts';
import { CreateUserSchema, createUser } from './commands/create-user.ts';
import { login } from './commands/login.ts';
import { logout } from './commands/logout.ts';
import { confirmTotpEnrollment, disableTotp, startTotpEnrollment } from './commands/totp.ts';
import { resetPassword, unlockUser, UpdateUserSchema, updateUser } from './commands/update-user.ts';
import { assertAllowed, canListUsers, canReadUser } from './policy.ts';
import { getUser, listUsers } from './queries.ts';
import { LoginBodySchema, MeSchema, UserViewSchema } from './schemas.ts';
import { loadSession, SESSION_COOKIE } from './sessions.ts';

/** Routes of 账户与登录: login, the caller's own profile, and account management. */
export async function identityRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['账户与登录'];

  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: ctx.config.secureCookies };

  async function me(req: Parameters<typeof actorOf>[0]) {
    const s = req.session!;
    const unit = await getUnit(ctx.db, s.actor.unitId);
    return {
      user: {
        id: s.actor.userId,
        username: s.actor.username,
        displayName: s.actor.displayName,
        unitId: s.actor.unitId,
        unitName: unit?.fullName ?? '',
        regionCode: s.actor.regionCode,
        roles: s.actor.roles,
        roleLabels: s.actor.roles.map((r) => ROLES[r]),
        totpEnabled: s.totpEnabled,
      },
      csrfToken: s.csrfToken,
      mfaState: s.mfaState,
      mustChangePassword: s.mustChangePassword,
      idleTimeoutMinutes: ctx.config.sessionIdleMinutes,
    };
  }

  app.post(
    '/api/v1/auth/login',
    {
      // No CSRF token here: a login starts a new session (a cross-site JSON post cannot carry the
      // SameSite=Strict cookie nor pass CORS preflight anyway).
      config: { access: 'public', csrf: false, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags, summary: '登录', body: LoginBodySchema, response: withProblems({ 200: MeSchema }, [400, 401, 403, 423, 429]) },
    },
    async (req, reply) => {
      const result = await login(ctx, { ...req.body, sourceIp: req.ip, userAgent: req.headers['user-agent'] ?? null, requestId: req.id });
      reply.setCookie(SESSION_COOKIE, result.token, cookieOptions);
      req.session = await loadSession(ctx.db, result.token, ctx.clock.now(), ctx.config.sessionIdleMinutes);
      return me(req);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { access: 'pending' }, schema: { tags, summary: '退出登录', response: withProblems({ 200: OkSchema }, [401, 403]) } },
    async (req, reply) => {
      await logout(ctx, actorOf(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get('/api/v1/auth/me', { config: { access: 'pending' }, schema: { tags, summary: '当前用户', response: withProblems({ 200: MeSchema }, [401]) } }, async (req) => me(req));

  app.post(
    '/api/v1/auth/password',
    {
      config: { access: 'pending' },
      schema: {
        tags,
        summary: '修改本人密码',
        body: z.object({ currentPassword: z.string().min(1, '请输入原密码'), newPassword: z.string().min(1, '请输入新密码').max(128) }),
        response: withProblems({ 200: OkSchema }, [400, 401, 403]),
      },
    },
    async (req) => {
      await changePassword(ctx, actorOf(req), req.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/auth/totp/setup',
    {
      config: { access: 'pending' },
      schema: { tags, summary: '生成动态口令密钥', response: withProblems({ 200: z.object({ secret: z.string(), uri: z.string() }) }, [401, 403, 409]) },
    },
    async (req) => startTotpEnrollment(ctx, actorOf(req)),
  );

  app.post(
    '/api/v1/auth/totp/confirm',
    {
      config: { access: 'pending' },
      schema: { tags, summary: '绑定动态口令', body: z.object({ code: z.string().trim().min(6, '请输入6位动态口令').max(10) }), response: withProblems({ 200: OkSchema }, [400, 401, 403, 409]) },
    },
    async (req) => {
      await confirmTotpEnrollment(ctx, actorOf(req), req.body.code);
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/v1/auth/totp',
    {
      config: { access: 'session' },
      schema: { tags, summary: '解除动态口令', body: z.object({ password: z.string().min(1, '请输入密码') }), response: withProblems({ 200: OkSchema }, [400, 401, 403]) },
    },
    async (req) => {
      await disableTotp(ctx, actorOf(req), req.body.password);
      return { ok: true as const };
    },
  );

  const usersTags = ['用户管理'];
  app.get(
    '/api/v1/roles',
    {
      config: { access: 'session' },
      schema: { tags: usersTags, summary: '角色列表', response: withProblems({ 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) }) }, [401, 403]) },
    },
    async () => ({ items: (Object.keys(ROLES) as Role[]).map((code) => ({ code, name: ROLES[code] })) }),
  );

  app.get(
    '/api/v1/users',
    {
      config: { access: 'session' },
      schema: {
        tags: usersTags,
        summary: '用户列表（管理员、安全管理员：本区划；其他人：本单位）',
        querystring: PageQuerySchema.extend({ unitId: z.uuid('单位编号格式不正确').optional(), q: z.string().trim().max(64).optional() }),
        response: withProblems({ 200: z.object({ items: z.array(UserViewSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }) }, [400, 401, 403]),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const { unitId, q, page, pageSize } = req.query;
      if (unitId) {
        const unit = await getUnit(ctx.db, unitId);
        if (!unit) throw new AppError('not_found', '单位不存在');
        assertAllowed(canListUsers(actor, { unitId, regionCode: unit.regionCode }), '只能查看本单位的用户');
      } else {
        assertAllowed(canListUsers(actor, 'region'), '只能查看本单位的用户，请指定 unitId');
      }
      const result = await listUsers(ctx.db, { regionCode: actor.regionCode, unitId, q, page, pageSize }, ctx.clock.now(), hasRole(actor, 'admin', 'security_officer'));
      return { ...result, page, pageSize };
    },
  );

  app.post(
    '/api/v1/users',
    {
      config: { access: 'session' },
      schema: {
        tags: usersTags,
        summary: '新增用户（系统管理员）',
        body: CreateUserSchema,
        response: withProblems({ 201: z.object({ user: UserViewSchema, initialPassword: z.string().nullable() }) }),
      },
    },
    async (req, reply) => {
      const result = await createUser(ctx, actorOf(req), req.body);
      reply.code(201);
      return result;
    },
  );

  app.get(
    '/api/v1/users/:id',
    { config: { access: 'session' }, schema: { tags: usersTags, summary: '用户详情', params: IdParamsSchema, response: withProblems({ 200: UserViewSchema }) } },
    async (req) => {
      const actor = actorOf(req);
      const user = await getUser(ctx.db, req.params.id, ctx.clock.now(), hasRole(actor, 'admin', 'security_officer'));
      if (!user || !canReadUser(actor, { userId: user.id, unitId: user.unitId, regionCode: user.regionCode })) {
        // Same answer for "not there" and "not yours": ids of other units' users are not disclosed.
        throw new AppError('not_found', '用户不存在');
      }
      return user;
    },
  );

  app.patch(
    '/api/v1/users/:id',
    { config: { access: 'session' }, schema: { tags: usersTags, summary: '修改用户（系统管理员）', params: IdParamsSchema, body: UpdateUserSchema, response: withProblems({ 200: UserViewSchema }) } },
    async (req) => updateUser(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/users/:id/unlock',
    { config: { access: 'session' }, schema: { tags: usersTags, summary: '解锁账户（安全管理员、系统管理员）', params: IdParamsSchema, response: withProblems({ 200: UserViewSchema }) } },
    async (req) => unlockUser(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/api/v1/users/:id/reset-password',
    {
      config: { access: 'session' },
      schema: { tags: usersTags, summary: '重置密码（系统管理员）', params: IdParamsSchema, response: withProblems({ 200: z.object({ user: UserViewSchema, temporaryPassword: z.string() }) }) },
    },
    async (req) => resetPassword(ctx, actorOf(req), req.params.id),
  );
}
