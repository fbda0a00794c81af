import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/index.ts';
import { AppError } from '../../domain/errors.ts';
import type { UnitChain } from './policy.ts';

/** Loads a unit with the ids of its parents, for the catalog policy. */
export async function loadUnitChain(db: Db, unitId: string): Promise<UnitChain & { fullName: string }> {
  const [unit] = await db.select().from(units).where(eq(units.id, unitId));
  if (!unit) throw new AppError('not_found', '单位不存在');
  const ancestorIds: string[] = [];
  let parentId = unit.parentId;
  while (parentId && !ancestorIds.includes(parentId)) {
    ancestorIds.push(parentId);
    const [parent] = await db.select({ parentId: units.parentId }).from(units).where(eq(units.id, parentId));
    parentId = parent?.parentId ?? null;
  }
  return { id: unit.id, regionCode: unit.regionCode, ancestorIds, fullName: unit.fullName };
}
