/**
 * A bounded cache whose entries are good only under a stamp: the caller reads the stamp of what an
 * entry depends on (from the database) and gets the entry only when the stamp is unchanged, so a kept
 * answer is never older than the data, whichever process changed it. The least recently used entry
 * goes first beyond `max`.
 */
export class StampedCache<T> {
  private readonly entries = new Map<string, { stamp: string; value: T }>();

  constructor(private readonly max: number) {}

  get(key: string, stamp: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit || hit.stamp !== stamp) return undefined;
    // Most recently used last: a Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: string, stamp: string, value: T): T {
    this.entries.delete(key);
    this.entries.set(key, { stamp, value });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
