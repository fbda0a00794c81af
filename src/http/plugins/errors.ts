import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldProblem } from '../../domain/errors.ts';

const TITLES: Record<number, string> = {
  400: '请求有误',
  401: '未登录或登录已失效',
  403: '没有权限',
  404: '未找到',
  405: '方法不允许',
  409: '冲突',
  413: '内容过大',
  415: '不支持的内容类型',
  423: '已锁定',
  429: '请求过于频繁',
  500: '服务器内部错误',
};

/** RFC 9457 problem details with a Chinese `detail`, a stable `code` and, for validation, field paths. */
export function sendProblem(reply: FastifyReply, req: FastifyRequest, status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send(
      JSON.stringify({
        type: `about:blank`,
        title: TITLES[status] ?? '错误',
        status,
        code,
        detail,
        instance: req.url,
        requestId: req.id,
        ...extra,
      }),
    );
}

function zodFieldProblems(err: FastifyError): FieldProblem[] {
  const validation = (err.validation ?? []) as unknown as { instancePath?: string; message?: string; params?: { issue?: { path?: (string | number)[]; message?: string } } }[];
  return validation.map((v) => {
    const issuePath = v.params?.issue?.path;
    const path = issuePath && issuePath.length > 0 ? issuePath.join('.') : (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    return { path, message: v.params?.issue?.message ?? v.message ?? '格式不正确' };
  });
}

/** The one error handler: known errors become problems; anything else is logged and hidden behind a 500. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      return sendProblem(reply, req, err.status, err.code, err.detail, { ...(err.fields ? { errors: err.fields } : {}), ...(err.extra ?? {}) });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = zodFieldProblems(err);
      const where = err.validationContext === 'querystring' ? '查询参数' : err.validationContext === 'params' ? '路径参数' : '提交内容';
      const first = fields[0];
      return sendProblem(reply, req, 400, 'validation', first ? `${where}有误：${first.path ? `${first.path} ` : ''}${first.message}` : `${where}有误`, { errors: fields });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause?.issues }, 'response did not match its schema');
      return sendProblem(reply, req, 500, 'internal', '服务器内部错误，请稍后重试');
    }
    const status = err.statusCode ?? 500;
    if (status === 429) return sendProblem(reply, req, 429, 'rate_limited', '请求过于频繁，请稍后再试');
    if (status >= 400 && status < 500) {
      const detail = err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? '不支持的内容类型' : err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? '请求内容为空' : status === 413 ? '提交内容过大' : '请求格式不正确';
      return sendProblem(reply, req, status, 'bad_request', detail);
    }
    req.log.error({ err }, 'unexpected error');
    return sendProblem(reply, req, 500, 'internal', '服务器内部错误，请稍后重试');
  });
  app.setNotFoundHandler((req, reply) => sendProblem(reply, req, 404, 'not_found', '请求的资源不存在'));
}
