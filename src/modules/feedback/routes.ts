import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

/** 纠错: public error reports, the units' inbox, moderation. */
export async function feedbackRoutes(_fastify: FastifyInstance, _ctx: AppContext): Promise<void> {}
