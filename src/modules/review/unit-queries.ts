/** Reads of the unit side of the chain: the unit's board, consultations, meetings and submissions. */
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, ne, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { campaigns, consultations, consultationVersions, items, itemVersions, opinions, submissions, submissionVersions, unitMeetings, units, users } from '../../db/schema/index.ts';
import type { UnitChain } from '../catalog/policy.ts';
import type { Actor } from '../identity/actor.ts';
import { fieldLabel } from './commands/add-opinion.ts';
import type { OpinionAnswer } from './commands/answer-opinion.ts';
import type { MeetingDecision } from './commands/record-meeting.ts';
import { isOpen, isUnitWorker, versionsInConsultation } from './commands/unit-helpers.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const latest = and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion));

/** Where a consultation stands on `day`: 未开始, 进行中, 已到期 (not yet closed), 已结束. */
export function consultationStatus(c: { startsOn: string; endsOn: string; closedAt: Date | null }, day: string): 'upcoming' | 'open' | 'ended' | 'closed' {
  if (c.closedAt) return 'closed';
  if (day < c.startsOn) return 'upcoming';
  return day <= c.endsOn ? 'open' : 'ended';
}

/** 征求意见 lists: a unit's own (any state), or the open ones of the region's other units. */
export async function listConsultations(db: Db, where: { unitId: string } | { othersOf: Actor }, day: string) {
  const cond: SQL[] =
    'unitId' in where
      ? [eq(consultations.unitId, where.unitId)]
      : [eq(consultations.regionCode, where.othersOf.regionCode), ne(consultations.unitId, where.othersOf.unitId), isNull(consultations.closedAt), lte(consultations.startsOn, day), gte(consultations.endsOn, day)];
  const rows = await db
    .select({ c: consultations, unitName: units.shortName })
    .from(consultations)
    .innerJoin(units, eq(units.id, consultations.unitId))
    .where(and(...cond))
    .orderBy(desc(consultations.createdAt));
  const ids = rows.map((r) => r.c.id);
  const itemCounts = new Map<string, number>();
  const opinionCounts = new Map<string, { total: number; open: number }>();
  if (ids.length > 0) {
    for (const r of await db.select({ id: consultationVersions.consultationId, n: count() }).from(consultationVersions).where(inArray(consultationVersions.consultationId, ids)).groupBy(consultationVersions.consultationId)) {
      itemCounts.set(r.id, r.n);
    }
    for (const r of await db.select({ id: opinions.consultationId, answered: opinions.answeredAt, n: count() }).from(opinions).where(inArray(opinions.consultationId, ids)).groupBy(opinions.consultationId, opinions.answeredAt)) {
      const c = opinionCounts.get(r.id) ?? { total: 0, open: 0 };
      c.total += r.n;
      if (!r.answered) c.open += r.n;
      opinionCounts.set(r.id, c);
    }
  }
  return rows.map(({ c, unitName }) => ({
    id: c.id,
    unitId: c.unitId,
    unitName,
    title: c.title,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    isPublic: c.isPublic,
    createdAt: c.createdAt.toISOString(),
    closedAt: iso(c.closedAt),
    status: consultationStatus(c, day),
    itemCount: itemCounts.get(c.id) ?? 0,
    opinionCount: opinionCounts.get(c.id)?.total ?? 0,
    unansweredCount: opinionCounts.get(c.id)?.open ?? 0,
  }));
}

const answerer = alias(users, 'answerer');
const authorUnit = alias(units, 'author_unit');

/** One 征求意见 with its items and every opinion and answer, and what the caller may do with it. */
export async function consultationDetail(db: Db, c: typeof consultations.$inferSelect, unit: UnitChain, actor: Actor, day: string) {
  const [owner] = await db.select({ shortName: units.shortName, fullName: units.fullName }).from(units).where(eq(units.id, c.unitId));
  const linked = await db
    .select({ version: itemVersions, code: items.code, latestVersion: items.latestVersion })
    .from(consultationVersions)
    .innerJoin(itemVersions, eq(itemVersions.id, consultationVersions.versionId))
    .innerJoin(items, eq(items.id, itemVersions.itemId))
    .where(eq(consultationVersions.consultationId, c.id))
    .orderBy(asc(items.code));
  const held = new Set((await versionsInConsultation(db, c)).map((r) => r.version.id));
  const rows = await db
    .select({ o: opinions, unitName: authorUnit.shortName, answeredByName: answerer.displayName, versionNumber: itemVersions.number, itemName: itemVersions.name, versionState: itemVersions.state })
    .from(opinions)
    .innerJoin(itemVersions, eq(itemVersions.id, opinions.versionId))
    .leftJoin(authorUnit, eq(authorUnit.id, opinions.authorUnitId))
    .leftJoin(answerer, eq(answerer.id, opinions.answeredBy))
    .where(eq(opinions.consultationId, c.id))
    .orderBy(asc(opinions.createdAt));
  const worker = isUnitWorker(actor, unit);
  const open = isOpen(c, day);
  const unanswered = rows.filter((r) => !r.o.answer).length;
  return {
    id: c.id,
    unitId: c.unitId,
    unitName: owner.shortName,
    unitFullName: owner.fullName,
    title: c.title,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    isPublic: c.isPublic,
    createdAt: c.createdAt.toISOString(),
    closedAt: iso(c.closedAt),
    status: consultationStatus(c, day),
    items: linked.map((r) => ({
      itemId: r.version.itemId,
      versionId: r.version.id,
      code: r.code,
      name: r.version.name,
      versionNumber: r.version.number,
      state: r.version.state,
      isLatest: r.version.number === r.latestVersion,
      inConsultation: held.has(r.version.id),
    })),
    opinions: rows.map(({ o, ...r }) => ({
      id: o.id,
      itemId: o.itemId,
      itemName: r.itemName,
      versionNumber: r.versionNumber,
      fieldPath: o.fieldPath,
      fieldLabel: o.fieldPath ? fieldLabel(o.fieldPath) : null,
      body: o.body,
      authorName: o.authorName,
      authorUnitName: r.unitName,
      createdAt: o.createdAt.toISOString(),
      answer: o.answer as OpinionAnswer | null,
      answerReason: o.answerReason,
      answeredByName: r.answeredByName,
      answeredAt: iso(o.answeredAt),
      canAnswer: worker && r.versionState === 'consultation',
    })),
    unansweredCount: unanswered,
    canComment: actor.regionCode === c.regionCode && actor.unitId !== c.unitId && open,
    canClose: worker && !c.closedAt && day >= c.endsOn,
  };
}

