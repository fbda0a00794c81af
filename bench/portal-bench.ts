/**
 * Portal benchmark (issue 4): a province-scale published catalog (150,000 items in 121 counties, see
 * portal/province.ts), served by `src/server.ts` in its own process, measured with autocannon on
 * loopback at 32 connections: search within one county (JSON API and the HTML results page), the
 * item page, search over the whole province; then the bare SQL of the same searches at the same
 * concurrency, and the ratio of the two throughputs (what everything above the database costs).
 *
 * Targets (PostgreSQL, one county): search p95 ≤ 25 ms at ≥ 800 requests/s and ≥ half the bare
 * query's throughput; item page p95 ≤ 15 ms at ≥ 1,500 requests/s; item page ≤ 50 KB compressed
 * (HTML, CSS and scripts). PGlite and the province-wide search are measured and reported.
 *
 * BENCH_COUNTIES=5 generates only the first counties (a quick run); BENCH_SECONDS sets each
 * measurement's length (10 s).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { boot } from '../src/boot.ts';
import { loadConfig, type Config } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { searchQuery, type SearchParams } from '../src/modules/portal/search/query.ts';
import { generateProvince, hunanCounties } from './portal/province.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 3;

/** The county searched: 长沙县, one of the 121 (about 1,240 items, like every county here); in a quick run the last generated. */
const countyOf = (generated: number) => hunanCounties()[Math.min(6, generated - 1)];
const PROVINCE = '430000';

/** What people type: words, a unit's business, pinyin initials and full pinyin. */
const QUERIES = ['养老保险', '就业', '入学', '法律援助', '补贴申领', '最低生活保障', '户口迁移', '预防接种', '公共租赁住房', '失业保险', '投诉受理', '信息查询', 'ylbx', 'yanglao', '社会保障卡', '档案查询'];

/**
 * Queries nobody asked before: for each item name its 4 first and 4 last characters, 2 from its
 * middle, the whole name and its pinyin initials; each different string once, in a fixed shuffle.
 */
function longTail(entries: { name: string; initials: string }[]): string[] {
  const out = new Set<string>();
  for (const { name, initials } of entries) {
    const chars = Array.from(name);
    out.add(chars.slice(0, 4).join(''));
    out.add(chars.slice(-4).join(''));
    if (chars.length >= 6) out.add(chars.slice(2, 4).join(''));
    out.add(name);
    if (initials.length >= 3) out.add(initials);
  }
  const list = [...out].filter((q) => !QUERIES.includes(q));
  let seed = 7;
  for (let i = list.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

interface Figures {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  target?: string;
  ok?: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function figuresOf(name: string, latencies: number[], seconds: number, errors: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { name, requests: latencies.length, rps: latencies.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), errors };
}

const cycle = <T>(xs: T[]) => {
  let i = 0;
  return () => xs[i++ % xs.length];
};

/**
 * autocannon over `paths` in turn: 32 connections, each sending its next request as soon as the last
 * is answered (autocannon's own rate limit sends each second's budget in a burst, which measures the
 * same saturation with idle gaps). Latencies of every response: p95 is not in autocannon's summary.
 */
async function load(base: string, name: string, paths: string[], opts: { seconds?: number; warm?: boolean } = {}): Promise<Figures> {
  const { seconds = SECONDS, warm = true } = opts;
  if (warm) await load(base, name, paths, { seconds: WARMUP_SECONDS, warm: false });
  const next = cycle(paths);
  const latencies: number[] = [];
  let errors = 0;
  const options: autocannon.Options = {
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'accept-encoding': 'br, gzip' },
    requests: [{ setupRequest: (req) => ({ ...req, path: next() }) }],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else errors++;
    });
  });
  return figuresOf(name, latencies, seconds, errors + result.errors + result.timeouts);
}

/** The same statements as the search runs, straight to the database, 32 at a time. */
async function bare(name: string, run: (q: { text: string; values: unknown[] }) => Promise<unknown>, params: SearchParams[], seconds = SECONDS, warm = true): Promise<Figures> {
  if (warm) await bare(name, run, params, WARMUP_SECONDS, false);
  const queries = params.map((p) => searchQuery(p)!);
  const next = cycle(queries);
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await run(next());
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  return figuresOf(name, latencies, seconds, errors);
}

/** GETs every path once, eight at a time. */
async function prime(base: string, paths: string[]): Promise<void> {
  let i = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (i < paths.length) await fetch(base + paths[i++]).then((r) => r.arrayBuffer());
    }),
  );
}

