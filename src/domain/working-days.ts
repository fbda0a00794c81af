/**
 * 工作日: Monday to Friday, except statutory holidays, plus make-up workdays (调休上班) on weekends.
 * Dates are calendar days in China (UTC+8) written `YYYY-MM-DD`; the exceptions come from the
 * calendar table (seeded from chinese-days, corrected by administrators).
 */
export type DayKind = 'holiday' | 'workday';
export type CalendarExceptions = ReadonlyMap<string, DayKind>;

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar day in China of an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, exceptions: CalendarExceptions): boolean {
  const kind = exceptions.get(date);
  if (kind) return kind === 'workday';
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, exceptions: CalendarExceptions): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, exceptions)) n++;
  return n;
}

/** The `n`-th working day after `from` (the time limit's last day when counting from the day after). */
export function addWorkingDays(from: string, n: number, exceptions: CalendarExceptions): string {
  let d = from;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d, exceptions)) left--;
  }
  return d;
}

/** Day of the week of a date: 0 Sunday … 6 Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/** Is `date` a real calendar day written YYYY-MM-DD? */
export function isIsoDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === date;
}

/** How a day counts: a statutory holiday, a make-up workday (调休上班), a plain weekend or a plain workday. */
export type DayType = 'holiday' | 'makeup_workday' | 'weekend' | 'workday';

export function dayType(date: string, exceptions: CalendarExceptions): DayType {
  const kind = exceptions.get(date);
  if (kind === 'holiday') return 'holiday';
  if (kind === 'workday') return 'makeup_workday';
  return isWeekend(date) ? 'weekend' : 'workday';
}

/** Every date of a month (month 1–12), in order. */
export function daysOfMonth(year: number, month: number): string[] {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const days: string[] = [];
  for (let d = first; d.slice(0, 7) === first.slice(0, 7); d = addDays(d, 1)) days.push(d);
  return days;
}
