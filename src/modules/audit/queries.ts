import { and, count, desc, eq, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';

export const AuditFilterSchema = z.object({
  username: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  targetType: z.string().trim().max(32).optional(),
  targetId: z.string().trim().max(64).optional(),
  success: z.enum(['true', 'false']).optional(),
  from: z.iso.datetime({ offset: true, error: '开始时间格式不正确' }).optional(),
  to: z.iso.datetime({ offset: true, error: '结束时间格式不正确' }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

/** Reads the audit log of a region, newest first, with filters and pagination. */
export async function listAudit(db: Db, regionCode: string, f: AuditFilter) {
  // Rows written before login (failed logins of unknown users) carry no region; the auditor sees them too.
  const conditions: SQL[] = [or(eq(auditLog.regionCode, regionCode), and(eq(auditLog.success, false), eq(auditLog.action, 'auth.login')))!];
  if (f.username) conditions.push(ilike(auditLog.username, `%${f.username.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  if (f.action) conditions.push(eq(auditLog.action, f.action));
  if (f.targetType) conditions.push(eq(auditLog.targetType, f.targetType));
  if (f.targetId) conditions.push(eq(auditLog.targetId, f.targetId));
  if (f.success) conditions.push(eq(auditLog.success, f.success === 'true'));
  if (f.from) conditions.push(gte(auditLog.at, new Date(f.from)));
  if (f.to) conditions.push(lt(auditLog.at, new Date(f.to)));
  const where = and(...conditions);
  const [{ total }] = await db.select({ total: count() }).from(auditLog).where(where);
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return {
    total,
    items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
  };
}

/** Chinese names of audit actions, for the log viewer. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.lock': '账户锁定',
  'user.create': '新增用户',
  'user.update': '修改用户',
  'user.unlock': '解锁账户',
  'user.reset_password': '重置密码',
  'user.change_password': '修改密码',
  'user.totp_setup': '生成动态口令密钥',
  'user.totp_confirm': '绑定动态口令',
  'user.totp_disable': '解除动态口令',
  'unit.create': '新增单位',
  'unit.update': '修改单位',
  'system.seed': '初始化数据',
  'session.expire': '会话超时清理',
  'calendar.seed': '载入工作日历',
  'calendar.update': '修改工作日历',
  'calendar.delete': '恢复为普通日',
};
