import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';

/** Routes of the unit side of the chain: 征求意见, 班子会议, 签署报送. */
export async function unitSideRoutes(_fastify: FastifyInstance, _ctx: AppContext): Promise<void> {}
