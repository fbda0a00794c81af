import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

/** Routes of 目录发布: editions, the public catalog, edition diffs, 动态调整. */
export async function publicationRoutes(_fastify: FastifyInstance, _ctx: AppContext): Promise<void> {}
