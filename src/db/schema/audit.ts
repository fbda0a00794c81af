import { bigserial, boolean, index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * 审计日志. Append-only: a trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE, so no code
 * path, however buggy, can rewrite history.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    regionCode: varchar('region_code', { length: 6 }),
    userId: uuid('user_id'),
    username: text('username'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    success: boolean('success').notNull(),
    sourceIp: text('source_ip'),
    requestId: text('request_id'),
    oldValues: jsonb('old_values'),
    newValues: jsonb('new_values'),
    detail: text('detail'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_user_idx').on(t.userId), index('audit_log_target_idx').on(t.targetType, t.targetId)],
);
