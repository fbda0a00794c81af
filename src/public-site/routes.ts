import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.ts';

/** The public portal's server-rendered pages (SPEC §6, §9). Until it lands, `/` leads to the back office. */
export async function portalSiteRoutes(app: FastifyInstance, _ctx: AppContext): Promise<void> {
  app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/admin/'));
}
