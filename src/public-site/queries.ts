/**
 * Read-only queries of the public portal. The portal shows live editions only (目录版本 that have
 * gone live); nothing here writes, and nothing here imports a command.
 */
import { and, asc, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client.ts';
import { editionItems, editions, files, items, itemVersions, regions, units } from '../db/schema/index.ts';
import type { ItemDraft } from '../domain/catalog/item.ts';
import { loadDraft } from '../modules/catalog/repository.ts';
import { editionByNumber, liveEdition, type EditionRow } from '../modules/publication/queries.ts';

export type { EditionRow } from '../modules/publication/queries.ts';

const regionNames = new Map<string, string>();

async function nameOfRegion(db: Db, code: string): Promise<string | null> {
  const known = regionNames.get(code);
  if (known) return known;
  const [r] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code));
  if (r) regionNames.set(code, r.name);
  return r?.name ?? null;
}

/**
 * The region a page serves: `requested` when it is another region with a live catalog (a province
 * hosts many counties), else the deployment's default region.
 */
export async function resolveRegion(db: Db, defaultCode: string, requested?: string): Promise<{ code: string; name: string }> {
  if (requested && /^\d{6}$/.test(requested) && requested !== defaultCode && (await liveEdition(db, requested))) {
    const name = await nameOfRegion(db, requested);
    if (name) return { code: requested, name };
  }
  return { code: defaultCode, name: (await nameOfRegion(db, defaultCode)) ?? defaultCode };
}

/** 现行目录 of the region, or null before the first edition goes live. */
export const currentEdition = liveEdition;

/** A live edition of the region by its number (pending editions are not public). */
export async function liveEditionByNumber(db: Db, regionCode: string, number: number): Promise<EditionRow | null> {
  const e = await editionByNumber(db, regionCode, number);
  return e?.wentLiveAt ? e : null;
}

/** The region's live editions, newest first. */
export async function liveEditions(db: Db, regionCode: string): Promise<EditionRow[]> {
  return db
    .select()
    .from(editions)
    .where(and(eq(editions.regionCode, regionCode), isNotNull(editions.wentLiveAt)))
    .orderBy(desc(editions.number));
}

export interface UnitCount {
  id: string;
  fullName: string;
  shortName: string;
  itemCount: number;
}

/** An edition's lines never change; its units and counts are kept a minute (a unit may be renamed). */
const unitsCache = new Map<string, { at: number; units: UnitCount[] }>();

/** 实施单位 with how many items each has in the edition, in the registry's order. */
export async function unitsOfEdition(db: Db, editionId: string): Promise<UnitCount[]> {
  const hit = unitsCache.get(editionId);
  if (hit && Date.now() - hit.at < 60_000) return hit.units;
  const units = await countUnits(db, editionId);
  unitsCache.set(editionId, { at: Date.now(), units });
  if (unitsCache.size > 500) unitsCache.delete(unitsCache.keys().next().value!);
  return units;
}

async function countUnits(db: Db, editionId: string): Promise<UnitCount[]> {
  const rows = await db
    .select({ id: units.id, fullName: units.fullName, shortName: units.shortName, sortOrder: units.sortOrder, itemCount: count() })
    .from(editionItems)
    .innerJoin(units, eq(units.id, editionItems.unitId))
    .where(eq(editionItems.editionId, editionId))
    .groupBy(units.id, units.fullName, units.shortName, units.sortOrder)
    .orderBy(asc(units.sortOrder), asc(units.fullName));
  return rows.map(({ sortOrder: _s, ...r }) => ({ ...r, itemCount: Number(r.itemCount) }));
}

/** One unit of the region with its public contact details. */
export async function unitOfRegion(db: Db, regionCode: string, unitId: string) {
  if (!isUuid(unitId)) return null;
  const [u] = await db
    .select({ id: units.id, fullName: units.fullName, shortName: units.shortName, phone: units.phone, address: units.address, parentId: units.parentId })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.regionCode, regionCode)));
  return u ?? null;
}

export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}

// ---------------------------------------------------------------------------------------------
// Search and list
// ---------------------------------------------------------------------------------------------

/** The list and search page asks the search module (src/modules/portal/search/query.ts). */
export { searchCatalog } from '../modules/portal/search/query.ts';
export type { SearchResult as CatalogSearchResult, SearchHit as CatalogSearchHit } from '../modules/portal/search/query.ts';

// ---------------------------------------------------------------------------------------------
// Item page
// ---------------------------------------------------------------------------------------------

export interface PublicFile {
  id: string;
  filename: string;
  size: number;
  mimeType: string;
}

