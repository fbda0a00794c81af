import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaigns, units } from '../../db/schema/index.ts';
import { AppError } from '../../domain/errors.ts';
import { loadUnitChain } from '../catalog/unit-chain.ts';
import type { Actor } from '../identity/actor.ts';
import { UNIT_KIND_LABELS } from '../org/presenter.ts';
import { canReadCampaign } from './policy.ts';

export type CampaignRow = typeof campaigns.$inferSelect;

/** The caller's unit followed by its parents (a sub-unit's staff take part through their 主管部门). */
export async function actorUnitChain(db: Db, actor: Actor): Promise<string[]> {
  if (!actor.unitId) return [];
  const chain = await loadUnitChain(db, actor.unitId);
  return [chain.id, ...chain.ancestorIds];
}

/** One campaign the caller may read; others (and other regions') are answered as missing. */
export async function getReadableCampaign(db: Db, actor: Actor, id: string): Promise<CampaignRow> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!row || !canReadCampaign(actor, row, await actorUnitChain(db, actor))) throw new AppError('not_found', '梳理工作不存在');
  return row;
}

/** The campaigns the caller may read: open ones first, then by deadline, newest first. */
export async function listReadableCampaigns(db: Db, actor: Actor): Promise<CampaignRow[]> {
  const rows = await db
    .select()
    .from(campaigns)
    .where(eq(campaigns.regionCode, actor.regionCode))
    .orderBy(asc(campaigns.isClosed), desc(campaigns.submissionDeadline), desc(campaigns.createdAt));
  const chain = await actorUnitChain(db, actor);
  return rows.filter((r) => canReadCampaign(actor, r, chain));
}

/** The participating units of a campaign, in the notice's order. */
export async function campaignUnits(db: Db, row: CampaignRow) {
  if (row.unitIds.length === 0) return [];
  const rows = await db
    .select({ id: units.id, fullName: units.fullName, shortName: units.shortName, kind: units.kind })
    .from(units)
    .where(and(eq(units.regionCode, row.regionCode), inArray(units.id, row.unitIds)))
    .orderBy(asc(units.sortOrder), asc(units.fullName));
  return rows.map((u) => ({ ...u, kindLabel: UNIT_KIND_LABELS[u.kind] ?? u.kind }));
}

/**
 * The open campaign a unit's submission belongs to: the one (with the earliest deadline) that lists the
 * unit or one of its parents, or null. For the submission command, to stamp `submissions.campaign_id`.
 */
export async function openCampaignForUnit(db: Db, regionCode: string, unitChain: readonly string[]): Promise<CampaignRow | null> {
  const rows = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.regionCode, regionCode), eq(campaigns.isClosed, false)))
    .orderBy(asc(campaigns.submissionDeadline), asc(campaigns.createdAt));
  return rows.find((r) => unitChain.some((id) => r.unitIds.includes(id))) ?? null;
}
