/**
 * A keyed hash of a visitor's address: enough to count reports per address and to refuse a second
 * flag on the same text, without keeping the address itself. The key is made once per installation
 * and kept in `app_meta`, so the same address hashes the same after a restart.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { appMeta } from '../../db/schema/index.ts';

const KEY = 'feedback.address_key';
const keys = new WeakMap<Db, Promise<string>>();

async function loadKey(db: Db): Promise<string> {
  await db
    .insert(appMeta)
    .values({ key: KEY, value: randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, KEY));
  return String(row.value);
}

/** HMAC-SHA256 of the address under the installation's key, hex. */
export async function addressHash(db: Db, address: string): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = loadKey(db);
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  return createHmac('sha256', await key).update(address).digest('hex');
}
