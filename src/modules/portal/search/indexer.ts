/**
 * 检索索引: keeps `search_entries` equal to the versions the regions' live editions show. Words are
 * cut in JavaScript (src/domain/portal/segment.ts) and handed to PostgreSQL joined with spaces, so the
 * `simple` configuration only splits at the spaces; the same code cuts the queries.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import type { Db } from '../../../db/client.ts';
import { editionItems, editions, items, itemVersions, regions, searchEntries, units } from '../../../db/schema/index.ts';
import type { ItemDraft } from '../../../domain/catalog/item.ts';
import { pinyinOf } from '../../../domain/portal/pinyin.ts';
import { hanChars, segment } from '../../../domain/portal/segment.ts';
import { themesOf } from '../../../domain/portal/themes.ts';
import { loadDrafts } from '../../catalog/repository.ts';
import type { EditionRow } from '../../publication/queries.ts';

type VersionRow = typeof itemVersions.$inferSelect;

/** The unit an entry is filed under, with the names people search it by. */
export interface IndexUnit {
  id: string;
  regionCode: string;
  fullName: string;
  shortName: string;
}

export interface IndexSource {
  version: VersionRow;
  draft: ItemDraft;
  unit: IndexUnit;
  code: string;
  /** The region's place names, left out of unit names (see `entryTerms`). */
  placeNames?: string[];
}

// Conditions, materials and bases can be long; their first part says what they are about, and a
// short tsvector stays inline in the row (not TOASTed), which keeps matching and ranking cheap.
const C_TEXT_LIMIT = 400;

/** The region's own term in the words (weight D): the words index finds one county among a province's. */
export const regionTerm = (regionCode: string) => `r${regionCode}`;

const HAN_CHAR = /^\p{Script=Han}$/u;
/** Outside the name, a lone character (的, 为, 证) says little and would match nearly everything. */
const longTerms = (terms: string[]) => terms.filter((t) => !HAN_CHAR.test(t));

/** A unit's name without the place names every unit of the region carries (张家界市武陵源区…). */
export function withoutPlaces(name: string, placeNames: string[]): string {
  let out = name;
  for (const p of placeNames) if (p) out = out.split(p).join(' ');
  return out.replace(/\s+/g, ' ').trim();
}

// Unit names, material names and basis titles repeat across a catalog's items: cut each once.
const pieces = new Map<string, string[]>();
const PIECES_MAX = 20_000;
function segmentPiece(text: string): string[] {
  const known = pieces.get(text);
  if (known) return known;
  const terms = longTerms(segment(text));
  if (pieces.size >= PIECES_MAX) pieces.clear();
  pieces.set(text, terms);
  return terms;
}

/**
 * The terms of one item, by weight: A the name (its words, bigrams and characters), B the service
 * content, the result and the units, C the conditions, materials and bases (the first 400 characters
 * of them; a term is kept at its highest weight only), D the region's term. Outside the name, lone
 * characters are left out. `placeNames` (the region and its parents: 武陵源区, 武陵源, 张家界市 …)
 * are left out of unit names, so that a query naming the district does not match every item of it.
 */
export function entryTerms(draft: ItemDraft, unit: IndexUnit, placeNames: string[] = []) {
  const a = new Set([...segment(draft.name), ...hanChars(draft.name)]);
  const b = new Set<string>();
  for (const text of [draft.serviceContent, draft.guide.resultName]) if (text) for (const t of longTerms(segment(text))) b.add(t);
  for (const name of [unit.fullName, unit.shortName, ...draft.coImplementingUnits]) for (const t of segmentPiece(withoutPlaces(name, placeNames))) b.add(t);
  const c = new Set<string>();
  let budget = C_TEXT_LIMIT;
  const conditions = draft.guide.applicationConditions ? Array.from(draft.guide.applicationConditions).slice(0, budget).join('') : '';
  budget -= Array.from(conditions).length;
  if (conditions) for (const t of longTerms(segment(conditions))) c.add(t);
  for (const text of [...draft.materials.map((m) => m.name), ...draft.legalBases.map((l) => l.title)]) {
    if (budget <= 0) break;
    budget -= text.length;
    for (const t of segmentPiece(text)) c.add(t);
  }
  const only = (set: Set<string>, ...above: Set<string>[]) => [...set].filter((t) => !above.some((s) => s.has(t))).join(' ');
  return { a: [...a].join(' '), b: only(b, a), c: only(c, a, b), d: regionTerm(unit.regionCode) };
}

