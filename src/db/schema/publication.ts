import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { items, itemVersions } from './catalog.ts';
import { users } from './identity.ts';
import { units } from './org.ts';

/**
 * 目录版本: a published state of a region's catalog under a government document number. Immutable;
 * it goes live on its effective date (`wentLiveAt` is stamped then, by the job or at once).
 */
export const editions = pgTable(
  'editions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    docNumber: text('doc_number').notNull(),
    publishedOn: date('published_on').notNull(),
    effectiveOn: date('effective_on').notNull(),
    wentLiveAt: timestamp('went_live_at', { withTimezone: true }),
    itemCount: integer('item_count').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('editions_region_number_uq').on(t.regionCode, t.number), uniqueIndex('editions_region_doc_uq').on(t.regionCode, t.docNumber)],
);

/** The items of an edition: every item of the catalog in that state, each with the version it shows. */
export const editionItems = pgTable(
  'edition_items',
  {
    editionId: uuid('edition_id')
      .notNull()
      .references(() => editions.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => itemVersions.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category'),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.itemId] }), index('edition_items_version_idx').on(t.versionId)],
);
