import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, withProblems } from '../../http/schemas.ts';
import type { Actor } from '../identity/actor.ts';
import { assertAllowed } from '../identity/policy.ts';
import { canReadCatalog } from '../catalog/policy.ts';
import { getItemDetail } from '../catalog/queries.ts';
import { loadUnitChain } from '../catalog/unit-chain.ts';
import { allGuidesDocx, guideDocx } from './guide-docx.ts';
import { contentDisposition } from './content-disposition.ts';
import { filingPrintHtml, guidePrintHtml } from './guide-html.ts';
import { unitGuides } from './queries.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const HTML_TYPE = 'text/html; charset=utf-8';

const docxResponse = { description: 'Word 文档（.docx）', content: { [DOCX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } } };
const htmlResponse = { description: 'A4 打印页（HTML）', content: { 'text/html': { schema: z.string() } } };

const PROBLEMS = withProblems({}, [400, 401, 403, 404]);

function sendDocx(reply: FastifyReply, body: Buffer, fileName: string, fallback: string) {
  return reply.type(DOCX_TYPE).header('content-disposition', contentDisposition(fileName, fallback)).header('cache-control', 'no-store').send(body);
}

function sendHtml(reply: FastifyReply, html: string) {
  return reply.type(HTML_TYPE).header('cache-control', 'no-store').send(html);
}

/** Routes of 服务指南 and 备案表 documents: .docx downloads and A4 print views. */
export async function guideRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['服务指南'];

  /** The item's newest version, or 404 when it does not exist or the caller may not read its unit. */
  async function readableItem(actor: Actor, itemId: string) {
    const detail = await getItemDetail(ctx.db, itemId);
    if (!detail) throw new AppError('not_found', '事项不存在');
    // Another unit's unpublished items are not disclosed, not even their existence.
    if (!canReadCatalog(actor, await loadUnitChain(ctx.db, detail.item.unitId))) throw new AppError('not_found', '事项不存在');
    return { code: detail.item.code, unitName: detail.unitName, draft: detail.draft, versionNumber: detail.version.number };
  }

  async function readableUnit(actor: Actor, unitId: string) {
    const unit = await loadUnitChain(ctx.db, unitId);
    assertAllowed(canReadCatalog(actor, unit), '没有权限查看该单位的事项');
    return unit;
  }

  app.get(
    '/api/v1/items/:id/guide.docx',
    {
      config: { access: 'session' },
      schema: { tags, summary: '下载事项服务指南（Word 文档，A4）', params: IdParamsSchema, response: { ...PROBLEMS, 200: docxResponse } },
    },
    async (req, reply) => {
      const guide = await readableItem(actorOf(req), req.params.id);
      return sendDocx(reply, await guideDocx(guide), `服务指南-${guide.draft.name}.docx`, `guide-${guide.code}.docx`);
    },
  );

  app.get(
    '/api/v1/items/:id/guide/print',
    {
      config: { access: 'session' },
      schema: { tags, summary: '事项服务指南打印页（A4 纵向）', params: IdParamsSchema, response: { ...PROBLEMS, 200: htmlResponse } },
    },
    async (req, reply) => sendHtml(reply, guidePrintHtml(await readableItem(actorOf(req), req.params.id))),
  );

  app.get(
    '/api/v1/units/:id/guides.docx',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '下载单位服务指南汇编（Word 文档：封面、目录、每个事项的服务指南）',
        params: IdParamsSchema,
        response: { ...PROBLEMS, 200: docxResponse },
      },
    },
    async (req, reply) => {
      const unit = await readableUnit(actorOf(req), req.params.id);
      const guides = (await unitGuides(ctx.db, unit.id)).map((g) => ({ ...g, unitName: unit.fullName }));
      const body = await allGuidesDocx({ unitName: unit.fullName, guides, date: ctx.clock.now() });
      return sendDocx(reply, body, `服务指南汇编-${unit.fullName}.docx`, 'guides.docx');
    },
  );

  app.get(
    '/api/v1/units/:id/filing/print',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '单位公共服务事项备案表打印页（A4 横向，含单位负责人签字和公章位置）',
        params: IdParamsSchema,
        response: { ...PROBLEMS, 200: htmlResponse },
      },
    },
    async (req, reply) => {
      const unit = await readableUnit(actorOf(req), req.params.id);
      const drafts = (await unitGuides(ctx.db, unit.id)).map((g) => g.draft);
      return sendHtml(reply, filingPrintHtml({ unitName: unit.fullName, date: ctx.clock.now(), drafts }));
    },
  );
}