function wordsSql(t: ReturnType<typeof entryTerms>): SQL {
  return sql`setweight(to_tsvector('simple', ${t.a}), 'A') || setweight(to_tsvector('simple', ${t.b}), 'B') || setweight(to_tsvector('simple', ${t.c}), 'C') || setweight(to_tsvector('simple', ${t.d}), 'D')`;
}

/** One `search_entries` row of a version (without writing it). */
export function entryRow(s: IndexSource, now: Date) {
  const { full, initials } = pinyinOf(s.draft.name);
  return {
    versionId: s.version.id,
    itemId: s.version.itemId,
    regionCode: s.unit.regionCode,
    unitId: s.unit.id,
    code: s.code,
    name: s.draft.name,
    category: s.draft.category,
    serviceObjects: [...s.draft.serviceObjects],
    themes: themesOf(s.draft),
    onlineDepth: s.draft.guide.onlineDepth,
    words: wordsSql(entryTerms(s.draft, s.unit, s.placeNames)) as unknown as string,
    pinyin: full,
    initials,
    updatedAt: now,
  };
}

// 14 parameters a row: 400 rows stay far below PostgreSQL's 65,535 parameters per statement.
const BATCH = 400;

/** Writes (or rewrites) the entries of many versions, a few hundred rows per statement. */
export async function indexVersions(tx: Db, sources: IndexSource[], now = new Date()): Promise<number> {
  for (let i = 0; i < sources.length; i += BATCH) {
    const rows = sources.slice(i, i + BATCH).map((s) => entryRow(s, now));
    await tx
      .insert(searchEntries)
      .values(rows)
      .onConflictDoUpdate({
        target: searchEntries.versionId,
        set: {
          regionCode: sql`excluded.region_code`,
          unitId: sql`excluded.unit_id`,
          code: sql`excluded.code`,
          name: sql`excluded.name`,
          category: sql`excluded.category`,
          serviceObjects: sql`excluded.service_objects`,
          themes: sql`excluded.themes`,
          onlineDepth: sql`excluded.online_depth`,
          words: sql`excluded.words`,
          pinyin: sql`excluded.pinyin`,
          initials: sql`excluded.initials`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
  }
  return sources.length;
}

/** The names of a region and of the regions above it, with and without 省/市/区/县 (武陵源区, 武陵源). */
export async function placeNamesOf(db: Db, regionCode: string): Promise<string[]> {
  const out: string[] = [];
  let code: string | null = regionCode;
  for (let depth = 0; code && depth < 5; depth++) {
    const [r]: { name: string; parentCode: string | null }[] = await db.select({ name: regions.name, parentCode: regions.parentCode }).from(regions).where(eq(regions.code, code));
    if (!r) break;
    out.push(r.name);
    if (Array.from(r.name).length >= 3 && /[省市区县旗州盟]$/u.test(r.name)) out.push(r.name.slice(0, -1));
    code = r.parentCode;
  }
  // Longest first, so 武陵源区 goes before 武陵源 leaves a stray 区.
  return out.sort((a, b) => b.length - a.length);
}

/** 建立索引: writes the entry of one published version. */
export async function indexVersion(tx: Db, version: VersionRow, draft: ItemDraft, unit: IndexUnit): Promise<void> {
  const [item] = await tx.select({ code: items.code }).from(items).where(eq(items.id, version.itemId));
  await indexVersions(tx, [{ version, draft, unit, code: item.code, placeNames: await placeNamesOf(tx, unit.regionCode) }]);
}

/**
 * 更新索引: makes the region's entries those of `edition` (its live catalog): writes the entries its
 * versions lack (or all of them with `force`) and deletes the entries of versions it no longer shows
 * (superseded by a change, or cancelled). Versions are immutable once published, so an existing
 * entry stays right. Returns how many entries were written and deleted.
 */
export async function reindexEdition(tx: Db, edition: EditionRow, opts: { force?: boolean; now?: Date } = {}): Promise<{ indexed: number; removed: number }> {
  const missing = tx
    .select({ version: itemVersions, code: editionItems.code, unit: { id: units.id, regionCode: units.regionCode, fullName: units.fullName, shortName: units.shortName } })
    .from(editionItems)
    .innerJoin(itemVersions, eq(itemVersions.id, editionItems.versionId))
    .innerJoin(units, eq(units.id, editionItems.unitId));
  const lines = await (opts.force
    ? missing.where(eq(editionItems.editionId, edition.id))
    : missing.where(and(eq(editionItems.editionId, edition.id), sql`not exists (select 1 from ${searchEntries} se where se.version_id = ${editionItems.versionId})`)));
  let indexed = 0;
  const placeNames = lines.length > 0 ? await placeNamesOf(tx, edition.regionCode) : [];
  // Drafts are read a chunk at a time, so a province-sized edition never sits in memory whole.
  for (let i = 0; i < lines.length; i += 2000) {
    const chunk = lines.slice(i, i + 2000);
    const drafts = await loadDrafts(
      tx,
      chunk.map((l) => l.version),
    );
    indexed += await indexVersions(
      tx,
      chunk.map((l, k) => ({ version: l.version, draft: drafts[k], unit: l.unit, code: l.code, placeNames })),
      opts.now,
    );
  }
  const removed = await tx
    .delete(searchEntries)
    .where(
      and(
        eq(searchEntries.regionCode, edition.regionCode),
        sql`not exists (select 1 from ${editionItems} ei where ei.edition_id = ${edition.id} and ei.version_id = ${searchEntries.versionId})`,
      ),
    )
    .returning({ id: searchEntries.versionId });
  return { indexed, removed: removed.length };
}

/**
 * 补建索引: at start-up, brings every region's entries in line with its current live edition when
 * they are not (a database from before the index existed, or an interrupted run). One query finds
 * nothing to do on a database that is up to date.
 */
export async function ensureSearchIndex(ctx: AppContext): Promise<{ editions: number; indexed: number; removed: number }> {
  const stale = await ctx.database.executeSql(`
    with live as (
      select distinct on (region_code) id, region_code from editions
      where went_live_at is not null order by region_code, number desc
    )
    select l.id from live l
    where exists (select 1 from edition_items ei where ei.edition_id = l.id
                  and not exists (select 1 from search_entries se where se.version_id = ei.version_id))
       or exists (select 1 from search_entries se where se.region_code = l.region_code
                  and not exists (select 1 from edition_items ei where ei.edition_id = l.id and ei.version_id = se.version_id))`);
  const out = { editions: 0, indexed: 0, removed: 0 };
  for (const row of stale.rows) {
    const r = await ctx.db.transaction(async (tx) => {
      const [edition] = await tx.select().from(editions).where(eq(editions.id, String(row.id)));
      return reindexEdition(tx, edition, { now: ctx.clock.now() });
    });
    out.editions++;
    out.indexed += r.indexed;
    out.removed += r.removed;
  }
  return out;
}

/** Entries of the given versions (tests and the bench look at what was written). */
export async function entriesOf(db: Db, versionIds: string[]) {
  if (versionIds.length === 0) return [];
  return db.select().from(searchEntries).where(inArray(searchEntries.versionId, versionIds));
}
