import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { mailOutbox, notifications, units, userRoles, users } from '../../db/schema/index.ts';
import type { Role } from '../../domain/roles.ts';

/** Who is to be told: given users, or the holders of some roles in a unit or in a region. */
export type Recipients = { userIds: string[] } | { roles: Role[]; unitId: string } | { roles: Role[]; regionCode: string };

export interface Message {
  kind: string;
  title: string;
  body: string;
  /** A back-office path, e.g. `/review`. */
  link?: string;
  regionCode?: string;
}

/** The active users a `Recipients` names. */
export async function resolveRecipients(db: Db, to: Recipients): Promise<{ id: string; email: string | null; regionCode: string | null }[]> {
  const where: SQL[] = [eq(users.isDisabled, false)];
  if ('userIds' in to) {
    if (to.userIds.length === 0) return [];
    where.push(inArray(users.id, to.userIds));
    return db.select({ id: users.id, email: users.email, regionCode: units.regionCode }).from(users).innerJoin(units, eq(units.id, users.unitId)).where(and(...where));
  }
  where.push(inArray(userRoles.role, to.roles));
  if ('unitId' in to) where.push(eq(users.unitId, to.unitId));
  else where.push(eq(units.regionCode, to.regionCode));
  const rows = await db
    .selectDistinct({ id: users.id, email: users.email, regionCode: units.regionCode })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(...where));
  return rows;
}

/**
 * 通知: writes an in-app notification for each recipient and, for those with an e-mail address,
 * queues a mail (sent by the outbox job when SMTP is configured). Call it inside the transaction of
 * the change it reports, so a rolled-back change tells nobody. Returns the number of users told.
 */
export async function notify(tx: Db, now: Date, to: Recipients, message: Message): Promise<number> {
  const people = await resolveRecipients(tx, to);
  if (people.length === 0) return 0;
  await tx.insert(notifications).values(
    people.map((p) => ({ userId: p.id, regionCode: message.regionCode ?? p.regionCode, kind: message.kind, title: message.title, body: message.body, link: message.link ?? null, createdAt: now })),
  );
  const mails = people.filter((p) => p.email);
  if (mails.length > 0) {
    await tx.insert(mailOutbox).values(mails.map((p) => ({ toAddress: p.email!, subject: `【清单】${message.title}`, body: message.body, createdAt: now })));
  }
  return people.length;
}
