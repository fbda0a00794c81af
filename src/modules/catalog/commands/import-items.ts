import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { items, itemVersions, legalBases, materials, processSteps } from '../../../db/schema/index.ts';
import type { ItemDraft } from '../../../domain/catalog/item.ts';
import { checkItem } from '../../../domain/catalog/rules.ts';
import { AppError } from '../../../domain/errors.ts';
import { nameKey } from '../../../domain/text.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { loadUnitRegistry } from '../../org/unit-registry.ts';
import { powerListOf } from '../../reference/queries.ts';
import { findingCounters } from '../findings.ts';
import { canCreateItem } from '../policy.ts';
import { draftFingerprint, loadDrafts, versionColumns, writeChildRows } from '../repository.ts';
import { loadUnitChain } from '../unit-chain.ts';
import { authorId, nextItemCode, withAuthor } from './save-helpers.ts';

export interface ImportRow {
  /** The spreadsheet's own row number, for reports. */
  row: number;
  draft: ItemDraft;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  rows: { row: number; outcome: 'created' | 'updated' | 'unchanged'; itemId: string | null }[];
}

const CHUNK = 500;

/**
 * 导入备案表: writes the rows of a filing form as drafts of the unit, all or nothing, in one
 * transaction. Rows are matched to existing items by name within the unit; an unchanged row is left
 * alone. With `dryRun` nothing is written and the counts say what a real run would do.
 */
export async function saveImportedItems(ctx: AppContext, actor: Actor, unitId: string, rows: ImportRow[], opts: { dryRun: boolean; fileName?: string }): Promise<ImportOutcome> {
  const unit = await loadUnitChain(ctx.db, unitId);
  assertAllowed(canCreateItem(actor, unit), '只能导入本单位的备案表');
  const registry = await loadUnitRegistry(ctx.db, unit.regionCode);
  const powerList = await powerListOf(ctx.db, unit.regionCode);
  const run = async (tx: AppContext['db']): Promise<ImportOutcome> => {
    const keys = rows.map((r) => nameKey(r.draft.name));
    const existing = new Map<string, { itemId: string; latestVersion: number }>();
    for (let i = 0; i < keys.length; i += CHUNK) {
      const found = await tx
        .select({ id: items.id, nameKey: items.nameKey, latestVersion: items.latestVersion })
        .from(items)
        .where(and(eq(items.unitId, unitId), inArray(items.nameKey, keys.slice(i, i + CHUNK))))
        .for('update');
      for (const f of found) existing.set(f.nameKey, { itemId: f.id, latestVersion: f.latestVersion });
    }
    const outcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0, rows: [] };
    const fresh: ImportRow[] = [];
    const now = ctx.clock.now();
    const matchedIds = [...existing.values()].map((m) => m.itemId);
    const versionsByItem = new Map<string, typeof itemVersions.$inferSelect>();
    for (let i = 0; i < matchedIds.length; i += CHUNK) {
      const found = await tx
        .select({ version: itemVersions })
        .from(items)
        .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion)))
        .where(inArray(items.id, matchedIds.slice(i, i + CHUNK)));
      for (const f of found) versionsByItem.set(f.version.itemId, f.version);
    }
    const matchedVersions = [...versionsByItem.values()];
    const currentDrafts = new Map((await loadDrafts(tx, matchedVersions)).map((d, i) => [matchedVersions[i].itemId, d]));
    for (const r of rows) {
      const match = existing.get(nameKey(r.draft.name));
      if (!match) {
        fresh.push(r);
        continue;
      }
      const version = versionsByItem.get(match.itemId)!;
      const current = currentDrafts.get(match.itemId)!;
      if (draftFingerprint(current) === draftFingerprint(r.draft)) {
        outcome.unchanged++;
        outcome.rows.push({ row: r.row, outcome: 'unchanged', itemId: match.itemId });
        continue;
      }
      if (version.state !== 'draft') {
        throw new AppError('conflict', `第${r.row}行：事项“${r.draft.name}”正在审核或已发布，不能通过导入修改，请走动态调整`);
      }
      outcome.updated++;
      outcome.rows.push({ row: r.row, outcome: 'updated', itemId: match.itemId });
      if (opts.dryRun) continue;
      const findings = checkItem(r.draft, { units: registry, powerList });
      await tx
        .update(itemVersions)
        .set({ ...versionColumns(r.draft), ...findingCounters(r.draft, findings), lockVersion: version.lockVersion + 1, authorIds: withAuthor(version.authorIds, actor), updatedBy: authorId(actor), updatedAt: now })
        .where(eq(itemVersions.id, version.id));
      await writeChildRows(tx, version.id, r.draft);
      await recordAudit(tx, actor, { action: 'item.import_update', targetType: 'item', targetId: match.itemId, oldValues: current, newValues: r.draft, detail: `第${r.row}行` });
    }
    outcome.created = fresh.length;
    if (opts.dryRun) {
      for (const r of fresh) outcome.rows.push({ row: r.row, outcome: 'created', itemId: null });
      return outcome;
    }
    // New items in bulk: a 5,000-row form must import in seconds, not minutes.
    for (let i = 0; i < fresh.length; i += CHUNK) {
      const chunk = fresh.slice(i, i + CHUNK);
      const codes: string[] = [];
      for (const _ of chunk) codes.push(await nextItemCode(tx, unit.regionCode));
      const itemRows = await tx
        .insert(items)
        .values(chunk.map((r, j) => ({ regionCode: unit.regionCode, unitId, code: codes[j], nameKey: nameKey(r.draft.name), createdAt: now, updatedAt: now })))
        .returning({ id: items.id });
      const versionRows = await tx
        .insert(itemVersions)
        .values(
          chunk.map((r, j) => ({
            itemId: itemRows[j].id,
            number: 1,
            state: 'draft',
            ...versionColumns(r.draft),
            ...findingCounters(r.draft, checkItem(r.draft, { units: registry, powerList })),
            authorIds: withAuthor([], actor),
            createdBy: authorId(actor),
            updatedBy: authorId(actor),
            createdAt: now,
            updatedAt: now,
          })),
        )
        .returning({ id: itemVersions.id });
      const bases = chunk.flatMap((r, j) => r.draft.legalBases.map((b, position) => ({ versionId: versionRows[j].id, position, ...b })));
      const mats = chunk.flatMap((r, j) => r.draft.materials.map((m, position) => ({ versionId: versionRows[j].id, position, ...m })));
      const steps = chunk.flatMap((r, j) => r.draft.steps.map((s, position) => ({ versionId: versionRows[j].id, position, ...s })));
      if (bases.length > 0) await tx.insert(legalBases).values(bases);
      if (mats.length > 0) await tx.insert(materials).values(mats);
      if (steps.length > 0) await tx.insert(processSteps).values(steps);
      chunk.forEach((r, j) => outcome.rows.push({ row: r.row, outcome: 'created', itemId: itemRows[j].id }));
    }
    await recordAudit(tx, actor, {
      action: 'item.import',
      targetType: 'unit',
      targetId: unitId,
      newValues: { file: opts.fileName ?? null, created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged },
      detail: `导入备案表${opts.fileName ? `“${opts.fileName}”` : ''}：新增${outcome.created}项，更新${outcome.updated}项，未变${outcome.unchanged}项`,
    });
    return outcome;
  };
  if (opts.dryRun) return run(ctx.db);
  return ctx.db.transaction(run);
}
