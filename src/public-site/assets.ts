/**
 * The portal's stylesheet and script: read once, fingerprinted (the hash goes in the URL, so they can
 * be cached for a year), and compressed once at the best level.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { compress, preferredEncoding } from './compress.ts';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

interface Asset {
  type: string;
  hash: string;
  body: Buffer;
  br: Buffer;
  gzip: Buffer;
}

const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

function load(name: string): Asset {
  const body = fs.readFileSync(path.join(DIR, name));
  return {
    type: TYPES[path.extname(name)],
    hash: createHash('sha256').update(body).digest('hex').slice(0, 12),
    body,
    br: compress(body, 'br', true),
    gzip: compress(body, 'gzip', true),
  };
}

const assets = new Map<string, Asset>(['portal.css', 'portal.js'].map((n) => [n, load(n)]));

/** `/assets/portal.css?v=<hash>`: the URL changes whenever the file does. */
export function assetUrl(name: string): string {
  const a = assets.get(name);
  if (!a) throw new Error(`unknown asset ${name}`);
  return `/assets/${name}?v=${a.hash}`;
}

/** Transferred size of an asset under an encoding (the size budget test adds it to the page's). */
export function assetSize(name: string, encoding: 'br' | 'gzip' | 'identity'): number {
  const a = assets.get(name)!;
  return encoding === 'identity' ? a.body.length : a[encoding].length;
}

/** GET /assets/:name with ETag revalidation, a year of caching for the fingerprinted URL, br/gzip. */
export function sendAsset(req: FastifyRequest<{ Params: { name: string }; Querystring: { v?: string } }>, reply: FastifyReply) {
  const a = assets.get(req.params.name);
  if (!a) return null;
  const etag = `"${a.hash}"`;
  reply.header('etag', etag).header('vary', 'Accept-Encoding');
  reply.header('cache-control', req.query.v === a.hash ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
  reply.type(a.type);
  if (req.headers['if-none-match'] === etag) return reply.code(304).send();
  const encoding = preferredEncoding(req.headers['accept-encoding']);
  if (encoding === 'identity') return reply.send(a.body);
  return reply.header('content-encoding', encoding).send(a[encoding]);
}
