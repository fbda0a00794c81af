import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { calendarDays } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { isIsoDate, isWeekend, type DayKind } from '../../../domain/working-days.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canEditCalendar } from '../policy.ts';
import type { CalendarDayRow } from '../queries.ts';

export function assertCalendarDay(day: string): void {
  if (!isIsoDate(day)) throw new AppError('validation', '日期格式不正确，应为YYYY-MM-DD', [{ path: 'day', message: '日期格式不正确' }]);
}

/** 设置节假日或调休上班日: marks a day as a statutory holiday or a make-up workday (administrators). */
export async function setCalendarDay(ctx: AppContext, actor: Actor, day: string, input: { kind: DayKind; name?: string | null }): Promise<CalendarDayRow> {
  assertAllowed(canEditCalendar(actor), '只有系统管理员可以修改工作日历');
  assertCalendarDay(day);
  if (input.kind === 'workday' && !isWeekend(day)) {
    throw new AppError('validation', '周一至周五本来就是工作日，只有周六、周日可以设为调休上班日', [{ path: 'kind', message: '该日本来就是工作日' }]);
  }
  const name = input.name?.trim() || null;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.day, day)).for('update');
    const values = { kind: input.kind, name, source: 'admin', updatedBy: actor.userId, updatedAt: now };
    const [row] = await tx
      .insert(calendarDays)
      .values({ day, ...values })
      .onConflictDoUpdate({ target: calendarDays.day, set: values })
      .returning();
    await recordAudit(tx, actor, {
      action: 'calendar.update',
      targetType: 'calendar',
      targetId: day,
      oldValues: before ? { kind: before.kind, name: before.name, source: before.source } : null,
      newValues: { kind: input.kind, name, source: 'admin' },
    });
    return { day: row.day, kind: input.kind, name, source: 'admin', updatedAt: row.updatedAt.toISOString() };
  });
}
