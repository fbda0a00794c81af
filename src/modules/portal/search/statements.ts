/**
 * The SQL of the portal's search (see query.ts for what it means to the public). Every statement reads
 * one table, `search_entries`, and looks up the unit's name and the service content only for the
 * page's rows: on a county's few hundred matches each extra join costs more to plan than to run.
 */
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { QueryTerms } from '../../../domain/portal/segment.ts';
import { regionTerm } from './indexer.ts';

export interface SearchParams {
  regionCode: string;
  q?: string | null;
  unitId?: string | null;
  category?: 'on_application' | 'proactive' | null;
  /** 服务对象, e.g. 法人. */
  serviceObject?: string | null;
  /** A theme code of src/domain/portal/themes.ts. */
  theme?: string | null;
  onlineDepth?: number | null;
  page: number;
  pageSize: number;
}

const likeEscape = (s: string) => s.replace(/[%_\\]/g, (c) => `\\${c}`);
/** tsqueries for to_tsquery('simple', …); terms hold only letters and digits (see `queryTerms`). */
const anyOf = (terms: string[]) => terms.map((t) => `'${t}'`).join(' | ');
const allOf = (terms: string[]) => terms.map((t) => `'${t}'`).join(' & ');

/**
 * The GB/T 2260 prefix a region code stands for: a province (430000) its two digits, a city (430800)
 * its four; a county is itself (null).
 */
export function regionPrefix(regionCode: string): string | null {
  if (regionCode.endsWith('0000')) return regionCode.slice(0, 2);
  if (regionCode.endsWith('00')) return regionCode.slice(0, 4);
  return null;
}

/** The entries of the region: a county's own, or every county's of a province or city. */
function inRegion(regionCode: string): SQL {
  const prefix = regionPrefix(regionCode);
  return prefix ? sql`se.region_code like ${`${prefix}%`}` : sql`se.region_code = ${regionCode}`;
}

/**
 * The words of the region's entries holding `terms`: a county's own term keeps the index on one
 * county; a province or city reads every county's postings.
 */
function wordsMatch(regionCode: string, terms: string): SQL {
  const query = regionPrefix(regionCode) ? terms : `${regionTerm(regionCode)} & (${terms})`;
  return sql`se.words @@ to_tsquery('simple', ${query})`;
}

function filterList(p: SearchParams): SQL[] {
  const out: SQL[] = [];
  if (p.unitId) out.push(sql`se.unit_id = ${p.unitId}`);
  if (p.category) out.push(sql`se.category = ${p.category}`);
  if (p.serviceObject) out.push(sql`se.service_objects @> ${JSON.stringify([p.serviceObject])}::jsonb`);
  if (p.theme) out.push(sql`se.themes @> ${JSON.stringify([p.theme])}::jsonb`);
  if (p.onlineDepth) out.push(sql`se.online_depth = ${p.onlineDepth}`);
  return out;
}

function filters(p: SearchParams): SQL {
  const out = filterList(p);
  return out.length === 0 ? sql`` : sql` and ${sql.join(out, sql` and `)}`;
}

/** The tiers of the name: exactly the query (1000), starting with it (600), containing it (200). */
function nameTiers(t: QueryTerms, raw: string): SQL {
  // Case-blind only when the query holds latin letters: lower() on every name costs.
  const latin = /[a-z]/.test(t.text);
  const name = latin ? sql`lower(se.name)` : sql`se.name`;
  const text = latin ? t.text : raw;
  return sql`case when ${name} = ${text} then 1000 when ${name} like ${`${likeEscape(text)}%`} then 600 when ${name} like ${`%${likeEscape(text)}%`} then 200 else 0 end`;
}

/**
 * Weighted word rank ×100 with PostgreSQL's weights {D 0.1, C 0.2, B 0.4, A 1.0}: the name counts
 * most, then content and units, then conditions and materials (D holds only the region's term, which
 * a rank query never has). Normalization 32 keeps it below 100. ts_rank rather than ts_rank_cd: as
 * good for names and short texts, at a quarter of the cost; the default weights spare parsing an
 * array on every row.
 */
