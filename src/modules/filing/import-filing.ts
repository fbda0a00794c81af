/**
 * 导入备案表: reads a unit's filing form, normalizes and checks every row, merges it into the unit's
 * existing items (matched by name) and writes all rows or none.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../app-context.ts';
import { items, itemVersions, units } from '../../db/schema/index.ts';
import type { ItemLevel } from '../../domain/catalog/item.ts';
import { normalizeItemName } from '../../domain/catalog/normalize.ts';
import { AppError } from '../../domain/errors.ts';
import { nameKey } from '../../domain/text.ts';
import { saveImportedItems } from '../catalog/commands/import-items.ts';
import { canCreateItem } from '../catalog/policy.ts';
import { draftFingerprint, loadDrafts } from '../catalog/repository.ts';
import { loadUnitChain } from '../catalog/unit-chain.ts';
import type { Actor } from '../identity/actor.ts';
import { assertAllowed } from '../identity/policy.ts';
import { loadUnitRegistry } from '../org/unit-registry.ts';
import { powerListOf } from '../reference/queries.ts';
import { readFilingWorkbook } from './read-filing.ts';
import { rowsToDrafts, type ExistingItem, type RowFinding } from './rows-to-drafts.ts';

/** One line of the report: where (the spreadsheet's row, the column's header) and what. */
export interface ReportEntry {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

/** The import report, as `--json` prints it and the API answers. */
export interface FilingReport {
  file: string;
  unit: string;
  /** Item rows read (not titles, headers, blank or note rows). */
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Warnings and incomplete findings: shown, never blocking. */
  warnings: ReportEntry[];
  /** Errors: any one of them and nothing is written. */
  errors: ReportEntry[];
}

export interface ImportFilingInput {
  buffer: Buffer;
  fileName: string;
  unitId: string;
  dryRun: boolean;
}

const CHUNK = 500;

/** The unit's items whose names the form uses, with their latest version as a draft. */
async function loadExisting(ctx: AppContext, unitId: string, keys: string[]): Promise<Map<string, ExistingItem>> {
  const found = new Map<string, ExistingItem>();
  const unique = [...new Set(keys.filter((k) => k !== ''))];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await ctx.db
      .select({ itemId: items.id, nameKey: items.nameKey, version: itemVersions })
      .from(items)
      .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion)))
      .where(and(eq(items.unitId, unitId), inArray(items.nameKey, unique.slice(i, i + CHUNK))));
    const drafts = await loadDrafts(
      ctx.db,
      rows.map((r) => r.version),
    );
    rows.forEach((r, k) => found.set(r.nameKey, { itemId: r.itemId, state: r.version.state, draft: drafts[k] }));
  }
  return found;
}

function entry(f: RowFinding): ReportEntry {
  return { row: f.row, column: f.column, code: f.code, message: f.message };
}

/**
 * 导入备案表 (import-filing): all or nothing. With any error nothing is written and created, updated
 * and unchanged are 0 — what a real run would do; with `dryRun` nothing is written and the counts
 * say what a real run would do. Throws FilingFileError when the file cannot be used.
 */
export async function importFiling(ctx: AppContext, actor: Actor, input: ImportFilingInput): Promise<FilingReport> {
  const chain = await loadUnitChain(ctx.db, input.unitId);
  assertAllowed(canCreateItem(actor, chain), '只能导入本单位的备案表');
  const sheet = await readFilingWorkbook(input.buffer);
  const [unitRow] = await ctx.db.select({ level: units.level }).from(units).where(eq(units.id, chain.id));
  const registry = await loadUnitRegistry(ctx.db, chain.regionCode);
  const powerList = await powerListOf(ctx.db, chain.regionCode);
  const keys = sheet.rows.map((r) => nameKey(normalizeItemName(r.cells.name ?? '').value));
  const existing = await loadExisting(ctx, chain.id, keys);

  const unit = { id: chain.id, fullName: chain.fullName, level: (unitRow?.level ?? 'district') as ItemLevel };
  const converted = rowsToDrafts(sheet, { unit, registry, powerList, existing });
  const findings: RowFinding[] = [];
  if (sheet.reportingUnit) {
    const r = registry.resolve(sheet.reportingUnit.name);
    if (r.fullName !== unit.fullName) {
      findings.push({ row: sheet.reportingUnit.row, column: null, code: 'filing.reportingUnit', severity: 'warning', message: `报送单位填的是“${sheet.reportingUnit.name}”，与导入单位“${unit.fullName}”不一致` });
    }
  }
  for (const c of converted) {
    findings.push(...c.findings);
    // Items under review or published change through 动态调整, not through a re-import.
    if (c.existing && c.existing.state !== 'draft' && draftFingerprint(c.existing.draft) !== draftFingerprint(c.draft)) {
      findings.push({ row: c.row, column: sheet.headers.name ?? '事项名称', code: 'filing.itemLocked', severity: 'error', message: `事项“${c.draft.name}”正在审核或已发布，不能通过导入修改，请走动态调整` });
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').map(entry);
  const warnings = findings.filter((f) => f.severity !== 'error').map(entry);
  const report: FilingReport = { file: input.fileName, unit: unit.fullName, rowsRead: sheet.rows.length, created: 0, updated: 0, unchanged: 0, warnings, errors };
  if (errors.length > 0 || converted.length === 0) return report;
  try {
    const outcome = await saveImportedItems(
      ctx,
      actor,
      chain.id,
      converted.map((c) => ({ row: c.row, draft: c.draft })),
      { dryRun: input.dryRun, fileName: input.fileName },
    );
    return { ...report, created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged };
  } catch (err) {
    // Someone changed the unit's items between our reading and the write (a state, a name).
    if (err instanceof AppError && err.code === 'conflict') return { ...report, errors: [{ row: 0, column: null, code: 'filing.conflict', message: err.detail }] };
    throw err;
  }
}
