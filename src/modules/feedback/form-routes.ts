/**
 * The portal's 纠错 and 举报 forms as plain HTML posts (no JavaScript needed): checked with the
 * double-submit form token instead of a session, answered with a redirect (303) on success and with
 * a page that says what is wrong otherwise.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import { flagFormPage, flagResultPage, reportFormPage } from '../../public-site/partials/error-reports.ts';
import { compressPayload } from '../../public-site/compress.ts';
import { siteOf, withQuery } from '../../public-site/site.ts';
import { fileReport } from './commands/file-report.ts';
import { flagContent } from './commands/flag-content.ts';
import { checkFormToken, issueFormToken } from './form-token.ts';
import { FLOOD_LIMIT } from './fields.ts';
import { liveItemName, shownReportById } from './queries.ts';

type Form = Record<string, string | undefined>;

const HTML = 'text/html; charset=utf-8';
const EXPIRED = '页面已过期或请求来源不可信，请返回事项页面刷新后重新提交。';
const TOO_MANY = '提交过于频繁，请一小时后再试；也可拨打 12345 政务服务便民热线反映。';

function sendPage(reply: FastifyReply, status: number, page: string) {
  return reply.code(status).type(HTML).header('cache-control', 'no-store').header('vary', 'Cookie').send(page);
}

/** The region's query for links, when the item is not in the default region. */
function regionQuery(ctx: AppContext, regionCode: string | undefined) {
  return regionCode && regionCode !== ctx.config.defaultRegion ? { region: regionCode } : {};
}

export async function formRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  await fastify.register(async (scope) => {
    scope.addHook('onSend', compressPayload);
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });

    /** A rate limit or a body the parser refused still answers with a page, not JSON. */
    async function htmlErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
      const site = await siteOf(ctx, req);
      const status = err.statusCode === 429 ? 429 : err.statusCode && err.statusCode < 500 ? err.statusCode : 500;
      if (status >= 500) req.log.error({ err }, 'form post failed');
      const message = status === 429 ? TOO_MANY : status >= 500 ? '服务器内部错误，请稍后重试。' : '提交内容格式不正确，请返回事项页面重新填写。';
      return sendPage(reply, status, flagResultPage(site, { itemCode: null, message, ok: false, title: '未能提交' }));
    }

    scope.get<{ Params: { code: string } }>('/items/:code/report', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
      const site = await siteOf(ctx, req);
      const itemName = /^[\w-]{1,40}$/.test(req.params.code) ? await liveItemName(ctx.db, req.params.code) : null;
      if (!itemName) return sendPage(reply, 404, reportFormPage(site, { itemCode: req.params.code, itemName: null, formToken: '', status: 404, notice: '现行目录中没有这个事项，无法提出纠错。' }));
      return sendPage(reply, 200, reportFormPage(site, { itemCode: req.params.code, itemName, formToken: issueFormToken(req, reply), status: 200 }));
    });

    scope.get<{ Params: { id: string } }>('/error-reports/:id/flag', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
      const site = await siteOf(ctx, req);
      const report = /^[0-9a-f-]{36}$/i.test(req.params.id) ? await shownReportById(ctx.db, req.params.id) : null;
      if (!report) return sendPage(reply, 404, flagResultPage(site, { itemCode: null, message: '该内容不存在或未公开。', ok: false, title: '无法举报' }));
      return sendPage(reply, 200, flagFormPage(site, { report, itemCode: report.itemCode, itemName: report.itemName, formToken: issueFormToken(req, reply) }));
    });

    scope.post<{ Params: { code: string }; Body: Form }>(
      '/items/:code/error-reports',
      { config: { access: 'public', csrf: false, rateLimit: FLOOD_LIMIT }, schema: { hide: true }, errorHandler: htmlErrors },
      async (req, reply) => {
        const form: Form = req.body && typeof req.body === 'object' ? req.body : {};
        const site = await siteOf(ctx, req);
        const code = req.params.code;
        const values = { fieldPath: form.fieldPath, body: form.body, contactName: form.contactName, contactPhone: form.contactPhone };
        const again = (status: number, errors: Record<string, string>, itemName: string | null, notice?: string) =>
          sendPage(reply, status, reportFormPage(site, { itemCode: code, itemName, formToken: issueFormToken(req, reply), values, errors, status, notice }));
        if (!checkFormToken(req, form._token)) return again(403, {}, null, EXPIRED);
        try {
          const r = await fileReport(ctx, { address: req.ip }, { itemCode: code, ...values, body: form.body ?? '' });
          return reply.header('cache-control', 'no-store').redirect(withQuery('/reports', { ref: r.reference, ...regionQuery(ctx, r.regionCode) }), 303);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          const itemName = await liveItemName(ctx.db, code);
          if (err.code === 'validation') return again(400, Object.fromEntries((err.fields ?? []).map((f) => [f.path, f.message])), itemName);
          if (err.code === 'rate_limited') return again(429, {}, itemName, err.detail);
          return again(err.status, {}, null, err.detail);
        }
      },
    );

    scope.post<{ Params: { id: string }; Body: Form }>(
      '/error-reports/:id/flags',
      { config: { access: 'public', csrf: false, rateLimit: FLOOD_LIMIT }, schema: { hide: true }, errorHandler: htmlErrors },
      async (req, reply) => {
        const form: Form = req.body && typeof req.body === 'object' ? req.body : {};
        const site = await siteOf(ctx, req);
        if (!checkFormToken(req, form._token)) return sendPage(reply, 403, flagResultPage(site, { itemCode: null, message: EXPIRED, ok: false }));
        if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) return sendPage(reply, 404, flagResultPage(site, { itemCode: null, message: '该内容不存在或未公开。', ok: false }));
        try {
          const r = await flagContent(ctx, { address: req.ip }, req.params.id, { reason: form.reason ?? '' });
          return reply.header('cache-control', 'no-store').redirect(withQuery('/error-reports/flag-received', { item: r.itemCode, ...regionQuery(ctx, site.regionCode) }), 303);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          return sendPage(reply, err.status, flagResultPage(site, { itemCode: null, message: err.detail, ok: false }));
        }
      },
    );

    scope.get<{ Querystring: { item?: string } }>('/error-reports/flag-received', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
      const site = await siteOf(ctx, req);
      const item = typeof req.query.item === 'string' && /^[\w-]{1,40}$/.test(req.query.item) ? req.query.item : null;
      return sendPage(
        reply,
        200,
        flagResultPage(site, { itemCode: item, ok: true, message: '感谢您的监督。我们会核实被举报的内容；同一内容被多人举报后将暂时隐藏，由审核人员决定保留或删除。' }),
      );
    });
  });

}
