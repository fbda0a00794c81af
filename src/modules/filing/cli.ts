/**
 * `npx qingdan import-filing FILE.xlsx --unit NAME [--dry-run] [--json]` and
 * `npx qingdan export-filing --unit NAME --out FILE.xlsx`. Exit status: 0 done (or a clean dry run),
 * 1 rows with errors (nothing written), 2 the file, the unit or the arguments cannot be used.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../identity/actor.ts';
import { resolveUnitName } from '../org/queries.ts';
import { exportFiling } from './export-filing.ts';
import { importFiling, type FilingReport, type ReportEntry } from './import-filing.ts';
import { FilingFileError } from './read-filing.ts';

type Print = (line: string) => void;
const out: Print = (line) => process.stdout.write(`${line}\n`);
const err: Print = (line) => process.stderr.write(`${line}\n`);

/**
 * The CLI files a form as the unit's editor would (单位填报员 of that unit): whoever runs it holds the
 * database already. Its audit rows name `cli` as the user.
 */
export function filingCliActor(unit: { id: string; regionCode: string }): Actor {
  return { userId: '00000000-0000-0000-0000-000000000000', username: 'cli', displayName: '命令行', unitId: unit.id, regionCode: unit.regionCode, roles: ['unit_editor'], sourceIp: 'cli' };
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`参数错误：${e instanceof Error ? e.message : String(e)}`);
  }
}

class UsageError extends Error {}

async function findUnit(ctx: AppContext, name: string | undefined) {
  if (!name) throw new UsageError('缺少参数 --unit（单位名称，全称或简称均可）');
  const r = await resolveUnitName(ctx.db, ctx.config.defaultRegion, name);
  if (!r.found) {
    const hint = r.suggestions.map((s) => s.fullName).join('、');
    throw new UsageError(`未找到单位“${name}”${hint ? `，是否指：${hint}？` : ''}`);
  }
  return r.unit;
}

/** Runs a filing command and turns what cannot be used into exit status 2 with one Chinese line. */
async function guarded(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof UsageError || e instanceof FilingFileError) {
      err(e instanceof FilingFileError ? `无法导入：${e.message}` : e.message);
      return 2;
    }
    if (e instanceof AppError) {
      err(`错误：${e.detail}`);
      return e.code === 'not_found' || e.code === 'validation' || e.code === 'bad_request' ? 2 : 1;
    }
    throw e;
  }
}

const where = (e: ReportEntry) => `第${e.row}行${e.column ? ` ${e.column}` : ''}`;

/** The report for people: counts, then every error and every warning about the form's cells. */
export function printReport(report: FilingReport, dryRun: boolean, print: Print = out): void {
  print(`备案表：${report.file}`);
  print(`导入单位：${report.unit}`);
  print(`读取事项：${report.rowsRead} 行`);
  if (report.errors.length > 0) {
    print(`结果：有 ${report.errors.length} 处错误，未写入任何事项。请改正后重新导入。`);
  } else {
    const counts = `新增 ${report.created} 项，更新 ${report.updated} 项，未变 ${report.unchanged} 项`;
    print(dryRun ? `预览（未写入）：正式导入将${counts}` : `结果：${counts}`);
  }
  if (report.errors.length > 0) {
    print('');
    print(`错误（${report.errors.length}）：`);
    for (const e of report.errors) print(`  ${where(e)}：${e.message}`);
  }
  // Rule findings on what the form does not carry (guide elements, screening answers) have no column.
  const isOutside = (w: ReportEntry) => w.column === null && /^R\d/.test(w.code);
  const inForm = report.warnings.filter((w) => !isOutside(w));
  const outside = report.warnings.filter(isOutside);
  if (inForm.length > 0) {
    print('');
    print(`提示（${inForm.length}）：`);
    for (const w of inForm) print(`  ${where(w)}：${w.message}（${w.code}）`);
  }
  if (outside.length > 0) {
    // Guide elements and screening answers are not in the form: one line per kind, not per row.
    const groups = new Map<string, { code: string; message: string; rows: number[] }>();
    for (const w of outside) {
      const key = `${w.code}|${w.message}`;
      const g = groups.get(key) ?? { code: w.code, message: w.message, rows: [] };
      if (!g.rows.includes(w.row)) g.rows.push(w.row);
      groups.set(key, g);
    }
    print('');
    print('待补全（备案表之外的服务指南要素和筛查问题，导入后在事项编辑中填写）：');
    for (const { code, ...g } of groups.values()) {
      const rows = g.rows.length > 6 ? `第${g.rows.slice(0, 5).join('、')}行等 ${g.rows.length} 行` : `第${g.rows.join('、')}行`;
      print(`  ${g.message}（${code}）：${rows}`);
    }
  }
}

/** `import-filing FILE.xlsx --unit NAME [--dry-run] [--json]`. */
export async function importFilingCommand(ctx: AppContext, args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parse(args, { unit: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } });
    if (positionals.length !== 1) throw new UsageError('用法：npx qingdan import-filing FILE.xlsx --unit 单位名称 [--dry-run] [--json]');
    const file = positionals[0];
    const unit = await findUnit(ctx, values.unit as string | undefined);
    let buffer: Buffer;
    try {
      buffer = await fs.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `找不到文件：${file}` : code === 'EISDIR' ? `这是一个文件夹，不是文件：${file}` : `无法读取文件：${file}`);
    }
    const dryRun = values['dry-run'] === true;
    const report = await importFiling(ctx, filingCliActor(unit), { buffer, fileName: path.basename(file), unitId: unit.id, dryRun });
    if (values.json) out(JSON.stringify(report));
    else printReport(report, dryRun);
    return report.errors.length > 0 ? 1 : 0;
  });
}

/** `export-filing --unit NAME --out FILE.xlsx`. */
export async function exportFilingCommand(ctx: AppContext, args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parse(args, { unit: { type: 'string' }, out: { type: 'string' } });
    if (positionals.length > 0 || !values.out) throw new UsageError('用法：npx qingdan export-filing --unit 单位名称 --out FILE.xlsx');
    const unit = await findUnit(ctx, values.unit as string | undefined);
    const file = await exportFiling(ctx, filingCliActor(unit), unit.id);
    try {
      await fs.writeFile(values.out as string, file.buffer);
    } catch {
      throw new UsageError(`无法写入文件：${values.out as string}`);
    }
    out(`已导出 ${file.unitName} 的备案表（${file.count} 项）到 ${values.out as string}`);
    return 0;
  });
}
