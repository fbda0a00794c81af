import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { withProblems } from '../../http/schemas.ts';
import { todoFor } from './todo.ts';

const TodoSchema = z.object({
  entries: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      count: z.number().int(),
      link: z.string(),
      tone: z.enum(['normal', 'warning', 'danger']),
      hint: z.string().optional(),
    }),
  ),
  deadline: z.object({ campaignName: z.string(), date: z.string(), workingDaysLeft: z.number().int(), isOverdue: z.boolean() }).nullable(),
});

/** Routes of the 工作台 (the back office's home page). */
export async function workbenchRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/me/todo',
    {
      config: { access: 'session' },
      schema: { tags: ['工作台'], summary: '待办事项：按本人角色列出待处理的事项、审核队列、待发布事项和报送截止日期', response: withProblems({ 200: TodoSchema }, [401]) },
    },
    async (req) => todoFor(ctx.db, actorOf(req), ctx.clock.now()),
  );
}
