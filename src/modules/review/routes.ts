import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { reviewerRoutes } from './reviewer-routes.ts';
import { unitSideRoutes } from './unit-routes.ts';

/** Routes of the review chain (SPEC §5): the unit's side, then the reviewers'. */
export async function reviewRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await unitSideRoutes(app, ctx);
  await reviewerRoutes(app, ctx);
}
