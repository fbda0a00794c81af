#!/usr/bin/env node
// `npm test`: type-check, lint, then every Vitest project (unit, integration on PGlite and on
// PostgreSQL, end-to-end in Chromium). Ends with one line, `N passed, N failed`, counting the
// type-check and the lint as one check each.
import { spawn, spawnSync } from 'node:child_process';

function run(cmd, args, { capture = false, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', env });
    let out = '';
    if (capture) {
      child.stdout.on('data', (d) => {
        process.stdout.write(d);
        out += d.toString();
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/**
 * The document tests convert .docx to PDF with LibreOffice. On a fresh Debian machine, as root, the
 * script installs it (no-GUI packages) so `npm ci && npm test` stays the whole recipe.
 */
async function ensureLibreOffice() {
  const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
  if (has('soffice') || has('libreoffice')) return;
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    console.log('⚠ LibreOffice (soffice) is missing and cannot be installed automatically: install libreoffice-writer-nogui.');
    return;
  }
  console.log('▶ installing LibreOffice for the document tests (apt-get, once per machine)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env });
  await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'libreoffice-writer-nogui', 'libreoffice-calc-nogui'], { env });
}

const extra = process.argv.slice(2);
await ensureLibreOffice();
let passed = 0;
let failed = 0;
const started = Date.now();

if (extra.length === 0) {
  console.log('▶ type-check (tsc --noEmit)');
  const tsc = await run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  if (tsc.code === 0) passed++;
  else failed++;
  console.log('▶ lint (eslint)');
  const lint = await run('npx', ['eslint', '.', '--max-warnings=0']);
  if (lint.code === 0) passed++;
  else failed++;
}

console.log('▶ tests (vitest)');
const vitest = await run('npx', ['vitest', 'run', ...extra], { capture: true });
const match = [...vitest.out.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
if (match) {
  passed += Number(match[1]);
  failed += Number(match[2]);
}
if (vitest.code !== 0 && (!match || Number(match[2]) === 0)) failed++;

console.log(`\nnpm test finished in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
