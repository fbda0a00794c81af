import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Cookie of the public forms' double-submit token (the portal has no session). */
export const FORM_TOKEN_COOKIE = 'qd_form';

/**
 * The page's form token for public POST forms (纠错, 举报): reuses the visitor's cookie or sets a new
 * one, and returns the value the page puts in a hidden `_token` field. Call it while rendering a page
 * that holds such a form.
 */
export function issueFormToken(req: FastifyRequest, reply: FastifyReply): string {
  const existing = req.cookies?.[FORM_TOKEN_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{32,64}$/.test(existing)) return existing;
  const token = randomBytes(24).toString('base64url');
  reply.setCookie(FORM_TOKEN_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: reply.request.protocol === 'https' });
  return token;
}

/** Does the posted `_token` match the visitor's cookie? (Double-submit: a foreign site can read neither.) */
export function checkFormToken(req: FastifyRequest, posted: unknown): boolean {
  const cookie = req.cookies?.[FORM_TOKEN_COOKIE];
  if (!cookie || typeof posted !== 'string' || posted.length !== cookie.length) return false;
  return timingSafeEqual(Buffer.from(posted), Buffer.from(cookie));
}
