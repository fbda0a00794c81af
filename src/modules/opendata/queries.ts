/**
 * 开放数据 reads: one live edition of a region, item by item with each item's whole content, in
 * batches, so a download of a county's catalog (about 1,250 items on the province bench) never holds
 * more than one batch of drafts in memory.
 */
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { editionItems, itemVersions, units } from '../../db/schema/index.ts';
import type { ItemDraft } from '../../domain/catalog/item.ts';
import { AppError } from '../../domain/errors.ts';
import { loadDrafts } from '../catalog/repository.ts';
import { editionByNumber, liveEdition, regionName, type EditionRow } from '../publication/queries.ts';

/** The unit of an item as the exports show it (实施单位). */
export interface ExportUnit {
  id: string;
  fullName: string;
  creditCode: string | null;
  phone: string | null;
  address: string | null;
}

/** One item of an edition with its whole content. */
export interface ExportItem {
  code: string;
  versionNumber: number;
  unit: ExportUnit;
  draft: ItemDraft;
}

/** The edition an export is made of. */
export interface ExportEdition {
  id: string;
  number: number;
  title: string;
  docNumber: string;
  publishedOn: string;
  effectiveOn: string;
  itemCount: number;
  regionCode: string;
  regionName: string;
  /** Is it the current (newest live) edition? */
  isCurrent: boolean;
}

/**
 * The live edition a public download names (`?edition=N`), or the current one. Pending editions are
 * not public: they answer 404 like a missing one.
 */
export async function publicEdition(db: Db, regionCode: string, number?: number): Promise<ExportEdition> {
  const live = await liveEdition(db, regionCode);
  if (!live) throw new AppError('not_found', '本区尚未发布公共服务事项目录');
  let e: EditionRow | null = live;
  if (number !== undefined && number !== live.number) {
    e = await editionByNumber(db, regionCode, number);
    if (!e || !e.wentLiveAt) throw new AppError('not_found', `第${number}版目录不存在或尚未生效`);
  }
  return {
    id: e.id,
    number: e.number,
    title: e.title,
    docNumber: e.docNumber,
    publishedOn: e.publishedOn,
    effectiveOn: e.effectiveOn,
    itemCount: e.itemCount,
    regionCode,
    regionName: await regionName(db, regionCode),
    isCurrent: e.number === live.number,
  };
}

/** The region's units by id, for the 实施单位 of every item (one query instead of one per item). */
async function unitsOf(db: Db, regionCode: string): Promise<Map<string, ExportUnit>> {
  const rows = await db
    .select({ id: units.id, fullName: units.fullName, creditCode: units.creditCode, phone: units.phone, address: units.address })
    .from(units)
    .where(eq(units.regionCode, regionCode));
  return new Map(rows.map((u) => [u.id, u]));
}

/**
 * The edition's items in its order, `size` at a time, each with its whole content (filing fields,
 * guide, bases, materials, steps). Batches follow the edition's positions (keyset, not OFFSET), so
 * the last batch costs what the first does.
 */
export async function* editionItemBatches(db: Db, edition: ExportEdition, size = 500): AsyncGenerator<ExportItem[]> {
  const unitMap = await unitsOf(db, edition.regionCode);
  let after = -1;
  for (;;) {
    const rows = await db
      .select({ position: editionItems.position, code: editionItems.code, unitId: editionItems.unitId, version: itemVersions })
      .from(editionItems)
      .innerJoin(itemVersions, eq(itemVersions.id, editionItems.versionId))
      .where(and(eq(editionItems.editionId, edition.id), gt(editionItems.position, after)))
      .orderBy(asc(editionItems.position))
      .limit(size);
    if (rows.length === 0) return;
    const drafts = await loadDrafts(
      db,
      rows.map((r) => r.version),
    );
    yield rows.map((r, i) => ({
      code: r.code,
      versionNumber: r.version.number,
      unit: unitMap.get(r.unitId) ?? { id: r.unitId, fullName: '', creditCode: null, phone: null, address: null },
      draft: drafts[i],
    }));
    if (rows.length < size) return;
    after = rows[rows.length - 1].position;
  }
}

