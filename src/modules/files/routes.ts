import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, withProblems } from '../../http/schemas.ts';
import { canReadCatalog } from '../catalog/policy.ts';
import { loadUnitChain } from '../catalog/unit-chain.ts';
import { getFile, MAX_FILE_BYTES, uploadFile } from './files.ts';

/** Routes of 附件: material templates and samples, result samples. */
export async function fileRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  await fastify.register(async (scope) => {
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES + 1024 }, (_req, body, done) => done(null, body));
    const app = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['附件'];

    app.post(
      '/api/v1/files',
      {
        config: { access: 'session' },
        bodyLimit: MAX_FILE_BYTES + 1024,
        schema: {
          tags,
          summary: '上传材料样表、示例或结果样本（请求体为文件本身，最大 10 MB；fileName 带扩展名）',
          querystring: z.object({ fileName: z.string().trim().min(1, '缺少文件名').max(200) }),
          response: withProblems({ 201: z.object({ id: z.uuid(), filename: z.string(), size: z.number().int(), mimeType: z.string() }) }, [400, 401, 403, 413]),
        },
      },
      async (req, reply) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('bad_request', '请以文件内容作为请求体上传');
        const result = await uploadFile(ctx, actorOf(req), { fileName: req.query.fileName, content: req.body });
        reply.code(201);
        return result;
      },
    );

    app.get(
      '/api/v1/files/:id',
      {
        config: { access: 'session' },
        schema: { tags, summary: '下载附件', params: IdParamsSchema, response: withProblems({}, [400, 401, 404]) },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const file = await getFile(ctx.db, req.params.id);
        if (!file || !file.unitId || !canReadCatalog(actor, await loadUnitChain(ctx.db, file.unitId))) throw new AppError('not_found', '附件不存在');
        return reply
          .type(file.mimeType)
          .header('content-disposition', `attachment; filename="file${file.filename.slice(file.filename.lastIndexOf('.'))}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header('cache-control', 'private, max-age=3600')
          .send(file.content);
      },
    );
  });
}
