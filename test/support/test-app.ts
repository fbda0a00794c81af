import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import type { AppContext } from '../../src/app-context.ts';
import { boot, type Booted } from '../../src/boot.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Clock } from '../../src/domain/clock.ts';
import { buildApp } from '../../src/http/app.ts';

export const ADMIN_PASSWORD = 'Wly-Root-2026!';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  booted: Booted;
  databaseUrl: string | null;
  close(): Promise<void>;
}

/** Which database the current project runs on: `pglite` (in memory) or `postgres` (a fresh database). */
export const testDb = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

/** Creates an empty database on the test PostgreSQL server and returns its URL. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `qd_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Boots the whole application on a fresh database of the current project's kind. */
export async function createTestApp(opts: { clock?: Clock; jobs?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  let databaseUrl: string | null = null;
  let drop = async () => {};
  if (testDb === 'postgres') {
    const fresh = await freshPostgresDatabase();
    databaseUrl = fresh.url;
    drop = fresh.drop;
  }
  const config: Config = { ...loadConfig({}), adminPassword: ADMIN_PASSWORD, databaseUrl, jobs: opts.jobs ?? false, demoData: false, ...opts.config };
  const booted = await boot(config, { clock: opts.clock, jobs: opts.jobs ?? false, inMemory: true });
  const app = await buildApp(booted.ctx);
  await app.ready();
  return {
    app,
    ctx: booted.ctx,
    booted,
    databaseUrl,
    async close() {
      await app.close();
      await booted.stop();
      await drop();
    },
  };
}
