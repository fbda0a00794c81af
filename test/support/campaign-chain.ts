/**
 * Puts items of a unit at a given stage of the chain directly in the database (for dashboards and
 * queues, where how an item got there is not what the test is about), and records submissions.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../src/app-context.ts';
import { files, items, itemVersions, submissions } from '../../src/db/schema/index.ts';
import type { VersionState } from '../../src/domain/review/workflow.ts';
import { createItem } from '../../src/modules/catalog/commands/create-item.ts';
import { systemActor, type Actor } from '../../src/modules/identity/actor.ts';
import { transitionVersion } from '../../src/modules/review/transition.ts';
import { buildDraft, buildProactiveDraft } from '../factories/item-draft.ts';

/** A unit editor of `unitId` who is nobody in particular (authors nothing reviewers would be refused for). */
export function editorOf(unitId: string): Actor {
  return { ...systemActor('430811', unitId), roles: ['unit_editor'] };
}

export interface PlacedItem {
  itemId: string;
  versionId: string;
}

/** Creates an item of `unitId` and puts its version in `state`, waiting there since `since`. */
export async function placeItem(
  ctx: AppContext,
  unitId: string,
  opts: { name: string; state: VersionState; category?: 'on_application' | 'proactive'; since?: string; cancelled?: boolean },
): Promise<PlacedItem> {
  const draft = opts.category === 'proactive' ? buildProactiveDraft({ name: opts.name }) : buildDraft({ name: opts.name });
  const { itemId } = await createItem(ctx, editorOf(unitId), unitId, draft);
  const since = opts.since ? new Date(opts.since) : ctx.clock.now();
  const [version] = await ctx.db
    .update(itemVersions)
    .set({ state: opts.state, updatedAt: since })
    .where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.number, 1)))
    .returning({ id: itemVersions.id });
  if (opts.cancelled) await ctx.db.update(items).set({ isCancelled: true }).where(eq(items.id, itemId));
  return { itemId, versionId: version.id };
}

/** Returns an item from a review (its version must be in the matching review state): a new draft follows. */
export async function returnItem(ctx: AppContext, reviewer: Actor, versionId: string, action: 'parent_return' | 'central_return' | 'legal_return' = 'central_return') {
  return ctx.db.transaction((tx) => transitionVersion(tx, reviewer, ctx.clock.now(), { versionId, action, comment: '请补充办理依据的具体条款' }));
}

/** Records a signed submission (送审稿) of a unit, numbered `number`, for `campaignId` (or none). */
export async function insertSubmission(ctx: AppContext, opts: { unitId: string; campaignId: string | null; number: number; signedAt: string; signedBy: string }): Promise<string> {
  const content = Buffer.from(`送审稿 ${opts.unitId} ${opts.number}`);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const [file] = await ctx.db
    .insert(files)
    .values({ unitId: opts.unitId, filename: '备案表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: content.length, sha256, content })
    .returning({ id: files.id });
  const [row] = await ctx.db
    .insert(submissions)
    .values({
      regionCode: '430811',
      unitId: opts.unitId,
      campaignId: opts.campaignId,
      number: opts.number,
      signedBy: opts.signedBy,
      signedByName: '单位负责人',
      signedAt: new Date(opts.signedAt),
      filingFileId: file.id,
      filingSha256: sha256,
      guidesFileId: file.id,
      guidesSha256: sha256,
    })
    .returning({ id: submissions.id });
  return row.id;
}
