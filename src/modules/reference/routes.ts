import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { powerListEntries, provincialRefItems } from '../../db/schema/index.ts';
import { AppError } from '../../domain/errors.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, PageQuerySchema, withProblems } from '../../http/schemas.ts';
import { assertAllowed } from '../identity/policy.ts';
import { canReadCatalog } from '../catalog/policy.ts';
import { loadUnitChain } from '../catalog/unit-chain.ts';
import { importPowerList, importProvincialRefs } from './commands.ts';
import { provincialCoverage } from './queries.ts';

const ReportSchema = z.object({ file: z.string(), rowsRead: z.number().int(), imported: z.number().int(), errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })) });
const RefSchema = z.object({ code: z.string(), name: z.string(), category: z.string().nullable(), deptType: z.string().nullable() });

/** Routes of 权力清单 and 省级参照目录. Uploads are the raw .xlsx or .csv file as the request body. */
export async function referenceRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  await fastify.register(async (scope) => {
    scope.addContentTypeParser(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) =>
      done(null, body),
    );
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['权力清单与省级参照目录'];
    const FileQuery = z.object({ fileName: z.string().trim().max(200).default('上传文件') });

    app.post(
      '/api/v1/power-list',
      {
        config: { access: 'session' },
        schema: {
          tags,
          summary: '导入权力清单（.xlsx 或 .csv，列：事项名称、实施单位、权力类别；整体替换本区划的权力清单）',
          querystring: FileQuery,
          response: withProblems({ 200: ReportSchema, 422: ReportSchema }),
        },
      },
      async (req, reply) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('bad_request', '请以文件内容作为请求体上传');
        const report = await importPowerList(ctx, actorOf(req), { buffer: req.body, fileName: req.query.fileName });
        if (report.errors.length > 0) reply.code(422);
        return report;
      },
    );

    app.get(
      '/api/v1/power-list',
      {
        config: { access: 'session' },
        schema: {
          tags,
          summary: '权力清单',
          querystring: PageQuerySchema,
          response: withProblems({ 200: z.object({ items: z.array(z.object({ name: z.string(), unitName: z.string().nullable(), kind: z.string().nullable() })), total: z.number().int() }) }, [400, 401, 403]),
        },
      },
      async (req) => {
        const actor = actorOf(req);
        const where = eq(powerListEntries.regionCode, actor.regionCode);
        const [{ total }] = await ctx.db.select({ total: count() }).from(powerListEntries).where(where);
        const rows = await ctx.db
          .select({ name: powerListEntries.name, unitName: powerListEntries.unitName, kind: powerListEntries.kind })
          .from(powerListEntries)
          .where(where)
          .orderBy(powerListEntries.unitName, powerListEntries.name)
          .limit(req.query.pageSize)
          .offset((req.query.page - 1) * req.query.pageSize);
        return { items: rows, total };
      },
    );

    app.post(
      '/api/v1/provincial-refs',
      {
        config: { access: 'session' },
        schema: {
          tags,
          summary: '导入省级参照目录（.xlsx 或 .csv，列：事项编码、事项名称、类别、部门类型；按编码新增或更新）',
          querystring: FileQuery,
          response: withProblems({ 200: ReportSchema, 422: ReportSchema }),
        },
      },
      async (req, reply) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('bad_request', '请以文件内容作为请求体上传');
        const report = await importProvincialRefs(ctx, actorOf(req), { buffer: req.body, fileName: req.query.fileName });
        if (report.errors.length > 0) reply.code(422);
        return report;
      },
    );

    app.get(
      '/api/v1/provincial-refs',
      {
        config: { access: 'session' },
        schema: { tags, summary: '省级参照目录', response: withProblems({ 200: z.object({ items: z.array(RefSchema), total: z.number().int() }) }, [401, 403]) },
      },
      async (req) => {
        const actor = actorOf(req);
        const rows = await ctx.db
          .select({ code: provincialRefItems.code, name: provincialRefItems.name, category: provincialRefItems.category, deptType: provincialRefItems.deptType })
          .from(provincialRefItems)
          .where(eq(provincialRefItems.regionCode, actor.regionCode))
          .orderBy(provincialRefItems.code);
        return { items: rows, total: rows.length };
      },
    );

    app.get(
      '/api/v1/units/:id/provincial-coverage',
      {
        config: { access: 'session' },
        schema: {
          tags,
          summary: '本单位对省级参照目录的认领情况：已认领、未认领、编码无效的关联',
          params: IdParamsSchema,
          response: withProblems({
            200: z.object({
              unitId: z.uuid(),
              unitName: z.string(),
              claimed: z.array(RefSchema.extend({ itemId: z.uuid(), itemName: z.string() })),
              unclaimed: z.array(RefSchema),
              unknownLinks: z.array(z.object({ code: z.string(), itemId: z.uuid(), itemName: z.string() })),
            }),
          }),
        },
      },
      async (req) => {
        assertAllowed(canReadCatalog(actorOf(req), await loadUnitChain(ctx.db, req.params.id)), '没有权限查看该单位的事项');
        const coverage = await provincialCoverage(ctx.db, req.params.id);
        if (!coverage) throw new AppError('not_found', '单位不存在');
        return coverage;
      },
    );
  });
}
