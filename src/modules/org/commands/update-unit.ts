import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { units } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canUpdateUnit } from '../policy.ts';
import type { UnitView } from '../presenter.ts';
import { getUnit } from '../queries.ts';
import { normalizeNameSet, writeUnitNames } from '../unit-names.ts';
import { CreateUnitSchema, UnitNameSchema, checkedCreditCode } from './create-unit.ts';

export const UpdateUnitSchema = CreateUnitSchema.omit({ kind: true, parentId: true })
  .partial()
  // No default here: an absent `aliases` means "unchanged", not "none".
  .extend({ aliases: z.array(UnitNameSchema).max(20, '别名不超过20个').optional(), version: z.number().int().positive('缺少版本号') });
export type UpdateUnitInput = z.infer<typeof UpdateUnitSchema>;

/** 修改单位: optimistic locking on `version`; names stay unique in the region. */
export async function updateUnit(ctx: AppContext, actor: Actor, unitId: string, input: UpdateUnitInput): Promise<UnitView> {
  const { version, ...changes } = input;
  const fields = Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined);
  await ctx.db.transaction(async (tx) => {
    const [unit] = await tx.select().from(units).where(eq(units.id, unitId)).for('update');
    if (!unit) throw new AppError('not_found', '单位不存在');
    assertAllowed(canUpdateUnit(actor, unit, fields), '没有权限修改该单位');
    if (unit.version !== version) {
      throw new AppError('conflict', '该单位已被他人修改，请刷新后重试', undefined, { currentVersion: unit.version });
    }
    const before = await getUnit(tx, unitId);
    const next = {
      fullName: changes.fullName ?? unit.fullName,
      shortName: changes.shortName ?? unit.shortName,
      creditCode: changes.creditCode !== undefined ? checkedCreditCode(changes.creditCode) : unit.creditCode,
      phone: changes.phone !== undefined ? changes.phone : unit.phone,
      address: changes.address !== undefined ? changes.address : unit.address,
      sortOrder: changes.sortOrder ?? unit.sortOrder,
    };
    const names = normalizeNameSet({ fullName: next.fullName, shortName: next.shortName, aliases: changes.aliases ?? before?.aliases ?? [] });
    await tx
      .update(units)
      .set({ ...next, fullName: names.fullName, shortName: names.shortName, version: unit.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(units.id, unitId));
    if (changes.fullName !== undefined || changes.shortName !== undefined || changes.aliases !== undefined) {
      await writeUnitNames(tx, unitId, unit.regionCode, names);
    }
    const after = await getUnit(tx, unitId);
    await recordAudit(tx, actor, { action: 'unit.update', targetType: 'unit', targetId: unitId, oldValues: before, newValues: after, regionCode: unit.regionCode });
  });
  return (await getUnit(ctx.db, unitId))!;
}
