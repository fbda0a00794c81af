/** Small pieces shared by the unit side's operations (征求意见, 班子会议, 签署报送). */
import { and, eq, gt, inArray, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../../app-context.ts';
import type { Db } from '../../../db/client.ts';
import { consultations, consultationVersions, files, items, itemVersions } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { chinaDate } from '../../../domain/working-days.ts';
import type { UnitChain } from '../../catalog/policy.ts';
import type { Actor } from '../../identity/actor.ts';
import { canTakeAction } from '../policy.ts';

/** Today in China, as YYYY-MM-DD, from the injected clock. */
export function today(ctx: AppContext): string {
  return chinaDate(ctx.clock.now());
}

/** The unit's own editors and head do the unit side's work (the state machine's `own_unit` actions). */
export function isUnitWorker(actor: Actor, unit: UnitChain): boolean {
  return canTakeAction(actor, unit, 'withdraw');
}

/** “甲”、“乙”: item names as a Chinese list. */
export function quoteNames(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join('、');
}

export async function loadConsultation(db: Db, id: string) {
  const [row] = await db.select().from(consultations).where(eq(consultations.id, id));
  if (!row) throw new AppError('not_found', '征求意见不存在');
  return row;
}

/** A 征求意见 is open from its start date to its end date, both included, until it is closed. */
export function isOpen(c: { startsOn: string; endsOn: string; closedAt: Date | null }, day: string): boolean {
  return !c.closedAt && c.startsOn <= day && day <= c.endsOn;
}

/** Refuses a file id that is not a file of the unit (minutes, sealed scans are the unit's own uploads). */
export async function assertUnitFile(db: Db, unitId: string, fileId: string, path: string, label: string): Promise<void> {
  const [file] = await db.select({ unitId: files.unitId }).from(files).where(eq(files.id, fileId));
  if (!file || file.unitId !== unitId) throw new AppError('validation', `${label}不存在或不属于本单位，请重新上传`, [{ path, message: `${label}不存在` }]);
}

/**
 * The newest versions of a unit's items that are in `state`, locked for the caller's transaction, in
 * item-code order (optionally only those among `versionIds`).
 */
export async function lockUnitVersions(tx: Db, unitId: string, state: string, versionIds?: string[]) {
  if (versionIds && versionIds.length === 0) return [];
  const rows = await tx
    .select({ version: itemVersions, code: items.code })
    .from(items)
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion)))
    .where(and(eq(items.unitId, unitId), eq(items.isCancelled, false), eq(itemVersions.state, state), versionIds ? inArray(itemVersions.id, versionIds) : undefined))
    .orderBy(items.code)
    .for('update', { of: itemVersions });
  return rows;
}

const laterLink = alias(consultationVersions, 'later_link');
const later = alias(consultations, 'later');

/**
 * The versions a consultation still holds: linked to it, in `consultation`, and not taken into a newer
 * consultation since (a version withdrawn and consulted again belongs to the new one). Locked when
 * `lock` is set.
 */
export async function versionsInConsultation(db: Db, consultation: { id: string; createdAt: Date }, lock = false) {
  const query = db
    .select({ version: itemVersions, code: items.code })
    .from(consultationVersions)
    .innerJoin(itemVersions, eq(itemVersions.id, consultationVersions.versionId))
    .innerJoin(items, eq(items.id, itemVersions.itemId))
    .where(
      and(
        eq(consultationVersions.consultationId, consultation.id),
        eq(itemVersions.state, 'consultation'),
        notExists(
          db
            .select({ one: laterLink.versionId })
            .from(laterLink)
            .innerJoin(later, eq(later.id, laterLink.consultationId))
            .where(and(eq(laterLink.versionId, consultationVersions.versionId), gt(later.createdAt, consultation.createdAt))),
        ),
      ),
    )
    .orderBy(items.code);
  return lock ? query.for('update', { of: itemVersions }) : query;
}
