import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { itemVersions, legalBases, materials, processSteps } from '../../db/schema/index.ts';
import type { Category, ItemDraft, ItemLevel, LegalBasis, Material, ProcessStep } from '../../domain/catalog/item.ts';

type VersionRow = typeof itemVersions.$inferSelect;

/** Reads one version's content (filing fields, guide, bases, materials, steps) as an ItemDraft. */
export async function loadDraft(db: Db, version: VersionRow): Promise<ItemDraft> {
  return (await loadDrafts(db, [version]))[0];
}

/**
 * Reads many versions' contents with three queries per 500 versions (an import of thousands of rows
 * must not run thousands of queries). Queries run one after another: inside a transaction a
 * PostgreSQL client runs one at a time.
 */
export async function loadDrafts(db: Db, versions: VersionRow[]): Promise<ItemDraft[]> {
  const group = <T extends { versionId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.versionId, [...(map.get(r.versionId) ?? []), r]);
    return map;
  };
  const bases = new Map<string, (typeof legalBases.$inferSelect)[]>();
  const mats = new Map<string, (typeof materials.$inferSelect)[]>();
  const steps = new Map<string, (typeof processSteps.$inferSelect)[]>();
  for (let i = 0; i < versions.length; i += 500) {
    const ids = versions.slice(i, i + 500).map((v) => v.id);
    for (const [k, v] of group(await db.select().from(legalBases).where(inArray(legalBases.versionId, ids)).orderBy(asc(legalBases.position)))) bases.set(k, v);
    for (const [k, v] of group(await db.select().from(materials).where(inArray(materials.versionId, ids)).orderBy(asc(materials.position)))) mats.set(k, v);
    for (const [k, v] of group(await db.select().from(processSteps).where(inArray(processSteps.versionId, ids)).orderBy(asc(processSteps.position)))) steps.set(k, v);
  }
  return versions.map((v) => assemble(v, bases.get(v.id) ?? [], mats.get(v.id) ?? [], steps.get(v.id) ?? []));
}

function assemble(
  version: VersionRow,
  bases: (typeof legalBases.$inferSelect)[],
  mats: (typeof materials.$inferSelect)[],
  steps: (typeof processSteps.$inferSelect)[],
): ItemDraft {
  return {
    name: version.name,
    category: version.category as Category | null,
    serviceContent: version.serviceContent,
    legalBases: bases.map((b): LegalBasis => ({ kind: b.kind, title: b.title, docNumber: b.docNumber, article: b.article, articleText: b.articleText })),
    noBasisReason: version.noBasisReason,
    coImplementingUnits: version.coImplementingUnits,
    serviceObjects: version.serviceObjects,
    remarks: version.remarks,
    level: version.level as ItemLevel,
    screening: version.screening,
    provincialRefCode: version.provincialRefCode,
    basicCode: version.basicCode,
    implementationCode: version.implementationCode,
    guide: version.guide,
    materials: mats.map(
      (m): Material => ({
        name: m.name,
        source: m.source,
        originalCount: m.originalCount,
        copyCount: m.copyCount,
        media: m.media as Material['media'],
        requirement: m.requirement as Material['requirement'],
        condition: m.condition,
        templateFileId: m.templateFileId,
        sampleFileId: m.sampleFileId,
        notes: m.notes,
      }),
    ),
    steps: steps.map((s): ProcessStep => ({ name: s.name, actor: s.actor, timeLimitDays: s.timeLimitDays, description: s.description })),
  };
}

/** The version columns that hold a draft's scalar content. */
export function versionColumns(draft: ItemDraft) {
  return {
    name: draft.name,
    category: draft.category,
    serviceContent: draft.serviceContent,
    noBasisReason: draft.noBasisReason,
    coImplementingUnits: draft.coImplementingUnits,
    serviceObjects: draft.serviceObjects,
    remarks: draft.remarks,
    level: draft.level,
    screening: draft.screening,
    provincialRefCode: draft.provincialRefCode,
    basicCode: draft.basicCode,
    implementationCode: draft.implementationCode,
    guide: draft.guide,
  };
}

/** Replaces a version's bases, materials and steps with the draft's, in order. */
export async function writeChildRows(tx: Db, versionId: string, draft: ItemDraft): Promise<void> {
  await tx.delete(legalBases).where(eq(legalBases.versionId, versionId));
  await tx.delete(materials).where(eq(materials.versionId, versionId));
  await tx.delete(processSteps).where(eq(processSteps.versionId, versionId));
  if (draft.legalBases.length > 0) await tx.insert(legalBases).values(draft.legalBases.map((b, position) => ({ versionId, position, ...b })));
  if (draft.materials.length > 0) await tx.insert(materials).values(draft.materials.map((m, position) => ({ versionId, position, ...m })));
  if (draft.steps.length > 0) await tx.insert(processSteps).values(draft.steps.map((s, position) => ({ versionId, position, ...s })));
}

/** Canonical JSON of a draft, to tell an unchanged re-import from a changed one. */
export function draftFingerprint(draft: ItemDraft): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(sort(draft));
}

/**
 * Copies a version into the item's next version as a new draft (a returned version, or an adjustment
 * of a published one); the copy keeps the content, cached findings and change proposal.
 */
export async function copyVersionToDraft(
  tx: Db,
  version: VersionRow,
  opts: { now: Date; by: string | null; changeKind?: 'new' | 'change' | 'cancel'; changeReason?: string | null; changeTrigger?: string | null },
): Promise<VersionRow> {
  const draft = await loadDraft(tx, version);
  const { id: _id, number, state: _state, lockVersion: _lock, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, authorIds, ...content } = version;
  const [copy] = await tx
    .insert(itemVersions)
    .values({
      ...content,
      number: number + 1,
      state: 'draft',
      basedOnNumber: number,
      changeKind: opts.changeKind ?? version.changeKind,
      changeReason: opts.changeReason === undefined ? version.changeReason : opts.changeReason,
      changeTrigger: opts.changeTrigger === undefined ? version.changeTrigger : opts.changeTrigger,
      // Whoever wrote the content still wrote it: they may not approve the copy either.
      authorIds,
      createdBy: opts.by,
      updatedBy: opts.by,
      createdAt: opts.now,
      updatedAt: opts.now,
    })
    .returning();
  await writeChildRows(tx, copy.id, draft);
  return copy;
}
