import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('the service', () => {
  it('answers /healthz with {"status":"ok"} once the database is reachable', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('exposes Prometheus metrics at /metrics', async () => {
    await t.app.inject({ method: 'GET', url: '/api/v1/units' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('qingdan_http_request_duration_seconds_bucket');
    expect(res.body).toContain('route="/api/v1/units"');
    expect(res.body).toContain('qingdan_process_cpu_seconds_total');
  });

  it('answers unknown API paths with a Chinese problem document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'not_found', detail: '请求的资源不存在' });
  });

  it('reports validation errors with field paths', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '', password: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation');
    expect(res.json().errors).toEqual([{ path: 'username', message: '请输入用户名' }]);
    expect(res.json().detail).toContain('请输入用户名');
  });

  it('answers a malformed id with a 400 naming the field', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/units/not-a-uuid` });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('id');
  });
});

describe('an unexpected error', () => {
  it('is logged and answered with a generic 500 that shows no internals', async () => {
    const app = await buildApp(t.ctx);
    app.get('/api/v1/test-boom', { config: { access: 'public' } }, async () => {
      throw new Error('secret internal detail: password=hunter2');
    });
    const res = await app.inject({ method: 'GET', url: '/api/v1/test-boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'internal', detail: '服务器内部错误，请稍后重试' });
    expect(res.body).not.toContain('hunter2');
    await app.close();
  });
});

describe('/api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document covering every API route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);

    const documented = new Set<string>();
    for (const [p, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const m of Object.keys(ops)) documented.add(`${m.toUpperCase()} ${p}`);
    }
    const apiRoutes = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1') || r.url === '/healthz' || r.url === '/metrics');
    expect(apiRoutes.length).toBeGreaterThan(15);
    for (const r of apiRoutes) {
      expect(documented, `${r.method} ${r.url}`).toContain(`${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    }
  });

  it('has a browsable reference at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect([200, 302]).toContain(res.statusCode);
    const page = res.statusCode === 302 ? await t.app.inject({ method: 'GET', url: res.headers.location as string }) : res;
    expect(page.body).toContain('swagger');
  });
});
