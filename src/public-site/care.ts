/**
 * 关怀版 (elderly mode, SPEC §9): extra-large text, high contrast, line spacing ≥ 1.5, bigger
 * targets. Switched by a plain link (`/care?on=1&back=/path`) and remembered in a cookie, so it
 * works without JavaScript and stays on for the next visit.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const CARE_COOKIE = 'qd_care';
const ONE_YEAR = 365 * 24 * 3600;

/** Is 关怀版 on for this visitor? */
export function isCareMode(req: FastifyRequest): boolean {
  return req.cookies?.[CARE_COOKIE] === '1';
}

/**
 * Where to go back to after switching: a path of this site only (never `//host` or a full URL, so the
 * link cannot send people elsewhere).
 */
export function safeBackPath(back: unknown): string {
  if (typeof back !== 'string' || back.length > 2000) return '/';
  if (!back.startsWith('/') || back.startsWith('//') || back.startsWith('/\\') || /[\r\n]/.test(back)) return '/';
  if (back.startsWith('/care')) return '/';
  // The query string arrives decoded; a Location header takes ASCII only.
  return back.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
}

/** The link that switches to the other mode and comes back to `currentPath`. */
export function careToggleHref(care: boolean, currentPath: string): string {
  return `/care?on=${care ? 0 : 1}&back=${encodeURIComponent(safeBackPath(currentPath))}`;
}

/** GET /care: sets or clears the cookie and returns to the page the visitor was on. */
export function switchCareMode(req: FastifyRequest<{ Querystring: Record<string, string | undefined> }>, reply: FastifyReply) {
  const on = req.query.on !== '0';
  const secure = req.protocol === 'https';
  if (on) reply.setCookie(CARE_COOKIE, '1', { path: '/', maxAge: ONE_YEAR, sameSite: 'lax', httpOnly: true, secure });
  else reply.clearCookie(CARE_COOKIE, { path: '/' });
  return reply.header('cache-control', 'no-store').redirect(safeBackPath(req.query.back), 303);
}