/** Passing meetings of a unit, newest first, with the versions they reviewed. */
async function passingMeetings(db: Db, unitId: string) {
  return db
    .select()
    .from(unitMeetings)
    .where(and(eq(unitMeetings.unitId, unitId), inArray(unitMeetings.decision, ['passed', 'passed_with_changes'])))
    .orderBy(desc(unitMeetings.createdAt));
}

/** The passing meeting that covers a version in unit review (recorded after it got there), if any. */
function coveringMeeting(meetings: (typeof unitMeetings.$inferSelect)[], v: { id: string; updatedAt: Date }): string | null {
  return meetings.find((m) => m.versionIds.includes(v.id) && v.updatedAt <= m.createdAt)?.id ?? null;
}

/**
 * 本单位事项流转: counts of the unit's items by the state of their newest version, and the items still on
 * the unit's side (draft, consultation, unit review) with what the next step needs.
 */
export async function unitBoard(db: Db, unitId: string) {
  const byState = await db
    .select({ state: itemVersions.state, n: count() })
    .from(items)
    .innerJoin(itemVersions, latest)
    .where(and(eq(items.unitId, unitId), eq(items.isCancelled, false)))
    .groupBy(itemVersions.state);
  const rows = await db
    .select({ item: items, version: itemVersions })
    .from(items)
    .innerJoin(itemVersions, latest)
    .where(and(eq(items.unitId, unitId), eq(items.isCancelled, false), inArray(itemVersions.state, ['draft', 'consultation', 'unit_review'])))
    .orderBy(asc(items.code));
  const inConsultation = rows.filter((r) => r.version.state === 'consultation').map((r) => r.version.id);
  const consultationOf = new Map<string, { id: string; at: number }>();
  if (inConsultation.length > 0) {
    const links = await db
      .select({ versionId: consultationVersions.versionId, id: consultations.id, createdAt: consultations.createdAt })
      .from(consultationVersions)
      .innerJoin(consultations, eq(consultations.id, consultationVersions.consultationId))
      .where(inArray(consultationVersions.versionId, inConsultation));
    for (const l of links) {
      const prev = consultationOf.get(l.versionId);
      if (!prev || prev.at < l.createdAt.getTime()) consultationOf.set(l.versionId, { id: l.id, at: l.createdAt.getTime() });
    }
  }
  const meetings = rows.some((r) => r.version.state === 'unit_review') ? await passingMeetings(db, unitId) : [];
  return {
    counts: Object.fromEntries(byState.map((r) => [r.state, r.n])) as Record<string, number>,
    items: rows.map(({ item, version: v }) => ({
      id: item.id,
      code: item.code,
      name: v.name,
      category: v.category,
      versionId: v.id,
      versionNumber: v.number,
      state: v.state,
      errorCount: v.errorCount,
      incompleteCount: v.incompleteCount,
      warningCount: v.warningCount,
      completeness: v.completeness,
      updatedAt: v.updatedAt.toISOString(),
      consultationId: consultationOf.get(v.id)?.id ?? null,
      meetingId: v.state === 'unit_review' ? coveringMeeting(meetings, v) : null,
    })),
  };
}

const recorder = alias(users, 'recorder');

