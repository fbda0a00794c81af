import { pipeline, type Readable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { chinaDate } from '../../domain/working-days.ts';
import { withProblems } from '../../http/schemas.ts';
import { prettyJson, renderOpenDataPage } from '../../public-site/pages/open-data.ts';
import { compressPayload, preferredEncoding } from '../../public-site/compress.ts';
import { siteOf } from '../../public-site/site.ts';
import { contentDisposition } from '../guides/content-disposition.ts';
import { editionView, listEditions, liveEdition } from '../publication/queries.ts';
import { catalogJsonLd } from './cpsv.ts';
import { catalogCsv } from './csv.ts';
import { catalogPage } from '../publication/queries.ts';
import { publicEdition, type ExportEdition } from './queries.ts';
import { catalogXlsx } from './xlsx.ts';

export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const JSONLD_TYPE = 'application/ld+json; charset=utf-8';

const Query = z.object({
  region: z.string().regex(/^\d{6}$/, '行政区划代码为6位数字').optional().describe('行政区划代码；默认为本平台所在区'),
  edition: z.coerce.number('版本号应为正整数').int('版本号应为正整数').positive('版本号应为正整数').optional().describe('目录版本号；默认为现行目录'),
});

const file = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string().meta({ format: 'binary' }) } } });

/** 武陵源区公共服务事项目录-第1版.csv */
function fileName(e: ExportEdition, ext: string): string {
  return `${e.regionName}公共服务事项目录-第${e.number}版.${ext}`;
}

/** Routes of 开放数据: the catalog as CSV, .xlsx and CPSV-AP JSON-LD (public), and the page describing them. */
export async function openDataRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['开放数据（公开）'];

  function send(req: FastifyRequest, reply: FastifyReply, e: ExportEdition, named: boolean, type: string, ext: string, body: Readable) {
    // Text compresses about tenfold; an .xlsx is a zip already.
    const encoding = ext === 'xlsx' ? 'identity' : preferredEncoding(req.headers['accept-encoding']);
    if (encoding !== 'identity') {
      reply.header('content-encoding', encoding).header('vary', 'Accept-Encoding');
      const zip = encoding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : createGzip();
      // pipeline, not pipe: a failed read must end the compressed stream too, not leave it hanging.
      pipeline(body, zip, () => {});
      body = zip;
    }
    // A numbered edition never changes; "the current one" changes when the next edition goes live.
    return reply
      .type(type)
      .header('content-disposition', contentDisposition(fileName(e, ext), `catalog-${e.regionCode}-${e.number}.${ext}`))
      .header('cache-control', named ? 'public, max-age=86400' : 'public, max-age=300')
      .header('x-edition-number', String(e.number))
      .send(body);
  }

  const region = (q: { region?: string }) => q.region ?? ctx.config.defaultRegion;

  app.get(
    '/api/v1/open-data/catalog.csv',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '下载事项目录（CSV，UTF-8 带 BOM）：现行目录或指定版本，每个事项一行',
        querystring: Query,
        response: { ...withProblems({}, [400, 404]), 200: file('text/csv', 'CSV 文件（RFC 4180）') },
      },
    },
    async (req, reply) => {
      const e = await publicEdition(ctx.db, region(req.query), req.query.edition);
      return send(req, reply, e, req.query.edition !== undefined, CSV_TYPE, 'csv', catalogCsv(ctx.db, e));
    },
  );

  app.get(
    '/api/v1/open-data/catalog.xlsx',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '下载事项目录（Excel .xlsx）：第一张表为事项，第二张表“说明”为版本信息和字段说明',
        querystring: Query,
        response: { ...withProblems({}, [400, 404]), 200: file(XLSX_TYPE, 'Excel 工作簿') },
      },
    },
    async (req, reply) => {
      const e = await publicEdition(ctx.db, region(req.query), req.query.edition);
      return send(req, reply, e, req.query.edition !== undefined, XLSX_TYPE, 'xlsx', catalogXlsx(ctx.db, e, chinaDate(ctx.clock.now())));
    },
  );

  app.get(
    '/api/v1/open-data/catalog.jsonld',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '下载事项目录（JSON-LD，欧盟公共服务核心词表 CPSV-AP 3）：每个事项为一个 cpsv:PublicService',
        querystring: Query,
        response: { ...withProblems({}, [400, 404]), 200: file('application/ld+json', 'JSON-LD 文档') },
      },
    },
    async (req, reply) => {
      const e = await publicEdition(ctx.db, region(req.query), req.query.edition);
      const origin = `${req.protocol}://${req.host}`;
      return send(req, reply, e, req.query.edition !== undefined, JSONLD_TYPE, 'jsonld', catalogJsonLd(ctx.db, e, origin));
    },
  );

  app.get('/open-data', { config: { access: 'public' }, schema: { hide: true }, onSend: compressPayload }, async (req, reply) => {
    const site = await siteOf(ctx, req);
    const editions = await listEditions(ctx.db, site.regionCode, false);
    const current = editions.find((e) => e.isCurrent);
    let apiExample: string | null = null;
    if (current) {
      const live = await liveEdition(ctx.db, site.regionCode);
      const page = live ? await catalogPage(ctx.db, live.id, { page: 1, pageSize: 1 }) : null;
      if (live && page) {
        const items = page.items.map((i) => ({ ...i, guideUrl: `/api/v1/catalog/items/${encodeURIComponent(i.code)}` }));
        apiExample = prettyJson({ edition: editionView(live, live.number), items, total: page.total, page: 1, pageSize: 1 });
      }
    }
    // Like every portal page: it depends on the 关怀版 cookie.
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'Cookie').send(renderOpenDataPage(site, { editions, apiExample }));
  });
}
