import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../modules/identity/actor.ts';
import { loadSession, SESSION_COOKIE, type LoadedSession } from '../../modules/identity/sessions.ts';

/**
 * How a route may be reached:
 * - `public`: anyone;
 * - `session`: a complete session (second factor done, no pending password change);
 * - `pending`: any session, including one that must still enrol a second factor or change its password.
 */
export type Access = 'public' | 'session' | 'pending';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** `false` only for login, which must work even with a stale session cookie in the browser. */
    csrf?: boolean;
    /** `false` for background polls (the unread-count badge): they do not count as activity for the idle timeout. */
    activity?: boolean;
  }
  interface FastifyRequest {
    session: LoadedSession | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The caller as an Actor; throws 401 when there is no session. Use in `session` and `pending` routes. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.session) throw new AppError('unauthenticated', '请先登录');
  return { ...req.session.actor, sourceIp: req.ip, requestId: req.id };
}

/** Loads the session from its cookie, enforces each route's access level and the CSRF token. */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req) => {
    const url = req.routeOptions.url;
    if (!url) return; // unmatched: the not-found handler answers
    // Secure by default: an API route that forgets to declare its access needs a complete session.
    const access = req.routeOptions.config?.access ?? (url.startsWith('/api/v1') ? 'session' : 'public');
    const token = req.cookies?.[SESSION_COOKIE];
    req.session = token ? await loadSession(ctx.db, token, ctx.clock.now(), ctx.config.sessionIdleMinutes, req.routeOptions.config?.activity !== false) : null;
    // Synchronizer token: a cookie-authenticated write must echo the session's CSRF token.
    const checksCsrf = req.routeOptions.config?.csrf !== false;
    if (checksCsrf && req.session && UNSAFE.has(req.method) && req.headers['x-csrf-token'] !== req.session.csrfToken) {
      throw new AppError('csrf', '页面已过期或请求来源不可信，请刷新页面后重试（CSRF 校验失败）');
    }
    if (access === 'public') return;
    if (!req.session) throw new AppError('unauthenticated', token ? '登录已超时，请重新登录' : '请先登录');
    if (access === 'session') {
      if (req.session.mfaState === 'enroll_required') throw new AppError('mfa_enrollment_required', '系统管理员须先绑定动态口令（双因素认证）');
      if (req.session.mustChangePassword) throw new AppError('password_change_required', '请先修改初始密码');
    }
  });
}
