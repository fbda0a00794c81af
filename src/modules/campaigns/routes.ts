import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { chinaDate } from '../../domain/working-days.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, withProblems } from '../../http/schemas.ts';
import { closeCampaign } from './commands/close-campaign.ts';
import { createCampaign } from './commands/create-campaign.ts';
import { updateCampaign } from './commands/update-campaign.ts';
import { campaignDashboard } from './dashboard.ts';
import { presentCampaign } from './presenter.ts';
import { campaignUnits, getReadableCampaign, listReadableCampaigns } from './queries.ts';
import { CampaignDetailSchema, CampaignInputSchema, CampaignPatchSchema, CampaignSchema, DashboardSchema } from './schemas.ts';

/** Routes of 梳理工作: campaigns and their dashboard. */
export async function campaignRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['梳理工作'];
  const today = () => chinaDate(ctx.clock.now());

  app.get(
    '/api/v1/campaigns',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '梳理工作列表（区级角色看全区；参与单位的人员看本单位参与的）',
        response: withProblems({ 200: z.object({ items: z.array(CampaignSchema) }) }, [401]),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const rows = await listReadableCampaigns(ctx.db, actor);
      return { items: rows.map((r) => presentCampaign(r, actor, today())) };
    },
  );

  app.post(
    '/api/v1/campaigns',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '新建梳理工作（区政务公开政务服务管理办公室审核员、系统管理员）',
        body: CampaignInputSchema,
        response: withProblems({ 201: CampaignSchema }, [400, 401, 403]),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const row = await createCampaign(ctx, actor, req.body);
      reply.code(201);
      return presentCampaign(row, actor, today());
    },
  );

  app.get(
    '/api/v1/campaigns/:id',
    {
      config: { access: 'session' },
      schema: { tags, summary: '梳理工作详情（含参与单位）', params: IdParamsSchema, response: withProblems({ 200: CampaignDetailSchema }, [400, 401, 404]) },
    },
    async (req) => {
      const actor = actorOf(req);
      const row = await getReadableCampaign(ctx.db, actor, req.params.id);
      return { ...presentCampaign(row, actor, today()), units: await campaignUnits(ctx.db, row) };
    },
  );

  app.patch(
    '/api/v1/campaigns/:id',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '修改梳理工作（须带 version；已结束的不能修改）',
        params: IdParamsSchema,
        body: CampaignPatchSchema,
        response: withProblems({ 200: CampaignSchema }),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return presentCampaign(await updateCampaign(ctx, actor, req.params.id, req.body), actor, today());
    },
  );

  app.post(
    '/api/v1/campaigns/:id/close',
    {
      config: { access: 'session' },
      schema: { tags, summary: '结束梳理工作（结束后不能再修改）', params: IdParamsSchema, response: withProblems({ 200: CampaignSchema }) },
    },
    async (req) => {
      const actor = actorOf(req);
      return presentCampaign(await closeCampaign(ctx, actor, req.params.id), actor, today());
    },
  );

  app.get(
    '/api/v1/campaigns/:id/dashboard',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '梳理工作进度：各单位状态、事项数、逾期单位和待审核队列（区级角色）',
        params: IdParamsSchema,
        response: withProblems({ 200: DashboardSchema }, [400, 401, 403, 404]),
      },
    },
    async (req) => campaignDashboard(ctx, actorOf(req), req.params.id),
  );
}
