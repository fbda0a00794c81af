/**
 * Reads of 纠错: the back office's inbox (a unit's reports, or the region's for moderators), one
 * report with its flags, the answered reports an item page shows, and the look-up by reference.
 */
import { and, asc, count, desc, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { contentFlags, errorReports, items, itemVersions, units, users } from '../../db/schema/index.ts';
import { maskPhone } from '../../domain/id-number.ts';
import type { Actor } from '../identity/actor.ts';
import { catalogItem, liveEdition } from '../publication/queries.ts';
import { fieldLabel, publicStatus, PUBLIC_STATUS_LABELS } from './fields.ts';
import { isModerator, reportActions } from './policy.ts';

/** The inbox's tabs: 待答复, 已答复, 举报待处理 (hidden, awaiting a moderator), 全部. */
export type InboxTab = 'open' | 'answered' | 'flagged' | 'all';

export interface InboxFilter {
  tab: InboxTab;
  unitId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

const FLAGGED = and(eq(errorReports.isHidden, true), isNull(errorReports.moderation));

function tabCondition(tab: InboxTab): SQL | undefined {
  if (tab === 'open') return eq(errorReports.status, 'open');
  if (tab === 'answered') return eq(errorReports.status, 'answered');
  if (tab === 'flagged') return FLAGGED;
  return undefined;
}

/** What the caller may see: a unit's staff their unit's reports; moderators the region's. */
function scopeCondition(actor: Actor, unitId?: string): SQL {
  const region = eq(errorReports.regionCode, actor.regionCode);
  if (isModerator(actor, actor.regionCode)) return unitId ? and(region, eq(errorReports.unitId, unitId))! : region;
  return and(region, eq(errorReports.unitId, actor.unitId))!;
}

const listColumns = {
  report: errorReports,
  itemCode: items.code,
  itemName: itemVersions.name,
  unitName: units.fullName,
  answeredByName: users.displayName,
};

type ListRow = {
  report: typeof errorReports.$inferSelect;
  itemCode: string;
  itemName: string;
  unitName: string;
  answeredByName: string | null;
};

/** A report as the back office shows it; the phone masked unless `showPhone`. */
export function reportView(actor: Actor, r: ListRow, showPhone = false) {
  const { report } = r;
  const status = publicStatus(report);
  return {
    id: report.id,
    reference: report.reference,
    status: report.status,
    publicStatus: status,
    publicStatusLabel: PUBLIC_STATUS_LABELS[status],
    itemId: report.itemId,
    itemCode: r.itemCode,
    itemName: r.itemName,
    unitId: report.unitId,
    unitName: r.unitName,
    fieldPath: report.fieldPath,
    fieldLabel: fieldLabel(report.fieldPath),
    body: report.body,
    contactName: report.contactName,
    contactPhone: report.contactPhone ? (showPhone ? report.contactPhone : maskPhone(report.contactPhone)) : null,
    phoneMasked: Boolean(report.contactPhone) && !showPhone,
    createdAt: report.createdAt.toISOString(),
    answer: report.answer,
    answeredAt: report.answeredAt?.toISOString() ?? null,
    answeredByName: r.answeredByName,
    flagCount: report.flagCount,
    isHidden: report.isHidden,
    moderation: report.moderation,
    moderatedAt: report.moderatedAt?.toISOString() ?? null,
    actions: reportActions(actor, report),
  };
}

function baseQuery(db: Db) {
  return db
    .select(listColumns)
    .from(errorReports)
    .innerJoin(items, eq(items.id, errorReports.itemId))
    .innerJoin(itemVersions, eq(itemVersions.id, errorReports.versionId))
    .innerJoin(units, eq(units.id, errorReports.unitId))
    .leftJoin(users, eq(users.id, errorReports.answeredBy));
}

/** 纠错处理: a page of the caller's inbox, newest first (oldest first for 待答复: answer in turn), with the tab counts. */
export async function listInbox(db: Db, actor: Actor, f: InboxFilter) {
  const scope = scopeCondition(actor, f.unitId);
  const where: SQL[] = [scope];
  const tab = tabCondition(f.tab);
  if (tab) where.push(tab);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(sql`${errorReports.reference} ilike ${like}`, sql`${itemVersions.name} ilike ${like}`, sql`${errorReports.body} ilike ${like}`)!);
  }
  const condition = and(...where);
  const [{ total }] = await db
    .select({ total: count() })
    .from(errorReports)
    .innerJoin(itemVersions, eq(itemVersions.id, errorReports.versionId))
    .where(condition);
  const rows = await baseQuery(db)
    .where(condition)
    .orderBy(f.tab === 'open' ? asc(errorReports.createdAt) : desc(errorReports.createdAt), asc(errorReports.reference))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [counts] = await db
    .select({
      open: sql<number>`count(*) filter (where ${errorReports.status} = 'open')`,
      answered: sql<number>`count(*) filter (where ${errorReports.status} = 'answered')`,
      flagged: sql<number>`count(*) filter (where ${errorReports.isHidden} and ${errorReports.moderation} is null)`,
      all: count(),
    })
    .from(errorReports)
    .where(scope);
  return {
    items: rows.map((r) => reportView(actor, r)),
    total: Number(total),
    counts: { open: Number(counts.open), answered: Number(counts.answered), flagged: Number(counts.flagged), all: Number(counts.all) },
    canModerate: isModerator(actor, actor.regionCode),
  };
}

