import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

/** 开放数据: the catalog as CSV, .xlsx and CPSV-AP JSON-LD. */
export async function openDataRoutes(_fastify: FastifyInstance, _ctx: AppContext): Promise<void> {}
