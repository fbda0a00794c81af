import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { units } from '../../../db/schema/index.ts';
import { validateCreditCode } from '../../../domain/credit-code.ts';
import { AppError } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canCreateUnit } from '../policy.ts';
import { getUnit } from '../queries.ts';
import type { UnitView } from '../presenter.ts';
import { normalizeNameSet, writeUnitNames } from '../unit-names.ts';

export const UnitNameSchema = z.string().trim().min(2, '名称至少2个字').max(100, '名称不超过100个字');

export const CreateUnitSchema = z.object({
  parentId: z.uuid('上级单位无效').nullable().optional(),
  kind: z.enum(['department', 'institution', 'other', 'office', 'sub_unit', 'township'], { error: '单位类别无效' }),
  fullName: UnitNameSchema,
  shortName: UnitNameSchema,
  aliases: z.array(UnitNameSchema).max(20, '别名不超过20个').default([]),
  creditCode: z.string().trim().toUpperCase().nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  address: z.string().trim().max(200).nullable().optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});
export type CreateUnitInput = z.infer<typeof CreateUnitSchema>;

/** Checks a credit code per GB 32100 and returns it normalized, or null when blank. */
export function checkedCreditCode(value: string | null | undefined): string | null {
  if (!value) return null;
  const r = validateCreditCode(value);
  if (!r.ok) throw new AppError('validation', `统一社会信用代码：${r.reason}`, [{ path: 'creditCode', message: r.reason }]);
  return value.trim().toUpperCase();
}

/** 新增单位: an administrator adds a sub-unit (部门管理机构、所属事业单位) or a township unit (乡级). */
export async function createUnit(ctx: AppContext, actor: Actor, input: CreateUnitInput): Promise<UnitView> {
  const regionCode = actor.regionCode;
  assertAllowed(canCreateUnit(actor, regionCode), '只有本行政区划的系统管理员可以新增单位');
  const creditCode = checkedCreditCode(input.creditCode);
  const names = normalizeNameSet({ fullName: input.fullName, shortName: input.shortName, aliases: input.aliases });
  if (input.kind === 'sub_unit' && !input.parentId) {
    throw new AppError('validation', '部门管理机构、所属事业单位必须指定主管部门', [{ path: 'parentId', message: '请选择主管部门' }]);
  }
  const id = await ctx.db.transaction(async (tx) => {
    if (input.parentId) {
      const [parent] = await tx.select().from(units).where(eq(units.id, input.parentId)).for('update');
      if (!parent || parent.regionCode !== regionCode) {
        throw new AppError('validation', '上级单位不存在或不属于本行政区划', [{ path: 'parentId', message: '上级单位不存在' }]);
      }
    }
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(units)
      .values({
        regionCode,
        parentId: input.parentId ?? null,
        kind: input.kind,
        level: input.kind === 'township' ? 'township' : 'district',
        fullName: names.fullName,
        shortName: names.shortName,
        creditCode,
        phone: input.phone ?? null,
        address: input.address ?? null,
        sortOrder: input.sortOrder ?? 1000,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await writeUnitNames(tx, row.id, regionCode, names);
    await recordAudit(tx, actor, { action: 'unit.create', targetType: 'unit', targetId: row.id, newValues: { ...row, aliases: names.aliases } });
    return row.id;
  });
  return (await getUnit(ctx.db, id))!;
}
