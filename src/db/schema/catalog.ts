import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import type { Guide, LegalBasis, Screening, ServiceObject } from '../../domain/catalog/item.ts';
import { units } from './org.ts';
import { users } from './identity.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** The item states of SPEC section 5 (this module edits `draft`; the review module moves the rest). */
export const ITEM_STATES = ['draft', 'consultation', 'unit_review', 'submitted', 'parent_review', 'central_review', 'legal_review', 'approved', 'published', 'superseded'] as const;

/**
 * 公共服务事项: the stable row. Its content lives in numbered versions; `code` is the platform's own
 * stable item code, kept for the item's whole life.
 */
export const items = pgTable(
  'items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    /** nameKey of the newest version's name: names are unique within a unit (R6). */
    nameKey: text('name_key').notNull(),
    latestVersion: integer('latest_version').notNull().default(1),
    isCancelled: boolean('is_cancelled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('items_code_uq').on(t.code), uniqueIndex('items_unit_name_uq').on(t.unitId, t.nameKey), index('items_region_idx').on(t.regionCode)],
);

/** One numbered version of an item: everything of the filing form and the service guide. */
export const itemVersions = pgTable(
  'item_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    state: text('state').notNull().default('draft'),
    name: text('name').notNull(),
    category: text('category'),
    serviceContent: text('service_content'),
    noBasisReason: text('no_basis_reason'),
    coImplementingUnits: jsonb('co_implementing_units').$type<string[]>().notNull().default([]),
    serviceObjects: jsonb('service_objects').$type<ServiceObject[]>().notNull().default([]),
    remarks: text('remarks'),
    level: text('level').notNull().default('district'),
    screening: jsonb('screening').$type<Screening>().notNull(),
    provincialRefCode: text('provincial_ref_code'),
    basicCode: text('basic_code'),
    implementationCode: text('implementation_code'),
    guide: jsonb('guide').$type<Guide>().notNull(),
    /** Cached rule findings and completeness, refreshed on every save (list filters use them). */
    errorCount: integer('error_count').notNull().default(0),
    incompleteCount: integer('incomplete_count').notNull().default(0),
    warningCount: integer('warning_count').notNull().default(0),
    completeness: integer('completeness').notNull().default(0),
    /**
     * What this version proposes (动态调整): `new` (a first listing or an added item), `change`, or
     * `cancel`; after publication `changeReason` and `changeTrigger` say why.
     */
    changeKind: text('change_kind').notNull().default('new'),
    changeReason: text('change_reason'),
    changeTrigger: text('change_trigger'),
    /** The version this one was copied from (an adjustment of a published one, or a returned one). */
    basedOnNumber: integer('based_on_number'),
    /** Everyone who wrote this version: none of them may sign or approve it. */
    authorIds: jsonb('author_ids').$type<string[]>().notNull().default([]),
    /** Optimistic lock for edits of this version. */
    lockVersion: integer('lock_version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('item_versions_item_number_uq').on(t.itemId, t.number),
    index('item_versions_state_idx').on(t.state),
    check('item_versions_state_check', sql`${t.state} in ('draft', 'consultation', 'unit_review', 'submitted', 'parent_review', 'central_review', 'legal_review', 'approved', 'published', 'superseded')`),
    check('item_versions_category_check', sql`${t.category} is null or ${t.category} in ('on_application', 'proactive')`),
    check('item_versions_level_check', sql`${t.level} in ('district', 'township')`),
    check('item_versions_change_kind_check', sql`${t.changeKind} in ('new', 'change', 'cancel')`),
    check(
      'item_versions_change_trigger_check',
      sql`${t.changeTrigger} is null or ${t.changeTrigger} in ('law_made', 'law_changed', 'law_repealed', 'higher_level_change', 'functions_changed', 'public_feedback', 'other')`,
    ),
  ],
);

/** 办理依据: one row per basis, in order. */
export const legalBases = pgTable(
  'legal_bases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => itemVersions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').$type<LegalBasis['kind']>(),
    title: text('title').notNull(),
    docNumber: text('doc_number'),
    article: text('article'),
    articleText: text('article_text'),
  },
  (t) => [index('legal_bases_version_idx').on(t.versionId)],
);

/** 申报材料: one row per material, in order. */
export const materials = pgTable(
  'materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => itemVersions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    source: text('source'),
    originalCount: integer('original_count').notNull().default(0),
    copyCount: integer('copy_count').notNull().default(0),
    media: text('media').notNull().default('paper'),
    requirement: text('requirement').notNull().default('required'),
    condition: text('condition'),
    templateFileId: uuid('template_file_id'),
    sampleFileId: uuid('sample_file_id'),
    notes: text('notes'),
  },
  (t) => [
    index('materials_version_idx').on(t.versionId),
    check('materials_media_check', sql`${t.media} in ('paper', 'electronic', 'either')`),
    check('materials_requirement_check', sql`${t.requirement} in ('required', 'conditional')`),
  ],
);

/** 服务流程: one row per step, in order. */
export const processSteps = pgTable(
  'process_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => itemVersions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    actor: text('actor'),
    timeLimitDays: integer('time_limit_days'),
    description: text('description'),
  },
  (t) => [index('process_steps_version_idx').on(t.versionId)],
);

/** Uploaded files (material templates and samples, result samples), kept in the database so backups are whole. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').references(() => units.id),
    filename: text('filename').notNull(),
    mimeType: text('mime_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('files_sha_idx').on(t.sha256)],
);
