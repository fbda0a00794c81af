import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, withProblems } from '../../http/schemas.ts';
import { CreateUnitSchema, createUnit } from './commands/create-unit.ts';
import { UpdateUnitSchema, updateUnit } from './commands/update-unit.ts';
import { unitActions } from './policy.ts';
import { getUnit, listRegions, listUnits, resolveUnitName } from './queries.ts';

export const UnitViewSchema = z
  .object({
    id: z.uuid(),
    regionCode: z.string(),
    parentId: z.uuid().nullable(),
    kind: z.enum(['department', 'institution', 'other', 'office', 'sub_unit', 'township']),
    kindLabel: z.string().describe('单位类别'),
    level: z.enum(['district', 'township']),
    levelLabel: z.string().describe('层级：区级 / 乡级'),
    fullName: z.string().describe('规范全称'),
    shortName: z.string().describe('简称'),
    aliases: z.array(z.string()).describe('别名'),
    creditCode: z.string().nullable().describe('统一社会信用代码'),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    sortOrder: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Unit' });

const RegionQuery = z.object({ region: z.string().regex(/^\d{6}$/, '行政区划代码为6位数字').optional() });

/** Routes of 行政区划与单位. Reading is public (the units are public information); changing is not. */
export async function orgRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['行政区划与单位'];
  const regionOf = (q: { region?: string }) => q.region ?? ctx.config.defaultRegion;

  app.get(
    '/api/v1/regions',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '行政区划列表',
        response: withProblems({ 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), parentCode: z.string().nullable(), level: z.string() })) }) }, []),
      },
    },
    async () => ({ items: await listRegions(ctx.db) }),
  );

  app.get(
    '/api/v1/units',
    {
      config: { access: 'public' },
      schema: { tags, summary: '单位列表（含规范全称、简称、别名、类别）', querystring: RegionQuery, response: withProblems({ 200: z.object({ regionCode: z.string(), items: z.array(UnitViewSchema), total: z.number().int() }) }, [400]) },
    },
    async (req) => {
      const items = await listUnits(ctx.db, regionOf(req.query));
      return { regionCode: regionOf(req.query), items, total: items.length };
    },
  );

  app.get(
    '/api/v1/units/resolve',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '按名称、简称或别名查找单位；未找到时给出最接近的单位',
        querystring: RegionQuery.extend({ name: z.string().trim().min(1, '请输入单位名称').max(100) }),
        response: withProblems(
          {
            200: z.object({ unit: UnitViewSchema, matchedName: z.string(), matchedKind: z.enum(['full', 'short', 'alias']) }),
            404: z.object({
              type: z.string(),
              title: z.string(),
              status: z.number().int(),
              code: z.string(),
              detail: z.string(),
              suggestions: z.array(z.object({ unitId: z.uuid(), fullName: z.string(), matchedName: z.string(), score: z.number() })),
            }).loose(),
          },
          [400],
        ),
      },
    },
    async (req) => {
      const r = await resolveUnitName(ctx.db, regionOf(req.query), req.query.name);
      if (!r.found) {
        const hint = r.suggestions.length > 0 ? `，是否指：${r.suggestions.map((s) => s.fullName).join('、')}？` : '';
        throw new AppError('not_found', `未找到单位“${r.query}”${hint}`, undefined, { suggestions: r.suggestions });
      }
      return { unit: r.unit, matchedName: r.matchedName, matchedKind: r.matchedKind };
    },
  );

  app.get(
    '/api/v1/units/:id',
    {
      config: { access: 'public' },
      schema: { tags, summary: '单位详情', params: IdParamsSchema, response: withProblems({ 200: UnitViewSchema.extend({ actions: z.array(z.string()).describe('当前用户可执行的操作') }) }, [400, 404]) },
    },
    async (req) => {
      const unit = await getUnit(ctx.db, req.params.id);
      if (!unit) throw new AppError('not_found', '单位不存在');
      return { ...unit, actions: unitActions(req.session?.actor ?? null, unit) };
    },
  );

  app.post(
    '/api/v1/units',
    { config: { access: 'session' }, schema: { tags, summary: '新增单位（系统管理员）：下属单位或乡级单位', body: CreateUnitSchema, response: withProblems({ 201: UnitViewSchema }) } },
    async (req, reply) => {
      const unit = await createUnit(ctx, actorOf(req), req.body);
      reply.code(201);
      return unit;
    },
  );

  app.patch(
    '/api/v1/units/:id',
    {
      config: { access: 'session' },
      schema: { tags, summary: '修改单位（系统管理员；单位负责人可改本单位联系方式和信用代码）', params: IdParamsSchema, body: UpdateUnitSchema, response: withProblems({ 200: UnitViewSchema }) },
    },
    async (req) => updateUnit(ctx, actorOf(req), req.params.id, req.body),
  );
}
