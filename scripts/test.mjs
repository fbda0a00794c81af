#!/usr/bin/env node
// `npm test`: type-check, lint, then every Vitest project (unit, integration on PGlite and on
// PostgreSQL, end-to-end in Chromium). Ends with one line, `N passed, N failed`, counting the
// type-check and the lint as one check each.
import { spawn } from 'node:child_process';

function run(cmd, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', env: process.env });
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

const extra = process.argv.slice(2);
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
