import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { files, items, itemVersions } from './catalog.ts';
import { users } from './identity.ts';
import { units } from './org.ts';

/** 梳理工作: one listing round of a region, with its participating units and deadlines. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    name: text('name').notNull(),
    /** The document that issued it, e.g. 张武审改办发〔2017〕1号. */
    docNumber: text('doc_number'),
    unitIds: jsonb('unit_ids').$type<string[]>().notNull().default([]),
    submissionDeadline: date('submission_deadline').notNull(),
    reviewStartsOn: date('review_starts_on'),
    reviewEndsOn: date('review_ends_on'),
    publicationTarget: date('publication_target'),
    isClosed: boolean('is_closed').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('campaigns_region_idx').on(t.regionCode)],
);

/** 征求意见: a window in which other units' staff (and, if public, anyone) comment on a unit's versions. */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    isPublic: boolean('is_public').notNull().default(false),
    openedBy: uuid('opened_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('consultations_unit_idx').on(t.unitId), check('consultations_window_check', sql`${t.endsOn} >= ${t.startsOn}`)],
);

/** The versions a consultation asks opinions on. */
export const consultationVersions = pgTable(
  'consultation_versions',
  {
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => itemVersions.id),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.versionId] }), index('consultation_versions_version_idx').on(t.versionId)],
);

/** 意见: one opinion on a version (optionally on one field) and the unit's answer to it. */
export const opinions = pgTable(
  'opinions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => itemVersions.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    /** A field path of the item draft (e.g. `guide.timeLimit`), or null for the item as a whole. */
    fieldPath: text('field_path'),
    body: text('body').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id),
    authorUnitId: uuid('author_unit_id').references(() => units.id),
    /** For opinions from the public: the name they gave. */
    authorName: text('author_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answer: text('answer'),
    answerReason: text('answer_reason'),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('opinions_version_idx').on(t.versionId),
    index('opinions_consultation_idx').on(t.consultationId),
    check('opinions_answer_check', sql`${t.answer} is null or ${t.answer} in ('adopted', 'partly', 'not_adopted')`),
  ],
);

/** 班子会议: the unit leadership's review of its catalog before the head signs it. */
export const unitMeetings = pgTable(
  'unit_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    heldOn: date('held_on').notNull(),
    attendees: text('attendees').notNull(),
    decision: text('decision').notNull(),
    minutes: text('minutes'),
    minutesFileId: uuid('minutes_file_id').references(() => files.id),
    /** The versions (in unit_review) the meeting reviewed. */
    versionIds: jsonb('version_ids').$type<string[]>().notNull().default([]),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('unit_meetings_unit_idx').on(t.unitId), check('unit_meetings_decision_check', sql`${t.decision} in ('passed', 'passed_with_changes', 'not_passed')`)],
);

/**
 * 送审稿: a unit's signed submission. Immutable once written (a trigger refuses changes), except that
 * the sealed scan may be attached once and the reviewer's receipt (签收) is stamped once.
 */
export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    /** Numbered per unit: 第N次报送. */
    number: integer('number').notNull(),
    meetingId: uuid('meeting_id').references(() => unitMeetings.id),
    signedBy: uuid('signed_by')
      .notNull()
      .references(() => users.id),
    signedByName: text('signed_by_name').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    filingFileId: uuid('filing_file_id')
      .notNull()
      .references(() => files.id),
    filingSha256: text('filing_sha256').notNull(),
    guidesFileId: uuid('guides_file_id')
      .notNull()
      .references(() => files.id),
    guidesSha256: text('guides_sha256').notNull(),
    sealedScanFileId: uuid('sealed_scan_file_id').references(() => files.id),
    receivedBy: uuid('received_by').references(() => users.id),
    receivedAt: timestamp('received_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('submissions_unit_number_uq').on(t.unitId, t.number), index('submissions_region_idx').on(t.regionCode)],
);

/** The versions one submission carries. */
export const submissionVersions = pgTable(
  'submission_versions',
  {
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => itemVersions.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.versionId] }), index('submission_versions_version_idx').on(t.versionId)],
);

/** 审核意见: one decision on one version at one stage; it names the version and revision it was made on. */
export const reviewDecisions = pgTable(
  'review_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => itemVersions.id),
    versionNumber: integer('version_number').notNull(),
    /** The version's lock_version when decided: content revision the decision covers. */
    revision: integer('revision').notNull(),
    submissionId: uuid('submission_id').references(() => submissions.id),
    stage: text('stage').notNull(),
    decision: text('decision').notNull(),
    comment: text('comment'),
    fieldComments: jsonb('field_comments').$type<{ path: string; comment: string }[]>().notNull().default([]),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedByName: text('decided_by_name').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('review_decisions_version_idx').on(t.versionId),
    index('review_decisions_item_idx').on(t.itemId),
    check('review_decisions_stage_check', sql`${t.stage} in ('parent_review', 'central_review', 'legal_review')`),
    check('review_decisions_decision_check', sql`${t.decision} in ('approve', 'return')`),
  ],
);
