import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { withProblems } from '../../http/schemas.ts';
import { exportFiling } from './export-filing.ts';
import { importFiling } from './import-filing.ts';
import { FilingFileError } from './read-filing.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_UPLOAD = 20 * 1024 * 1024;

const ReportEntrySchema = z.object({
  row: z.number().int().describe('电子表格中的行号（与 Excel 显示一致）'),
  column: z.string().nullable().describe('列名（表头），与整行有关时为 null'),
  code: z.string().describe('规则代码，如 R1.category.normalized'),
  message: z.string(),
});

export const FilingReportSchema = z
  .object({
    file: z.string(),
    unit: z.string().describe('导入单位规范全称'),
    rowsRead: z.number().int().describe('读到的事项行数（不含标题、表头、空行和备注）'),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    warnings: z.array(ReportEntrySchema).describe('提示和待补全（incomplete）问题，不阻止导入'),
    errors: z.array(ReportEntrySchema).describe('错误；有任何错误时不写入任何事项，created/updated/unchanged 均为 0'),
  })
  .meta({ id: 'FilingReport' });

/** Routes of 备案表: import (with a preview as a dry run) and export of a unit's filing form. */
export async function filingRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  // Encapsulated, so the raw-body parser applies to these routes only.
  await fastify.register(async (scope) => {
    scope.addContentTypeParser([XLSX_TYPE, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: MAX_UPLOAD }, (_req, body, done) => done(null, body));
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['备案表'];

    app.post(
      '/api/v1/filing/import',
      {
        config: { access: 'session' },
        bodyLimit: MAX_UPLOAD,
        schema: {
          tags,
          summary: '导入备案表（.xlsx，请求体为文件本身，最大 20 MB）；dryRun=true 为预览，不写入',
          description:
            '全部成功才写入：有任何错误时不写入任何事项。预览（dryRun=true）总是返回 200 和报告；正式导入（dryRun=false）成功返回 200，有错误时返回 422 和同样格式的报告。文件无法使用（不是 .xlsx、已损坏、没有备案表）时返回 400。',
          consumes: [XLSX_TYPE, 'application/octet-stream'],
          querystring: z.object({
            unitId: z.uuid('单位编号格式不正确').optional().describe('默认为本人所在单位'),
            dryRun: z.enum(['true', 'false']).default('false').describe('true：只预览，不写入'),
            fileName: z.string().trim().max(200).optional().describe('原文件名，写入报告和审计日志'),
          }),
          body: z.any().meta({ type: 'string', format: 'binary', description: '备案表 .xlsx 文件内容' }),
          response: withProblems({ 200: FilingReportSchema, 422: FilingReportSchema }, [400, 401, 403, 404, 409, 413, 415]),
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const body: unknown = req.body;
        if (!Buffer.isBuffer(body)) throw new AppError('bad_request', `请以 ${XLSX_TYPE} 上传备案表文件`);
        const dryRun = req.query.dryRun === 'true';
        try {
          const report = await importFiling(ctx, actor, { buffer: body, fileName: req.query.fileName ?? '备案表.xlsx', unitId: req.query.unitId ?? actor.unitId, dryRun });
          if (!dryRun && report.errors.length > 0) reply.code(422);
          return report;
        } catch (err) {
          if (err instanceof FilingFileError) throw new AppError('bad_request', err.message);
          throw err;
        }
      },
    );

    app.get(
      '/api/v1/filing/export',
      {
        config: { access: 'session' },
        schema: {
          tags,
          summary: '导出备案表（附件2格式的 .xlsx，A4 横向打印，含单位负责人签字和盖章栏）',
          querystring: z.object({ unitId: z.uuid('单位编号格式不正确').optional().describe('默认为本人所在单位') }),
          response: withProblems(
            { 200: { description: '备案表 .xlsx', content: { [XLSX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } } } as unknown as z.ZodType<Buffer> },
            [400, 401, 403, 404],
          ),
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const file = await exportFiling(ctx, actor, req.query.unitId ?? actor.unitId);
        const ascii = `filing-${file.fileName.slice(-15)}`; // filing-2026-11-27.xlsx for clients without RFC 5987
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('cache-control', 'no-store')
          .send(file.buffer);
      },
    );
  });
}
