import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import { SERVICE_OBJECTS } from '../../domain/catalog/item.ts';
import { CHANGE_TRIGGERS } from '../../domain/publication/adjustment.ts';
import { defaultEditionTitle } from '../../domain/publication/edition.ts';
import { chinaDate } from '../../domain/working-days.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, PageQuerySchema, withProblems } from '../../http/schemas.ts';
import { loadDraft } from '../catalog/repository.ts';
import { ItemDraftSchema } from '../catalog/schemas.ts';
import type { Actor } from '../identity/actor.ts';
import { assertAllowed } from '../identity/policy.ts';
import { createEdition } from './commands/create-edition.ts';
import { proposeAdjustment } from './commands/propose-adjustment.ts';
import { canListCandidates, canSeePendingEditions } from './policy.ts';
import {
  catalogItem,
  catalogPage,
  editionByNumber,
  editionChangeCounts,
  editionDiff,
  editionView,
  listCandidates,
  listEditions,
  liveEdition,
  pendingEdition,
  regionName,
  type EditionRow,
} from './queries.ts';

const DateSchema = z.iso.date('日期格式应为 YYYY-MM-DD');
const RegionQuery = z.object({ region: z.string().regex(/^\d{6}$/, '行政区划代码为6位数字').optional() });
const EditionNumber = z.coerce.number('版本号应为正整数').int('版本号应为正整数').positive('版本号应为正整数');

const EditionSchema = z
  .object({
    number: z.number().int(),
    title: z.string(),
    docNumber: z.string().describe('发文字号'),
    publishedOn: z.string(),
    effectiveOn: z.string(),
    wentLiveAt: z.string().nullable(),
    itemCount: z.number().int(),
    state: z.enum(['live', 'pending']).describe('live 已生效 / pending 待生效'),
    isCurrent: z.boolean().describe('是否为现行目录'),
  })
  .meta({ id: 'Edition' });

const ChangeFields = {
  changeKind: z.string().describe('new 新增 / change 变更 / cancel 取消'),
  changeReason: z.string().nullable(),
  changeTrigger: z.string().nullable(),
};

const CatalogItemSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    category: z.string().nullable(),
    unitId: z.uuid(),
    unitName: z.string().describe('实施单位规范全称'),
    serviceObjects: z.array(z.string()),
    onlineDepth: z.number().int().nullable().describe('网办深度 1–4'),
    versionNumber: z.number().int(),
    guideUrl: z.string().describe('办事指南（完整内容）的地址'),
  })
  .meta({ id: 'CatalogItem' });

const DiffItemSchema = z.object({
  itemId: z.uuid(),
  code: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  unitName: z.string(),
  versionNumber: z.number().int(),
  ...ChangeFields,
});

const FieldChangeSchema = z.object({ path: z.string(), label: z.string(), before: z.unknown(), after: z.unknown() });

