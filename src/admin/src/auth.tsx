import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, ApiError, lastActivityAt, onSessionProblem, setCsrfToken } from './api.ts';
import type { Me, RoleCode } from './types.ts';

export type SessionStatus = 'loading' | 'anonymous' | 'ready';

export interface AuthValue {
  status: SessionStatus;
  me: Me | null;
  /** A message for the login page, e.g. 登录已超时，请重新登录. */
  notice: string | null;
  signedIn(me: Me): void;
  refresh(): Promise<Me | null>;
  logout(): Promise<void>;
  clearNotice(): void;
  hasRole(...roles: RoleCode[]): boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

export const SESSION_EXPIRED = '登录已超时，请重新登录';
export const SIGNED_OUT = '您已安全退出';

/** Holds the signed-in staff member (当前用户) and ends the session on 401 from any request. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const meRef = useRef<Me | null>(null);

  const apply = useCallback((next: Me | null, nextNotice: string | null = null) => {
    meRef.current = next;
    // Keep the last token after a session ends: should the server still hold that session (a logout that
    // never arrived), the next login's POST must still pass its CSRF check.
    if (next) setCsrfToken(next.csrfToken);
    setMe(next);
    setStatus(next ? 'ready' : 'anonymous');
    if (nextNotice !== null || next) setNotice(nextNotice);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const fresh = await api.get<Me>('/auth/me');
      apply(fresh);
      return fresh;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        apply(null, meRef.current ? SESSION_EXPIRED : null);
        return null;
      }
      throw error;
    }
  }, [apply]);

  useEffect(() => {
    refresh().catch(() => apply(null, '无法连接服务器，请稍后刷新页面重试'));
  }, [refresh, apply]);

  useEffect(() => {
    onSessionProblem((error, path) => {
      if (path.startsWith('/auth/login') || !meRef.current) return;
      if (error.status === 401) apply(null, SESSION_EXPIRED);
      // The server says a second factor or a new password is still owed: reload /auth/me so the guard shows that page.
      else void refresh().catch(() => undefined);
    });
    return () => onSessionProblem(null);
  }, [apply, refresh]);

  // The server ends a session idle for idleTimeoutMinutes; tell the user as soon as that has surely happened,
  // without a request of ours keeping the session alive (the check runs only once the limit has passed).
  useEffect(() => {
    if (!me) return;
    const limit = me.idleTimeoutMinutes * 60_000 + 10_000;
    const timer = setInterval(() => {
      if (Date.now() - lastActivityAt() > limit) void refresh().catch(() => undefined);
    }, 20_000);
    return () => clearInterval(timer);
  }, [me, refresh]);

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } catch {
      // Already gone on the server: forgetting it here is all that is left to do.
    }
    apply(null, SIGNED_OUT);
  }, [apply]);

  const value = useMemo<AuthValue>(
    () => ({
      status,
      me,
      notice,
      signedIn: (next) => apply(next),
      refresh,
      logout,
      clearNotice: () => setNotice(null),
      hasRole: (...roles) => !!me && roles.some((r) => me.user.roles.includes(r)),
    }),
    [status, me, notice, apply, refresh, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user; only for pages rendered behind the session guard. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a session');
  return me;
}
