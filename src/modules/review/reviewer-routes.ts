import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { chinaDate } from '../../domain/working-days.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, withProblems } from '../../http/schemas.ts';
import { decideItem, decideItems } from './commands/decide-item.ts';
import { receiveSubmission } from './commands/receive-submission.ts';
import { reviewQueue } from './queue-queries.ts';
import { itemReviewView } from './review-view.ts';
import { BatchDecisionBodySchema, DecisionBodySchema, DecisionResultSchema, QueueQuerySchema, QueueSchema, ReceiveResultSchema, ReviewViewSchema } from './reviewer-schemas.ts';

/** Routes of the reviewers: 签收, 逐项审核, 审核队列. */
export async function reviewerRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['审核'];

  app.post(
    '/api/v1/submissions/:id/receive',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '签收送审稿（下属单位的由主管部门审核员签收，其他单位的由区政务服务管理办审核员签收）',
        params: IdParamsSchema,
        response: withProblems({ 200: ReceiveResultSchema }),
      },
    },
    async (req) => receiveSubmission(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/api/v1/review/queue',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '审核队列：待签收的送审稿和各审核环节待审的事项（仅本人职责范围）',
        querystring: QueueQuerySchema,
        response: withProblems({ 200: QueueSchema }, [400, 401, 403]),
      },
    },
    async (req) => reviewQueue(ctx.db, actorOf(req), { ...req.query, today: chinaDate(ctx.clock.now()) }),
  );

  app.get(
    '/api/v1/review/items/:id',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '审核详情：待审版本全文、问题、与已发布版本的差异、历次审核意见、征求意见及可执行操作',
        params: IdParamsSchema,
        response: withProblems({ 200: ReviewViewSchema }, [400, 401, 404]),
      },
    },
    async (req) => itemReviewView(ctx.db, actorOf(req), req.params.id),
  );

  app.post(
    '/api/v1/items/:id/decisions',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '审核决定：通过或退回修改（须提交所审版本及其修订号；退回须填写意见；编写人不得审核）',
        params: IdParamsSchema,
        body: DecisionBodySchema,
        response: withProblems({ 200: DecisionResultSchema }),
      },
    },
    async (req) => decideItem(ctx, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/review/decisions',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '批量审核：一次提交多个审核决定，全部成功或全部不生效',
        body: BatchDecisionBodySchema,
        response: withProblems({ 200: z.object({ results: z.array(DecisionResultSchema) }) }),
      },
    },
    async (req) => ({ results: await decideItems(ctx, actorOf(req), req.body.decisions) }),
  );
}
