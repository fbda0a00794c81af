/**
 * 导出备案表: a unit's items (the latest version of each, in the order they were created) as the
 * filing form of Attachment 2.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../app-context.ts';
import { items, itemVersions, legalBases, units } from '../../db/schema/index.ts';
import type { Category, LegalBasis } from '../../domain/catalog/item.ts';
import { canReadCatalog } from '../catalog/policy.ts';
import { loadUnitChain } from '../catalog/unit-chain.ts';
import type { Actor } from '../identity/actor.ts';
import { assertAllowed } from '../identity/policy.ts';
import { writeFilingWorkbook, type FilingFields } from './write-filing.ts';

const CHUNK = 1000;

/** The form's fields of a unit's items, read in a few queries (a unit may hold thousands). */
export async function loadFilingFields(ctx: AppContext, unitId: string): Promise<FilingFields[]> {
  const versions = await ctx.db
    .select({
      versionId: itemVersions.id,
      name: itemVersions.name,
      category: itemVersions.category,
      serviceContent: itemVersions.serviceContent,
      noBasisReason: itemVersions.noBasisReason,
      coImplementingUnits: itemVersions.coImplementingUnits,
      serviceObjects: itemVersions.serviceObjects,
      remarks: itemVersions.remarks,
    })
    .from(items)
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion)))
    .where(and(eq(items.unitId, unitId), eq(items.isCancelled, false)))
    .orderBy(asc(items.code));
  const bases = new Map<string, LegalBasis[]>();
  for (let i = 0; i < versions.length; i += CHUNK) {
    const ids = versions.slice(i, i + CHUNK).map((v) => v.versionId);
    const rows = await ctx.db.select().from(legalBases).where(inArray(legalBases.versionId, ids)).orderBy(asc(legalBases.versionId), asc(legalBases.position));
    for (const b of rows) {
      const list = bases.get(b.versionId) ?? [];
      list.push({ kind: b.kind, title: b.title, docNumber: b.docNumber, article: b.article, articleText: b.articleText });
      bases.set(b.versionId, list);
    }
  }
  return versions.map(({ versionId, category, ...v }) => ({ ...v, category: category as Category | null, legalBases: bases.get(versionId) ?? [] }));
}

/** 导出备案表 (export-filing): the .xlsx and a file name such as 备案表-区教育局-2026-11-27.xlsx. */
export async function exportFiling(ctx: AppContext, actor: Actor, unitId: string): Promise<{ buffer: Buffer; fileName: string; unitName: string; count: number }> {
  const chain = await loadUnitChain(ctx.db, unitId);
  assertAllowed(canReadCatalog(actor, chain), '没有权限导出该单位的备案表');
  const [unit] = await ctx.db.select({ fullName: units.fullName, shortName: units.shortName }).from(units).where(eq(units.id, unitId));
  const fields = await loadFilingFields(ctx, unitId);
  const now = ctx.clock.now();
  const buffer = await writeFilingWorkbook({ fullName: unit.fullName }, fields, { date: now });
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
  return { buffer, fileName: `备案表-${unit.shortName.replace(/[\\/:*?"<>|]/g, '_')}-${day}.xlsx`, unitName: unit.fullName, count: fields.length };
}
