import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { boot } from '../../src/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { ADMIN_DIST, buildApp } from '../../src/http/app.ts';
import { makeUser } from '../factories/users.ts';
import { createChainFixtures } from './e2e-chain-fixtures.ts';
import { ADMIN_PASSWORD } from './test-app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    e2eAdminPassword: string;
  }
}

/** Serves the real application (built back office, in-memory PGlite, jobs on) for the browser tests. */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(ADMIN_DIST, 'index.html'))) {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
  const config = { ...loadConfig({}), adminPassword: ADMIN_PASSWORD, databaseUrl: null, jobs: true };
  const booted = await boot(config, { inMemory: true });
  // A ready-made editor of 区教育局, so browser tests of the catalog need not create one first.
  await makeUser(booted.ctx, { unit: '区教育局', roles: ['unit_editor'], username: 'e2e_edu_editor', password: 'Edu-Editor-2026' });
  // The sub-unit, people and drafts of the review chain's browser test (test/e2e/review-chain.test.ts).
  await createChainFixtures(booted.ctx);
  const app = await buildApp(booted.ctx);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  project.provide('e2eBaseUrl', `http://127.0.0.1:${port}`);
  project.provide('e2eAdminPassword', ADMIN_PASSWORD);
  return async () => {
    await app.close();
    await booted.stop();
  };
}
