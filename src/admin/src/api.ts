/** The one way the back office talks to the server: JSON in and out, problems as ApiError. */

export interface FieldProblem {
  path: string;
  message: string;
}

/** An `application/problem+json` answer (RFC 9457), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldProblem[];
  readonly problem: Record<string, unknown>;

  constructor(status: number, problem: Record<string, unknown>) {
    const detail = typeof problem.detail === 'string' ? problem.detail : fallbackDetail(status);
    super(detail);
    this.status = status;
    this.code = typeof problem.code === 'string' ? problem.code : 'unknown';
    this.detail = detail;
    this.errors = Array.isArray(problem.errors) ? (problem.errors as FieldProblem[]) : [];
    this.problem = problem;
  }
}

function fallbackDetail(status: number): string {
  if (status === 0) return '无法连接服务器，请检查网络后重试';
  if (status >= 500) return '服务器内部错误，请稍后重试';
  if (status === 404) return '请求的资源不存在';
  if (status === 403) return '没有权限执行此操作';
  return `请求失败（${status}）`;
}

let csrfToken: string | null = null;
let lastActivity = Date.now();

/** The session's synchronizer token, echoed in X-CSRF-Token on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** When the last request reached the server; the server's idle timer restarts with each one. */
export function lastActivityAt(): number {
  return lastActivity;
}

type ProblemListener = (error: ApiError, path: string) => void;
let problemListener: ProblemListener | null = null;

/** The session context listens here for 401 (expired) and 403 (second factor / password change pending). */
export function onSessionProblem(listener: ProblemListener | null): void {
  problemListener = listener;
}

const SESSION_CODES = new Set(['mfa_enrollment_required', 'password_change_required']);

type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `?a=1&b=x`, leaving out empty values. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const isWrite = method !== 'GET';
  if (isWrite) {
    headers['Content-Type'] = 'application/json';
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: isWrite ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch {
    throw new ApiError(0, {});
  }
  lastActivity = Date.now();
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, data && typeof data === 'object' ? (data as Record<string, unknown>) : {});
    if (error.status === 401 || (error.status === 403 && SESSION_CODES.has(error.code))) problemListener?.(error, path);
    throw error;
  }
  return data as T;
}

/** Reads a non-2xx answer as an ApiError and tells the session context about 401/403 session problems. */
async function failure(response: Response, path: string): Promise<ApiError> {
  let data: unknown = null;
  try {
    const text = await response.text();
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  const error = new ApiError(response.status, data && typeof data === 'object' ? (data as Record<string, unknown>) : {});
  if (error.status === 401 || (error.status === 403 && SESSION_CODES.has(error.code))) problemListener?.(error, path);
  return error;
}

/** Sends a file (the raw bytes as the request body, e.g. an .xlsx) with the CSRF token; JSON back. */
async function upload<T>(path: string, file: Blob, contentType: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': contentType };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method: 'POST', headers, credentials: 'same-origin', body: file });
  } catch {
    throw new ApiError(0, {});
  }
  lastActivity = Date.now();
  if (!response.ok) throw await failure(response, path);
  const text = await response.text();
  return (text ? JSON.parse(text) : null) as T;
}

/** The file name from `Content-Disposition` (RFC 6266 `filename*=UTF-8''…` first), else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** GETs a file (an .xlsx or .docx) as a Blob, with its file name; problems as ApiError like every request. */
async function download(path: string, query: Query | undefined, fallbackName: string): Promise<{ blob: Blob; fileName: string }> {
  const url = `${path}${queryString(query)}`;
  let response: Response;
  try {
    response = await fetch(`/api/v1${url}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, {});
  }
  lastActivity = Date.now();
  if (!response.ok) throw await failure(response, url);
  const blob = await response.blob();
  return { blob, fileName: fileNameOf(response.headers.get('Content-Disposition'), fallbackName) };
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', `${path}${queryString(query)}`),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
  upload,
  download,
};
