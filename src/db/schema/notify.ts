import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './identity.ts';

/** 站内通知: a message to one user, shown in the back office until read. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    regionCode: varchar('region_code', { length: 6 }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** A back-office path to open, e.g. /review. */
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/** E-mails waiting to be sent through SMTP (written in the transaction that decides to send). */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('mail_outbox_pending_idx').on(t.sentAt)],
);

/** One row per reminder occasion already handled, so each is sent exactly once, across restarts. */
export const remindersSent = pgTable('reminders_sent', {
  key: text('key').primaryKey(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * 工作日历: the exceptions to "Monday to Friday": statutory holidays on weekdays and make-up
 * workdays (调休上班) on weekends. Seeded from chinese-days; administrators correct it.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    day: date('day').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name'),
    source: text('source').notNull().default('chinese-days'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('calendar_days_kind_check', sql`${t.kind} in ('holiday', 'workday')`), check('calendar_days_source_check', sql`${t.source} in ('chinese-days', 'admin')`)],
);
