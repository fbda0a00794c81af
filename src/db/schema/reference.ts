import { index, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';

/** 权力清单: administrative power items of a region; items matching them do not belong in the catalog (R5). */
export const powerListEntries = pgTable(
  'power_list_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    unitName: text('unit_name'),
    kind: text('kind'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('power_list_region_idx').on(t.regionCode), uniqueIndex('power_list_region_key_unit_uq').on(t.regionCode, t.nameKey, t.unitName)],
);

/** 省级参照目录: the provincial reference catalog that counties follow. */
export const provincialRefItems = pgTable(
  'provincial_ref_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category'),
    /** 部门类型, e.g. 人力资源社会保障: matched against unit names to tell who should claim the item. */
    deptType: text('dept_type'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('provincial_ref_region_code_uq').on(t.regionCode, t.code)],
);
