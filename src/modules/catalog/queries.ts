import { and, asc, count, desc, eq, gt, ilike, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, items, itemVersions, reviewDecisions, units } from '../../db/schema/index.ts';
import { loadDraft } from './repository.ts';

export interface ItemFilter {
  regionCode: string;
  unitIds?: string[];
  category?: 'on_application' | 'proactive';
  completeness?: 'complete' | 'incomplete';
  findings?: 'error' | 'incomplete' | 'warning' | 'none';
  q?: string;
  page: number;
  pageSize: number;
}

const latest = and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion));

/** A page of items (their newest versions) with the counters the list filters on. */
export async function listItems(db: Db, f: ItemFilter) {
  const where: SQL[] = [eq(items.regionCode, f.regionCode), eq(items.isCancelled, false)];
  if (f.unitIds) where.push(inArray(items.unitId, f.unitIds.length > 0 ? f.unitIds : ['00000000-0000-0000-0000-000000000000']));
  if (f.category) where.push(eq(itemVersions.category, f.category));
  if (f.completeness === 'complete') where.push(eq(itemVersions.completeness, 100));
  if (f.completeness === 'incomplete') where.push(lt(itemVersions.completeness, 100));
  if (f.findings === 'error') where.push(gt(itemVersions.errorCount, 0));
  if (f.findings === 'incomplete') where.push(gt(itemVersions.incompleteCount, 0));
  if (f.findings === 'warning') where.push(gt(itemVersions.warningCount, 0));
  if (f.findings === 'none') where.push(and(eq(itemVersions.errorCount, 0), eq(itemVersions.incompleteCount, 0), eq(itemVersions.warningCount, 0))!);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(itemVersions.name, like), ilike(items.code, like))!);
  }
  const condition = and(...where);
  const [{ total }] = await db.select({ total: count() }).from(items).innerJoin(itemVersions, latest).where(condition);
  const rows = await db
    .select({
      id: items.id,
      code: items.code,
      unitId: items.unitId,
      unitName: units.fullName,
      unitShortName: units.shortName,
      versionNumber: itemVersions.number,
      state: itemVersions.state,
      name: itemVersions.name,
      category: itemVersions.category,
      serviceObjects: itemVersions.serviceObjects,
      errorCount: itemVersions.errorCount,
      incompleteCount: itemVersions.incompleteCount,
      warningCount: itemVersions.warningCount,
      completeness: itemVersions.completeness,
      updatedAt: itemVersions.updatedAt,
    })
    .from(items)
    .innerJoin(itemVersions, latest)
    .innerJoin(units, eq(units.id, items.unitId))
    .where(condition)
    .orderBy(asc(units.sortOrder), asc(items.code))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { total, items: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })) };
}

/** One item with its newest version's whole content. */
export async function getItemDetail(db: Db, itemId: string) {
  const [row] = await db
    .select({ item: items, version: itemVersions, unitName: units.fullName })
    .from(items)
    .innerJoin(itemVersions, latest)
    .innerJoin(units, eq(units.id, items.unitId))
    .where(eq(items.id, itemId));
  if (!row) return null;
  return { item: row.item, version: row.version, unitName: row.unitName, draft: await loadDraft(db, row.version) };
}

/** 事项历史: every recorded action on the item, newest first. */
export async function itemHistory(db: Db, itemId: string) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, 'item'), eq(auditLog.targetId, itemId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(200);
  return rows.map((r) => ({ id: r.id, at: r.at.toISOString(), username: r.username, action: r.action, detail: r.detail, oldValues: r.oldValues, newValues: r.newValues }));
}

/**
 * 退回意见: when the newest version was opened by a review's return, that decision (stage, comment,
 * per-field comments, who and when), so the editor sees what to fix; otherwise null.
 */
export async function returnBehind(db: Db, itemId: string, basedOnNumber: number | null) {
  if (basedOnNumber === null) return null;
  const [d] = await db
    .select()
    .from(reviewDecisions)
    .where(and(eq(reviewDecisions.itemId, itemId), eq(reviewDecisions.versionNumber, basedOnNumber), eq(reviewDecisions.decision, 'return')))
    .orderBy(desc(reviewDecisions.decidedAt))
    .limit(1);
  if (!d) return null;
  return { versionNumber: d.versionNumber, stage: d.stage, comment: d.comment, fieldComments: d.fieldComments, decidedByName: d.decidedByName, decidedAt: d.decidedAt.toISOString() };
}
