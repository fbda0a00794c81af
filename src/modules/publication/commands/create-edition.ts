import { and, eq, inArray, max } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import type { Db } from '../../../db/client.ts';
import { editionItems, editions, items, itemVersions, regions, units } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import type { ChangeKind } from '../../../domain/publication/adjustment.ts';
import { composeEdition, isDue } from '../../../domain/publication/edition.ts';
import { parseDocNumber } from '../../../domain/review/doc-number.ts';
import { STATE_LABELS, type VersionState } from '../../../domain/review/workflow.ts';
import { chinaDate } from '../../../domain/working-days.ts';
import { recordAudit } from '../../audit/record.ts';
import { authorId } from '../../catalog/commands/save-helpers.ts';
import { loadUnitChain } from '../../catalog/unit-chain.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canCreateEdition, canPublishVersionOf } from '../policy.ts';
import { editionEntries, editionView, liveEdition, pendingEdition } from '../queries.ts';
import { goLiveEdition } from './go-live.ts';

export interface CreateEditionInput {
  title: string;
  docNumber: string;
  /** YYYY-MM-DD */
  publishedOn: string;
  effectiveOn: string;
  versionIds: string[];
}

const invalid = (path: string, message: string) => new AppError('validation', message, [{ path, message }]);

/** Checks what can be checked without the database: the document number, its year and the dates. */
function checkInput(input: CreateEditionInput): string {
  const parsed = parseDocNumber(input.docNumber);
  if (!parsed.ok) throw invalid('docNumber', parsed.error);
  const year = Number(input.publishedOn.slice(0, 4));
  if (parsed.value.year !== year) throw invalid('docNumber', `发文字号的年份（${parsed.value.year}）与发布日期的年份（${year}）不一致`);
  if (input.effectiveOn < input.publishedOn) throw invalid('effectiveOn', '生效日期不能早于发布日期');
  return parsed.normalized;
}

/**
 * 发布目录版本: the region's publisher bundles approved versions into a new edition under a document
 * number. The edition is the live catalog with the chosen versions replacing or adding their items
 * and cancelled items left out. It goes live at once when its effective date is today or past, in
 * the same transaction; otherwise the `editions-go-live` job takes it live on that day.
 */
export async function createEdition(ctx: AppContext, actor: Actor, input: CreateEditionInput) {
  assertAllowed(canCreateEdition(actor, actor.regionCode), '只有发布员可以发布目录版本');
  const docNumber = checkInput(input);
  const versionIds = [...new Set(input.versionIds)];
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const regionCode = actor.regionCode;
    // One edition at a time per region: the region row is the lock.
    await tx.select({ code: regions.code }).from(regions).where(eq(regions.code, regionCode)).for('update');
    const pending = await pendingEdition(tx, regionCode);
    if (pending) {
      throw new AppError('conflict', `第${pending.number}版目录（${pending.docNumber}）将于${pending.effectiveOn}生效；同一时间只能有一个待生效的目录版本，请待其生效后再发布新版本`);
    }
    const [clash] = await tx
      .select({ number: editions.number })
      .from(editions)
      .where(and(eq(editions.regionCode, regionCode), eq(editions.docNumber, docNumber)));
    if (clash) throw new AppError('conflict', `发文字号已被第${clash.number}版目录使用`, [{ path: 'docNumber', message: `发文字号已被第${clash.number}版目录使用` }]);

    const chosen = await loadChosen(tx, actor, regionCode, versionIds);
    const live = await liveEdition(tx, regionCode);
    const previous = live ? await editionEntries(tx, live.id) : [];
    const inLive = new Set(previous.map((l) => l.itemId));
    for (const c of chosen) {
      if (c.version.changeKind === 'cancel' && !inLive.has(c.item.id)) {
        throw new AppError('invalid_transition', `事项“${c.version.name}”不在现行目录中，无需取消`);
      }
    }
    const composed = composeEdition(
      previous,
      chosen.map((c) => ({ itemId: c.item.id, versionId: c.version.id, changeKind: c.version.changeKind as ChangeKind })),
    );
    if (composed.length === 0) throw new AppError('validation', '发布后目录中将没有任何事项，请检查所选事项', [{ path: 'versionIds', message: '目录不能为空' }]);

    const lines = await describeLines(tx, composed, previous, chosen);
    const [{ last }] = await tx
      .select({ last: max(editions.number) })
      .from(editions)
      .where(eq(editions.regionCode, regionCode));
    const number = (last ?? 0) + 1;
    const [edition] = await tx
      .insert(editions)
      .values({
        regionCode,
        number,
        title: input.title.trim(),
        docNumber,
        publishedOn: input.publishedOn,
        effectiveOn: input.effectiveOn,
        itemCount: lines.length,
        createdBy: authorId(actor),
        createdByName: actor.displayName,
        createdAt: now,
      })
      .returning();
    for (let i = 0; i < lines.length; i += 500) {
      await tx.insert(editionItems).values(lines.slice(i, i + 500).map((l) => ({ ...l, editionId: edition.id })));
    }
    const kindOf = (c: Chosen) => (c.version.changeKind === 'cancel' ? 'cancelled' : inLive.has(c.item.id) ? 'changed' : 'added');
    const codes = (kind: 'added' | 'changed' | 'cancelled') => chosen.filter((c) => kindOf(c) === kind).map((c) => c.item.code);
    await recordAudit(tx, actor, {
      action: 'edition.create',
      targetType: 'edition',
      targetId: edition.id,
      newValues: { number, title: edition.title, docNumber, publishedOn: edition.publishedOn, effectiveOn: edition.effectiveOn, itemCount: lines.length, added: codes('added'), changed: codes('changed'), cancelled: codes('cancelled') },
      detail: `发布第${number}版目录（${docNumber}），共${lines.length}项，${edition.effectiveOn}生效`,
    });
    let wentLiveAt = edition.wentLiveAt;
    if (isDue(edition.effectiveOn, chinaDate(now))) {
      await goLiveEdition(tx, edition, now);
      wentLiveAt = now;
    }
    return editionView({ ...edition, wentLiveAt }, wentLiveAt ? number : null);
  });
}

