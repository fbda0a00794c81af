import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { items, itemVersions } from '../../db/schema/index.ts';
import type { Finding, ItemDraft } from '../../domain/catalog/item.ts';
import { checkItem, completeness } from '../../domain/catalog/rules.ts';
import { loadUnitRegistry } from '../org/unit-registry.ts';
import { powerListOf } from '../reference/queries.ts';

/** Runs R1–R10 on a draft with the unit registry and the unit's other item names. */
export async function findingsFor(db: Db, regionCode: string, unitId: string, draft: ItemDraft, exceptItemId?: string): Promise<Finding[]> {
  const units = await loadUnitRegistry(db, regionCode);
  const others = await db
    .select({ name: itemVersions.name })
    .from(items)
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion)))
    .where(and(eq(items.unitId, unitId), eq(items.isCancelled, false), exceptItemId ? ne(items.id, exceptItemId) : undefined));
  return checkItem(draft, { units, otherItemNames: others.map((o) => o.name), powerList: await powerListOf(db, regionCode) });
}

/** The cached counters stored on a version, so lists can filter without re-running the rules. */
export function findingCounters(draft: ItemDraft, findings: Finding[]) {
  return {
    errorCount: findings.filter((f) => f.severity === 'error').length,
    incompleteCount: findings.filter((f) => f.severity === 'incomplete').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    completeness: completeness(draft).percent,
  };
}
