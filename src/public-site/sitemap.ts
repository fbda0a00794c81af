/** sitemap.xml and robots.txt: the home page, the lists, every item and unit of the live edition. */
import { escapeHtml } from './html.ts';
import type { Site } from './site.ts';

export interface SitemapInput {
  /** YYYY-MM-DD: when the live edition took effect (every page's content dates from then). */
  lastmod: string | null;
  codes: string[];
  unitIds: string[];
  editionNumbers: number[];
}

export function sitemapXml(site: Site, input: SitemapInput): string {
  const paths = [
    site.href('/'),
    site.href('/items'),
    site.href('/units'),
    site.href('/editions'),
    site.href('/open-data'),
    ...input.editionNumbers.map((n) => site.href(`/editions/${n}`)),
    ...input.unitIds.map((id) => site.href(`/units/${id}`)),
    ...input.codes.map((c) => site.href(`/items/${encodeURIComponent(c)}`)),
  ];
  const lastmod = input.lastmod ? `<lastmod>${input.lastmod}</lastmod>` : '';
  const urls = paths.map((p) => `<url><loc>${escapeHtml(site.origin + p)}</loc>${lastmod}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function robotsTxt(site: Site): string {
  return `User-agent: *\nAllow: /\nDisallow: /admin/\nDisallow: /api/\nDisallow: /care\nDisallow: /files/\nDisallow: /items/*/print\nDisallow: /items/*/guide.docx\n\nSitemap: ${site.origin}/sitemap.xml\n`;
}
