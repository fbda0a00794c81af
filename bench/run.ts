/**
 * `npm run bench`: every measured scenario, one after the other, each printing its figures.
 * `npm run bench -- portal` (or `filing`) runs the scenarios whose name holds the word.
 * Exit status 1 when a scenario misses its target.
 */
import { runFilingBench } from './filing-bench.ts';
import { runPortalBench } from './portal-bench.ts';

// PostgreSQL runs in its own process, so the Node process's memory shows what the import itself costs.
async function onPostgres<T>(run: (url: string) => Promise<T>): Promise<T> {
  const { startEmbeddedPostgres } = await import('../test/support/embedded-postgres.ts');
  const pg = await startEmbeddedPostgres();
  const db = `qingdan_bench_${Date.now()}`;
  const { default: pgModule } = await import('pg');
  const admin = new pgModule.Client({ connectionString: pg.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  await admin.end();
  try {
    return await run(pg.url.replace(/\/postgres$/, `/${db}`));
  } finally {
    await pg.stop();
  }
}

const scenarios: { name: string; run: () => Promise<{ ok: boolean }> }[] = [
  // PostgreSQL first: its process figures are then not inflated by PGlite's WebAssembly heap.
  { name: 'filing (PostgreSQL)', run: () => onPostgres((url) => runFilingBench(undefined, undefined, url)) },
  { name: 'filing (PGlite)', run: () => runFilingBench() },
  { name: 'portal (PostgreSQL)', run: () => onPostgres((url) => runPortalBench('postgres', url)) },
  { name: 'portal (PGlite)', run: () => runPortalBench('pglite') },
];

const only = process.argv.slice(2);
const chosen = scenarios.filter((s) => only.length === 0 || only.some((w) => s.name.includes(w)));

let failed = false;
for (const s of chosen) {
  const result = await s.run();
  if (!result.ok) failed = true;
}
process.exitCode = failed ? 1 : 0;
