import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { items, itemVersions, powerListEntries, provincialRefItems, units } from '../../db/schema/index.ts';
import { nameKey } from '../../domain/text.ts';

/** The region's power list, as the rules need it (R5). */
export async function powerListOf(db: Db, regionCode: string): Promise<{ name: string; unitName: string | null }[]> {
  return db.select({ name: powerListEntries.name, unitName: powerListEntries.unitName }).from(powerListEntries).where(eq(powerListEntries.regionCode, regionCode));
}

/** The core of a unit name for matching against a 部门类型: 张家界市武陵源区人力资源和社会保障局 → 人力资源和社会保障. */
function unitCore(fullName: string): string {
  return nameKey(fullName.replace(/^(中共)?张家界市(武陵源区)?/, '').replace(/^(区|武陵源)/, '').replace(/(局|办公室|委员会|中心|分局|室|办|社)$/, ''));
}

/**
 * Which provincial reference items of the unit's department type the unit has claimed (linked an item
 * to) and which not. The department type matches when one name contains the other's core.
 */
export async function provincialCoverage(db: Db, unitId: string) {
  const [unit] = await db.select().from(units).where(eq(units.id, unitId));
  if (!unit) return null;
  const refs = await db.select().from(provincialRefItems).where(eq(provincialRefItems.regionCode, unit.regionCode)).orderBy(asc(provincialRefItems.code));
  const core = unitCore(unit.fullName);
  const mine = refs.filter((r) => {
    if (!r.deptType) return false;
    const dept = nameKey(r.deptType.replace(/(部门|局|厅|委)$/, ''));
    return dept.length > 0 && (core.includes(dept) || dept.includes(core));
  });
  const linked = await db
    .select({ code: itemVersions.provincialRefCode, itemId: items.id, name: itemVersions.name })
    .from(items)
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion)))
    .where(and(eq(items.unitId, unitId), eq(items.isCancelled, false)));
  const byCode = new Map(linked.filter((l) => l.code).map((l) => [l.code!, l]));
  const present = (r: (typeof refs)[number]) => ({ code: r.code, name: r.name, category: r.category, deptType: r.deptType });
  return {
    unitId,
    unitName: unit.fullName,
    claimed: mine.filter((r) => byCode.has(r.code)).map((r) => ({ ...present(r), itemId: byCode.get(r.code)!.itemId, itemName: byCode.get(r.code)!.name })),
    unclaimed: mine.filter((r) => !byCode.has(r.code)).map(present),
    /** Items linked to a code that is not in the reference catalog (a typo, or another department's item). */
    unknownLinks: linked.filter((l) => l.code && !refs.some((r) => r.code === l.code)).map((l) => ({ code: l.code!, itemId: l.itemId, itemName: l.name })),
  };
}
