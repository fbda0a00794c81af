import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { editionItems, editions, items, itemVersions, regions, searchEntries, units } from '../../db/schema/index.ts';
import { diffDrafts, type FieldChange } from '../../domain/catalog/diff.ts';
import { compareEditions } from '../../domain/publication/edition.ts';
import { loadDrafts } from '../catalog/repository.ts';

export type EditionRow = typeof editions.$inferSelect;
type VersionRow = typeof itemVersions.$inferSelect;

/** An edition as the API shows it; `state` is 已生效 (`live`) or 待生效 (`pending`). */
export function editionView(e: EditionRow, currentNumber: number | null = null) {
  return {
    number: e.number,
    title: e.title,
    docNumber: e.docNumber,
    publishedOn: e.publishedOn,
    effectiveOn: e.effectiveOn,
    wentLiveAt: e.wentLiveAt?.toISOString() ?? null,
    itemCount: e.itemCount,
    state: e.wentLiveAt ? ('live' as const) : ('pending' as const),
    isCurrent: currentNumber !== null && e.number === currentNumber,
  };
}

export async function regionName(db: Db, regionCode: string): Promise<string> {
  const [r] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, regionCode));
  return r?.name ?? regionCode;
}

/** 现行目录: the newest edition of the region that has gone live, or null. */
export async function liveEdition(db: Db, regionCode: string): Promise<EditionRow | null> {
  const [e] = await db
    .select()
    .from(editions)
    .where(and(eq(editions.regionCode, regionCode), isNotNull(editions.wentLiveAt)))
    .orderBy(desc(editions.number))
    .limit(1);
  return e ?? null;
}

/** Has the region published a catalog yet? From then on every new item is an adjustment. */
export async function hasLiveEdition(db: Db, regionCode: string): Promise<boolean> {
  return (await liveEdition(db, regionCode)) !== null;
}

/** The edition waiting for its effective date, if any (there is at most one at a time). */
export async function pendingEdition(db: Db, regionCode: string): Promise<EditionRow | null> {
  const [e] = await db
    .select()
    .from(editions)
    .where(and(eq(editions.regionCode, regionCode), isNull(editions.wentLiveAt)))
    .orderBy(desc(editions.number))
    .limit(1);
  return e ?? null;
}

export async function editionByNumber(db: Db, regionCode: string, number: number): Promise<EditionRow | null> {
  const [e] = await db
    .select()
    .from(editions)
    .where(and(eq(editions.regionCode, regionCode), eq(editions.number, number)));
  return e ?? null;
}

/** The region's editions, newest first; pending ones only when asked for. */
export async function listEditions(db: Db, regionCode: string, includePending: boolean) {
  const where: SQL[] = [eq(editions.regionCode, regionCode)];
  if (!includePending) where.push(isNotNull(editions.wentLiveAt));
  const rows = await db
    .select()
    .from(editions)
    .where(and(...where))
    .orderBy(desc(editions.number));
  const current = rows.find((e) => e.wentLiveAt)?.number ?? null;
  return rows.map((e) => editionView(e, current));
}

/** Every line of an edition, in its order. */
export async function editionEntries(db: Db, editionId: string) {
  return db.select().from(editionItems).where(eq(editionItems.editionId, editionId)).orderBy(asc(editionItems.position));
}

export interface CatalogFilter {
  unitId?: string;
  category?: 'on_application' | 'proactive';
  /** 服务对象, e.g. 法人. */
  object?: string;
  /** 主题 code (src/domain/portal/themes.ts), e.g. p-social-security. */
  theme?: string;
  /** 网办深度 1–4. */
  depth?: number;
  /** A part of the name or the code. */
  q?: string;
  page: number;
  pageSize: number;
}

/**
 * A page of an edition's items with what the public list shows of each (the portal's unit and
 * edition pages, and `GET /api/v1/catalog` with the list page's filters). The theme comes from the
 * search index (`search_entries`, filled when an edition goes live): an edition without index rows
 * matches no theme.
 */
