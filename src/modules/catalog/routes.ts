import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { completeness } from '../../domain/catalog/rules.ts';
import { CHANGE_TRIGGERS } from '../../domain/publication/adjustment.ts';
import { AppError } from '../../domain/errors.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, PageQuerySchema, withProblems } from '../../http/schemas.ts';
import { hasRole, type Actor } from '../identity/actor.ts';
import { assertAllowed } from '../identity/policy.ts';
import { unitAndDescendants } from '../org/queries.ts';
import { createItem } from './commands/create-item.ts';
import { updateItemDraft } from './commands/update-item.ts';
import { findingsFor } from './findings.ts';
import { canReadCatalog, DISTRICT_READERS, itemActions } from './policy.ts';
import { getItemDetail, itemHistory, listItems, returnBehind } from './queries.ts';
import { FindingSchema, ItemDraftSchema } from './schemas.ts';
import { loadUnitChain } from './unit-chain.ts';

const ItemRowSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  unitShortName: z.string(),
  versionNumber: z.number().int(),
  state: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  serviceObjects: z.array(z.string()),
  errorCount: z.number().int(),
  incompleteCount: z.number().int(),
  warningCount: z.number().int(),
  completeness: z.number().int(),
  updatedAt: z.string(),
});

/** 动态调整（新增）: why an item is added after the catalog was published. */
const AddChangeSchema = z.object({
  trigger: z.enum(CHANGE_TRIGGERS, '请选择调整事由'),
  reason: z.string().trim().min(1, '请填写新增理由').max(1000, '理由不超过1000个字'),
});

const CompletenessSchema = z.object({ filled: z.number().int(), required: z.number().int(), percent: z.number(), missing: z.array(z.string()) });

const ItemDetailSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    unitId: z.uuid(),
    unitName: z.string(),
    versionId: z.uuid(),
    versionNumber: z.number().int(),
    state: z.string(),
    lockVersion: z.number().int(),
    updatedAt: z.string(),
    draft: ItemDraftSchema,
    findings: z.array(FindingSchema),
    completeness: CompletenessSchema,
    actions: z.array(z.string()),
    /** The review decision that returned the previous version, when the newest version came from a return. */
    lastReturn: z
      .object({
        versionNumber: z.number().int(),
        stage: z.string(),
        comment: z.string().nullable(),
        fieldComments: z.array(z.object({ path: z.string(), comment: z.string() })),
        decidedByName: z.string(),
        decidedAt: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'ItemDetail' });

/** The units whose catalogs the caller may list when no unit is named. */
async function readableUnits(ctx: AppContext, actor: Actor): Promise<string[] | undefined> {
  if (hasRole(actor, ...DISTRICT_READERS)) return undefined; // the whole region
  if (hasRole(actor, 'parent_reviewer', 'unit_head')) return unitAndDescendants(ctx.db, actor.unitId);
  return [actor.unitId];
}

