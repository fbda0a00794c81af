import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The Drizzle handle every module uses; a transaction has the same type. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface SqlResult {
  rows: Record<string, unknown>[];
  rowCount?: number;
}

/** One database, whichever driver is underneath. Code above this file never sees the driver. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Plain SQL for the few places that need it (pg-boss's adapter, health checks, tests). */
  executeSql(text: string, values?: unknown[]): Promise<SqlResult>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Rows of a fixed statement, straight from the driver under `db` (not a transaction's handle): for
 * the portal's per-request lookups, where building the statement costs more than running it. On
 * PostgreSQL it runs as a prepared statement (see `PreparingClient`).
 */
export async function queryRows<T>(db: Db, text: string, values: unknown[]): Promise<T[]> {
  const client = (db as unknown as { $client?: { query(text: string, values: unknown[]): Promise<{ rows: T[] }> } }).$client;
  if (!client) throw new Error('queryRows needs the database handle, not a transaction');
  return (await client.query(text, values)).rows;
}

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export interface OpenOptions {
  /** postgres://… for PostgreSQL; otherwise PGlite. */
  databaseUrl?: string | null;
  /** Folder for PGlite's files; `null` keeps the database in memory (tests). */
  dataDir?: string | null;
}

/** Opens the embedded PGlite database or a PostgreSQL pool, depending on the options. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir ?? null);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  let dir: string | undefined;
  if (dataDir) {
    dir = path.join(dataDir, 'pglite');
    fs.mkdirSync(dir, { recursive: true });
  }
  const client = await PGlite.create(dir, { extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const r = await client.query<Record<string, unknown>>(text, values);
        return { rows: r.rows, rowCount: r.affectedRows };
      }
      // PGlite's query takes one statement; scripts (pg-boss's schema) go through exec.
      const results = await client.exec(text);
      const last = results[results.length - 1];
      return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.affectedRows };
    },
    async migrate() {
      await migratePglite(drizzlePglite(client), { migrationsFolder });
    },
    async close() {
      await client.close();
    },
  };
}

/** Named statements one connection keeps at most; further texts run unnamed. */
const PREPARED_PER_CONNECTION = 500;
type QueryConfig = { text: string; values?: unknown[]; name?: string };

/**
 * A client that runs each parameterized SELECT as a named prepared statement (the name is a hash of
 * its text), so PostgreSQL parses and plans the portal's few query shapes once per connection rather
 * than on every request: planning costs several times what running a lookup does.
 */
class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();

  // pg's query() has many overloads; this one only adds a name to (text, values) and passes the rest on.
  override query(...args: unknown[]): never {
    const [first, second] = args;
    const config: QueryConfig | null =
      typeof first === 'string' && Array.isArray(second)
        ? { text: first, values: second }
        : first && typeof first === 'object' && typeof (first as QueryConfig).text === 'string' && !(first as QueryConfig).name && !('submit' in first)
          ? { ...(first as QueryConfig), values: (first as QueryConfig).values ?? (Array.isArray(second) ? second : undefined) }
          : null;
    if (config && config.values && config.values.length > 0 && /^\s*(select|with)\s/i.test(config.text)) {
      const name = `qd_${createHash('sha1').update(config.text).digest('base64url')}`;
      if (this.prepared.has(name) || this.prepared.size < PREPARED_PER_CONNECTION) {
        this.prepared.add(name);
        const rest = args.slice(Array.isArray(second) ? 2 : 1);
        return (super.query as (...a: unknown[]) => never)({ ...config, name }, ...rest);
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

async function openPostgres(url: string): Promise<Database> {
  // JIT compiling pays off for long analytic queries; for the platform's short lookups it only adds
  // milliseconds to the first plans of a province-wide search.
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_MAX ?? 10), Client: PreparingClient, options: '-c jit=off' });
  pool.on('error', (err) => console.error('PostgreSQL pool error', err.message));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async executeSql(text, values) {
      const r = await pool.query(text, values as unknown[] | undefined);
      const last = Array.isArray(r) ? r[r.length - 1] : r;
      return { rows: last.rows ?? [], rowCount: last.rowCount ?? undefined };
    },
    async migrate() {
      await migratePg(drizzlePg(pool), { migrationsFolder });
    },
    async close() {
      await pool.end();
    },
  };
}
