/**
 * 事项检索: the portal's search over a region's live catalog.
 *
 * Chinese input: the words index answers a tsquery that needs the region's own term (r430811, so a
 * county reads its own postings, not the province's) and every term of the query, its words and
 * bigrams (src/domain/portal/segment.ts): 养老保险 finds 城乡居民基本养老保险参保登记. Latin input:
 * the name's initials or full pinyin containing it (ylbx, yanglao), or the name itself. When nothing
 * matches that way, the best fifty items holding some of the terms are shown instead, ordered by
 * trigram similarity to the name, so a name with one wrong character still finds its item
 * (社会保障卡申岭 → 社会保障卡申领), and so does a name with a word left out or reordered.
 *
 * Ranking: the exact name, names starting with the query, names containing it, the weighted word rank
 * (name > content and units > conditions and materials), pinyin (initials equal > starting >
 * containing); near misses by trigram similarity. Each page is one statement with a window count (two
 * when nothing matched every term). The entries are exactly those of the live editions: the index is
 * rewritten in the transaction that takes an edition live (`reindexEdition`).
 */
import type { SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/client.ts';
import { highlight, markRanges, snippet } from '../../../domain/portal/highlight.ts';
import { StampedCache } from '../../../domain/stamped-cache.ts';
import { initialsMatch, pinyinMatch } from '../../../domain/portal/pinyin.ts';
import { highlightTerms, queryTerms, type QueryTerms } from '../../../domain/portal/segment.ts';
import { browseStatement, catalogStampQuery, relatedStatement, strictStatement, suggestStatement, toQuery, type SearchParams } from './statements.ts';

export type { SearchParams } from './statements.ts';

export interface SearchHit {
  code: string;
  name: string;
  /** The name HTML-escaped with the matched part in `<mark>`. */
  nameHtml: string;
  unitId: string;
  unitName: string;
  category: string | null;
  serviceObjects: string[];
  themes: string[];
  onlineDepth: number | null;
  /** Part of the service content around a match, escaped and marked; null when it holds none. */
  snippetHtml: string | null;
  /** Relevance (0 when browsing). */
  score: number;
}

export interface SearchResult {
  total: number;
  items: SearchHit[];
}

/** At most this many of those: the best of a loose match, not a list to page through. */
export const RELATED = 50;
/** How many suggestions the search box offers. */
export const SUGGESTIONS = 8;

type Row = {
  code: string;
  name: string;
  unit_id: string;
  unit_name: string;
  category: string | null;
  service_objects: string[] | string;
  themes: string[] | string;
  online_depth: number | null;
  initials: string;
  score: number | string;
  total: number | string;
  service_content: string | null;
};

const json = (v: string[] | string): string[] => (typeof v === 'string' ? (JSON.parse(v) as string[]) : v);
const clean = (q: string | null | undefined) => (q ?? '').replace(/\s+/g, ' ').trim();

async function rowsOf(db: Db, stmt: SQL): Promise<Row[]> {
  return ((await db.execute(stmt)) as unknown as { rows: Row[] }).rows;
}

/**
 * The statement of a search page as text and values for a plain driver: what the bench measures as
 * the bare query (the matches of every term, or browsing). Null when the query holds nothing to look for.
 */
export function searchQuery(p: SearchParams): { text: string; values: unknown[] } | null {
  const raw = clean(p.q);
  const t = queryTerms(raw);
  const stmt = t.text ? strictStatement(p, t, raw) : browseStatement(p);
  return stmt ? toQuery(stmt) : null;
}

/** What a result shows: the name with its match marked, a snippet of the content when it matched there. */
function present(row: Row, t: QueryTerms, terms: string[]): SearchHit {
  let nameHtml = highlight(row.name, terms);
  if (t.latin && !nameHtml.includes('<mark>')) {
    const byInitials = initialsMatch(row.name, row.initials, t.latin);
    const range = byInitials === undefined || byInitials === null ? pinyinMatch(row.name, t.latin) : byInitials;
    if (range) nameHtml = markRanges(row.name, [range]);
  }
  return {
    code: row.code,
    name: row.name,
    nameHtml,
    unitId: row.unit_id,
    unitName: row.unit_name,
    category: row.category,
    serviceObjects: json(row.service_objects),
    themes: json(row.themes),
    onlineDepth: row.online_depth === null ? null : Number(row.online_depth),
    snippetHtml: terms.length > 0 && row.service_content ? snippet(row.service_content, terms) : null,
    score: Math.round(Number(row.score) * 100) / 100,
  };
}

/**
 * Answers kept per region: a live catalog does not change until the next edition goes live, so the
 * same search gives the same page. Each answer is kept under the region's stamp (its live editions and
 * its units' rows, `catalogStampQuery`) and used only while the database gives the same stamp.
 */
/** Kept answers per database (tests run several applications in one process). */
const kept = new WeakMap<Db, { results: StampedCache<SearchResult>; suggestions: StampedCache<string[]> }>();
function cachesOf(db: Db) {
  let c = kept.get(db);
  if (!c) kept.set(db, (c = { results: new StampedCache<SearchResult>(5000), suggestions: new StampedCache<string[]>(5000) }));
  return c;
}

async function catalogStamp(db: Db, regionCode: string): Promise<string> {
  const q = catalogStampQuery(regionCode);
  return (await queryRows<{ stamp: string }>(db, q.text, q.values))[0].stamp;
}

/**
 * 检索: a page of the region's live catalog matching the query and filters, most relevant first.
 * Answers are kept while the region's catalog stays the same (see `StampedCache`).
 */
export async function searchCatalog(db: Db, p: SearchParams): Promise<SearchResult> {
  const stamp = await catalogStamp(db, p.regionCode);
  const key = JSON.stringify([p.regionCode, clean(p.q), p.unitId ?? null, p.category ?? null, p.serviceObject ?? null, p.theme ?? null, p.onlineDepth ?? null, p.page, p.pageSize]);
  const { results } = cachesOf(db);
  const known = results.get(key, stamp);
  if (known) return known;
  const result = await runSearch(db, p);
  results.set(key, stamp, result);
  return result;
}

async function runSearch(db: Db, p: SearchParams): Promise<SearchResult> {
  const raw = clean(p.q);
  const t = queryTerms(raw);
  const terms = t.text ? highlightTerms(t.text) : [];
  const totalOf = (rows: Row[]) => (rows.length > 0 ? Number(rows[0].total) : 0);
  if (!t.text) {
    const rows = await rowsOf(db, browseStatement(p));
    const total = rows.length > 0 || p.page === 1 ? totalOf(rows) : totalOf(await rowsOf(db, browseStatement({ ...p, page: 1, pageSize: 1 })));
    return { total, items: rows.map((r) => present(r, t, terms)) };
  }
  const strict = strictStatement(p, t, raw);
  if (!strict) return { total: 0, items: [] };
  let rows = await rowsOf(db, strict);
  // Past the last page the window count has no row to ride on: count on the first.
  let total = rows.length > 0 || p.page === 1 ? totalOf(rows) : totalOf(await rowsOf(db, strictStatement({ ...p, page: 1, pageSize: 1 }, t, raw)!));
  const related = total === 0 ? relatedStatement(p, t, raw, RELATED) : null;
  if (related) {
    const all = await rowsOf(db, related);
    total = all.length;
    rows = all.slice((p.page - 1) * p.pageSize, p.page * p.pageSize);
  }
  return { total, items: rows.map((r) => present(r, t, terms)) };
}

/**
 * 输入提示: up to eight item names of the region's live catalog for what has been typed so far: names
 * starting with it first, then names holding every term (or whose initials or pinyin hold the latin
 * input), shorter names first.
 */
export async function suggest(db: Db, regionCode: string, q: string): Promise<string[]> {
  const raw = clean(q);
  const t = queryTerms(raw);
  const stmt = t.text ? suggestStatement(regionCode, t, raw, SUGGESTIONS) : null;
  if (!stmt) return [];
  const stamp = await catalogStamp(db, regionCode);
  const key = `${regionCode}|${raw}`;
  const { suggestions } = cachesOf(db);
  const known = suggestions.get(key, stamp);
  if (known) return known;
  const names = ((await db.execute(stmt)) as unknown as { rows: { name: string }[] }).rows.map((r) => r.name);
  suggestions.set(key, stamp, names);
  return names;
}

