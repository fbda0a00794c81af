import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../domain/errors.ts';
import { chinaDate } from '../../domain/working-days.ts';
import { actorOf } from '../../http/plugins/auth.ts';
import { IdParamsSchema, OkSchema, PageQuerySchema, withProblems } from '../../http/schemas.ts';
import { assertAllowed } from '../identity/policy.ts';
import { countWorkingDays } from './calendar.ts';
import { clearCalendarDay } from './commands/clear-calendar-day.ts';
import { markAllRead } from './commands/mark-all-read.ts';
import { markNotificationRead } from './commands/mark-notification-read.ts';
import { setCalendarDay } from './commands/set-calendar-day.ts';
import { canReadCalendar } from './policy.ts';
import { calendarYear, listNotifications, unreadCount } from './queries.ts';

const NotificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable().describe('后台页面路径，如 /review'),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

const DayKindSchema = z.enum(['holiday', 'workday']).describe('holiday 法定节假日；workday 调休上班日');
const DateSchema = z.iso.date('日期格式不正确，应为YYYY-MM-DD');

const CalendarDaySchema = z.object({
  day: z.string(),
  kind: DayKindSchema,
  name: z.string().nullable(),
  source: z.enum(['chinese-days', 'admin']).describe('chinese-days 随软件载入；admin 管理员修改'),
  updatedAt: z.string(),
});

const MonthDaySchema = z.object({
  day: z.string(),
  weekday: z.number().int().describe('0 周日 … 6 周六'),
  type: z.enum(['holiday', 'makeup_workday', 'weekend', 'workday']),
  isWorkingDay: z.boolean(),
  name: z.string().nullable(),
});

const CalendarYearSchema = z
  .object({
    year: z.number().int(),
    hasData: z.boolean().describe('该年度是否已有节假日安排'),
    days: z.array(CalendarDaySchema),
    months: z.array(z.object({ month: z.number().int(), workingDays: z.number().int(), days: z.array(MonthDaySchema) })),
    workingDays: z.number().int(),
  })
  .meta({ id: 'CalendarYear' });

const DayParamsSchema = z.object({ day: z.string() });

/** Routes of 通知 and 工作日历. */
export async function notifyRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['消息通知'];
  const calendarTags = ['工作日历'];

  app.get(
    '/api/v1/notifications',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: '我的消息（仅本人）',
        querystring: PageQuerySchema.extend({ unread: z.enum(['true', 'false']).optional().describe('true 只看未读') }),
        response: withProblems(
          { 200: z.object({ items: z.array(NotificationSchema), total: z.number().int(), unread: z.number().int(), page: z.number().int(), pageSize: z.number().int() }) },
          [400, 401, 403],
        ),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const { page, pageSize, unread } = req.query;
      const result = await listNotifications(ctx.db, actor.userId, { page, pageSize, unread: unread === 'true' });
      return { ...result, page, pageSize };
    },
  );

  app.get(
    '/api/v1/notifications/unread-count',
    {
      // The header's badge polls this: a poll is not the user's activity, so an idle session still ends.
      config: { access: 'session', activity: false },
      schema: { tags, summary: '未读消息数（仅本人）', response: withProblems({ 200: z.object({ count: z.number().int() }) }, [401, 403]) },
    },
    async (req) => ({ count: await unreadCount(ctx.db, actorOf(req).userId) }),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { access: 'session' },
      schema: { tags, summary: '标为已读（仅本人的消息）', params: IdParamsSchema, response: withProblems({ 200: OkSchema }, [400, 401, 403, 404]) },
    },
    async (req) => {
      await markNotificationRead(ctx, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      config: { access: 'session' },
      schema: { tags, summary: '全部标为已读（仅本人的消息）', response: withProblems({ 200: z.object({ count: z.number().int().describe('本次标为已读的条数') }) }, [401, 403]) },
    },
    async (req) => ({ count: await markAllRead(ctx, actorOf(req)) }),
  );

  app.get(
    '/api/v1/calendar',
    {
      config: { access: 'session' },
      schema: {
        tags: calendarTags,
        summary: '工作日历：某年的法定节假日、调休上班日和逐月日历（工作人员）',
        querystring: z.object({ year: z.coerce.number().int().min(2000, '年份超出范围').max(2100, '年份超出范围').optional().describe('默认为今年') }),
        response: withProblems({ 200: CalendarYearSchema }, [400, 401, 403]),
      },
    },
    async (req) => {
      assertAllowed(canReadCalendar(actorOf(req)));
      const year = req.query.year ?? Number(chinaDate(ctx.clock.now()).slice(0, 4));
      return calendarYear(ctx.db, year);
    },
  );

  app.get(
    '/api/v1/calendar/working-days',
    {
      config: { access: 'session' },
      schema: {
        tags: calendarTags,
        summary: '计算工作日数：from 次日起至 to（含）的工作日天数（工作人员）',
        querystring: z.object({ from: DateSchema, to: DateSchema }),
        response: withProblems({ 200: z.object({ from: z.string(), to: z.string(), workingDays: z.number().int() }) }, [400, 401, 403]),
      },
    },
    async (req) => {
      assertAllowed(canReadCalendar(actorOf(req)));
      const { from, to } = req.query;
      if (to < from) throw new AppError('validation', '结束日期不能早于开始日期', [{ path: 'to', message: '结束日期不能早于开始日期' }]);
      return { from, to, workingDays: await countWorkingDays(ctx.db, from, to) };
    },
  );

  app.put(
    '/api/v1/calendar/:day',
    {
      config: { access: 'session' },
      schema: {
        tags: calendarTags,
        summary: '设为法定节假日或调休上班日（系统管理员）',
        params: DayParamsSchema,
        body: z.object({ kind: DayKindSchema, name: z.string().trim().max(30, '名称不能超过30个字').nullish().describe('如 国庆节') }),
        response: withProblems({ 200: CalendarDaySchema }),
      },
    },
    async (req) => setCalendarDay(ctx, actorOf(req), req.params.day, req.body),
  );

  app.delete(
    '/api/v1/calendar/:day',
    {
      config: { access: 'session' },
      schema: {
        tags: calendarTags,
        summary: '恢复为普通日（按星期计算；系统管理员）',
        params: DayParamsSchema,
        response: withProblems({ 200: OkSchema }),
      },
    },
    async (req) => {
      await clearCalendarDay(ctx, actorOf(req), req.params.day);
      return { ok: true as const };
    },
  );
}
