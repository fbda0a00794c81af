import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { items, itemVersions } from '../../../db/schema/index.ts';
import type { ItemDraft } from '../../../domain/catalog/item.ts';
import { normalizeItemName } from '../../../domain/catalog/normalize.ts';
import { AppError } from '../../../domain/errors.ts';
import { nameKey } from '../../../domain/text.ts';
import { recordAudit } from '../../audit/record.ts';
import { checkDraftFiles } from '../../files/files.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { findingCounters, findingsFor } from '../findings.ts';
import { canEditItem, canReadCatalog } from '../policy.ts';
import { loadDraft, versionColumns, writeChildRows } from '../repository.ts';
import { loadUnitChain } from '../unit-chain.ts';
import { authorId, refuseValueErrors, withAuthor } from './save-helpers.ts';

/** 修改事项（草稿）: saves the draft version; `lockVersion` must match (optimistic locking). */
export async function updateItemDraft(ctx: AppContext, actor: Actor, itemId: string, input: { lockVersion: number; draft: ItemDraft }): Promise<void> {
  const [item] = await ctx.db.select().from(items).where(eq(items.id, itemId));
  if (!item) throw new AppError('not_found', '事项不存在');
  const unit = await loadUnitChain(ctx.db, item.unitId);
  // Items a caller may not even read are answered as missing, like the read routes do.
  if (!canReadCatalog(actor, unit)) throw new AppError('not_found', '事项不存在');
  const draft = { ...input.draft, name: normalizeItemName(input.draft.name).value };
  if (!draft.name) throw new AppError('validation', '请填写事项名称', [{ path: 'name', message: '请填写事项名称' }]);
  const findings = await findingsFor(ctx.db, unit.regionCode, unit.id, draft, itemId);
  refuseValueErrors(findings);
  await checkDraftFiles(ctx.db, unit.id, draft);
  await ctx.db.transaction(async (tx) => {
    const [version] = await tx
      .select()
      .from(itemVersions)
      .where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.number, item.latestVersion)))
      .for('update');
    assertAllowed(canEditItem(actor, unit, version.state), version.state === 'draft' ? '只能修改本单位的事项' : '该版本已送审或发布，不能修改');
    if (version.lockVersion !== input.lockVersion) {
      throw new AppError('conflict', '该事项已被他人修改，请刷新后重试', undefined, { currentLockVersion: version.lockVersion });
    }
    const before = await loadDraft(tx, version);
    const now = ctx.clock.now();
    const [clash] = await tx
      .select({ id: items.id })
      .from(items)
      .where(and(eq(items.unitId, unit.id), eq(items.nameKey, nameKey(draft.name))));
    if (clash && clash.id !== itemId) throw new AppError('duplicate', `本单位已有名为“${draft.name}”的事项`, [{ path: 'name', message: '本单位已有同名事项' }]);
    await tx.update(items).set({ nameKey: nameKey(draft.name), updatedAt: now }).where(eq(items.id, itemId));
    await tx
      .update(itemVersions)
      .set({ ...versionColumns(draft), ...findingCounters(draft, findings), lockVersion: version.lockVersion + 1, authorIds: withAuthor(version.authorIds, actor), updatedBy: authorId(actor), updatedAt: now })
      .where(eq(itemVersions.id, version.id));
    await writeChildRows(tx, version.id, draft);
    await recordAudit(tx, actor, { action: 'item.update', targetType: 'item', targetId: itemId, oldValues: before, newValues: draft });
  });
}
