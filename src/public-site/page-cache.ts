/**
 * Rendered portal pages kept compressed in memory. A page is stored under its key (the URL, the
 * host and 关怀版) with a stamp of everything it shows (for an item page: the live edition, the
 * version, the unit's row, the answered reports); a request reads the stamp from the database and
 * gets the kept bytes only when the stamp is the same, so a page is never older than the database,
 * whichever process changed it. Pages that carry a per-visitor value (a form token) are not kept.
 */
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { StampedCache } from '../domain/stamped-cache.ts';
import { compress, preferredEncoding } from './compress.ts';

export interface CachedPage {
  stamp: string;
  etag: string;
  /** The page in each encoding asked for so far; at least one of the two is there. */
  br?: Buffer;
  gzip?: Buffer;
}

/** Kept pages, each compressed in an encoding when a client first asks for it. */
export class PageCache {
  private readonly pages: StampedCache<CachedPage>;

  constructor(max: number) {
    this.pages = new StampedCache<CachedPage>(max);
  }

  /** The page kept under `key` when its stamp is `stamp`. */
  get(key: string, stamp: string): CachedPage | null {
    return this.pages.get(key, stamp) ?? null;
  }

  /** Keeps a page, compressed in the encoding `req` takes (brotli when it takes neither). */
  set(req: FastifyRequest, key: string, stamp: string, page: string): CachedPage {
    const body = Buffer.from(page);
    const encoding = preferredEncoding(req.headers['accept-encoding']) === 'gzip' ? 'gzip' : 'br';
    return this.pages.set(key, stamp, {
      stamp,
      // Weak: the same page in brotli and in gzip is one page, two byte sequences.
      etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      [encoding]: compress(body, encoding),
    });
  }
}

/** The page's bytes, uncompressed. */
function plain(page: CachedPage): Buffer {
  return page.br ? brotliDecompressSync(page.br) : gunzipSync(page.gzip!);
}

/** Sends a kept HTML page in the encoding the client takes, or 304 when it has it already. */
export function sendCachedPage(req: FastifyRequest, reply: FastifyReply, page: CachedPage) {
  reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'Cookie, Accept-Encoding').header('etag', page.etag);
  const known = req.headers['if-none-match'];
  const opaque = page.etag.slice(2);
  if (known && known.split(',').some((t) => t.trim().replace(/^W\//, '') === opaque)) return reply.code(304).send();
  const encoding = preferredEncoding(req.headers['accept-encoding']);
  if (encoding === 'identity') return reply.send(plain(page));
  const bytes = (page[encoding] ??= compress(plain(page), encoding));
  return reply.header('content-encoding', encoding).send(bytes);
}
