import { sql } from 'drizzle-orm';
import { boolean, check, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { items, itemVersions } from './catalog.ts';
import { users } from './identity.ts';
import { units } from './org.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * 检索索引: one row per published version (what the portal searches). Words are segmented at index
 * time (Intl.Segmenter) into a `simple` tsvector; full pinyin and initials take pinyin queries; the
 * trigram indexes take substrings and near misses. Rebuilt when an edition goes live.
 */
export const searchEntries = pgTable(
  'search_entries',
  {
    versionId: uuid('version_id')
      .primaryKey()
      .references(() => itemVersions.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category'),
    serviceObjects: jsonb('service_objects').$type<string[]>().notNull().default([]),
    /** Theme codes (life events for 个人, business events for 法人), see src/domain/portal/themes.ts. */
    themes: jsonb('themes').$type<string[]>().notNull().default([]),
    onlineDepth: integer('online_depth'),
    /** Segmented words of the name (weight A), service content and unit (B), conditions and materials (C). */
    words: tsvector('words').notNull(),
    /** The name in full pinyin without tones or spaces, and its initials (城乡居民 → chengxiangjumin, cxjm). */
    pinyin: text('pinyin').notNull(),
    initials: text('initials').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('search_entries_region_idx').on(t.regionCode, t.unitId),
    index('search_entries_words_idx').using('gin', t.words),
    index('search_entries_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('search_entries_pinyin_trgm_idx').using('gin', sql`${t.pinyin} gin_trgm_ops`),
    index('search_entries_initials_trgm_idx').using('gin', sql`${t.initials} gin_trgm_ops`),
  ],
);

/**
 * 纠错: a member of the public reports a mistake in a published item; the owning unit answers. The
 * reporter follows it by its reference number (e.g. JC2026112700042).
 */
export const errorReports = pgTable(
  'error_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => itemVersions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** The guide element concerned (a field path, e.g. `guide.fee`), or null for the item as a whole. */
    fieldPath: text('field_path'),
    body: text('body').notNull(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    status: text('status').notNull().default('open'),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** Moderation: hidden after three reports until a moderator decides (`visible` or `removed`). */
    flagCount: integer('flag_count').notNull().default(0),
    isHidden: boolean('is_hidden').notNull().default(false),
    moderation: text('moderation'),
    moderatedBy: uuid('moderated_by').references(() => users.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    /** A keyed hash of the reporter's address (rate limits and abuse checks without keeping the address). */
    sourceHash: text('source_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('error_reports_reference_uq').on(t.reference),
    index('error_reports_unit_idx').on(t.unitId, t.status),
    index('error_reports_item_idx').on(t.itemId),
    check('error_reports_status_check', sql`${t.status} in ('open', 'answered', 'closed')`),
    check('error_reports_moderation_check', sql`${t.moderation} is null or ${t.moderation} in ('visible', 'removed')`),
  ],
);

/** 举报: someone reports public text (an error report or its answer) as improper, with a reason. */
export const contentFlags = pgTable(
  'content_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    reason: text('reason').notNull(),
    sourceHash: text('source_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One report per address and text: three reports are three people, not one person three times.
    uniqueIndex('content_flags_once_uq').on(t.targetType, t.targetId, t.sourceHash),
    check('content_flags_target_check', sql`${t.targetType} in ('error_report')`),
  ],
);
