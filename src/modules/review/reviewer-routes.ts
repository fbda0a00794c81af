import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

/** Routes of the reviewers: 签收, 逐项审核, 审核队列. */
export async function reviewerRoutes(_fastify: FastifyInstance, _ctx: AppContext): Promise<void> {}