export async function catalogPage(db: Db, editionId: string, f: CatalogFilter) {
  const where: SQL[] = [eq(editionItems.editionId, editionId)];
  if (f.unitId) where.push(eq(editionItems.unitId, f.unitId));
  if (f.category) where.push(eq(editionItems.category, f.category));
  if (f.object) where.push(sql`${itemVersions.serviceObjects} @> ${JSON.stringify([f.object])}::jsonb`);
  if (f.depth) where.push(sql`(${itemVersions.guide}->>'onlineDepth')::int = ${f.depth}`);
  if (f.theme) {
    where.push(sql`exists (select 1 from ${searchEntries} where ${searchEntries.versionId} = ${editionItems.versionId} and ${searchEntries.themes} @> ${JSON.stringify([f.theme])}::jsonb)`);
  }
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(editionItems.name, like), ilike(editionItems.code, like))!);
  }
  const condition = and(...where);
  const [{ total }] = await db
    .select({ total: count() })
    .from(editionItems)
    .innerJoin(itemVersions, eq(itemVersions.id, editionItems.versionId))
    .where(condition);
  const rows = await db
    .select({
      code: editionItems.code,
      name: editionItems.name,
      category: editionItems.category,
      unitId: editionItems.unitId,
      unitName: units.fullName,
      serviceObjects: itemVersions.serviceObjects,
      versionNumber: itemVersions.number,
      onlineDepth: sql<number | null>`(${itemVersions.guide}->>'onlineDepth')::int`,
    })
    .from(editionItems)
    .innerJoin(itemVersions, eq(itemVersions.id, editionItems.versionId))
    .innerJoin(units, eq(units.id, editionItems.unitId))
    .where(condition)
    .orderBy(asc(editionItems.position))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { total: Number(total), items: rows.map((r) => ({ ...r, onlineDepth: r.onlineDepth === null ? null : Number(r.onlineDepth) })) };
}

/** One item of an edition (by its stable code) with the version it shows. */
export async function catalogItem(db: Db, editionId: string, code: string) {
  const [row] = await db
    .select({ line: editionItems, version: itemVersions, unitName: units.fullName })
    .from(editionItems)
    .innerJoin(itemVersions, eq(itemVersions.id, editionItems.versionId))
    .innerJoin(units, eq(units.id, editionItems.unitId))
    .where(and(eq(editionItems.editionId, editionId), eq(editionItems.code, code)));
  return row ?? null;
}

/**
 * The versions an edition brings in: those it shows that are still `approved`, and the approved
 * cancellations of the items it leaves out of the edition before it. (An edition is built on the live
 * one and there is one pending edition at a time, so "left out" means "cancelled by this edition".)
 */
export async function versionsBroughtIn(tx: Db, edition: EditionRow): Promise<{ shown: VersionRow[]; cancels: VersionRow[]; cancelledItemIds: string[] }> {
  const lines = await tx
    .select({ version: itemVersions })
    .from(editionItems)
    .innerJoin(itemVersions, eq(itemVersions.id, editionItems.versionId))
    .where(eq(editionItems.editionId, edition.id));
  const shown = lines.map((l) => l.version).filter((v) => v.state === 'approved');
  const previous = edition.number > 1 ? await editionByNumber(tx, edition.regionCode, edition.number - 1) : null;
  const inEdition = new Set(lines.map((l) => l.version.itemId));
  const cancelledItemIds = previous ? (await editionEntries(tx, previous.id)).map((l) => l.itemId).filter((id) => !inEdition.has(id)) : [];
  const cancels =
    cancelledItemIds.length === 0
      ? []
      : (
          await tx
            .select({ version: itemVersions })
            .from(itemVersions)
            .innerJoin(items, and(eq(items.id, itemVersions.itemId), eq(items.latestVersion, itemVersions.number)))
            .where(and(inArray(itemVersions.itemId, cancelledItemIds), eq(itemVersions.state, 'approved'), eq(itemVersions.changeKind, 'cancel')))
        ).map((r) => r.version);
  return { shown, cancels, cancelledItemIds };
}

/**
 * 待发布事项: approved versions of the region that no pending edition holds yet, with their items'
 * codes and units, grouped by unit in the registry's order.
 */
export async function listCandidates(db: Db, regionCode: string) {
  const where: SQL[] = [eq(items.regionCode, regionCode), eq(itemVersions.state, 'approved'), eq(itemVersions.number, items.latestVersion)];
  const pending = await pendingEdition(db, regionCode);
  if (pending) {
    const held = await versionsBroughtIn(db, pending);
    const ids = [...held.shown, ...held.cancels].map((v) => v.id);
    if (ids.length > 0) where.push(notInArray(itemVersions.id, ids));
  }
  const rows = await db
    .select({
      versionId: itemVersions.id,
      itemId: items.id,
      code: items.code,
      name: itemVersions.name,
      category: itemVersions.category,
      versionNumber: itemVersions.number,
      changeKind: itemVersions.changeKind,
      changeReason: itemVersions.changeReason,
      changeTrigger: itemVersions.changeTrigger,
      approvedAt: itemVersions.updatedAt,
      unitId: units.id,
      unitName: units.fullName,
    })
    .from(itemVersions)
    .innerJoin(items, eq(items.id, itemVersions.itemId))
    .innerJoin(units, eq(units.id, items.unitId))
    .where(and(...where))
    .orderBy(asc(units.sortOrder), asc(items.code));
  type Candidate = Omit<(typeof rows)[number], 'unitId' | 'unitName' | 'approvedAt'> & { approvedAt: string };
  const groups = new Map<string, { unitId: string; unitName: string; items: Candidate[] }>();
  for (const { unitId, unitName, approvedAt, ...item } of rows) {
    const g = groups.get(unitId) ?? { unitId, unitName, items: [] };
    g.items.push({ ...item, approvedAt: approvedAt.toISOString() });
    groups.set(unitId, g);
  }
  return { total: rows.length, units: [...groups.values()] };
}

