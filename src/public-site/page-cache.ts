/**
 * Rendered portal pages kept compressed in memory. A page is stored under its key (the URL, the
 * host and 关怀版) with a stamp of everything it shows (for an item page: the live edition, the
 * version, the unit's row, the answered reports); a request reads the stamp from the database and
 * gets the kept bytes only when the stamp is the same, so a page is never older than the database,
 * whichever process changed it. Pages that carry a per-visitor value (a form token) are not kept.
 */
import { createHash } from 'node:crypto';
import { brotliDecompressSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { StampedCache } from '../domain/stamped-cache.ts';
import { compress, preferredEncoding } from './compress.ts';

export interface CachedPage {
  stamp: string;
  etag: string;
  br: Buffer;
  gzip: Buffer;
}

/** Kept pages, compressed once (brotli and gzip) when they are kept. */
export class PageCache {
  private readonly pages: StampedCache<CachedPage>;

  constructor(max: number) {
    this.pages = new StampedCache<CachedPage>(max);
  }

  /** The page kept under `key` when its stamp is `stamp`. */
  get(key: string, stamp: string): CachedPage | null {
    return this.pages.get(key, stamp) ?? null;
  }

  set(key: string, stamp: string, page: string): CachedPage {
    const body = Buffer.from(page);
    return this.pages.set(key, stamp, {
      stamp,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      br: compress(body, 'br'),
      gzip: compress(body, 'gzip'),
    });
  }
}

/** Sends a kept HTML page in the encoding the client takes, or 304 when it has it already. */
export function sendCachedPage(req: FastifyRequest, reply: FastifyReply, page: CachedPage) {
  reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'Cookie, Accept-Encoding').header('etag', page.etag);
  const known = req.headers['if-none-match'];
  if (known && known.split(',').some((t) => t.trim().replace(/^W\//, '') === page.etag)) return reply.code(304).send();
  const encoding = preferredEncoding(req.headers['accept-encoding']);
  if (encoding === 'identity') return reply.send(brotliDecompressSync(page.br));
  return reply.header('content-encoding', encoding).send(encoding === 'br' ? page.br : page.gzip);
}
