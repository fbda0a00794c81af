import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { unitNames, units } from '../../db/schema/index.ts';
import { closestMatches } from '../../domain/similarity.ts';
import { nameKey, normalizeName } from '../../domain/text.ts';

/** Resolves unit names without a query per name: the importer checks hundreds of cells. */
export interface UnitRegistryView {
  resolve(name: string): { fullName: string; matchedKind: 'full' | 'short' | 'alias' } | { fullName: null; suggestions: string[] };
}

/** Loads every name of a region's units once and answers R3 questions from memory. */
export async function loadUnitRegistry(db: Db, regionCode: string): Promise<UnitRegistryView & { unitIdOf(fullName: string): string | null }> {
  const rows = await db
    .select({ unitId: unitNames.unitId, name: unitNames.name, key: unitNames.nameKey, kind: unitNames.kind, fullName: units.fullName })
    .from(unitNames)
    .innerJoin(units, eq(units.id, unitNames.unitId))
    .where(eq(unitNames.regionCode, regionCode));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const idByFull = new Map(rows.filter((r) => r.kind === 'full').map((r) => [r.fullName, r.unitId]));
  const candidates = new Map<string, { value: string; names: string[] }>();
  for (const r of rows) {
    const c = candidates.get(r.unitId) ?? { value: r.fullName, names: [] };
    c.names.push(r.name);
    candidates.set(r.unitId, c);
  }
  return {
    resolve(raw) {
      const name = normalizeName(raw);
      const twoNames = /^(.+?)（(.+)）$/.exec(name);
      for (const candidate of [name, ...(twoNames ? [twoNames[1], twoNames[2]] : [])]) {
        const hit = byKey.get(nameKey(candidate));
        if (hit) return { fullName: hit.fullName, matchedKind: hit.kind as 'full' | 'short' | 'alias' };
      }
      return { fullName: null, suggestions: closestMatches(name, [...candidates.values()], { limit: 3 }).map((m) => m.value) };
    },
    unitIdOf: (fullName) => idByFull.get(fullName) ?? null,
  };
}
