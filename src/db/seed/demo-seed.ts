import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.ts';
import { checkItem } from '../../domain/catalog/rules.ts';
import { nameKey } from '../../domain/text.ts';
import { recordAudit } from '../../modules/audit/record.ts';
import { findingCounters } from '../../modules/catalog/findings.ts';
import { nextItemCode } from '../../modules/catalog/commands/save-helpers.ts';
import { versionColumns, writeChildRows } from '../../modules/catalog/repository.ts';
import { loadUnitRegistry } from '../../modules/org/unit-registry.ts';
import { appMeta, items, itemVersions, units } from '../schema/index.ts';
import { DEMO_CATALOG } from './demo-catalog.ts';
import { seedDemoCampaign } from './demo-campaign.ts';
import { seedDemoWorkflow } from './demo-workflow.ts';

const DEMO_KEY = 'seed:demo-catalog';

/** Loads the demo catalog once (drafts of several units), so a newcomer sees a living system. */
export async function seedDemoCatalog(ctx: AppContext, regionCode = '430811'): Promise<number> {
  const seeded = await ctx.db.transaction(async (tx) => {
    const inserted = await tx.insert(appMeta).values({ key: DEMO_KEY, value: { at: ctx.clock.now().toISOString() } }).onConflictDoNothing().returning();
    if (inserted.length === 0) return 0;
    const registry = await loadUnitRegistry(tx, regionCode);
    const unitRows = await tx.select({ id: units.id, shortName: units.shortName }).from(units).where(eq(units.regionCode, regionCode));
    const unitIdByShort = new Map(unitRows.map((u) => [u.shortName, u.id]));
    const now = ctx.clock.now();
    for (const { unitShortName, draft } of DEMO_CATALOG) {
      const unitId = unitIdByShort.get(unitShortName);
      if (!unitId) throw new Error(`demo catalog: unknown unit ${unitShortName}`);
      const code = await nextItemCode(tx, regionCode);
      const [item] = await tx.insert(items).values({ regionCode, unitId, code, nameKey: nameKey(draft.name), createdAt: now, updatedAt: now }).returning({ id: items.id });
      const findings = checkItem(draft, { units: registry });
      const [version] = await tx
        .insert(itemVersions)
        .values({ itemId: item.id, number: 1, state: 'draft', ...versionColumns(draft), ...findingCounters(draft, findings), createdAt: now, updatedAt: now })
        .returning({ id: itemVersions.id });
      await writeChildRows(tx, version.id, draft);
    }
    await recordAudit(tx, { username: 'system', regionCode }, { action: 'system.seed_demo', targetType: 'region', targetId: regionCode, detail: `载入演示事项${DEMO_CATALOG.length}项` });
    return DEMO_CATALOG.length;
  });
  // Its own marker, so an installation seeded before campaigns existed still gets the notice's campaign.
  await seedDemoCampaign(ctx, regionCode);
  // The chain runs over the demo items as seeded: only on the start that seeded them.
  if (seeded > 0) await seedDemoWorkflow(ctx, regionCode);
  return seeded;
}
