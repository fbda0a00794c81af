import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { withProblems } from '../../http/schemas.ts';
import { assertAllowed } from '../identity/policy.ts';
import { canReadAudit } from './policy.ts';
import { AUDIT_ACTION_LABELS, AuditFilterSchema, listAudit } from './queries.ts';

const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    regionCode: z.string().nullable(),
    userId: z.string().nullable(),
    username: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    success: z.boolean(),
    sourceIp: z.string().nullable(),
    requestId: z.string().nullable(),
    oldValues: z.unknown(),
    newValues: z.unknown(),
    detail: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

/** Routes of 审计日志: read-only, for the auditor. */
export async function auditRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['审计日志'];
  app.get(
    '/api/v1/audit',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '审计日志（安全审计员）',
        querystring: AuditFilterSchema,
        response: withProblems({ 200: z.object({ items: z.array(AuditEntrySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), actionLabels: z.record(z.string(), z.string()) }) }, [400, 401, 403]),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      assertAllowed(canReadAudit(actor), '只有安全审计员可以查看审计日志');
      const result = await listAudit(ctx.db, actor.regionCode, req.query);
      return { ...result, page: req.query.page, pageSize: req.query.pageSize, actionLabels: AUDIT_ACTION_LABELS };
    },
  );
}