function fileIdsOf(draft: ItemDraft): string[] {
  const ids = draft.materials.flatMap((m) => [m.templateFileId, m.sampleFileId]);
  ids.push(draft.guide.resultSampleFileId);
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/** A published version's content never changes, so it is read once and kept (bounded). */
const contentCache = new Map<string, { draft: ItemDraft; files: Map<string, PublicFile> }>();
const CONTENT_CACHE_SIZE = 2000;

async function publishedContent(db: Db, version: typeof itemVersions.$inferSelect) {
  const hit = contentCache.get(version.id);
  if (hit) {
    // Refresh its place: the Map keeps insertion order, so the oldest used entry goes first.
    contentCache.delete(version.id);
    contentCache.set(version.id, hit);
    return hit;
  }
  const draft = await loadDraft(db, version);
  const ids = fileIdsOf(draft);
  const rows = ids.length > 0 ? await db.select({ id: files.id, filename: files.filename, size: files.size, mimeType: files.mimeType }).from(files).where(inArray(files.id, ids)) : [];
  const entry = { draft, files: new Map(rows.map((f) => [f.id, f])) };
  contentCache.set(version.id, entry);
  if (contentCache.size > CONTENT_CACHE_SIZE) contentCache.delete(contentCache.keys().next().value!);
  return entry;
}

/**
 * One item of a live edition as its page shows it, found by the item's code in one statement: the
 * region's live edition (or its live edition number `editionNumber`), the line, the version, the unit;
 * the version's content comes from the cache. Null when the edition or the item is not there.
 */
export async function liveItem(db: Db, regionCode: string, code: string, editionNumber: number | null) {
  const which =
    editionNumber === null
      ? eq(editions.id, sql`(select e.id from editions e where e.region_code = ${regionCode} and e.went_live_at is not null order by e.number desc limit 1)`)
      : and(eq(editions.regionCode, regionCode), eq(editions.number, editionNumber), isNotNull(editions.wentLiveAt));
  const [row] = await db
    .select({
      edition: editions,
      itemId: items.id,
      code: items.code,
      version: itemVersions,
      unit: { id: units.id, fullName: units.fullName, shortName: units.shortName, phone: units.phone, address: units.address },
    })
    .from(items)
    .innerJoin(editionItems, eq(editionItems.itemId, items.id))
    .innerJoin(editions, eq(editions.id, editionItems.editionId))
    .innerJoin(itemVersions, eq(itemVersions.id, editionItems.versionId))
    .innerJoin(units, eq(units.id, editionItems.unitId))
    .where(and(eq(items.code, code), which));
  if (!row) return null;
  const content = await publishedContent(db, row.version);
  return {
    edition: row.edition,
    item: { code: row.code, itemId: row.itemId, versionId: row.version.id, versionNumber: row.version.number, unit: row.unit, ...content },
  };
}

/**
 * What the item page of the live edition shows, as one short string (the page cache's stamp): the
 * edition, the version, the unit's row and the item's answered reports. Null when the item is not in
 * the region's live edition.
 */
export async function liveItemStamp(db: Db, regionCode: string, code: string): Promise<string | null> {
  const rows = await queryRows<{ stamp: string }>(db, ITEM_STAMP, [regionCode, code]);
  return rows[0]?.stamp ?? null;
}

const ITEM_STAMP = `select ei.edition_id || '/' || ei.version_id || '/' || u.version || '/' || (
    select count(*) || ':' || coalesce(md5(string_agg(er.id::text || er.flag_count || er.is_hidden || coalesce(er.moderation, '') || coalesce(er.answered_at::text, '') || coalesce(er.answer, ''), ',' order by er.id)), '')
    from error_reports er where er.item_id = i.id and er.status = 'answered') as stamp
  from items i
  join edition_items ei on ei.item_id = i.id
    and ei.edition_id = (select e.id from editions e where e.region_code = $1 and e.went_live_at is not null order by e.number desc limit 1)
  join units u on u.id = ei.unit_id
  where i.code = $2`;

/** Is the item (by code) in the edition? */
export async function editionHasCode(db: Db, editionId: string, code: string): Promise<boolean> {
  const rows = await db
    .select({ id: items.id })
    .from(items)
    .innerJoin(editionItems, and(eq(editionItems.itemId, items.id), eq(editionItems.editionId, editionId)))
    .where(eq(items.code, code));
  return rows.length > 0;
}

export type ItemPageData = NonNullable<Awaited<ReturnType<typeof liveItem>>>['item'];

/**
 * A file for the public `/files/:id` route: only when a version of a live edition offers it as a
 * material template or sample, or as its result sample. Anything else is not disclosed.
 */
export async function publishedFile(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(files)
    .where(
      and(
        eq(files.id, id),
        sql`(exists (
          select 1 from materials m
          join edition_items ei on ei.version_id = m.version_id
          join editions e on e.id = ei.edition_id and e.went_live_at is not null
          where m.template_file_id = ${id} or m.sample_file_id = ${id}
        ) or exists (
          select 1 from item_versions iv
          join edition_items ei on ei.version_id = iv.id
          join editions e on e.id = ei.edition_id and e.went_live_at is not null
          where iv.guide->>'resultSampleFileId' = ${id}
        ))`,
      ),
    );
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Sitemap
// ---------------------------------------------------------------------------------------------

/** Every item code of the edition, in its order. */
export async function editionCodes(db: Db, editionId: string): Promise<string[]> {
  const rows = await db.select({ code: editionItems.code }).from(editionItems).where(eq(editionItems.editionId, editionId)).orderBy(asc(editionItems.position));
  return rows.map((r) => r.code);
}
