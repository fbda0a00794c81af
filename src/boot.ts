import type { AppContext } from './app-context.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/client.ts';
import { seedDemoCatalog } from './db/seed/demo-seed.ts';
import { seedBase, type SeedReport } from './db/seed/seed.ts';
import { systemClock, type Clock } from './domain/clock.ts';
import { startBoss } from './jobs/boss.ts';
import { registerIdentityJobs } from './modules/identity/jobs.ts';
import { registerNotifyJobs } from './modules/notify/jobs.ts';
import { ensureSearchIndex } from './modules/portal/search/indexer.ts';
import { registerPublicationJobs } from './modules/publication/jobs.ts';

export interface Booted {
  ctx: AppContext;
  seed: SeedReport;
  stop(): Promise<void>;
}

/** Opens the database, migrates, loads the base data once and (optionally) starts the job workers. */
export async function boot(config: Config, opts: { clock?: Clock; jobs?: boolean; inMemory?: boolean } = {}): Promise<Booted> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: opts.inMemory ? null : config.dataDir });
  const ctx: AppContext = { config, database, db: database.db, clock: opts.clock ?? systemClock };
  let seed: SeedReport;
  try {
    await database.migrate();
    seed = await seedBase(ctx);
    if (config.demoData) await seedDemoCatalog(ctx);
    await ensureSearchIndex(ctx);
    if (opts.jobs ?? config.jobs) {
      ctx.boss = await startBoss(database);
      await registerIdentityJobs(ctx);
      await registerPublicationJobs(ctx);
      await registerNotifyJobs(ctx);
    }
  } catch (err) {
    await ctx.boss?.stop({ graceful: false, wait: true }).catch(() => {});
    await database.close().catch(() => {});
    throw err;
  }
  return {
    ctx,
    seed,
    async stop() {
      if (ctx.boss) await ctx.boss.stop({ graceful: true, wait: true, timeout: 5000 });
      await database.close();
    },
  };
}