/** Routes of 目录发布: editions, the public catalog, edition diffs, 动态调整. */
export async function publicationRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['目录发布'];
  const publicTags = ['公共服务事项目录（公开）'];

  const optionalActor = (req: FastifyRequest): Actor | null => (req.session ? actorOf(req) : null);
  const regionOf = (req: FastifyRequest, q: { region?: string }) => q.region ?? req.session?.actor.regionCode ?? ctx.config.defaultRegion;

  /** The edition a public request names (or the current one); pending ones only for district roles when `pendingOk`. */
  async function resolveEdition(regionCode: string, number: number | undefined, actor: Actor | null, pendingOk: boolean): Promise<EditionRow> {
    if (number === undefined) {
      const live = await liveEdition(ctx.db, regionCode);
      if (!live) throw new AppError('not_found', '本区尚未发布公共服务事项目录');
      return live;
    }
    const e = await editionByNumber(ctx.db, regionCode, number);
    if (!e) throw new AppError('not_found', `第${number}版目录不存在`);
    if (!e.wentLiveAt && !(pendingOk && canSeePendingEditions(actor, regionCode))) throw new AppError('not_found', `第${number}版目录尚未生效`);
    return e;
  }

  const currentNumber = async (regionCode: string) => (await liveEdition(ctx.db, regionCode))?.number ?? null;

  app.get(
    '/api/v1/editions/candidates',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '待发布事项：审核通过、尚未编入目录版本的事项版本，按单位分组（发布员；区政务服务管理办审核员只读）',
        response: withProblems(
          {
            200: z.object({
              nextNumber: z.number().int(),
              defaultTitle: z.string(),
              today: z.string(),
              live: EditionSchema.nullable(),
              pending: EditionSchema.nullable(),
              total: z.number().int(),
              units: z.array(
                z.object({
                  unitId: z.uuid(),
                  unitName: z.string(),
                  items: z.array(
                    z.object({
                      versionId: z.uuid(),
                      itemId: z.uuid(),
                      code: z.string(),
                      name: z.string(),
                      category: z.string().nullable(),
                      versionNumber: z.number().int(),
                      approvedAt: z.string(),
                      ...ChangeFields,
                    }),
                  ),
                }),
              ),
            }),
          },
          [401, 403],
        ),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      assertAllowed(canListCandidates(actor, actor.regionCode), '只有发布员和区政务服务管理办审核员可以查看待发布事项');
      const [live, pending, candidates, name] = [await liveEdition(ctx.db, actor.regionCode), await pendingEdition(ctx.db, actor.regionCode), await listCandidates(ctx.db, actor.regionCode), await regionName(ctx.db, actor.regionCode)];
      const nextNumber = Math.max(live?.number ?? 0, pending?.number ?? 0) + 1;
      return {
        nextNumber,
        defaultTitle: defaultEditionTitle(name, nextNumber),
        today: chinaDate(ctx.clock.now()),
        live: live ? editionView(live, live.number) : null,
        pending: pending ? editionView(pending) : null,
        ...candidates,
      };
    },
  );

  app.post(
    '/api/v1/editions',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '发布目录版本（发布员）：以发文字号发布所选审核通过的事项；生效日期未到的，到期自动生效',
        body: z.object({
          title: z.string().trim().min(1, '请填写目录标题').max(200, '目录标题不超过200个字'),
          docNumber: z.string().trim().min(1, '请填写发文字号').max(60),
          publishedOn: DateSchema,
          effectiveOn: DateSchema,
          versionIds: z.array(z.uuid('事项版本编号格式不正确')).min(1, '请至少选择一个待发布事项').max(5000),
        }),
        response: withProblems({ 201: EditionSchema }),
      },
    },
    async (req, reply) => {
      const edition = await createEdition(ctx, actorOf(req), req.body);
      reply.code(201);
      return edition;
    },
  );

  app.get(
    '/api/v1/editions',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: '目录版本列表（已生效的版本，新版在前；发布员和区级审核角色还可看到待生效的版本）',
        querystring: RegionQuery,
        response: withProblems({ 200: z.object({ today: z.string().describe('今天（北京时间）'), current: z.number().int().nullable(), items: z.array(EditionSchema) }) }, [400]),
      },
    },
    async (req) => {
      const regionCode = regionOf(req, req.query);
      const items = await listEditions(ctx.db, regionCode, canSeePendingEditions(optionalActor(req), regionCode));
      return { today: chinaDate(ctx.clock.now()), current: items.find((e) => e.isCurrent)?.number ?? null, items };
    },
  );

  app.get(
    '/api/v1/editions/:number',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: '一个目录版本：发文字号、日期、事项数，以及较上一版新增、变更、取消的事项数',
        params: z.object({ number: EditionNumber }),
        querystring: RegionQuery,
        response: withProblems(
          { 200: z.object({ edition: EditionSchema, changes: z.object({ added: z.number().int(), changed: z.number().int(), cancelled: z.number().int() }) }) },
          [400, 404],
        ),
      },
    },
    async (req) => {
      const regionCode = regionOf(req, req.query);
      const e = await resolveEdition(regionCode, req.params.number, optionalActor(req), true);
      return { edition: editionView(e, await currentNumber(regionCode)), changes: await editionChangeCounts(ctx.db, e) };
    },
  );

  app.get(
    '/api/v1/editions/:from/diff/:to',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: '比较两个目录版本：新增、变更（逐字段）、取消的事项',
        params: z.object({ from: EditionNumber, to: EditionNumber }),
        querystring: RegionQuery,
        response: withProblems(
          {
            200: z.object({
              from: EditionSchema,
              to: EditionSchema,
              added: z.array(DiffItemSchema),
              changed: z.array(z.object({ item: DiffItemSchema.extend({ previousVersionNumber: z.number().int() }), changes: z.array(FieldChangeSchema) })),
              cancelled: z.array(DiffItemSchema),
            }),
          },
          [400, 404],
        ),
      },
    },
    async (req) => {
      const regionCode = regionOf(req, req.query);
      const actor = optionalActor(req);
      const from = await resolveEdition(regionCode, req.params.from, actor, true);
      const to = await resolveEdition(regionCode, req.params.to, actor, true);
      const current = await currentNumber(regionCode);
      return { from: editionView(from, current), to: editionView(to, current), ...(await editionDiff(ctx.db, from, to)) };
    },
  );

  app.get(
    '/api/v1/catalog',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: '公共服务事项目录（公开，无需登录）：现行目录或指定版本的事项，附版本号和发文字号',
        querystring: PageQuerySchema.extend({
          region: RegionQuery.shape.region,
          edition: EditionNumber.optional().describe('版本号；默认为现行目录'),
          unitId: z.uuid('单位编号格式不正确').optional(),
          category: z.enum(['on_application', 'proactive']).optional(),
          object: z.enum(SERVICE_OBJECTS, '服务对象应为个人（公民）、法人、社会组织或其他组织').optional().describe('服务对象'),
          theme: z.string().trim().max(40).optional().describe('主题编码，如 p-social-security（个人·社会保障）；取自检索索引'),
          depth: z.coerce.number().int().min(1, '网办深度为1至4').max(4, '网办深度为1至4').optional().describe('网办深度 1–4（Ⅰ–Ⅳ级）'),
          q: z.string().trim().max(100).optional(),
        }),
        response: withProblems(
          {
            200: z.object({
              edition: EditionSchema,
              items: z.array(CatalogItemSchema),
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
            }),
          },
          [400, 404],
        ),
      },
    },
    async (req) => {
      const { region, edition: number, ...filter } = req.query;
      const regionCode = regionOf(req, { region });
      const e = await resolveEdition(regionCode, number, null, false);
      const page = await catalogPage(ctx.db, e.id, filter);
      const suffix = number === undefined ? '' : `?edition=${e.number}`;
      return {
        edition: editionView(e, await currentNumber(regionCode)),
        items: page.items.map((i) => ({ ...i, guideUrl: `/api/v1/catalog/items/${encodeURIComponent(i.code)}${suffix}` })),
        total: page.total,
        page: filter.page,
        pageSize: filter.pageSize,
      };
    },
  );

  app.get(
    '/api/v1/catalog/items/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: '目录中的一个事项（公开）：现行目录或指定版本中的全部内容，含服务指南',
        params: z.object({ code: z.string().min(1).max(40) }),
        querystring: RegionQuery.extend({ edition: EditionNumber.optional() }),
        response: withProblems(
          {
            200: z.object({
              edition: EditionSchema,
              item: z.object({ code: z.string(), name: z.string(), category: z.string().nullable(), unitId: z.uuid(), unitName: z.string(), versionNumber: z.number().int(), draft: ItemDraftSchema }),
            }),
          },
          [400, 404],
        ),
      },
    },
    async (req) => {
      const regionCode = regionOf(req, req.query);
      const e = await resolveEdition(regionCode, req.query.edition, null, false);
      const row = await catalogItem(ctx.db, e.id, req.params.code);
      if (!row) throw new AppError('not_found', `第${e.number}版目录中没有编码为${req.params.code}的事项`);
      return {
        edition: editionView(e, await currentNumber(regionCode)),
        item: { code: row.line.code, name: row.line.name, category: row.line.category, unitId: row.line.unitId, unitName: row.unitName, versionNumber: row.version.number, draft: await loadDraft(ctx.db, row.version) },
      };
    },
  );

  app.post(
    '/api/v1/items/:id/adjustments',
    {
      config: { access: 'session' },
      schema: {
        tags: ['事项编制'],
        summary: '申请动态调整（本单位填报员、单位负责人）：变更或取消已发布的事项，生成新版本草稿，经审核后随新目录版本发布',
        params: IdParamsSchema,
        body: z.object({
          kind: z.enum(['change', 'cancel'], '调整类型应为变更或取消'),
          trigger: z.enum(CHANGE_TRIGGERS, '请选择调整事由'),
          reason: z.string().trim().min(1, '请填写调整理由').max(1000, '调整理由不超过1000个字'),
        }),
        response: withProblems({ 201: z.object({ itemId: z.uuid(), versionId: z.uuid(), versionNumber: z.number().int() }) }),
      },
    },
    async (req, reply) => {
      const result = await proposeAdjustment(ctx, actorOf(req), req.params.id, req.body);
      reply.code(201);
      return result;
    },
  );
}
