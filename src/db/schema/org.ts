import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** 行政区划: a GB/T 2260 area; regions are the tenants of a deployment. */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 6 }).primaryKey(),
    name: text('name').notNull(),
    parentCode: varchar('parent_code', { length: 6 }).references((): AnyPgColumn => regions.code),
    level: text('level').notNull(),
  },
  (t) => [check('regions_level_check', sql`${t.level} in ('province', 'city', 'county')`)],
);

/** 单位: a government department, institution, office, sub-unit or township. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 }).notNull().references(() => regions.code),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    kind: text('kind').notNull(),
    level: text('level').notNull().default('district'),
    fullName: text('full_name').notNull(),
    shortName: text('short_name').notNull(),
    creditCode: varchar('credit_code', { length: 18 }),
    phone: text('phone'),
    address: text('address'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('units_kind_check', sql`${t.kind} in ('department', 'institution', 'other', 'office', 'sub_unit', 'township')`),
    check('units_level_check', sql`${t.level} in ('district', 'township')`),
    index('units_region_idx').on(t.regionCode),
    index('units_parent_idx').on(t.parentId),
  ],
);

/**
 * Every name a unit is known by (规范全称, 简称, 别名). The unique key over the normalized name makes
 * names unique within a region across all three forms, so resolving a name is never ambiguous.
 */
export const unitNames = pgTable(
  'unit_names',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    regionCode: varchar('region_code', { length: 6 }).notNull().references(() => regions.code),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    kind: text('kind').notNull(),
  },
  (t) => [
    check('unit_names_kind_check', sql`${t.kind} in ('full', 'short', 'alias')`),
    uniqueIndex('unit_names_region_key_uq').on(t.regionCode, t.nameKey),
    index('unit_names_unit_idx').on(t.unitId),
  ],
);