/** One report with its item and unit, or null. */
export async function reportById(db: Db, id: string): Promise<ListRow | null> {
  const [row] = await baseQuery(db).where(eq(errorReports.id, id));
  return row ?? null;
}

/** The reasons a text was reported for, newest first (never who reported it). */
export async function flagsOf(db: Db, reportId: string) {
  const rows = await db
    .select({ reason: contentFlags.reason, createdAt: contentFlags.createdAt })
    .from(contentFlags)
    .where(and(eq(contentFlags.targetType, 'error_report'), eq(contentFlags.targetId, reportId)))
    .orderBy(desc(contentFlags.createdAt));
  return rows.map((r) => ({ reason: r.reason, createdAt: r.createdAt.toISOString() }));
}

/** What the public sees of a report (no contact details, no address). */
export interface PublicReport {
  id: string;
  reference: string;
  status: ReturnType<typeof publicStatus>;
  statusLabel: string;
  fieldLabel: string;
  /** Null while the text is hidden or after it was removed. */
  body: string | null;
  answer: string | null;
  createdAt: string;
  answeredAt: string | null;
  itemCode: string;
  itemName: string;
  unitName: string;
}

function publicView(r: ListRow): PublicReport {
  const status = publicStatus(r.report);
  const shown = status !== 'hidden' && status !== 'removed';
  return {
    id: r.report.id,
    reference: r.report.reference,
    status,
    statusLabel: PUBLIC_STATUS_LABELS[status],
    fieldLabel: fieldLabel(r.report.fieldPath),
    body: shown ? r.report.body : null,
    answer: shown ? r.report.answer : null,
    createdAt: r.report.createdAt.toISOString(),
    answeredAt: r.report.answeredAt?.toISOString() ?? null,
    itemCode: r.itemCode,
    itemName: r.itemName,
    unitName: r.unitName,
  };
}

/** 纠错查询: a report by its reference number (case-insensitive), as the public sees it. */
export async function reportByReference(db: Db, reference: string): Promise<PublicReport | null> {
  const [row] = await baseQuery(db).where(eq(errorReports.reference, reference.trim().toUpperCase()));
  return row ? publicView(row) : null;
}

/** Answered and shown on the portal: neither hidden by reports nor removed by a moderator. */
const shown = () => and(eq(errorReports.status, 'answered'), eq(errorReports.isHidden, false), or(isNull(errorReports.moderation), ne(errorReports.moderation, 'removed')));

/** One report the portal shows (for its 举报 page), or null. */
export async function shownReportById(db: Db, id: string): Promise<PublicReport | null> {
  const [row] = await baseQuery(db).where(and(eq(errorReports.id, id), shown()));
  return row ? publicView(row) : null;
}

/** The answered, shown reports of an item, newest answer first (the item page's 纠错 section). */
export async function publicReportsOfItem(db: Db, itemId: string, limit = 20): Promise<PublicReport[]> {
  const rows = await baseQuery(db)
    .where(and(eq(errorReports.itemId, itemId), shown()))
    .orderBy(desc(errorReports.answeredAt))
    .limit(limit);
  return rows.map(publicView);
}

/** The name an item has in its region's current catalog, or null when it is not in it. */
export async function liveItemName(db: Db, code: string): Promise<string | null> {
  const [item] = await db.select({ regionCode: items.regionCode }).from(items).where(eq(items.code, code));
  const edition = item ? await liveEdition(db, item.regionCode) : null;
  const line = edition ? await catalogItem(db, edition.id, code) : null;
  return line?.line.name ?? null;
}