/** 班子会议 records of a unit, newest first, with the items each reviewed and how many still await signing. */
export async function listMeetings(db: Db, unitId: string) {
  const rows = await db
    .select({ m: unitMeetings, recordedByName: recorder.displayName })
    .from(unitMeetings)
    .leftJoin(recorder, eq(recorder.id, unitMeetings.recordedBy))
    .where(eq(unitMeetings.unitId, unitId))
    .orderBy(desc(unitMeetings.createdAt));
  const ids = [...new Set(rows.flatMap((r) => r.m.versionIds))];
  const versions = new Map<string, { itemId: string; code: string; name: string; number: number; state: string; isLatest: boolean; updatedAt: Date }>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = await db
      .select({ id: itemVersions.id, itemId: items.id, code: items.code, name: itemVersions.name, number: itemVersions.number, state: itemVersions.state, latestVersion: items.latestVersion, updatedAt: itemVersions.updatedAt })
      .from(itemVersions)
      .innerJoin(items, eq(items.id, itemVersions.itemId))
      .where(inArray(itemVersions.id, ids.slice(i, i + 500)));
    for (const v of chunk) versions.set(v.id, { ...v, isLatest: v.number === v.latestVersion });
  }
  return rows.map(({ m, recordedByName }) => {
    const list = m.versionIds.flatMap((id) => {
      const v = versions.get(id);
      return v ? [{ versionId: id, itemId: v.itemId, code: v.code, name: v.name, versionNumber: v.number, state: v.state }] : [];
    });
    const awaiting =
      m.decision === 'not_passed'
        ? 0
        : m.versionIds.filter((id) => {
            const v = versions.get(id);
            return v && v.isLatest && v.state === 'unit_review' && v.updatedAt <= m.createdAt;
          }).length;
    return {
      id: m.id,
      unitId: m.unitId,
      heldOn: m.heldOn,
      attendees: m.attendees,
      decision: m.decision as MeetingDecision,
      minutes: m.minutes,
      minutesFileId: m.minutesFileId,
      recordedByName,
      createdAt: m.createdAt.toISOString(),
      items: list,
      awaitingSignature: awaiting,
    };
  });
}

/** 送审稿 lists: of some units, or (no `unitIds`) of the whole region; newest first. */
export async function listSubmissions(db: Db, where: { regionCode: string; unitIds?: string[] }) {
  const cond: SQL[] = [eq(submissions.regionCode, where.regionCode)];
  if (where.unitIds) cond.push(inArray(submissions.unitId, where.unitIds.length ? where.unitIds : ['00000000-0000-0000-0000-000000000000']));
  const rows = await db
    .select({ s: submissions, unitName: units.shortName, campaignName: campaigns.name })
    .from(submissions)
    .innerJoin(units, eq(units.id, submissions.unitId))
    .leftJoin(campaigns, eq(campaigns.id, submissions.campaignId))
    .where(and(...cond))
    .orderBy(desc(submissions.signedAt), desc(submissions.number));
  const ids = rows.map((r) => r.s.id);
  const counts = new Map<string, number>();
  if (ids.length > 0) {
    for (const r of await db.select({ id: submissionVersions.submissionId, n: count() }).from(submissionVersions).where(inArray(submissionVersions.submissionId, ids)).groupBy(submissionVersions.submissionId)) {
      counts.set(r.id, r.n);
    }
  }
  return rows.map(({ s, unitName, campaignName }) => presentSubmission(s, unitName, campaignName, counts.get(s.id) ?? 0));
}

function presentSubmission(s: typeof submissions.$inferSelect, unitName: string, campaignName: string | null, itemCount: number) {
  return {
    id: s.id,
    unitId: s.unitId,
    unitName,
    number: s.number,
    campaignId: s.campaignId,
    campaignName,
    meetingId: s.meetingId,
    signedByName: s.signedByName,
    signedAt: s.signedAt.toISOString(),
    itemCount,
    filingSha256: s.filingSha256,
    guidesSha256: s.guidesSha256,
    sealedScanFileId: s.sealedScanFileId,
    receivedAt: iso(s.receivedAt),
  };
}

const latestVersion = alias(itemVersions, 'latest_version');

/** One 送审稿 with its items: the version submitted and where each item stands now. */
export async function submissionDetail(db: Db, s: typeof submissions.$inferSelect) {
  const [unit] = await db.select({ shortName: units.shortName, fullName: units.fullName }).from(units).where(eq(units.id, s.unitId));
  const [campaign] = s.campaignId ? await db.select({ name: campaigns.name }).from(campaigns).where(eq(campaigns.id, s.campaignId)) : [];
  const rows = await db
    .select({ code: items.code, version: itemVersions, latestNumber: items.latestVersion, latestState: latestVersion.state })
    .from(submissionVersions)
    .innerJoin(itemVersions, eq(itemVersions.id, submissionVersions.versionId))
    .innerJoin(items, eq(items.id, submissionVersions.itemId))
    .innerJoin(latestVersion, and(eq(latestVersion.itemId, items.id), eq(latestVersion.number, items.latestVersion)))
    .where(eq(submissionVersions.submissionId, s.id))
    .orderBy(asc(items.code));
  return {
    ...presentSubmission(s, unit.shortName, campaign?.name ?? null, rows.length),
    unitFullName: unit.fullName,
    items: rows.map((r) => ({
      itemId: r.version.itemId,
      code: r.code,
      name: r.version.name,
      category: r.version.category,
      versionId: r.version.id,
      versionNumber: r.version.number,
      versionState: r.version.state,
      latestVersionNumber: r.latestNumber,
      latestState: r.latestState,
    })),
  };
}
