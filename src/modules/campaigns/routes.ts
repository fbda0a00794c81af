import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

/** Routes of 梳理工作: campaigns and their dashboard. */
export async function campaignRoutes(_fastify: FastifyInstance, _ctx: AppContext): Promise<void> {}
