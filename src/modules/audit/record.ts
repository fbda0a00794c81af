import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import type { Actor } from '../identity/actor.ts';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string | null;
  success?: boolean;
  oldValues?: unknown;
  newValues?: unknown;
  detail?: string;
  regionCode?: string | null;
}

/** Who did it and from where, for an audit row; an Actor, or just the request facts before login. */
export interface AuditSource {
  userId?: string | null;
  username?: string | null;
  regionCode?: string | null;
  sourceIp?: string | null;
  requestId?: string | null;
}

export function sourceOf(actor: Actor): AuditSource {
  return { userId: actor.userId, username: actor.username, regionCode: actor.regionCode, sourceIp: actor.sourceIp, requestId: actor.requestId };
}

/** Writes one 审计日志 row; call it with the transaction that makes the change. */
export async function recordAudit(tx: Db, source: AuditSource | Actor, entry: AuditEntry): Promise<void> {
  const s: AuditSource = 'roles' in source ? sourceOf(source) : source;
  await tx.insert(auditLog).values({
    userId: s.userId ?? null,
    username: s.username ?? null,
    regionCode: entry.regionCode ?? s.regionCode ?? null,
    sourceIp: s.sourceIp ?? null,
    requestId: s.requestId ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    success: entry.success ?? true,
    oldValues: entry.oldValues ?? null,
    newValues: entry.newValues ?? null,
    detail: entry.detail ?? null,
  });
}
