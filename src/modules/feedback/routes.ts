import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, PageQuerySchema, withProblems } from '../../http/schemas.ts';
import { recordAudit } from '../audit/record.ts';
import { assertAllowed } from '../identity/policy.ts';
import { answerReport } from './commands/answer-report.ts';
import { fileReport } from './commands/file-report.ts';
import { flagContent } from './commands/flag-content.ts';
import { moderateReport } from './commands/moderate.ts';
import { ANSWER_MAX, BODY_MAX, FLOOD_LIMIT, PUBLIC_STATUS_LABELS, REASON_MAX, REPORT_FIELD_PATHS } from './fields.ts';
import { formRoutes } from './form-routes.ts';
import { canSeeContact, canReadReport, canUseInbox, isModerator, isUnitStaff } from './policy.ts';
import { flagsOf, listInbox, reportById, reportByReference, reportView } from './queries.ts';

const ReferenceSchema = z
  .string()
  .trim()
  .regex(/^[Jj][Cc]\d{13}$/, '纠错编号格式为 JC 加13位数字，如 JC2026112700042');

const PublicStatusSchema = z.enum(Object.keys(PUBLIC_STATUS_LABELS) as [keyof typeof PUBLIC_STATUS_LABELS, ...(keyof typeof PUBLIC_STATUS_LABELS)[]]);

const PublicReportSchema = z
  .object({
    id: z.uuid(),
    reference: z.string().describe('纠错编号'),
    status: PublicStatusSchema.describe('open 待答复 / answered 已答复 / closed 已办结 / hidden 已隐藏，待审核 / removed 经审核不予公开'),
    statusLabel: z.string(),
    fieldLabel: z.string().describe('有误的内容'),
    body: z.string().nullable().describe('纠错内容；隐藏或删除后为 null'),
    answer: z.string().nullable().describe('单位答复；隐藏或删除后为 null'),
    createdAt: z.string(),
    answeredAt: z.string().nullable(),
    itemCode: z.string(),
    itemName: z.string(),
    unitName: z.string(),
  })
  .meta({ id: 'PublicErrorReport' });

const InboxReportSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    status: z.string().describe('open 待答复 / answered 已答复 / closed 已办结'),
    publicStatus: PublicStatusSchema,
    publicStatusLabel: z.string(),
    itemId: z.uuid(),
    itemCode: z.string(),
    itemName: z.string(),
    unitId: z.uuid(),
    unitName: z.string(),
    fieldPath: z.string().nullable(),
    fieldLabel: z.string(),
    body: z.string(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable().describe('联系电话；列表中脱敏（138****5678），本单位人员查看单条时显示完整号码'),
    phoneMasked: z.boolean(),
    createdAt: z.string(),
    answer: z.string().nullable(),
    answeredAt: z.string().nullable(),
    answeredByName: z.string().nullable(),
    flagCount: z.number().int(),
    isHidden: z.boolean(),
    moderation: z.string().nullable().describe('visible 保留 / removed 删除 / null 未处理'),
    moderatedAt: z.string().nullable(),
    actions: z.array(z.string()).describe('当前用户可执行的操作：answer 答复 / moderate 处理举报'),
  })
  .meta({ id: 'ErrorReport' });

const FileBodySchema = z.object({
  itemCode: z.string().trim().min(1, '请指明事项编码').max(40),
  fieldPath: z.enum(REPORT_FIELD_PATHS, '请从列表中选择有误的内容').nullish().describe('有误的内容（服务指南要素）；不填表示事项整体'),
  body: z.string().max(BODY_MAX * 2, `纠错内容不超过${BODY_MAX}个字`).describe(`纠错内容，10至${BODY_MAX}个字`),
  contactName: z.string().max(60).nullish(),
  contactPhone: z.string().max(40).nullish().describe('11位手机号码或带区号的固定电话'),
});

