/** The documented error codes; src/http/plugins/errors.ts maps each to an HTTP status. */
export const ERROR_STATUS = {
  validation: 400,
  bad_request: 400,
  unauthenticated: 401,
  totp_required: 401,
  csrf: 403,
  forbidden: 403,
  mfa_enrollment_required: 403,
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  invalid_transition: 409,
  locked: 423,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldProblem {
  /** Path of the offending field, e.g. `roles` or `aliases.1`. */
  path: string;
  message: string;
}

/** The one error type of the application; `detail` is Chinese and shown to people. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly fields?: FieldProblem[];
  readonly extra?: Record<string, unknown>;

  constructor(code: ErrorCode, detail: string, fields?: FieldProblem[], extra?: Record<string, unknown>) {
    super(`${code}: ${detail}`);
    this.code = code;
    this.detail = detail;
    this.fields = fields;
    this.extra = extra;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