type Chosen = { version: typeof itemVersions.$inferSelect; item: typeof items.$inferSelect };

/** Loads and locks the chosen versions; each must be approved, its item's newest, and the caller's to publish. */
async function loadChosen(tx: Db, actor: Actor, regionCode: string, versionIds: string[]): Promise<Chosen[]> {
  const rows = await tx
    .select({ version: itemVersions, item: items })
    .from(itemVersions)
    .innerJoin(items, eq(items.id, itemVersions.itemId))
    .where(inArray(itemVersions.id, versionIds))
    .for('update', { of: itemVersions });
  const found = rows.filter((r) => r.item.regionCode === regionCode);
  if (found.length !== versionIds.length) throw new AppError('not_found', '所选事项版本不存在或不属于本行政区划，请刷新后重试');
  for (const unitId of new Set(found.map((r) => r.item.unitId))) {
    assertAllowed(canPublishVersionOf(actor, await loadUnitChain(tx, unitId)), '没有权限发布该单位的事项');
  }
  for (const { version, item } of found) {
    if (version.state !== 'approved') {
      throw new AppError('invalid_transition', `事项“${version.name}”第${version.number}版处于“${STATE_LABELS[version.state as VersionState] ?? version.state}”状态，只有审核通过的版本可以发布`);
    }
    if (item.latestVersion !== version.number) throw new AppError('conflict', `事项“${version.name}”已有更新的第${item.latestVersion}版，请刷新后重试`);
    if (item.isCancelled) throw new AppError('invalid_transition', `事项“${version.name}”已取消`);
  }
  return found;
}

/** The edition's lines with what each shows (code, name, category, unit), in the registry's unit order then by code. */
async function describeLines(tx: Db, composed: { itemId: string; versionId: string }[], previous: (typeof editionItems.$inferSelect)[], chosen: Chosen[]) {
  const fromPrevious = new Map(previous.map((l) => [l.itemId, l]));
  const fromChosen = new Map(chosen.map((c) => [c.item.id, c]));
  const lines = composed.map((e) => {
    const c = fromChosen.get(e.itemId);
    if (c) return { itemId: e.itemId, versionId: e.versionId, unitId: c.item.unitId, code: c.item.code, name: c.version.name, category: c.version.category };
    const p = fromPrevious.get(e.itemId)!;
    return { itemId: e.itemId, versionId: e.versionId, unitId: p.unitId, code: p.code, name: p.name, category: p.category };
  });
  const unitIds = [...new Set(lines.map((l) => l.unitId))];
  const order = new Map((await tx.select({ id: units.id, sortOrder: units.sortOrder }).from(units).where(inArray(units.id, unitIds))).map((u) => [u.id, u.sortOrder]));
  lines.sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return lines.map((l, position) => ({ ...l, position }));
}
