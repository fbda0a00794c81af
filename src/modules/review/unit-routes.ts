import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { submissions, units } from '../../db/schema/index.ts';
import { AppError } from '../../domain/errors.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, OkSchema, withProblems } from '../../http/schemas.ts';
import { canReadCatalog, DISTRICT_READERS } from '../catalog/policy.ts';
import { loadUnitChain } from '../catalog/unit-chain.ts';
import { getFile } from '../files/files.ts';
import { contentDisposition } from '../guides/content-disposition.ts';
import { hasRole, type Actor } from '../identity/actor.ts';
import { assertAllowed } from '../identity/policy.ts';
import { unitAndDescendants } from '../org/queries.ts';
import { addOpinion } from './commands/add-opinion.ts';
import { answerOpinion } from './commands/answer-opinion.ts';
import { attachSealedScan } from './commands/attach-sealed-scan.ts';
import { closeConsultation } from './commands/close-consultation.ts';
import { openConsultation } from './commands/open-consultation.ts';
import { recordMeeting } from './commands/record-meeting.ts';
import { signSubmission } from './commands/sign-submission.ts';
import { isOpen, isUnitWorker, loadConsultation, today } from './commands/unit-helpers.ts';
import { withdrawVersion } from './commands/withdraw-version.ts';
import { canTakeAction } from './policy.ts';
import { DOCX_TYPE, XLSX_TYPE } from './snapshot.ts';
import {
  AddOpinionBodySchema,
  AnswerBodySchema,
  BoardSchema,
  ConsultationDetailSchema,
  ConsultationRowSchema,
  MeetingBodySchema,
  MeetingSchema,
  OpenConsultationBodySchema,
  SignBodySchema,
  SubmissionDetailSchema,
  SubmissionRowSchema,
} from './unit-schemas.ts';
import { consultationDetail, listConsultations, listMeetings, listSubmissions, submissionDetail, unitBoard } from './unit-queries.ts';

const fileResponse = (type: string, description: string) =>
  ({ 200: { description, content: { [type]: { schema: z.string().meta({ format: 'binary' }) } } } }) as unknown as { 200: z.ZodType<Buffer> };

