import { calendarDays } from '../../../src/db/schema/index.ts';
import { notify } from '../../../src/modules/notify/notify.ts';
import type { Fixtures, Row } from './types.ts';

/** A notification addressed to `userId`; returns its id. */
async function notificationFor(f: Fixtures, userId: string): Promise<string> {
  await notify(f.t.ctx.db, new Date(), { userIds: [userId] }, { kind: 'test', title: `矩阵消息${f.seq()}`, body: '用于权限矩阵' });
  const [row] = (await f.t.ctx.database.executeSql('select id from notifications where user_id = $1 order by created_at desc limit 1', [userId])).rows;
  return String(row.id);
}

/** Rows of the notify routes: messages are the caller's own; the calendar is read by staff, changed by administrators. */
export const notifyRows: Row[] = [
  { method: 'GET', url: '/api/v1/notifications', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/notifications?unread=true') },
  { method: 'GET', url: '/api/v1/notifications/unread-count', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/notifications/unread-count') },
  {
    method: 'POST',
    url: '/api/v1/notifications/:id/read',
    note: 'own message',
    allowed: 'authenticated',
    ok: 200,
    call: async (c, f) => c.post(`/api/v1/notifications/${await notificationFor(f, f.users.get(f.who)?.id ?? f.userB.id)}/read`),
  },
  {
    method: 'POST',
    url: '/api/v1/notifications/:id/read',
    note: "another user's message",
    allowed: [],
    ok: 200,
    denied: 404,
    call: async (c, f) => c.post(`/api/v1/notifications/${await f.memo('notification-of-b', () => notificationFor(f, f.userB.id))}/read`),
  },
  { method: 'POST', url: '/api/v1/notifications/read-all', allowed: 'authenticated', ok: 200, call: (c) => c.post('/api/v1/notifications/read-all') },
  { method: 'GET', url: '/api/v1/calendar', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/calendar?year=2025') },
  {
    method: 'GET',
    url: '/api/v1/calendar/working-days',
    allowed: 'authenticated',
    ok: 200,
    call: (c) => c.get('/api/v1/calendar/working-days?from=2025-09-30&to=2025-10-14'),
  },
  {
    method: 'PUT',
    url: '/api/v1/calendar/:day',
    allowed: ['admin'],
    ok: 200,
    call: (c) => c.request('PUT', '/api/v1/calendar/2090-05-02', { kind: 'holiday', name: '矩阵假日' }),
  },
  {
    method: 'DELETE',
    url: '/api/v1/calendar/:day',
    allowed: ['admin'],
    ok: 200,
    call: async (c, f) => {
      await f.t.ctx.db.insert(calendarDays).values({ day: '2090-06-05', kind: 'holiday', name: '矩阵假日' }).onConflictDoNothing();
      return c.delete('/api/v1/calendar/2090-06-05');
    },
  },
];
