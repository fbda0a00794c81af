import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { regions, unitNames, units } from '../../db/schema/index.ts';
import { closestMatches } from '../../domain/similarity.ts';
import { nameKey, normalizeName } from '../../domain/text.ts';
import { presentUnit, type UnitView } from './presenter.ts';

async function aliasesOf(db: Db, unitIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (unitIds.length === 0) return map;
  const rows = await db
    .select({ unitId: unitNames.unitId, name: unitNames.name })
    .from(unitNames)
    .where(and(inArray(unitNames.unitId, unitIds), eq(unitNames.kind, 'alias')))
    .orderBy(asc(unitNames.name));
  for (const r of rows) map.set(r.unitId, [...(map.get(r.unitId) ?? []), r.name]);
  return map;
}

/** Lists a region's units (public information), in the notice's order. */
export async function listUnits(db: Db, regionCode: string): Promise<UnitView[]> {
  const rows = await db.select().from(units).where(eq(units.regionCode, regionCode)).orderBy(asc(units.sortOrder), asc(units.fullName));
  const aliases = await aliasesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentUnit(r, aliases.get(r.id) ?? []));
}

export async function getUnit(db: Db, id: string): Promise<UnitView | null> {
  const [row] = await db.select().from(units).where(eq(units.id, id)).limit(1);
  if (!row) return null;
  return presentUnit(row, (await aliasesOf(db, [id])).get(id) ?? []);
}

export async function listRegions(db: Db) {
  return db.select().from(regions).orderBy(asc(regions.code));
}

export interface NameSuggestion {
  unitId: string;
  fullName: string;
  matchedName: string;
  score: number;
}

export type Resolution =
  | { found: true; unit: UnitView; matchedName: string; matchedKind: 'full' | 'short' | 'alias' }
  | { found: false; query: string; suggestions: NameSuggestion[] };

/**
 * Resolves any name a unit is known by (规范全称, 简称, 别名, or the two-name form "甲（乙）") to the
 * unit; for an unknown name, returns the closest registry names. The importer, the API and the UI
 * all go through here.
 */
export async function resolveUnitName(db: Db, regionCode: string, rawName: string): Promise<Resolution> {
  const name = normalizeName(rawName);
  const candidates = [name];
  const twoNames = /^(.+?)（(.+)）$/.exec(name);
  if (twoNames) candidates.push(twoNames[1], twoNames[2]);
  for (const candidate of candidates) {
    const [hit] = await db
      .select({ unitId: unitNames.unitId, name: unitNames.name, kind: unitNames.kind })
      .from(unitNames)
      .where(and(eq(unitNames.regionCode, regionCode), eq(unitNames.nameKey, nameKey(candidate))))
      .limit(1);
    if (hit) {
      const unit = await getUnit(db, hit.unitId);
      if (unit) return { found: true, unit, matchedName: hit.name, matchedKind: hit.kind as 'full' | 'short' | 'alias' };
    }
  }
  const all = await db
    .select({ unitId: unitNames.unitId, name: unitNames.name, fullName: units.fullName })
    .from(unitNames)
    .innerJoin(units, eq(units.id, unitNames.unitId))
    .where(eq(unitNames.regionCode, regionCode));
  const byUnit = new Map<string, { value: { unitId: string; fullName: string }; names: string[] }>();
  for (const r of all) {
    const entry = byUnit.get(r.unitId) ?? { value: { unitId: r.unitId, fullName: r.fullName }, names: [] };
    entry.names.push(r.name);
    byUnit.set(r.unitId, entry);
  }
  const matches = closestMatches(name, [...byUnit.values()], { limit: 3 });
  return {
    found: false,
    query: name,
    suggestions: matches.map((m) => ({ unitId: m.value.unitId, fullName: m.value.fullName, matchedName: m.name, score: Math.round(m.score * 100) / 100 })),
  };
}

/** The units a parent reviewer oversees: the unit itself and its sub-units, recursively. */
export async function unitAndDescendants(db: Db, unitId: string): Promise<string[]> {
  const result = [unitId];
  let frontier = [unitId];
  while (frontier.length > 0) {
    const children = await db.select({ id: units.id }).from(units).where(inArray(units.parentId, frontier));
    frontier = children.map((c) => c.id).filter((id) => !result.includes(id));
    result.push(...frontier);
  }
  return result;
}
