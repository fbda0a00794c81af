import { and, asc, eq, inArray, isNull, lte, ne } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import type { Db } from '../../../db/client.ts';
import { editions, items, itemVersions } from '../../../db/schema/index.ts';
import { isDue } from '../../../domain/publication/edition.ts';
import { chinaDate } from '../../../domain/working-days.ts';
import { recordAudit } from '../../audit/record.ts';
import { systemActor } from '../../identity/actor.ts';
import { notify } from '../../notify/notify.ts';
import { reindexEdition } from '../../portal/search/indexer.ts';
import { transitionVersion } from '../../review/transition.ts';
import { versionsBroughtIn, type EditionRow } from '../queries.ts';

/**
 * 目录生效: stamps the moment the edition went live, publishes the versions it brings in (each
 * `approved → published`), supersedes the versions they replace, marks the items it cancels, tells
 * the units concerned and writes the history. Runs inside the caller's transaction with the edition
 * row locked; returns false when the edition had gone live already.
 */
export async function goLiveEdition(tx: Db, edition: EditionRow, now: Date): Promise<boolean> {
  const [stamped] = await tx
    .update(editions)
    .set({ wentLiveAt: now })
    .where(and(eq(editions.id, edition.id), isNull(editions.wentLiveAt)))
    .returning({ id: editions.id });
  if (!stamped) return false;
  const actor = systemActor(edition.regionCode);
  const detail = `第${edition.number}版目录（${edition.docNumber}）生效`;
  const { shown, cancels, cancelledItemIds } = await versionsBroughtIn(tx, edition);
  const unitsTouched = new Map<string, { added: number; changed: number; cancelled: number }>();
  const brought = [...shown, ...cancels].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const itemUnits = new Map(
    (
      await tx
        .select({ id: items.id, unitId: items.unitId })
        .from(items)
        .where(inArray(items.id, [...brought.map((v) => v.itemId), ...cancelledItemIds, '00000000-0000-0000-0000-000000000000']))
    ).map((r) => [r.id, r.unitId]),
  );
  for (const v of brought) {
    await transitionVersion(tx, actor, now, { versionId: v.id, action: 'publish', detail });
    const replaced = await tx
      .select({ id: itemVersions.id })
      .from(itemVersions)
      .where(and(eq(itemVersions.itemId, v.itemId), eq(itemVersions.state, 'published'), ne(itemVersions.id, v.id)))
      .orderBy(asc(itemVersions.number));
    for (const r of replaced) await transitionVersion(tx, actor, now, { versionId: r.id, action: 'supersede', detail });
    const unitId = itemUnits.get(v.itemId)!;
    const counts = unitsTouched.get(unitId) ?? { added: 0, changed: 0, cancelled: 0 };
    if (v.changeKind === 'cancel') counts.cancelled++;
    else if (replaced.length > 0) counts.changed++;
    else counts.added++;
    unitsTouched.set(unitId, counts);
  }
  if (cancelledItemIds.length > 0) {
    await tx.update(items).set({ isCancelled: true, updatedAt: now }).where(inArray(items.id, cancelledItemIds));
  }
  // The portal searches exactly the live editions: the index follows in the same transaction.
  await reindexEdition(tx, edition, { now });
  for (const [unitId, c] of unitsTouched) {
    const parts = [c.added && `新增${c.added}项`, c.changed && `变更${c.changed}项`, c.cancelled && `取消${c.cancelled}项`].filter(Boolean).join('、');
    await notify(
      tx,
      now,
      { roles: ['unit_editor', 'unit_head'], unitId },
      {
        kind: 'edition.live',
        title: `第${edition.number}版目录已生效`,
        body: `《${edition.title}》（${edition.docNumber}）已于${edition.effectiveOn}生效，本单位事项${parts}。`,
        link: '/editions',
        regionCode: edition.regionCode,
      },
    );
  }
  await recordAudit(tx, actor, {
    action: 'edition.live',
    targetType: 'edition',
    targetId: edition.id,
    oldValues: { wentLiveAt: null },
    newValues: { number: edition.number, docNumber: edition.docNumber, wentLiveAt: now.toISOString(), published: brought.length, cancelled: cancelledItemIds.length },
    detail,
  });
  return true;
}

/**
 * 到期生效: every edition whose effective date has come (China time) and that has not gone live yet
 * goes live, oldest first, each in its own transaction with its row locked, so two workers at once
 * cannot publish twice. Returns how many went live; a second run finds nothing to do.
 */
export async function goLiveDueEditions(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const due = await ctx.db
    .select({ id: editions.id })
    .from(editions)
    .where(and(isNull(editions.wentLiveAt), lte(editions.effectiveOn, today)))
    .orderBy(asc(editions.regionCode), asc(editions.number));
  let n = 0;
  for (const { id } of due) {
    const went = await ctx.db.transaction(async (tx) => {
      const [edition] = await tx
        .select()
        .from(editions)
        .where(and(eq(editions.id, id), isNull(editions.wentLiveAt)))
        .for('update');
      if (!edition || !isDue(edition.effectiveOn, today)) return false;
      return goLiveEdition(tx, edition, now);
    });
    if (went) n++;
  }
  return n;
}
