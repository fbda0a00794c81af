import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.ts';
import { withProblems } from '../../http/schemas.ts';
import { searchCatalog, suggest } from './search/query.ts';
import { SearchQuerySchema, SearchResultSchema, SuggestQuerySchema, SuggestResultSchema } from './search/schemas.ts';

/**
 * The portal's busiest answers are written with plain JSON.stringify: their schemas document them
 * (and test/integration/search.test.ts holds answers to them), while checking every answer against
 * the schema would cost a tenth of a search.
 */
const plainJson = () => (data: unknown) => JSON.stringify(data);

/** Public search API: 检索 and 输入提示, over the live catalog of a region (the site's own by default). */
export async function searchRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['门户检索'];

  app.get(
    '/api/v1/search',
    {
      config: { access: 'public' },
      serializerCompiler: plainJson,
      schema: {
        tags,
        summary: '检索现行目录中的事项（中文分词、拼音及首字母、错字近似匹配），可按单位、类别、服务对象、主题、网办深度筛选',
        querystring: SearchQuerySchema,
        response: withProblems({ 200: SearchResultSchema }, [400]),
      },
    },
    async (req) => {
      const { q = '', region, unitId, category, object, theme, depth, page, pageSize } = req.query;
      const regionCode = region ?? ctx.config.defaultRegion;
      const result = await searchCatalog(ctx.db, { regionCode, q, unitId, category, serviceObject: object, theme, onlineDepth: depth, page, pageSize });
      return { regionCode, q, page, pageSize, ...result };
    },
  );

  app.get(
    '/api/v1/search/suggest',
    {
      config: { access: 'public' },
      serializerCompiler: plainJson,
      schema: { tags, summary: '输入提示：按已输入的文字或拼音给出至多8个事项名称', querystring: SuggestQuerySchema, response: withProblems({ 200: SuggestResultSchema }, [400]) },
    },
    async (req) => ({ suggestions: await suggest(ctx.db, req.query.region ?? ctx.config.defaultRegion, req.query.q) }),
  );
}
