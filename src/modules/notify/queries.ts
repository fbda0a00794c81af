import { and, count, desc, eq, gte, isNull, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { calendarDays, notifications } from '../../db/schema/index.ts';
import { dayType, daysOfMonth, weekdayOf, type DayType } from '../../domain/working-days.ts';
import { loadCalendar } from './calendar.ts';

export interface NotificationFilter {
  unread?: boolean;
  page: number;
  pageSize: number;
}

/** 我的消息: the caller's notifications, newest first. */
export async function listNotifications(db: Db, userId: string, f: NotificationFilter) {
  const conditions: SQL[] = [eq(notifications.userId, userId)];
  if (f.unread) conditions.push(isNull(notifications.readAt));
  const where = and(...conditions);
  const [{ total }] = await db.select({ total: count() }).from(notifications).where(where);
  const rows = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return {
    total,
    unread: await unreadCount(db, userId),
    items: rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, createdAt: r.createdAt.toISOString(), readAt: r.readAt?.toISOString() ?? null })),
  };
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return n;
}

export interface CalendarDayRow {
  day: string;
  kind: 'holiday' | 'workday';
  name: string | null;
  source: 'chinese-days' | 'admin';
  updatedAt: string;
}

export interface MonthDay {
  day: string;
  weekday: number;
  type: DayType;
  isWorkingDay: boolean;
  name: string | null;
}

/** 工作日历 of one year: the exceptions as stored, and each month's days ready for a grid. */
export async function calendarYear(db: Db, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const rows = await db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.day, from), lte(calendarDays.day, to)))
    .orderBy(calendarDays.day);
  const exceptions = await loadCalendar(db, from, to);
  const names = new Map(rows.map((r) => [r.day, r.name]));
  const months = Array.from({ length: 12 }, (_, i) => {
    const days: MonthDay[] = daysOfMonth(year, i + 1).map((day) => {
      const type = dayType(day, exceptions);
      return { day, weekday: weekdayOf(day), type, isWorkingDay: type === 'workday' || type === 'makeup_workday', name: names.get(day) ?? null };
    });
    return { month: i + 1, workingDays: days.filter((d) => d.isWorkingDay).length, days };
  });
  return {
    year,
    /** False when nothing is recorded for the year: its calendar has not been announced or entered yet. */
    hasData: rows.length > 0,
    days: rows.map((r): CalendarDayRow => ({ day: r.day, kind: r.kind as CalendarDayRow['kind'], name: r.name, source: r.source as CalendarDayRow['source'], updatedAt: r.updatedAt.toISOString() })),
    months,
    workingDays: months.reduce((n, m) => n + m.workingDays, 0),
  };
}