/** Bytes on the wire of a GET with brotli accepted (what a browser downloads). */
function transferred(url: string): Promise<{ bytes: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const enc = res.headers['content-encoding'];
          const body = enc === 'br' ? zlib.brotliDecompressSync(raw) : enc === 'gzip' ? zlib.gunzipSync(raw) : raw;
          resolve({ bytes: raw.length, body: body.toString('utf8') });
        });
      })
      .on('error', reject);
  });
}

async function pageWeight(base: string, pagePath: string) {
  const page = await transferred(base + pagePath);
  const assets = [...page.body.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
  let assetBytes = 0;
  for (const a of assets) assetBytes += (await transferred(new URL(a, base).href)).bytes;
  return { html: page.bytes, assets: assetBytes, count: assets.length, total: page.bytes + assetBytes };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer(county: string, env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', QINGDAN_REGION: county, QINGDAN_DEMO: 'false', QINGDAN_JOBS: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) return { base, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

function printTable(rows: Figures[]): void {
  const head = ['', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'target'];
  const lines = rows.map((r) => [r.name, fmt(r.rps, 0), fmt(r.p50, 2), fmt(r.p95, 2), fmt(r.p99, 2), String(r.errors), r.target ? `${r.target} ${r.ok ? 'ok' : 'MISSED'}` : '']);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const l of lines) console.log(line(l));
}

/**
 * Generates the province into the database of `kind`, serves it, measures. `databaseUrl` for
 * PostgreSQL (an empty database); PGlite writes to a temporary folder.
 */
export async function runPortalBench(kind: 'postgres' | 'pglite', databaseUrl?: string): Promise<{ ok: boolean }> {
  const label = kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdan-portal-bench-'));
  const config: Config = { ...loadConfig({}), dataDir, databaseUrl: databaseUrl ?? null, demoData: false, jobs: false, logLevel: 'warn', adminPassword: 'Bench-Root-2026!' };
  const counties = process.env.BENCH_COUNTIES ? Number(process.env.BENCH_COUNTIES) : undefined;
  console.log(`\n门户基准 portal benchmark (${label}), ${os.cpus().length} cores, Node ${process.version}`);
  try {
    const booted = await boot(config, { jobs: false });
    let lastShown = 0;
    const province = await generateProvince(booted.ctx.db, {
      counties,
      onCounty: (done, of) => {
        if (Date.now() - lastShown > 15_000 || done === of) {
          lastShown = Date.now();
          console.log(`  generating: ${done}/${of} counties`);
        }
      },
    });
    const county = countyOf(province.counties);
    const COUNTY = county.code;
    const entries = (await booted.ctx.database.executeSql(`select code, name, initials from search_entries where region_code = $1 order by code`, [COUNTY])).rows;
    // Item pages of other counties, through ?region=: pages nobody has viewed yet.
    const unseen = (
      await booted.ctx.database.executeSql(`select code, region_code from search_entries where region_code <> $1 order by region_code, code limit 20000`, [COUNTY])
    ).rows.map((r) => `/items/${encodeURIComponent(String(r.code))}?region=${String(r.region_code)}`);
    const codes = entries.map((r) => String(r.code));
    // Each query with six page sizes: a request nobody made before, for as long as a run lasts.
    const tail = longTail(entries.map((r) => ({ name: String(r.name), initials: String(r.initials) })));
    const tailAsked = [20, 10, 15, 25, 30, 12].flatMap((pageSize) => tail.map((q) => ({ q, pageSize })));
    await booted.stop();
    console.log(
      `  province: ${province.items.toLocaleString('en')} items, ${province.units.toLocaleString('en')} units, ${province.counties} counties, indexed ${province.indexed.toLocaleString('en')}, generated in ${fmt(province.seconds, 0)} s`,
    );
    console.log(`  county searched: ${county.name} (${COUNTY}), ${codes.length} items`);
    console.log(`  popular queries (${QUERIES.length}, in turn; answers kept while the catalog is unchanged): ${QUERIES.join(' ')}`);
    console.log(
      `  long tail: ${tail.length.toLocaleString('en')} different queries cut from the county's names (${tail.slice(0, 6).join(' ')} …), with 6 page sizes: ${tailAsked.length.toLocaleString('en')} different requests`,
    );

    const env: Record<string, string> = kind === 'postgres' ? { DATABASE_URL: databaseUrl! } : { DATA_DIR: dataDir, DATABASE_URL: '' };
    const server = await startServer(COUNTY, env);
    const searchPaths = (region?: string) => QUERIES.map((x) => `/api/v1/search?q=${encodeURIComponent(x)}${region ? `&region=${region}` : ''}`);
    const tailPaths = (region?: string) => tailAsked.map((a) => `/api/v1/search?q=${encodeURIComponent(a.q)}&pageSize=${a.pageSize}${region ? `&region=${region}` : ''}`);
    const itemPaths = codes.map((c) => `/items/${encodeURIComponent(c)}`);
    let weight: Awaited<ReturnType<typeof pageWeight>>;
    let search: Figures, searchTail: Figures, searchPage: Figures, item: Figures, itemUnseen: Figures, provinceSearch: Figures, provinceTail: Figures;
    try {
      const hits = await Promise.all(searchPaths().map((p) => fetch(server.base + p).then((r) => r.json() as Promise<{ total: number }>)));
      console.log(`  matches of each query in the county: ${hits.map((h) => h.total).join(' ')}`);
      search = await load(server.base, 'search API, one county, popular', searchPaths());
      searchTail = await load(server.base, 'search API, one county, long tail', tailPaths(), { warm: false });
      searchPage = await load(server.base, 'search page (HTML), one county', QUERIES.map((x) => `/items?q=${encodeURIComponent(x)}`));
      // Every page of the county viewed once, as on a site that has been up for a while.
      await prime(server.base, itemPaths);
      item = await load(server.base, 'item page (HTML), kept', itemPaths);
      itemUnseen = await load(server.base, 'item page (HTML), first views', unseen, { warm: false });
      provinceSearch = await load(server.base, 'search API, whole province, popular', searchPaths(PROVINCE));
      provinceTail = await load(server.base, 'search API, whole province, long tail', tailPaths(PROVINCE).slice(Math.floor(tailAsked.length / 2)), { warm: false });
      weight = await pageWeight(server.base, itemPaths[0]);
    } finally {
      await stopServer(server.child);
    }

    // The bare query: the same statements with a plain driver, in this process, the server stopped.
    let bareCounty: Figures, bareTail: Figures, bareProvince: Figures;
    const database = await openDatabase(kind === 'postgres' ? { databaseUrl } : { dataDir });
    try {
      const params = (regionCode: string): SearchParams[] => QUERIES.map((x) => ({ regionCode, q: x, page: 1, pageSize: 20 }));
      const run = (x: { text: string; values: unknown[] }) => database.executeSql(x.text, x.values);
      bareCounty = await bare('bare SQL search, one county, popular', run, params(COUNTY));
      bareTail = await bare('bare SQL search, one county, long tail', run, tailAsked.map((a) => ({ regionCode: COUNTY, q: a.q, page: 1, pageSize: a.pageSize })));
      bareProvince = await bare('bare SQL search, whole province, popular', run, params(PROVINCE));
    } finally {
      await database.close();
    }

    const rows = [search, searchTail, searchPage, item, itemUnseen, provinceSearch, provinceTail, bareCounty, bareTail, bareProvince];
    const ratio = search.rps / bareCounty.rps;
    const tailRatio = searchTail.rps / bareTail.rps;
    const provinceRatio = provinceSearch.rps / bareProvince.rps;
    let ok = true;
    if (kind === 'postgres') {
      search.target = 'p95 ≤ 25 ms at ≥ 800/s';
      search.ok = search.p95 <= 25 && search.rps >= 800 && search.errors === 0;
      item.target = 'p95 ≤ 15 ms at ≥ 1,500/s';
      item.ok = item.p95 <= 15 && item.rps >= 1500 && item.errors === 0;
      ok = search.ok && item.ok && ratio >= 0.5 && weight.total <= 50 * 1024;
    }
    printTable(rows);
    console.log(
      `  search API / bare query throughput, one county: popular ${fmt(ratio, 2)}${kind === 'postgres' ? ` (target ≥ 0.50 ${ratio >= 0.5 ? 'ok' : 'MISSED'})` : ''}, long tail ${fmt(tailRatio, 2)}; whole province, popular: ${fmt(provinceRatio, 2)}`,
    );
    if (itemUnseen.requests > unseen.length) console.log(`  (first views ran out: ${itemUnseen.requests} requests for ${unseen.length} pages)`);
    if (searchTail.requests > tailAsked.length) console.log(`  (the long tail ran out: ${searchTail.requests} requests for ${tailAsked.length} different ones, so some were asked twice)`);
    console.log(
      `  item page transferred (brotli): HTML ${fmt(weight.html / 1024)} KB + ${weight.count} CSS/JS files ${fmt(weight.assets / 1024)} KB = ${fmt(weight.total / 1024)} KB${kind === 'postgres' ? ` (target ≤ 50 KB ${weight.total <= 50 * 1024 ? 'ok' : 'MISSED'})` : ''}`,
    );
    return { ok };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
