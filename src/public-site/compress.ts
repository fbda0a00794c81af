/**
 * Compression of the portal's text responses (HTML, CSS, JS, XML) with node:zlib. Fastify has none
 * built in, and the item page must stay small on a phone's connection.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The encoding to answer with (q=0 refuses one). Precompressed files prefer brotli (smallest); pages
 * compressed per request prefer gzip, which makes them about as small as brotli at its fast levels in
 * a quarter of the time.
 */
export function preferredEncoding(acceptEncoding: string | undefined, prefer: 'br' | 'gzip' = 'br'): Encoding {
  if (!acceptEncoding) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  const order: Exclude<Encoding, 'identity'>[] = prefer === 'br' ? ['br', 'gzip'] : ['gzip', 'br'];
  return order.find(ok) ?? 'identity';
}

export function compress(body: Buffer | string, encoding: Exclude<Encoding, 'identity'>, best = false): Buffer {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  if (encoding === 'br') {
    return brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    });
  }
  return gzipSync(buf, { level: best ? 9 : 6 });
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|ld\+json|problem\+json)|image\/svg\+xml)/;

/**
 * onSend hook: compresses string and Buffer payloads of compressible types larger than 1 KB, and
 * says so in `Vary`.
 */
export async function compressPayload(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (req.method === 'HEAD' || reply.getHeader('content-encoding')) return payload;
  const type = String(reply.getHeader('content-type') ?? '');
  if (!COMPRESSIBLE.test(type)) return payload;
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  const vary = reply.getHeader('vary');
  if (!vary) reply.header('vary', 'Accept-Encoding');
  else if (!String(vary).toLowerCase().includes('accept-encoding')) reply.header('vary', `${String(vary)}, Accept-Encoding`);
  if (Buffer.byteLength(payload) < 1024) return payload;
  const encoding = preferredEncoding(req.headers['accept-encoding'], 'gzip');
  if (encoding === 'identity') return payload;
  reply.header('content-encoding', encoding);
  reply.removeHeader('content-length');
  return compress(payload, encoding);
}