/** Routes of the unit side of the chain: 征求意见, 班子会议, 签署报送 (SPEC §5). */
export async function unitSideRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['征求意见与报送'];

  async function readableUnit(actor: Actor, unitId: string) {
    const unit = await loadUnitChain(ctx.db, unitId);
    assertAllowed(canReadCatalog(actor, unit), '没有权限查看该单位的清单');
    return unit;
  }

  /** A submission the caller may read; another unit's is answered as missing. */
  async function readableSubmission(actor: Actor, id: string) {
    const [s] = await ctx.db.select().from(submissions).where(eq(submissions.id, id));
    if (!s || !canReadCatalog(actor, await loadUnitChain(ctx.db, s.unitId))) throw new AppError('not_found', '送审稿不存在');
    return s;
  }

  app.post(
    '/api/v1/consultations',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '发起征求意见（本单位填报员、负责人）：所选事项须为草稿且无错误、无待补充项',
        body: OpenConsultationBodySchema,
        response: withProblems({ 201: z.object({ id: z.uuid(), itemCount: z.number().int() }) }),
      },
    },
    async (req, reply) => {
      const result = await openConsultation(ctx, actorOf(req), req.body);
      reply.code(201);
      return result;
    },
  );

  app.get(
    '/api/v1/consultations',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '征求意见列表：own 为本单位（或所选单位）发起的全部征求意见；others 为本区其他单位正在进行的征求意见',
        querystring: z.object({ scope: z.enum(['own', 'others']).default('own'), unitId: z.uuid('单位编号格式不正确').optional().describe('scope=own 时可查看所选单位（须有权查看其清单）') }),
        response: withProblems({ 200: z.object({ items: z.array(ConsultationRowSchema) }) }, [400, 401, 403, 404]),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const day = today(ctx);
      if (req.query.scope === 'others') return { items: await listConsultations(ctx.db, { othersOf: actor }, day) };
      const unitId = req.query.unitId ?? actor.unitId;
      if (unitId !== actor.unitId) await readableUnit(actor, unitId);
      return { items: await listConsultations(ctx.db, { unitId }, day) };
    },
  );

  app.get(
    '/api/v1/consultations/:id',
    {
      config: { access: 'session' },
      schema: { tags, summary: '征求意见详情：事项、意见和答复', params: IdParamsSchema, response: withProblems({ 200: ConsultationDetailSchema }, [400, 401, 404]) },
    },
    async (req) => {
      const actor = actorOf(req);
      const c = await loadConsultation(ctx.db, req.params.id);
      const unit = await loadUnitChain(ctx.db, c.unitId);
      const day = today(ctx);
      // While it is open, every staff member of the region may read it (to comment); afterwards, the catalog's readers.
      if (!canReadCatalog(actor, unit) && !(actor.regionCode === c.regionCode && isOpen(c, day))) throw new AppError('not_found', '征求意见不存在');
      return consultationDetail(ctx.db, c, unit, actor, day);
    },
  );

  app.post(
    '/api/v1/consultations/:id/opinions',
    {
      config: { access: 'session', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '提出意见（本区其他单位工作人员，仅在征求意见期内）',
        params: IdParamsSchema,
        body: AddOpinionBodySchema,
        response: withProblems({ 201: z.object({ id: z.uuid() }) }, [400, 401, 403, 404, 409, 429]),
      },
    },
    async (req, reply) => {
      const result = await addOpinion(ctx, actorOf(req), req.params.id, req.body);
      reply.code(201);
      return result;
    },
  );

  app.post(
    '/api/v1/opinions/:id/answer',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '答复意见（本单位填报员、负责人）：采纳、部分采纳或不采纳（后两者须说明理由）；征求意见结束前可修改',
        params: IdParamsSchema,
        body: AnswerBodySchema,
        response: withProblems({ 200: OkSchema }),
      },
    },
    async (req) => {
      await answerOpinion(ctx, actorOf(req), req.params.id, req.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/consultations/:id/close',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '结束征求意见（本单位填报员、负责人）：期满且意见全部答复后，事项转入单位审核（班子会议）',
        params: IdParamsSchema,
        response: withProblems({ 200: z.object({ moved: z.number().int().describe('转入单位审核的事项数') }) }),
      },
    },
    async (req) => closeConsultation(ctx, actorOf(req), req.params.id),
  );

  app.post(
    '/api/v1/items/:id/withdraw',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '撤回修改（本单位填报员、负责人）：把征求意见或单位审核中的事项退回草稿',
        params: IdParamsSchema,
        body: z.object({ comment: z.string().trim().max(1000).nullish() }),
        response: withProblems({ 200: z.object({ versionNumber: z.number().int(), state: z.string() }) }),
      },
    },
    async (req) => withdrawVersion(ctx, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/units/:id/workflow',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '本单位事项流转：各状态事项数，以及草稿、征求意见、单位审核中的事项',
        params: IdParamsSchema,
        response: withProblems({ 200: BoardSchema }, [400, 401, 403, 404]),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const unit = await readableUnit(actor, req.params.id);
      const [row] = await ctx.db.select({ shortName: units.shortName, fullName: units.fullName }).from(units).where(eq(units.id, unit.id));
      return {
        unitId: unit.id,
        unitName: row.shortName,
        unitFullName: row.fullName,
        firstReviewer: unit.ancestorIds.length > 0 ? ('parent' as const) : ('district' as const),
        ...(await unitBoard(ctx.db, unit.id)),
        canWork: isUnitWorker(actor, unit),
        canSign: canTakeAction(actor, unit, 'sign'),
      };
    },
  );

  app.post(
    '/api/v1/units/:id/meetings',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '记录班子会议（本单位负责人、填报员）：审议本单位全部单位审核中的事项；未通过的退回草稿',
        params: IdParamsSchema,
        body: MeetingBodySchema,
        response: withProblems({ 201: z.object({ id: z.uuid(), versionCount: z.number().int() }) }),
      },
    },
    async (req, reply) => {
      const result = await recordMeeting(ctx, actorOf(req), req.params.id, req.body);
      reply.code(201);
      return result;
    },
  );

  app.get(
    '/api/v1/units/:id/meetings',
    {
      config: { access: 'session' },
      schema: { tags, summary: '班子会议记录', params: IdParamsSchema, response: withProblems({ 200: z.object({ items: z.array(MeetingSchema) }) }, [400, 401, 403, 404]) },
    },
    async (req) => {
      const unit = await readableUnit(actorOf(req), req.params.id);
      return { items: await listMeetings(ctx.db, unit.id) };
    },
  );

  app.post(
    '/api/v1/units/:id/submissions',
    {
      config: { access: 'session', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '签署报送（单位负责人，须再次输入密码）：冻结备案表和服务指南汇编，事项转为已报送',
        description: '报送经所选班子会议审议通过、仍处于单位审核状态的全部事项；编写人不得签署本人编写的事项（任一事项不满足则整体不报送）。重复提交时没有可报送的事项，返回 409。',
        params: IdParamsSchema,
        body: SignBodySchema,
        response: withProblems(
          { 201: z.object({ id: z.uuid(), number: z.number().int(), itemCount: z.number().int(), filingSha256: z.string(), guidesSha256: z.string() }) },
          [400, 401, 403, 404, 409, 429],
        ),
      },
    },
    async (req, reply) => {
      const result = await signSubmission(ctx, actorOf(req), req.params.id, req.body);
      reply.code(201);
      return result;
    },
  );

  app.get(
    '/api/v1/submissions',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '送审稿列表（本单位；主管部门含下属单位；区级审核角色为全区）',
        querystring: z.object({ unitId: z.uuid('单位编号格式不正确').optional() }),
        response: withProblems({ 200: z.object({ items: z.array(SubmissionRowSchema) }) }, [400, 401, 403, 404]),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      let unitIds: string[] | undefined;
      if (req.query.unitId) unitIds = [(await readableUnit(actor, req.query.unitId)).id];
      else if (hasRole(actor, ...DISTRICT_READERS)) unitIds = undefined;
      else if (hasRole(actor, 'parent_reviewer', 'unit_head')) unitIds = await unitAndDescendants(ctx.db, actor.unitId);
      else unitIds = [actor.unitId];
      return { items: await listSubmissions(ctx.db, { regionCode: actor.regionCode, unitIds }) };
    },
  );

  app.get(
    '/api/v1/submissions/:id',
    {
      config: { access: 'session' },
      schema: { tags, summary: '送审稿详情：报送的事项及其当前状态', params: IdParamsSchema, response: withProblems({ 200: SubmissionDetailSchema }, [400, 401, 404]) },
    },
    async (req) => submissionDetail(ctx.db, await readableSubmission(actorOf(req), req.params.id)),
  );

  for (const kind of ['filing', 'guides'] as const) {
    const type = kind === 'filing' ? XLSX_TYPE : DOCX_TYPE;
    app.get(
      `/api/v1/submissions/:id/${kind === 'filing' ? 'filing.xlsx' : 'guides.docx'}`,
      {
        config: { access: 'session' },
        schema: {
          tags,
          summary: kind === 'filing' ? '下载送审稿冻结的备案表（.xlsx；X-Content-SHA256 为签署时记录的哈希）' : '下载送审稿冻结的服务指南汇编（.docx；X-Content-SHA256 为签署时记录的哈希）',
          params: IdParamsSchema,
          response: { ...withProblems({}, [400, 401, 404]), ...fileResponse(type, kind === 'filing' ? '备案表 .xlsx' : '服务指南汇编 .docx') },
        },
      },
      async (req, reply) => {
        const s = await readableSubmission(actorOf(req), req.params.id);
        const file = await getFile(ctx.db, kind === 'filing' ? s.filingFileId : s.guidesFileId);
        if (!file) throw new AppError('not_found', '文件不存在');
        return reply
          .type(type)
          .header('content-disposition', contentDisposition(file.filename, `submission-${s.number}-${kind}.${kind === 'filing' ? 'xlsx' : 'docx'}`))
          .header('x-content-sha256', kind === 'filing' ? s.filingSha256 : s.guidesSha256)
          .header('cache-control', 'private, no-store')
          .send(file.content);
      },
    );
  }

  app.post(
    '/api/v1/submissions/:id/sealed-scan',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '上传盖章扫描件（单位负责人，仅一次；文件先通过 POST /api/v1/files 上传）',
        params: IdParamsSchema,
        body: z.object({ fileId: z.uuid() }),
        response: withProblems({ 200: OkSchema }),
      },
    },
    async (req) => {
      await attachSealedScan(ctx, actorOf(req), req.params.id, req.body);
      return { ok: true as const };
    },
  );
}
