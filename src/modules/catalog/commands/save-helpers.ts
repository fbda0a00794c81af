import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Finding } from '../../../domain/catalog/item.ts';
import { AppError } from '../../../domain/errors.ts';

const NIL = '00000000-0000-0000-0000-000000000000';

/** The user id to record as author; null for the CLI and system actors, which have no account row. */
export function authorId(actor: { userId: string }): string | null {
  return actor.userId === NIL ? null : actor.userId;
}

/** The version's authors after `actor` wrote it (the CLI and system actors are nobody). */
export function withAuthor(authorIds: readonly string[], actor: { userId: string }): string[] {
  const id = authorId(actor);
  return id && !authorIds.includes(id) ? [...authorIds, id] : [...authorIds];
}

/** The platform's own stable item code, e.g. 430811-QD-000042. */
export async function nextItemCode(tx: Db, regionCode: string): Promise<string> {
  const r = (await tx.execute(sql`select nextval('item_code_seq') as n`)) as unknown as { rows: { n: string | number }[] };
  return `${regionCode}-QD-${String(r.rows[0].n).padStart(6, '0')}`;
}

/**
 * An error about a value that is there (committed > legal, an unknown unit, a bad code…) cannot be
 * saved (SPEC §3). An error about something not yet filled in (…missing, …none) can: a person builds an
 * item step by step and must be able to keep half-done work; such a draft cannot be submitted (R7).
 */
export function refuseValueErrors(findings: Finding[]): void {
  const blocking = findings.filter((f) => f.severity === 'error' && !/\.(missing|none|empty)$/.test(f.code));
  if (blocking.length > 0) {
    throw new AppError(
      'validation',
      blocking[0].message,
      blocking.map((f) => ({ path: f.path, message: f.message })),
      { findings },
    );
  }
}
