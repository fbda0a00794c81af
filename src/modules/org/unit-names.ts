import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { unitNames, units } from '../../db/schema/index.ts';
import { AppError, type FieldProblem } from '../../domain/errors.ts';
import { nameKey, normalizeName } from '../../domain/text.ts';

export interface NameSet {
  fullName: string;
  shortName: string;
  aliases: string[];
}

/** Normalizes a unit's names and drops duplicates among them (an alias equal to the short name, …). */
export function normalizeNameSet(input: NameSet): NameSet {
  const fullName = normalizeName(input.fullName);
  const shortName = normalizeName(input.shortName);
  const seen = new Set([nameKey(fullName), nameKey(shortName)]);
  const aliases: string[] = [];
  for (const a of input.aliases.map(normalizeName).filter((a) => a.length > 0)) {
    if (!seen.has(nameKey(a))) {
      seen.add(nameKey(a));
      aliases.push(a);
    }
  }
  return { fullName, shortName, aliases };
}

/**
 * Replaces a unit's names, refusing any name another unit of the region already uses
 * (names are unique in a region, across full names, short names and aliases).
 */
export async function writeUnitNames(tx: Db, unitId: string, regionCode: string, names: NameSet): Promise<void> {
  const entries = [
    { name: names.fullName, kind: 'full', path: 'fullName' },
    ...(nameKey(names.shortName) !== nameKey(names.fullName) ? [{ name: names.shortName, kind: 'short', path: 'shortName' }] : []),
    ...names.aliases.map((a, i) => ({ name: a, kind: 'alias', path: `aliases.${i}` })),
  ];
  const keys = entries.map((e) => nameKey(e.name));
  const clashes = await tx
    .select({ nameKey: unitNames.nameKey, fullName: units.fullName })
    .from(unitNames)
    .innerJoin(units, eq(units.id, unitNames.unitId))
    .where(and(eq(unitNames.regionCode, regionCode), inArray(unitNames.nameKey, keys), ne(unitNames.unitId, unitId)));
  if (clashes.length > 0) {
    const fields: FieldProblem[] = [];
    for (const c of clashes) {
      const e = entries.find((x) => nameKey(x.name) === c.nameKey);
      if (e) fields.push({ path: e.path, message: `名称“${e.name}”已被“${c.fullName}”使用` });
    }
    throw new AppError('duplicate', fields[0]?.message ?? '单位名称重复', fields);
  }
  await tx.delete(unitNames).where(eq(unitNames.unitId, unitId));
  await tx.insert(unitNames).values(entries.map((e) => ({ unitId, regionCode, name: e.name, nameKey: nameKey(e.name), kind: e.kind })));
}
