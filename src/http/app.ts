import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { catalogRoutes } from '../modules/catalog/routes.ts';
import { guideRoutes } from '../modules/guides/routes.ts';
import { referenceRoutes } from '../modules/reference/routes.ts';
import { filingRoutes } from '../modules/filing/routes.ts';
import { fileRoutes } from '../modules/files/routes.ts';
import { identityRoutes } from '../modules/identity/routes.ts';
import { orgRoutes } from '../modules/org/routes.ts';
import { campaignRoutes } from '../modules/campaigns/routes.ts';
import { notifyRoutes } from '../modules/notify/routes.ts';
import { publicationRoutes } from '../modules/publication/routes.ts';
import { reviewRoutes } from '../modules/review/routes.ts';
import { workbenchRoutes } from '../modules/workbench/routes.ts';
import { feedbackRoutes } from '../modules/feedback/routes.ts';
import { openDataRoutes } from '../modules/opendata/routes.ts';
import { searchRoutes } from '../modules/portal/routes.ts';
import { portalSiteRoutes } from '../public-site/routes.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { registerMetrics } from './plugins/metrics.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADMIN_DIST = path.join(root, 'dist/admin');

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: { method: string; url: string; access: string | undefined; hidden: boolean }[];
  }
}

export interface AppOptions {
  logger?: boolean | object;
}

/** Assembles the HTTP application. Plugins are registered in a fixed order; every module adds its routes. */
export async function buildApp(ctx: AppContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    trustProxy: process.env.TRUST_PROXY === 'true',
    bodyLimit: 2 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Every route, as registered; the role × route matrix test checks it covers them all.
  const routeTable: { method: string; url: string; access: string | undefined; hidden: boolean }[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      routeTable.push({ method, url: r.url, access: r.config?.access, hidden: Boolean((r.schema as { hide?: boolean } | undefined)?.hide) });
    }
  });

  // 1. security headers, 2. cookies, 3. rate limits, 4. errors, 5. sessions/CSRF, 6. docs, 7. routes.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: ctx.config.secureCookies,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  registerErrorHandling(app);
  registerAuth(app, ctx);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '清单 Qingdan API',
        version: '1.0.0',
        description: '公共服务事项清单平台接口。错误按 RFC 9457 以 application/problem+json 返回，detail 为中文说明。写操作需携带会话 Cookie 和 X-CSRF-Token 请求头。',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'qd_sid' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' }, staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  registerMetrics(app);

  app.get(
    '/healthz',
    {
      schema: {
        tags: ['运维'],
        summary: '健康检查：数据库可达时返回 {"status":"ok"}',
        response: { 200: z.object({ status: z.literal('ok') }), 503: z.object({ status: z.literal('unavailable') }) },
      },
    },
    async (_req, reply) => {
    try {
      await ctx.database.executeSql('select 1');
      return { status: 'ok' as const };
    } catch {
      return reply.code(503).send({ status: 'unavailable' as const });
    }
  });

  await identityRoutes(app, ctx);
  await orgRoutes(app, ctx);
  await auditRoutes(app, ctx);
  await catalogRoutes(app, ctx);
  await guideRoutes(app, ctx);
  await referenceRoutes(app, ctx);
  await filingRoutes(app, ctx);
  await fileRoutes(app, ctx);
  await campaignRoutes(app, ctx);
  await reviewRoutes(app, ctx);
  await publicationRoutes(app, ctx);
  await notifyRoutes(app, ctx);
  await workbenchRoutes(app, ctx);
  await searchRoutes(app, ctx);
  await openDataRoutes(app, ctx);
  await feedbackRoutes(app, ctx);

  await registerAdmin(app);
  await portalSiteRoutes(app, ctx);
  return app;
}

/** The back office: the Vite build under dist/admin, with client-side routes falling back to index.html. */
async function registerAdmin(app: FastifyInstance): Promise<void> {
  const index = path.join(ADMIN_DIST, 'index.html');
  if (!fs.existsSync(index)) {
    app.get('/admin/*', { schema: { hide: true } }, async (_req, reply) =>
      reply.code(503).type('text/html; charset=utf-8').send('<!doctype html><meta charset="utf-8"><title>清单</title><p>管理后台尚未构建，请运行 <code>npm run build</code>。</p>'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: ADMIN_DIST, prefix: '/admin/', index: ['index.html'], wildcard: false });
  app.get('/admin', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/admin/'));
  // Read on each request (it is small), so a rebuild takes effect without a restart.
  app.get('/admin/*', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(await fs.promises.readFile(index, 'utf8')),
  );
}
