import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sessions, units, userRoles, users } from '../../db/schema/index.ts';
import { isRole } from '../../domain/roles.ts';
import type { Actor } from './actor.ts';

export const SESSION_COOKIE = 'qd_sid';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoadedSession {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  mfaState: 'complete' | 'enroll_required';
  mustChangePassword: boolean;
  totpEnabled: boolean;
}

/**
 * Finds the session behind a cookie token. An idle session (no request for `idleMinutes`) is ended
 * here as well as by the expire-sessions job, so the limit holds even when the job has not run.
 */
export async function loadSession(db: Db, token: string, now: Date, idleMinutes: number, touch = true): Promise<LoadedSession | null> {
  const rows = await db
    .select({ session: sessions, user: users, regionCode: units.regionCode })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(sessions.tokenHash, hashToken(token)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const idleSince = now.getTime() - row.session.lastSeenAt.getTime();
  if (idleSince > idleMinutes * 60_000 || row.user.isDisabled) {
    await db.delete(sessions).where(eq(sessions.id, row.session.id));
    return null;
  }
  // Touch at most once a minute: enough for a 30-minute limit, far fewer writes.
  // Background polls (touch = false) must not keep a walked-away user's session alive.
  if (touch && idleSince > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.session.id));
  }
  const roleRows = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, row.user.id));
  return {
    sessionId: row.session.id,
    csrfToken: row.session.csrfToken,
    mfaState: row.session.mfaState as LoadedSession['mfaState'],
    mustChangePassword: row.user.mustChangePassword,
    totpEnabled: row.user.totpEnabled,
    actor: {
      userId: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      unitId: row.user.unitId,
      regionCode: row.regionCode,
      roles: roleRows.map((r) => r.role).filter(isRole),
      sessionId: row.session.id,
    },
  };
}

/** Ends every session idle for longer than the limit; run by the expire-sessions job. */
export async function deleteIdleSessions(db: Db, now: Date, idleMinutes: number): Promise<number> {
  const cutoff = new Date(now.getTime() - idleMinutes * 60_000);
  const deleted = await db.delete(sessions).where(lt(sessions.lastSeenAt, cutoff)).returning({ id: sessions.id });
  return deleted.length;
}

/** Ends all of a user's sessions except, optionally, one. */
export async function deleteUserSessions(db: Db, userId: string, exceptSessionId?: string): Promise<void> {
  const all = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
  for (const s of all) {
    if (s.id !== exceptSessionId) await db.delete(sessions).where(and(eq(sessions.id, s.id), eq(sessions.userId, userId)));
  }
}
