import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { totpCode } from '../../src/modules/identity/totp.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A browser-like API client over `app.inject`: keeps the session cookie and sends the CSRF token. */
export class ApiClient {
  cookie: string | null = null;
  csrf: string | null = null;
  me: Record<string, unknown> | null = null;

  constructor(
    readonly app: FastifyInstance,
    readonly ip = '127.0.0.1',
  ) {}

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({ method, url, headers: h, remoteAddress: this.ip, ...(body !== undefined ? { payload: body as object } : method !== 'GET' ? { payload: {} } : {}) });
    const set = res.cookies.find((c) => c.name === 'qd_sid');
    if (set) this.cookie = set.value ? `qd_sid=${set.value}` : null;
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, body, headers);
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body);
  }
  delete(url: string, body?: unknown) {
    return this.request('DELETE', url, body);
  }

  /** Posts a raw file body (an upload), with the session cookie and the CSRF token. */
  upload(url: string, body: Buffer, contentType: string) {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    return this.app.inject({ method: 'POST', url, payload: body, headers, remoteAddress: this.ip });
  }

  /** Logs in; with `totpSecret` answers the second-factor step too. Throws unless it ends in a session. */
  async login(username: string, password: string, totpSecret?: string, at: Date = new Date()): Promise<this> {
    const body: Record<string, string> = { username, password };
    if (totpSecret) body.totp = totpCode(totpSecret, at);
    const res = await this.post('/api/v1/auth/login', body);
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const me = res.json();
    this.csrf = me.csrfToken;
    this.me = me;
    return this;
  }
}
