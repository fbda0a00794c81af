import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

/** Public search API: 检索 and suggestions. */
export async function searchRoutes(_fastify: FastifyInstance, _ctx: AppContext): Promise<void> {}
