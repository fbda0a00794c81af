/**
 * A live edition holding items of 区教育局 (unit A) and 区财政局 (unit B), for the open-data and 纠错
 * matrix rows: uses the live edition when one already holds items of both units, else publishes one.
 */
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../src/app-context.ts';
import { editionItems } from '../../src/db/schema/index.ts';
import { chinaDate } from '../../src/domain/working-days.ts';
import type { Actor } from '../../src/modules/identity/actor.ts';
import { createEdition } from '../../src/modules/publication/commands/create-edition.ts';
import { liveEdition } from '../../src/modules/publication/queries.ts';
import { makeUser, unitIdOf } from '../factories/users.ts';
import { createApprovedItems } from './publication-chain.ts';

const published = new WeakMap<AppContext, Promise<{ codeA: string; codeB: string }>>();

async function codeOf(ctx: AppContext, editionId: string, unitId: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ code: editionItems.code })
    .from(editionItems)
    .where(and(eq(editionItems.editionId, editionId), eq(editionItems.unitId, unitId)))
    .limit(1);
  return row?.code ?? null;
}

/** Codes of a unit A item and a unit B item of the live edition (published once per application). */
export function liveItemsOfAandB(ctx: AppContext): Promise<{ codeA: string; codeB: string }> {
  if (!published.has(ctx)) {
    published.set(
      ctx,
      (async () => {
        const [unitA, unitB] = [await unitIdOf(ctx, '区教育局'), await unitIdOf(ctx, '区财政局')];
        const live = await liveEdition(ctx.db, '430811');
        const [a, b] = live ? [await codeOf(ctx, live.id, unitA), await codeOf(ctx, live.id, unitB)] : [null, null];
        if (a && b) return { codeA: a, codeB: b };
        const change = live ? { reason: '开放数据测试新增', trigger: 'other' as const } : undefined;
        const [itemA] = await createApprovedItems(ctx, '区教育局', ['开放数据测试事项甲'], change);
        const [itemB] = await createApprovedItems(ctx, '区财政局', ['开放数据测试事项乙'], change);
        const u = await makeUser(ctx, { unit: '区政务公开政务服务管理办公室', roles: ['publisher'] });
        const publisher: Actor = { userId: u.id, username: u.username, displayName: '开放数据发布员', unitId: u.unitId, regionCode: '430811', roles: ['publisher'] };
        const today = chinaDate(ctx.clock.now());
        const number = (live?.number ?? 0) + 1;
        await createEdition(ctx, publisher, {
          title: `开放数据测试目录（第${number}版）`,
          docNumber: `开放数据测试〔${today.slice(0, 4)}〕${number}号`,
          publishedOn: today,
          effectiveOn: today,
          versionIds: [itemA.versionId, itemB.versionId],
        });
        return { codeA: itemA.code, codeB: itemB.code };
      })(),
    );
  }
  return published.get(ctx)!;
}
