import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

/** Routes of 通知 and 工作日历. */
export async function notifyRoutes(_fastify: FastifyInstance, _ctx: AppContext): Promise<void> {}
