import type PgBoss from 'pg-boss';
import type { Config } from './config.ts';
import type { Database, Db } from './db/client.ts';
import type { Clock } from './domain/clock.ts';

/** What operations receive: the few helpers they need, so tests can swap the clock or the database. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  /** Job queue; absent in contexts that run no jobs (some CLI commands). */
  boss?: PgBoss;
}
