import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { items, itemVersions } from '../../db/schema/index.ts';
import type { ItemDraft } from '../../domain/catalog/item.ts';
import { loadDraft } from '../catalog/repository.ts';

export interface UnitGuide {
  code: string;
  versionNumber: number;
  draft: ItemDraft;
}

/** Every current item of a unit with its newest version's content, in item-code order. */
export async function unitGuides(db: Db, unitId: string): Promise<UnitGuide[]> {
  const rows = await db
    .select({ code: items.code, version: itemVersions })
    .from(items)
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion)))
    .where(and(eq(items.unitId, unitId), eq(items.isCancelled, false)))
    .orderBy(asc(items.code));
  const out: UnitGuide[] = [];
  // One item after another: a unit has tens of items, and PGlite runs one query at a time anyway.
  for (const r of rows) out.push({ code: r.code, versionNumber: r.version.number, draft: await loadDraft(db, r.version) });
  return out;
}
