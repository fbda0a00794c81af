import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { itemVersions, legalBases, materials, processSteps } from '../../db/schema/index.ts';
import type { Category, ItemDraft, ItemLevel, LegalBasis, Material, ProcessStep } from '../../domain/catalog/item.ts';

type VersionRow = typeof itemVersions.$inferSelect;

/** Reads one version's content (filing fields, guide, bases, materials, steps) as an ItemDraft. */
export async function loadDraft(db: Db, version: VersionRow): Promise<ItemDraft> {
  // One after another: inside a transaction a PostgreSQL client runs one query at a time.
  const bases = await db.select().from(legalBases).where(eq(legalBases.versionId, version.id)).orderBy(asc(legalBases.position));
  const mats = await db.select().from(materials).where(eq(materials.versionId, version.id)).orderBy(asc(materials.position));
  const steps = await db.select().from(processSteps).where(eq(processSteps.versionId, version.id)).orderBy(asc(processSteps.position));
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