const wordRank = (t: QueryTerms) => sql`100 * ts_rank(se.words, to_tsquery('simple', ${anyOf(t.any)}), 32)`;

/** Pinyin tiers: initials or full pinyin equal to the query (120), starting with it (90, 80), containing it. */
function pinyinTiers(latin: string): SQL {
  const l = likeEscape(latin);
  return sql`case when se.initials = ${latin} or se.pinyin = ${latin} then 120 when se.initials like ${`${l}%`} then 90 when se.pinyin like ${`${l}%`} then 80 when se.initials like ${`%${l}%`} then 60 else 50 end`;
}

/**
 * Latin input matches the name's initials or full pinyin, or the name itself, read off the county's
 * rows. (The trigram indexes would read the whole province's postings of `ylb` and `lbx`: slower.)
 */
function latinMatch(t: QueryTerms): SQL {
  const l = `%${likeEscape(t.latin!)}%`;
  // The full pinyin keeps a name's own letters and digits (12345热线 → 12345rexian): it holds what
  // lower(name) would, unless the query has spaces (yang lao).
  if (t.text === t.latin) return sql`(se.initials like ${l} or se.pinyin like ${l})`;
  return sql`(se.initials like ${l} or se.pinyin like ${l} or lower(se.name) like ${`%${likeEscape(t.text)}%`})`;
}

const ENTRY = sql`se.version_id, se.code, se.name, se.unit_id, se.category, se.service_objects, se.themes, se.online_depth, se.initials`;

/** The page's rows with the unit's name and the service content, looked up for those rows only. */
function withDetails(inner: SQL, order: SQL): SQL {
  return sql`select p.code, p.name, p.unit_id, (select u.full_name from units u where u.id = p.unit_id) as unit_name,
      p.category, p.service_objects, p.themes, p.online_depth, p.initials, p.score, p.total,
      (select v.service_content from item_versions v where v.id = p.version_id) as service_content
    from (${inner}) p order by ${order}`;
}

const pageOf = (p: SearchParams) => sql`limit ${p.pageSize} offset ${(p.page - 1) * p.pageSize}`;

/**
 * The matches of every term (or of the pinyin), ranked, one page of them with the count of all (a
 * window count). Null when the query holds nothing to look for (only punctuation).
 */
export function strictStatement(p: SearchParams, t: QueryTerms, raw: string): SQL | null {
  let match: SQL;
  let score: SQL;
  if (t.latin) {
    match = latinMatch(t);
    score = sql`${nameTiers(t, raw)} + ${pinyinTiers(t.latin)}`;
  } else if (t.all.length > 0) {
    match = wordsMatch(p.regionCode, allOf(t.all));
    score = sql`${nameTiers(t, raw)} + ${wordRank(t)}`;
  } else {
    return null;
  }
  return withDetails(
    sql`select ${ENTRY}, ${score} as score, count(*) over () as total
      from search_entries se
      where ${inRegion(p.regionCode)} and ${match}${filters(p)}
      order by score desc, se.code ${pageOf(p)}`,
    sql`p.score desc, p.code`,
  );
}

/**
 * When nothing holds every term: the best `limit` entries holding some of them (latin input: words
 * of the text, when no pinyin matched). Word rank picks them, trigram similarity to the name then
 * orders them, which lifts a near miss (社会保障卡申岭 → 社会保障卡申领). Null when no such entry can
 * exist (a single term).
 */
export function relatedStatement(p: SearchParams, t: QueryTerms, raw: string, limit: number): SQL | null {
  // One term: "some" is "every", and nothing held it.
  if (t.any.length === 0 || (!t.latin && t.any.length === 1 && t.all.length === 1 && t.any[0] === t.all[0])) return null;
  const near = t.latin ? sql`0` : sql`40 * similarity(c.name, ${raw})`;
  return withDetails(
    sql`select c.*, c.rank + ${near} as score, count(*) over () as total from (
        select ${ENTRY}, ${nameTiers(t, raw)} + ${wordRank(t)} as rank
        from search_entries se
        where ${inRegion(p.regionCode)} and ${wordsMatch(p.regionCode, anyOf(t.any))}${filters(p)}
        order by rank desc, se.code limit ${limit}
      ) c`,
    sql`p.score desc, p.code`,
  );
}

