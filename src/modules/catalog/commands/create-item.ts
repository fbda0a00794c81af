import type { AppContext } from '../../../app-context.ts';
import { items, itemVersions } from '../../../db/schema/index.ts';
import type { ItemDraft } from '../../../domain/catalog/item.ts';
import { normalizeItemName } from '../../../domain/catalog/normalize.ts';
import { AppError } from '../../../domain/errors.ts';
import type { ChangeTrigger } from '../../../domain/publication/adjustment.ts';
import { nameKey } from '../../../domain/text.ts';
import { recordAudit } from '../../audit/record.ts';
import { checkDraftFiles } from '../../files/files.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { findingCounters, findingsFor } from '../findings.ts';
import { hasLiveEdition } from '../../publication/queries.ts';
import { canCreateItem } from '../policy.ts';
import { versionColumns, writeChildRows } from '../repository.ts';
import { loadUnitChain } from '../unit-chain.ts';
import { authorId, nextItemCode, refuseValueErrors, withAuthor } from './save-helpers.ts';

/**
 * 新增事项: a new item with its first version as a draft of the actor's unit. Once the region's catalog
 * is published, a new item is an adjustment (动态调整·新增) and must say why (`change`).
 */
export async function createItem(
  ctx: AppContext,
  actor: Actor,
  unitId: string,
  input: ItemDraft,
  change?: { reason: string; trigger: ChangeTrigger },
): Promise<{ itemId: string; code: string }> {
  const unit = await loadUnitChain(ctx.db, unitId);
  assertAllowed(canCreateItem(actor, unit), '只能为本单位新增事项');
  if (!change && (await hasLiveEdition(ctx.db, unit.regionCode))) {
    throw new AppError('validation', '目录已经发布，新增事项属于动态调整，请选择调整事由并填写新增理由', [
      { path: 'change.trigger', message: '请选择调整事由' },
      { path: 'change.reason', message: '请填写新增理由' },
    ]);
  }
  const draft = { ...input, name: normalizeItemName(input.name).value };
  if (!draft.name) throw new AppError('validation', '请填写事项名称', [{ path: 'name', message: '请填写事项名称' }]);
  const findings = await findingsFor(ctx.db, unit.regionCode, unitId, draft);
  refuseValueErrors(findings);
  await checkDraftFiles(ctx.db, unit.id, draft);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const code = await nextItemCode(tx, unit.regionCode);
    const [item] = await tx
      .insert(items)
      .values({ regionCode: unit.regionCode, unitId, code, nameKey: nameKey(draft.name), createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: items.id });
    if (!item) throw new AppError('duplicate', `本单位已有名为“${draft.name}”的事项`, [{ path: 'name', message: '本单位已有同名事项' }]);
    const [version] = await tx
      .insert(itemVersions)
      .values({
        itemId: item.id,
        number: 1,
        state: 'draft',
        ...versionColumns(draft),
        ...findingCounters(draft, findings),
        changeKind: 'new',
        changeReason: change?.reason.trim() ?? null,
        changeTrigger: change?.trigger ?? null,
        authorIds: withAuthor([], actor),
        createdBy: authorId(actor),
        updatedBy: authorId(actor),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: itemVersions.id });
    await writeChildRows(tx, version.id, draft);
    await recordAudit(tx, actor, { action: 'item.create', targetType: 'item', targetId: item.id, newValues: { code, ...draft, ...(change ? { changeReason: change.reason.trim(), changeTrigger: change.trigger } : {}) } });
    return { itemId: item.id, code };
  });
}
