/**
 * What every portal page knows about the request: the region it serves, 关怀版, the site's origin
 * for canonical URLs, and how to build links that keep a non-default region.
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { isCareMode } from './care.ts';
import { resolveRegion } from './queries.ts';

export type Query = Record<string, string | number | null | undefined>;

export interface Site {
  regionCode: string;
  /** 武陵源区 */
  regionName: string;
  /** 武陵源区公共服务事项目录 */
  siteName: string;
  isDefaultRegion: boolean;
  care: boolean;
  /** http://host:port, for canonical URLs and the sitemap. */
  origin: string;
  /** The requested path with its query, for the 关怀版 link's way back. */
  currentPath: string;
  /** A path of this site with its query; the region is kept when it is not the default one. */
  href(path: string, query?: Query): string;
  /** The same as an absolute URL. */
  abs(path: string, query?: Query): string;
}

/** Builds `path?a=1&b=2`, leaving out empty values. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}${path.includes('?') ? '&' : '?'}${s}` : path;
}

/** The site of this request: `?region=` when it names a region with a live catalog, else the default. */
export async function siteOf(ctx: AppContext, req: FastifyRequest): Promise<Site> {
  const requested = (req.query as Record<string, unknown> | undefined)?.region;
  const region = await resolveRegion(ctx.db, ctx.config.defaultRegion, typeof requested === 'string' ? requested : undefined);
  const isDefaultRegion = region.code === ctx.config.defaultRegion;
  const origin = `${req.protocol}://${req.host}`;
  const href = (path: string, query: Query = {}) => withQuery(path, isDefaultRegion ? query : { ...query, region: region.code });
  return {
    regionCode: region.code,
    regionName: region.name,
    siteName: `${region.name}公共服务事项目录`,
    isDefaultRegion,
    care: isCareMode(req),
    origin,
    currentPath: req.url,
    href,
    abs: (path, query) => origin + href(path, query),
  };
}
