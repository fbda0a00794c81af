import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { AppContext } from '../../app-context.ts';
import { appMeta, calendarDays } from '../../db/schema/index.ts';
import type { DayKind } from '../../domain/working-days.ts';
import { recordAudit } from '../audit/record.ts';

export interface CalendarEntry {
  day: string;
  kind: DayKind;
  name: string | null;
}

/** The package's short names, as the State Council's notices write them. */
const OFFICIAL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

/** "National Day,国庆节,3" → 国庆节: the package keeps English name, Chinese name and a day count. */
function chineseName(value: string): string | null {
  const parts = value.split(',');
  const name = (parts[1] ?? parts[0] ?? '').trim();
  return OFFICIAL_NAMES[name] ?? (name || null);
}

/**
 * 法定节假日和调休上班日 as the chinese-days package lists them: every statutory holiday (weekend ones
 * too, so the calendar shows the whole holiday) and every make-up workday, by date.
 */
export function chineseDaysCalendar(): CalendarEntry[] {
  const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
  const entries: CalendarEntry[] = [
    ...Object.entries(data.holidays).map(([day, v]) => ({ day, kind: 'holiday' as const, name: chineseName(v) })),
    ...Object.entries(data.workdays).map(([day, v]) => ({ day, kind: 'workday' as const, name: chineseName(v) })),
  ];
  return entries.sort((a, b) => a.day.localeCompare(b.day));
}

/** The years the package covers. */
export function chineseDaysYears(): number[] {
  return [...new Set(chineseDaysCalendar().map((e) => Number(e.day.slice(0, 4))))].sort((a, b) => a - b);
}

/**
 * 载入工作日历: copies each year the package covers into `calendar_days`, once per year (an app_meta
 * marker per year), so a newer package adds the newly announced year on the next start while the
 * years already loaded keep the administrators' corrections. Days an administrator has set win.
 * Returns the years loaded now.
 */
export async function seedCalendar(ctx: AppContext): Promise<number[]> {
  const entries = chineseDaysCalendar();
  const years = chineseDaysYears();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const marked = await tx
      .insert(appMeta)
      .values(years.map((y) => ({ key: `seed:calendar:${y}`, value: { at: now.toISOString(), source: 'chinese-days' }, updatedAt: now })))
      .onConflictDoNothing()
      .returning({ key: appMeta.key });
    const added = marked.map((m) => Number(m.key.slice('seed:calendar:'.length))).sort((a, b) => a - b);
    if (added.length === 0) return [];
    const rows = entries.filter((e) => added.includes(Number(e.day.slice(0, 4))));
    await tx
      .insert(calendarDays)
      .values(rows.map((e) => ({ day: e.day, kind: e.kind, name: e.name, source: 'chinese-days', updatedAt: now })))
      .onConflictDoNothing();
    const span = added.length === 1 ? `${added[0]}年` : `${added[0]}—${added[added.length - 1]}年`;
    await recordAudit(tx, { username: 'system', regionCode: ctx.config.defaultRegion }, { action: 'calendar.seed', targetType: 'calendar', detail: `载入${span}法定节假日和调休上班日（chinese-days），共${rows.length}天` });
    return added;
  });
}
