import { and, gte, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { calendarDays } from '../../db/schema/index.ts';
import { addDays, workingDaysBetween, type CalendarExceptions, type DayKind } from '../../domain/working-days.ts';

/** The calendar's exceptions (holidays on weekdays, make-up workdays) between two dates. */
export async function loadCalendar(db: Db, from: string, to: string): Promise<CalendarExceptions> {
  const rows = await db
    .select({ day: calendarDays.day, kind: calendarDays.kind })
    .from(calendarDays)
    .where(and(gte(calendarDays.day, from), lte(calendarDays.day, to)));
  return new Map(rows.map((r) => [r.day, r.kind as DayKind]));
}

/** 工作日数: working days after `from` up to `to`, with the calendar table. */
export async function countWorkingDays(db: Db, from: string, to: string): Promise<number> {
  if (to <= from) return 0;
  return workingDaysBetween(from, to, await loadCalendar(db, addDays(from, 1), to));
}