/** Routes of 事项目录（编制）: a unit's items and their service guides while they are written. */
export async function catalogRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['事项编制'];

  async function loadReadable(actor: Actor, itemId: string) {
    const detail = await getItemDetail(ctx.db, itemId);
    if (!detail) throw new AppError('not_found', '事项不存在');
    const unit = await loadUnitChain(ctx.db, detail.item.unitId);
    // Another unit's unpublished items are not disclosed, not even their existence.
    if (!canReadCatalog(actor, unit)) throw new AppError('not_found', '事项不存在');
    return { detail, unit };
  }

  app.get(
    '/api/v1/items',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '事项列表（本单位；主管部门可看下属单位；区级审核角色可看全区）',
        querystring: PageQuerySchema.extend({
          unitId: z.uuid('单位编号格式不正确').optional(),
          category: z.enum(['on_application', 'proactive']).optional(),
          completeness: z.enum(['complete', 'incomplete']).optional(),
          findings: z.enum(['error', 'incomplete', 'warning', 'none']).optional(),
          q: z.string().trim().max(100).optional(),
        }),
        response: withProblems({ 200: z.object({ items: z.array(ItemRowSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }) }, [400, 401, 403]),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const { unitId, ...filter } = req.query;
      let unitIds: string[] | undefined;
      if (unitId) {
        assertAllowed(canReadCatalog(actor, await loadUnitChain(ctx.db, unitId)), '没有权限查看该单位的事项');
        unitIds = [unitId];
      } else {
        unitIds = await readableUnits(ctx, actor);
      }
      const result = await listItems(ctx.db, { regionCode: actor.regionCode, unitIds, ...filter });
      return { ...result, page: filter.page, pageSize: filter.pageSize };
    },
  );

  app.post(
    '/api/v1/items',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '新增事项（单位填报员、单位负责人）',
        body: z.object({
          unitId: z.uuid().optional().describe('默认为本人所在单位'),
          draft: ItemDraftSchema,
          change: AddChangeSchema.optional().describe('动态调整（新增）的事由和理由；目录发布后必填'),
        }),
        response: withProblems({ 201: z.object({ itemId: z.uuid(), code: z.string() }) }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const result = await createItem(ctx, actor, req.body.unitId ?? actor.unitId, req.body.draft, req.body.change);
      reply.code(201);
      return result;
    },
  );

  app.post(
    '/api/v1/items/check',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '检查事项（实时返回 R1–R10 的问题和完整度，不保存）',
        body: z.object({ unitId: z.uuid().optional(), itemId: z.uuid().optional(), draft: ItemDraftSchema }),
        response: withProblems({ 200: z.object({ findings: z.array(FindingSchema), completeness: CompletenessSchema }) }, [400, 401, 403, 404]),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const unit = await loadUnitChain(ctx.db, req.body.unitId ?? actor.unitId);
      assertAllowed(canReadCatalog(actor, unit), '没有权限检查该单位的事项');
      const findings = await findingsFor(ctx.db, unit.regionCode, unit.id, req.body.draft, req.body.itemId);
      return { findings, completeness: completeness(req.body.draft) };
    },
  );

  app.get(
    '/api/v1/items/:id',
    { config: { access: 'session' }, schema: { tags, summary: '事项详情（最新版本、问题、完整度、可执行操作）', params: IdParamsSchema, response: withProblems({ 200: ItemDetailSchema }) } },
    async (req) => {
      const actor = actorOf(req);
      const { detail, unit } = await loadReadable(actor, req.params.id);
      const findings = await findingsFor(ctx.db, unit.regionCode, unit.id, detail.draft, detail.item.id);
      return {
        id: detail.item.id,
        code: detail.item.code,
        unitId: detail.item.unitId,
        unitName: detail.unitName,
        versionId: detail.version.id,
        versionNumber: detail.version.number,
        state: detail.version.state,
        lockVersion: detail.version.lockVersion,
        updatedAt: detail.version.updatedAt.toISOString(),
        draft: detail.draft,
        findings,
        completeness: completeness(detail.draft),
        actions: itemActions(actor, unit, detail.version.state, detail.item),
        lastReturn: detail.version.state === 'draft' ? await returnBehind(ctx.db, detail.item.id, detail.version.basedOnNumber) : null,
      };
    },
  );

  app.put(
    '/api/v1/items/:id/draft',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '保存事项草稿（需提交 lockVersion；他人已修改时返回 409）',
        params: IdParamsSchema,
        body: z.object({ lockVersion: z.number().int().positive(), draft: ItemDraftSchema }),
        response: withProblems({ 200: z.object({ ok: z.literal(true) }) }),
      },
    },
    async (req) => {
      await updateItemDraft(ctx, actorOf(req), req.params.id, req.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/items/:id/history',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '事项历史：每次操作的人、时间、内容',
        params: IdParamsSchema,
        response: withProblems({
          200: z.object({
            items: z.array(z.object({ id: z.number().int(), at: z.string(), username: z.string().nullable(), action: z.string(), detail: z.string().nullable(), oldValues: z.unknown(), newValues: z.unknown() })),
          }),
        }),
      },
    },
    async (req) => {
      await loadReadable(actorOf(req), req.params.id);
      return { items: await itemHistory(ctx.db, req.params.id) };
    },
  );
}
