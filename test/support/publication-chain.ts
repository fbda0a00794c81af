/**
 * Moves items through the review chain quickly, for publication tests: creates items as a unit
 * editor and walks each newest version draft → … → approved with `transitionVersion`, every step
 * taken by someone who is not the author (the unit head signs, the district office and the legal
 * office decide, a sub-unit's parent department reviews first). It does not go through the review
 * routes, so it does not depend on them.
 */
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../src/app-context.ts';
import { items, itemVersions } from '../../src/db/schema/index.ts';
import type { ChangeTrigger } from '../../src/domain/publication/adjustment.ts';
import { TRANSITIONS, type VersionAction } from '../../src/domain/review/workflow.ts';
import type { Role } from '../../src/domain/roles.ts';
import { createItem } from '../../src/modules/catalog/commands/create-item.ts';
import { loadUnitChain } from '../../src/modules/catalog/unit-chain.ts';
import type { Actor } from '../../src/modules/identity/actor.ts';
import { transitionVersion } from '../../src/modules/review/transition.ts';
import { buildDraft, type DraftOverrides } from '../factories/item-draft.ts';
import { makeUser, unitIdOf } from '../factories/users.ts';

const OFFICE = '区政务公开政务服务管理办公室';
const LEGAL = '区政府法制办';
const people = new WeakMap<AppContext, Map<string, Promise<Actor>>>();

/** A user of `unitId` holding `role`, created once per application and reused. */
function person(ctx: AppContext, unitId: string, role: Role): Promise<Actor> {
  const mine = people.get(ctx) ?? new Map<string, Promise<Actor>>();
  people.set(ctx, mine);
  const key = `${unitId}:${role}`;
  if (!mine.has(key)) {
    mine.set(
      key,
      (async () => {
        const [u] = await ctx.database.executeSql('select short_name from units where id = $1', [unitId]).then((r) => r.rows);
        const user = await makeUser(ctx, { unit: String(u.short_name), roles: [role] });
        return { userId: user.id, username: user.username, displayName: `测试${user.username}`, unitId, regionCode: '430811', roles: [role] };
      })(),
    );
  }
  return mine.get(key)!;
}

/** The chain a unit's version takes, in order: a sub-unit's goes through its parent department first. */
function chainOf(hasParent: boolean): VersionAction[] {
  return ['open_consultation', 'close_consultation', 'sign', ...(hasParent ? (['receive_parent', 'parent_approve'] as const) : (['receive_central'] as const)), 'central_approve', 'legal_pass'];
}

/** Who takes `action` on a version of `unitId` (parent: the unit's parent department). */
async function takerOf(ctx: AppContext, action: VersionAction, unitId: string, parentId: string | undefined): Promise<Actor> {
  const t = TRANSITIONS[action];
  if (action === 'sign') return person(ctx, unitId, 'unit_head');
  if (t.scope === 'own_unit') return person(ctx, unitId, 'unit_head');
  if (t.scope === 'parent_unit') return person(ctx, parentId!, 'parent_reviewer');
  if (t.roles.includes('legal_reviewer')) return person(ctx, await unitIdOf(ctx, LEGAL), 'legal_reviewer');
  return person(ctx, await unitIdOf(ctx, OFFICE), 'district_reviewer');
}

/** The unit editor who writes a unit's items in these tests. */
export async function editorOf(ctx: AppContext, unit: string): Promise<Actor> {
  return person(ctx, await unitIdOf(ctx, unit), 'unit_editor');
}

/** Creates an item of `unit` as its editor (a draft); `change` is the reason once a catalog is live. */
export async function createDraftItem(
  ctx: AppContext,
  unit: string,
  overrides: DraftOverrides & { name: string },
  change?: { reason: string; trigger: ChangeTrigger },
): Promise<{ itemId: string; code: string }> {
  const editor = await editorOf(ctx, unit);
  return createItem(ctx, editor, editor.unitId, buildDraft(overrides), change);
}

/** Walks the item's newest version from wherever it is in the chain to `approved`; returns its id. */
export async function approveLatest(ctx: AppContext, itemId: string): Promise<string> {
  const [item] = await ctx.db.select().from(items).where(eq(items.id, itemId));
  const unit = await loadUnitChain(ctx.db, item.unitId);
  const [start] = await ctx.db
    .select()
    .from(itemVersions)
    .where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.number, item.latestVersion)));
  let state = start.state;
  for (const action of chainOf(unit.ancestorIds.length > 0)) {
    if (state === 'approved') break;
    if (!(TRANSITIONS[action].from as readonly string[]).includes(state)) continue;
    const actor = await takerOf(ctx, action, unit.id, unit.ancestorIds[0]);
    const r = await ctx.db.transaction((tx) => transitionVersion(tx, actor, ctx.clock.now(), { versionId: start.id, action }));
    state = r.to;
  }
  if (state !== 'approved') throw new Error(`item ${itemId} stopped at ${state}`);
  return start.id;
}

/** Creates items of `unit` with the given names and approves each; returns their ids, codes and approved versions. */
export async function createApprovedItems(
  ctx: AppContext,
  unit: string,
  names: string[],
  change?: { reason: string; trigger: ChangeTrigger },
): Promise<{ itemId: string; code: string; versionId: string; name: string }[]> {
  const out = [];
  for (const name of names) {
    const { itemId, code } = await createDraftItem(ctx, unit, { name }, change);
    out.push({ itemId, code, name, versionId: await approveLatest(ctx, itemId) });
  }
  return out;
}