/** Routes of 纠错: filing and looking up (public), the units' inbox and answers, 举报 and its moderation. */
export async function feedbackRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['纠错'];
  const publicTags = ['纠错（公开）'];

  app.post(
    '/api/v1/error-reports',
    {
      config: { access: 'public', rateLimit: FLOOD_LIMIT },
      schema: {
        tags: publicTags,
        summary: '提交纠错（公开，无需登录）：对现行目录中的事项提出纠错，返回纠错编号；同一地址每小时最多5条',
        body: FileBodySchema,
        response: withProblems({ 201: z.object({ id: z.uuid(), reference: z.string(), status: z.literal('open'), statusLabel: z.string(), lookupUrl: z.string() }) }, [400, 404, 429]),
      },
    },
    async (req, reply) => {
      const { id, reference } = await fileReport(ctx, { address: req.ip }, req.body);
      reply.code(201);
      return { id, reference, status: 'open' as const, statusLabel: PUBLIC_STATUS_LABELS.open, lookupUrl: `/reports?ref=${reference}` };
    },
  );

  app.get(
    '/api/v1/error-reports',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: '纠错查询（公开）：按纠错编号查看办理状态和单位答复（不含联系方式）',
        querystring: z.object({ reference: ReferenceSchema }),
        response: withProblems({ 200: PublicReportSchema }, [400, 404]),
      },
    },
    async (req) => {
      const report = await reportByReference(ctx.db, req.query.reference);
      if (!report) throw new AppError('not_found', `没有编号为${req.query.reference}的纠错`);
      return report;
    },
  );

  app.get(
    '/api/v1/error-reports/inbox',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '纠错处理：本单位收到的纠错（单位填报员、单位负责人、办件人员）；区政务服务管理办审核员和系统管理员查看全区并处理举报',
        querystring: PageQuerySchema.extend({
          tab: z.enum(['open', 'answered', 'flagged', 'all']).default('open').describe('open 待答复 / answered 已答复 / flagged 举报待处理 / all 全部'),
          unitId: z.uuid('单位编号格式不正确').optional().describe('按单位筛选（仅区级角色）'),
          q: z.string().trim().max(100).optional().describe('纠错编号、事项名称或纠错内容中的文字'),
        }),
        response: withProblems(
          {
            200: z.object({
              items: z.array(InboxReportSchema),
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
              counts: z.object({ open: z.number().int(), answered: z.number().int(), flagged: z.number().int(), all: z.number().int() }),
              canModerate: z.boolean(),
            }),
          },
          [400, 401, 403],
        ),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      assertAllowed(canUseInbox(actor), '只有单位填报员、单位负责人、办件人员和区政务服务管理办审核员可以处理纠错');
      const page = await listInbox(ctx.db, actor, req.query);
      return { ...page, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    '/api/v1/error-reports/:id',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '查看一条纠错：本单位人员可见完整联系电话（记入审计日志）；含举报理由',
        params: IdParamsSchema,
        response: withProblems({ 200: InboxReportSchema.extend({ flags: z.array(z.object({ reason: z.string(), createdAt: z.string() })) }) }, [400, 401, 403, 404]),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      assertAllowed(canUseInbox(actor), '只有单位填报员、单位负责人、办件人员和区政务服务管理办审核员可以处理纠错');
      const row = await reportById(ctx.db, req.params.id);
      // Another unit's reports are not disclosed, not even their existence.
      if (!row || !canReadReport(actor, row.report)) throw new AppError('not_found', '纠错不存在');
      const showPhone = canSeeContact(actor, row.report) && row.report.contactPhone !== null;
      if (showPhone) {
        await recordAudit(ctx.db, actor, { action: 'error_report.read_contact', targetType: 'error_report', targetId: row.report.id, detail: `${row.report.reference}：查看纠错人联系电话` });
      }
      const flags = isModerator(actor, row.report.regionCode) || isUnitStaff(actor, row.report) ? await flagsOf(ctx.db, row.report.id) : [];
      return { ...reportView(actor, row, showPhone), flags };
    },
  );

  app.post(
    '/api/v1/error-reports/:id/answer',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '答复纠错（事项实施单位的填报员、单位负责人、办件人员）：答复公开显示在事项页面，纠错人凭编号查看',
        params: IdParamsSchema,
        body: z.object({ answer: z.string().max(ANSWER_MAX * 2).describe(`答复内容，必填，不超过${ANSWER_MAX}个字`) }),
        response: withProblems({ 200: z.object({ id: z.uuid(), status: z.string(), answeredAt: z.string() }) }),
      },
    },
    async (req) => answerReport(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/error-reports/:id/moderation',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '处理举报（区政务服务管理办审核员、系统管理员）：保留（恢复显示）或删除被举报隐藏的内容',
        params: IdParamsSchema,
        body: z.object({
          decision: z.enum(['keep', 'remove'], '处理结果应为保留或删除').describe('keep 保留 / remove 删除'),
          comment: z.string().trim().max(500).nullish().describe('处理说明'),
        }),
        response: withProblems({ 200: z.object({ id: z.uuid(), isHidden: z.boolean(), moderation: z.string().nullable() }) }),
      },
    },
    async (req) => moderateReport(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/error-reports/:id/flags',
    {
      config: { access: 'public', rateLimit: FLOOD_LIMIT },
      schema: {
        tags: publicTags,
        summary: '举报公开的纠错或答复（公开，无需登录）：写明理由；同一地址对同一内容只能举报一次，被3个地址举报后隐藏待审核',
        params: IdParamsSchema,
        body: z.object({ reason: z.string().max(REASON_MAX * 2).describe(`举报理由，不超过${REASON_MAX}个字`) }),
        response: withProblems({ 201: z.object({ hidden: z.boolean().describe('内容是否已隐藏待审核') }) }, [400, 404, 409, 429]),
      },
    },
    async (req, reply) => {
      const { hidden } = await flagContent(ctx, { address: req.ip }, req.params.id, req.body);
      reply.code(201);
      return { hidden };
    },
  );

  await formRoutes(fastify, ctx);
}
