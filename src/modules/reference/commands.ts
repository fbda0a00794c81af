import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.ts';
import { powerListEntries, provincialRefItems } from '../../db/schema/index.ts';
import { AppError } from '../../domain/errors.ts';
import { nameKey, normalizeName } from '../../domain/text.ts';
import { recordAudit } from '../audit/record.ts';
import { hasRole, type Actor } from '../identity/actor.ts';
import { assertAllowed } from '../identity/policy.ts';
import { readTable } from './read-table.ts';

export interface ListImportReport {
  file: string;
  rowsRead: number;
  imported: number;
  errors: { row: number; column: string; message: string }[];
}

/** The district office and the administrator maintain the region's reference lists. */
export function canManageReferenceLists(actor: Actor): boolean {
  return hasRole(actor, 'district_reviewer', 'admin');
}

const POWER_HEADERS = { name: ['事项名称', '名称', '权力事项名称', '权力名称'], unit: ['实施单位', '单位', '实施主体', '部门'], kind: ['权力类别', '类别', '事项类型', '类型'] };

/**
 * 导入权力清单: replaces the region's power list with the file's (a power list is published whole).
 * All or nothing: a row without a name stops the import.
 */
export async function importPowerList(ctx: AppContext, actor: Actor, input: { buffer: Buffer; fileName: string }): Promise<ListImportReport> {
  assertAllowed(canManageReferenceLists(actor), '只有区政务公开政务服务管理办公室审核员或系统管理员可以导入权力清单');
  const rows = await readTable(input.buffer, POWER_HEADERS);
  const errors = rows.filter((r) => !r.cells.name).map((r) => ({ row: r.row, column: '事项名称', message: '事项名称为空' }));
  const report: ListImportReport = { file: input.fileName, rowsRead: rows.length, imported: 0, errors };
  if (errors.length > 0 || rows.length === 0) {
    if (rows.length === 0) throw new AppError('bad_request', '文件中没有权力事项');
    return report;
  }
  const seen = new Set<string>();
  const values: (typeof powerListEntries.$inferInsert)[] = [];
  for (const r of rows) {
    const name = normalizeName(r.cells.name);
    const unitName = r.cells.unit ? normalizeName(r.cells.unit) : null;
    const key = `${nameKey(name)}|${unitName ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    values.push({ regionCode: actor.regionCode, name, nameKey: nameKey(name), unitName, kind: r.cells.kind || null, importedAt: ctx.clock.now() });
  }
  await ctx.db.transaction(async (tx) => {
    await tx.delete(powerListEntries).where(eq(powerListEntries.regionCode, actor.regionCode));
    for (let i = 0; i < values.length; i += 500) await tx.insert(powerListEntries).values(values.slice(i, i + 500));
    await recordAudit(tx, actor, { action: 'reference.power_list_import', targetType: 'region', targetId: actor.regionCode, detail: `导入权力清单“${input.fileName}”：${values.length}项` });
  });
  return { ...report, imported: values.length };
}

const REF_HEADERS = { code: ['事项编码', '编码', '目录编码'], name: ['事项名称', '名称'], category: ['类别', '事项类别'], deptType: ['部门类型', '部门', '主管部门', '实施部门类型'] };

/** 导入省级参照目录: adds or updates the reference items by code (never removes: items may link to them). */
export async function importProvincialRefs(ctx: AppContext, actor: Actor, input: { buffer: Buffer; fileName: string }): Promise<ListImportReport> {
  assertAllowed(canManageReferenceLists(actor), '只有区政务公开政务服务管理办公室审核员或系统管理员可以导入省级参照目录');
  const rows = await readTable(input.buffer, REF_HEADERS);
  if (rows.length === 0) throw new AppError('bad_request', '文件中没有参照事项');
  const errors = rows.flatMap((r) => [
    ...(!r.cells.code ? [{ row: r.row, column: '事项编码', message: '事项编码为空' }] : []),
    ...(r.cells.code && !/^[0-9A-Za-z-]{1,50}$/.test(r.cells.code) ? [{ row: r.row, column: '事项编码', message: '事项编码只能包含字母、数字和连字符' }] : []),
    ...(!r.cells.name ? [{ row: r.row, column: '事项名称', message: '事项名称为空' }] : []),
  ]);
  const report: ListImportReport = { file: input.fileName, rowsRead: rows.length, imported: 0, errors };
  if (errors.length > 0) return report;
  await ctx.db.transaction(async (tx) => {
    for (const r of rows) {
      const value = { regionCode: actor.regionCode, code: r.cells.code, name: normalizeName(r.cells.name), category: r.cells.category || null, deptType: r.cells.deptType || null, importedAt: ctx.clock.now() };
      await tx
        .insert(provincialRefItems)
        .values(value)
        .onConflictDoUpdate({ target: [provincialRefItems.regionCode, provincialRefItems.code], set: { name: value.name, category: value.category, deptType: value.deptType, importedAt: value.importedAt } });
    }
    await recordAudit(tx, actor, { action: 'reference.provincial_import', targetType: 'region', targetId: actor.regionCode, detail: `导入省级参照目录“${input.fileName}”：${rows.length}项` });
  });
  return { ...report, imported: rows.length };
}
