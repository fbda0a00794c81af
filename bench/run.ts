/**
 * `npm run bench`: every measured scenario, one after the other, each printing its figures.
 * Exit status 1 when a scenario misses its target.
 */
import { runFilingBench } from './filing-bench.ts';

const scenarios: { name: string; run: () => Promise<{ ok: boolean }> }[] = [{ name: 'filing', run: () => runFilingBench() }];

let failed = false;
for (const s of scenarios) {
  const result = await s.run();
  if (!result.ok) failed = true;
}
process.exitCode = failed ? 1 : 0;
