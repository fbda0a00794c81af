import PgBoss from 'pg-boss';
import type { Database } from '../db/client.ts';

/**
 * pg-boss in the application's own database, through the same driver (its `db` adapter), so jobs
 * run the same on PGlite and on PostgreSQL.
 */
export async function startBoss(database: Database): Promise<PgBoss> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => database.executeSql(text, values) },
    schema: 'pgboss',
    // One worker process per install: keep maintenance light on the embedded database.
    maintenanceIntervalSeconds: 300,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (err: Error) => console.error('[jobs]', err.message));
  await boss.start();
  return boss;
}