/** The id of the region's live edition (现行目录), as a scalar subquery. */
const liveEdition = (regionCode: string) => sql`(select e.id from editions e where e.region_code = ${regionCode} and e.went_live_at is not null order by e.number desc limit 1)`;

/**
 * Browsing (no query): the live edition's items in its order (the registry's unit order, then code),
 * one page with the count. Without filters only the edition's lines are counted and sorted.
 */
export function browseStatement(p: SearchParams): SQL {
  if (regionPrefix(p.regionCode)) {
    // A province or city has no edition of its own: its counties' entries, county by county.
    return withDetails(
      sql`select ${ENTRY}, 0 as score, count(*) over () as total, se.region_code from search_entries se
        where ${inRegion(p.regionCode)}${filters(p)} order by se.region_code, se.code ${pageOf(p)}`,
      sql`p.region_code, p.code`,
    );
  }
  const lines =
    filterList(p).length === 0
    ? sql`select ei.version_id, ei.position, count(*) over () as total from edition_items ei
        where ei.edition_id = ${liveEdition(p.regionCode)} order by ei.position ${pageOf(p)}`
    : sql`select ei.version_id, ei.position, count(*) over () as total from edition_items ei
        join search_entries se on se.version_id = ei.version_id
        where ei.edition_id = ${liveEdition(p.regionCode)}${filters(p)} order by ei.position ${pageOf(p)}`;
  return withDetails(
    sql`select ${ENTRY}, 0 as score, l.total, l.position from (${lines}) l join search_entries se on se.version_id = l.version_id`,
    sql`p.position`,
  );
}

/** Suggestions: names of the region's entries completing what was typed, best first. */
export function suggestStatement(regionCode: string, t: QueryTerms, raw: string, limit: number): SQL | null {
  let match: SQL;
  let rank: SQL;
  if (t.latin) {
    match = latinMatch(t);
    rank = sql`${nameTiers(t, raw)} + ${pinyinTiers(t.latin)}`;
  } else if (t.all.length > 0) {
    // The name's terms only (weight A): a suggestion completes a name.
    match = wordsMatch(regionCode, t.all.map((x) => `'${x}':A`).join(' & '));
    rank = nameTiers(t, raw);
  } else {
    return null;
  }
  return sql`select name from (
      select distinct on (se.name) se.name, ${rank} as rank from search_entries se
      where ${inRegion(regionCode)} and ${match}
      order by se.name, rank desc
    ) n order by rank desc, length(name), name limit ${limit}`;
}

/**
 * What the search results of a region depend on besides the query, as one string: its live editions
 * (a new one rewrites the index) and its units' rows (a result shows the unit's name). A county's
 * statement takes its code; a province's or a city's takes its prefix with `%` (`43%`).
 */
export function catalogStampQuery(regionCode: string): { text: string; values: unknown[] } {
  const prefix = regionPrefix(regionCode);
  return prefix ? { text: STAMP_OF_PREFIX, values: [`${prefix}%`] } : { text: STAMP_OF_COUNTY, values: [regionCode] };
}

const stampSql = (op: string) => `select (select count(*) || '/' || coalesce(sum(e.number), 0) || '/' || coalesce(max(e.went_live_at)::text, '')
      from editions e where e.region_code ${op} $1 and e.went_live_at is not null)
  || '|' || (select count(*) || '/' || coalesce(sum(u.version), 0) || '/' || coalesce(max(u.updated_at)::text, '') from units u where u.region_code ${op} $1) as stamp`;
const STAMP_OF_COUNTY = stampSql('=');
const STAMP_OF_PREFIX = stampSql('like');

/** A statement as text and values for a plain driver (the bench measures the bare query with it). */
export function toQuery(stmt: SQL): { text: string; values: unknown[] } {
  const q = new PgDialect().sqlToQuery(stmt);
  return { text: q.sql, values: q.params };
}