type LineWithVersion = { itemId: string; versionId: string; code: string; name: string; category: string | null; unitName: string; version: typeof itemVersions.$inferSelect };

async function linesWithVersions(db: Db, editionId: string): Promise<LineWithVersion[]> {
  const rows = await db
    .select({ line: editionItems, version: itemVersions, unitName: units.fullName })
    .from(editionItems)
    .innerJoin(itemVersions, eq(itemVersions.id, editionItems.versionId))
    .innerJoin(units, eq(units.id, editionItems.unitId))
    .where(eq(editionItems.editionId, editionId))
    .orderBy(asc(editionItems.position));
  return rows.map((r) => ({ itemId: r.line.itemId, versionId: r.line.versionId, code: r.line.code, name: r.line.name, category: r.line.category, unitName: r.unitName, version: r.version }));
}

function diffItem(l: LineWithVersion) {
  return {
    itemId: l.itemId,
    code: l.code,
    name: l.name,
    category: l.category,
    unitName: l.unitName,
    versionNumber: l.version.number,
    changeKind: l.version.changeKind,
    changeReason: l.version.changeReason,
    changeTrigger: l.version.changeTrigger,
  };
}

/**
 * 版本比对: the items `to` adds, changes (field by field, on the two versions' contents) and cancels
 * against `from`. A cancelled item is described by the version `from` showed, with the reason of the
 * cancellation that removed it when there is one.
 */
export async function editionDiff(db: Db, from: EditionRow, to: EditionRow) {
  const [a, b] = [await linesWithVersions(db, from.id), await linesWithVersions(db, to.id)];
  const { added, changed, cancelled } = compareEditions(a, b);
  const drafts = await loadDrafts(
    db,
    changed.flatMap((c) => [c.before.version, c.after.version]),
  );
  const cancellations = await cancellationsOf(
    db,
    cancelled.map((c) => c.itemId),
  );
  return {
    added: added.map(diffItem),
    changed: changed.map((c, i) => ({ item: { ...diffItem(c.after), previousVersionNumber: c.before.version.number }, changes: diffDrafts(drafts[2 * i], drafts[2 * i + 1]) as FieldChange[] })),
    cancelled: cancelled.map((c) => {
      const why = cancellations.get(c.itemId);
      return { ...diffItem(c), changeKind: 'cancel', changeReason: why?.changeReason ?? null, changeTrigger: why?.changeTrigger ?? null };
    }),
  };
}

/** The published cancellation of each item, for the reason shown beside a cancelled item. */
async function cancellationsOf(db: Db, itemIds: string[]) {
  const out = new Map<string, { changeReason: string | null; changeTrigger: string | null }>();
  if (itemIds.length === 0) return out;
  const rows = await db
    .select({ itemId: itemVersions.itemId, changeReason: itemVersions.changeReason, changeTrigger: itemVersions.changeTrigger })
    .from(itemVersions)
    .where(and(inArray(itemVersions.itemId, itemIds), eq(itemVersions.changeKind, 'cancel'), eq(itemVersions.state, 'published')))
    .orderBy(asc(itemVersions.number));
  for (const r of rows) out.set(r.itemId, r);
  return out;
}

/** How many items an edition added, changed and cancelled against the one before it. */
export async function editionChangeCounts(db: Db, edition: EditionRow) {
  const previous = edition.number > 1 ? await editionByNumber(db, edition.regionCode, edition.number - 1) : null;
  const b = await editionEntries(db, edition.id);
  const a = previous ? await editionEntries(db, previous.id) : [];
  const { added, changed, cancelled } = compareEditions(a, b);
  return { added: added.length, changed: changed.length, cancelled: cancelled.length };
}
