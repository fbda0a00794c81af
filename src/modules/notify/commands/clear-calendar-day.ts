import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { calendarDays } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { canEditCalendar } from '../policy.ts';
import { assertCalendarDay } from './set-calendar-day.ts';

/** 恢复为普通日: removes a day's exception, so it counts by its weekday again (administrators). */
export async function clearCalendarDay(ctx: AppContext, actor: Actor, day: string): Promise<void> {
  assertAllowed(canEditCalendar(actor), '只有系统管理员可以修改工作日历');
  assertCalendarDay(day);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.delete(calendarDays).where(eq(calendarDays.day, day)).returning();
    if (!before) throw new AppError('not_found', '该日没有节假日或调休设置');
    await recordAudit(tx, actor, {
      action: 'calendar.delete',
      targetType: 'calendar',
      targetId: day,
      oldValues: { kind: before.kind, name: before.name, source: before.source },
      newValues: null,
    });
  });
}
