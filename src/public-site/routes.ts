import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { reportByReference } from '../modules/feedback/queries.ts';
import { contentDisposition } from '../modules/guides/content-disposition.ts';
import { guideDocx } from '../modules/guides/guide-docx.ts';
import { guidePrintHtml } from '../modules/guides/guide-html.ts';
import { catalogPage, editionChangeCounts, editionDiff } from '../modules/publication/queries.ts';
import { sendAsset } from './assets.ts';
import { switchCareMode } from './care.ts';
import { compressPayload } from './compress.ts';
import { PageCache, sendCachedPage } from './page-cache.ts';
import { homePage } from './pages/home.ts';
import { itemPage } from './pages/item.ts';
import { itemsPage, PAGE_SIZE, parseListFilters } from './pages/items.ts';
import { unitsPage } from './pages/units.ts';
import { unitPage, UNIT_PAGE_SIZE } from './pages/unit.ts';
import { editionsPage } from './pages/editions.ts';
import { editionPage, EDITION_PAGE_SIZE } from './pages/edition.ts';
import { diffPage } from './pages/diff.ts';
import { reportsLookupPage } from './pages/reports-lookup.ts';
import { notFoundPage } from './pages/not-found.ts';
import { errorReportSection } from './partials/error-reports.ts';
import {
  currentEdition,
  editionCodes,
  editionHasCode,
  liveItem,
  liveItemStamp,
  liveEditionByNumber,
  liveEditions,
  publishedFile,
  searchCatalog,
  unitOfRegion,
  unitsOfEdition,
} from './queries.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';
import { siteOf } from './site.ts';

const HTML = 'text/html; charset=utf-8';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Req = FastifyRequest<{ Querystring: Record<string, string | undefined>; Params: Record<string, string> }>;

/** Pages depend on the 关怀版 cookie, so shared caches keep them apart and revalidate. */
function sendPage(reply: FastifyReply, page: string, status = 200) {
  return reply.code(status).type(HTML).header('cache-control', 'no-cache').header('vary', 'Cookie').send(page);
}

const positiveInt = (v: string | undefined): number | null => (v && /^\d{1,6}$/.test(v) && Number(v) >= 1 ? Number(v) : null);

/** Kept item pages: a county's whole catalog several times over (5–15 KB each, compressed). */
const ITEM_PAGES_KEPT = 5000;

/** The public portal's server-rendered pages (SPEC §6, §9): complete without JavaScript. */
export async function portalSiteRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const itemPages = new PageCache(ITEM_PAGES_KEPT);
  await app.register(async (scope) => {
    scope.addHook('onSend', compressPayload);
    const route = { schema: { hide: true }, config: { access: 'public' as const } };
    const get = (url: string, handler: (req: Req, reply: FastifyReply) => Promise<unknown>) => scope.get(url, route, handler as never);

    const notFound = async (req: Req, reply: FastifyReply, opts: { title?: string; message?: string } = {}) =>
      sendPage(reply, notFoundPage(await siteOf(ctx, req), opts), 404);

    get('/', async (req, reply) => {
      const site = await siteOf(ctx, req);
      const edition = await currentEdition(ctx.db, site.regionCode);
      const units = edition ? await unitsOfEdition(ctx.db, edition.id) : [];
      return sendPage(reply, homePage(site, { edition, units }));
    });

    get('/items', async (req, reply) => {
      const site = await siteOf(ctx, req);
      const edition = await currentEdition(ctx.db, site.regionCode);
      const units = edition ? await unitsOfEdition(ctx.db, edition.id) : [];
      const filters = parseListFilters(req.query, new Set(units.map((u) => u.id)));
      const result = edition
        ? await searchCatalog(ctx.db, {
            regionCode: site.regionCode,
            q: filters.q,
            unitId: filters.unit,
            category: filters.category,
            serviceObject: filters.object,
            theme: filters.theme,
            onlineDepth: filters.depth,
            page: filters.page,
            pageSize: PAGE_SIZE,
          })
        : { total: 0, items: [] };
      return sendPage(reply, itemsPage(site, { edition, units, filters, result }));
    });

    /**
     * The item a page shows: from the live edition, or from `?edition=N` when that one went live too.
     * One statement on the way that matters; the reasons for a 404 are worked out only on a miss.
     */
    async function itemOr404(req: Req, reply: FastifyReply) {
      const site = await siteOf(ctx, req);
      const asked = positiveInt(req.query.edition);
      const found = await liveItem(ctx.db, site.regionCode, req.params.code, asked);
      const current = found && asked === null ? found.edition : await currentEdition(ctx.db, site.regionCode);
      if (found && current) return { site, item: found.item, edition: found.edition, current };
      let message = `没有找到编码为“${req.params.code}”的事项。该事项可能已被取消或编码有误，已取消的事项可在目录历史版本中查到。`;
      if (!current) message = `${site.regionName}尚未发布公共服务事项目录。`;
      else if (asked !== null && asked !== current.number) {
        message = (await liveEditionByNumber(ctx.db, site.regionCode, asked)) ? `第${asked}版目录中没有编码为“${req.params.code}”的事项。` : `第${asked}版目录不存在或尚未施行。`;
      }
      return { site, reply: await notFound(req, reply, { title: '事项不存在', message }) };
    }

    /**
     * The item page. The live edition's page is the same for every visitor (its 纠错 form is a page of
     * its own), so it is kept rendered and compressed, and checked against the database's stamp on
     * every request; an earlier edition's page is rendered each time.
     */
    get('/items/:code', async (req, reply) => {
      const live = req.query.edition === undefined;
      const site = await siteOf(ctx, req);
      const stamp = live ? await liveItemStamp(ctx.db, site.regionCode, req.params.code) : null;
      const key = `${site.origin}${req.url}|${site.care ? 'care' : ''}`;
      const kept = stamp ? itemPages.get(key, stamp) : null;
      if (kept) return sendCachedPage(req, reply, kept);
      const found = await itemOr404(req, reply);
      if (!('item' in found) || !found.item) return found.reply;
      const { item, edition, current } = found;
      const isOld = edition.number !== current.number;
      const inCurrent = !isOld || (await editionHasCode(ctx.db, current.id, item.code));
      const errorReports = isOld ? '' : await errorReportSection({ site, itemCode: item.code, itemId: item.itemId, db: ctx.db });
      const page = itemPage(site, { item, edition, current, inCurrent, errorReports });
      return stamp && !isOld ? sendCachedPage(req, reply, itemPages.set(req, key, stamp, page)) : sendPage(reply, page);
    });

    get('/items/:code/print', async (req, reply) => {
      const found = await itemOr404(req, reply);
      if (!('item' in found) || !found.item) return found.reply;
      const { item } = found;
      return sendPage(reply, guidePrintHtml({ code: item.code, unitName: item.unit.fullName, draft: item.draft, versionNumber: item.versionNumber }));
    });

    get('/items/:code/guide.docx', async (req, reply) => {
      const found = await itemOr404(req, reply);
      if (!('item' in found) || !found.item) return found.reply;
      const { item } = found;
      const body = await guideDocx({ code: item.code, unitName: item.unit.fullName, draft: item.draft, versionNumber: item.versionNumber });
      return reply
        .type(DOCX)
        .header('content-disposition', contentDisposition(`服务指南-${item.draft.name}.docx`, `guide-${item.code}.docx`))
        .header('cache-control', 'no-cache')
        .send(body);
    });

    get('/units', async (req, reply) => {
      const site = await siteOf(ctx, req);
      const edition = await currentEdition(ctx.db, site.regionCode);
      return sendPage(reply, unitsPage(site, { edition, units: edition ? await unitsOfEdition(ctx.db, edition.id) : [] }));
    });

    get('/units/:id', async (req, reply) => {
      const site = await siteOf(ctx, req);
      const unit = await unitOfRegion(ctx.db, site.regionCode, req.params.id);
      if (!unit) return notFound(req, reply, { title: '单位不存在', message: '没有找到这个实施单位，请从实施单位列表中选择。' });
      const edition = await currentEdition(ctx.db, site.regionCode);
      const page = positiveInt(req.query.page) ?? 1;
      const list = edition ? await catalogPage(ctx.db, edition.id, { unitId: unit.id, page, pageSize: UNIT_PAGE_SIZE }) : { total: 0, items: [] };
      return sendPage(reply, unitPage(site, { unit, edition, items: list.items, total: Number(list.total), page }));
    });

    get('/editions', async (req, reply) => {
      const site = await siteOf(ctx, req);
      const list = [];
      for (const edition of await liveEditions(ctx.db, site.regionCode)) list.push({ edition, changes: await editionChangeCounts(ctx.db, edition) });
      return sendPage(reply, editionsPage(site, list));
    });

    get('/editions/compare', async (req, reply) => {
      const site = await siteOf(ctx, req);
      const from = positiveInt(req.query.from);
      const to = positiveInt(req.query.to);
      if (from === null || to === null) return reply.redirect(site.href('/editions'), 303);
      return reply.redirect(site.href(`/editions/${from}/diff/${to}`), 303);
    });

    get('/editions/:number', async (req, reply) => {
      const site = await siteOf(ctx, req);
      const number = positiveInt(req.params.number);
      const edition = number === null ? null : await liveEditionByNumber(ctx.db, site.regionCode, number);
      const current = await currentEdition(ctx.db, site.regionCode);
      if (!edition || !current) return notFound(req, reply, { title: '目录版本不存在', message: `第${req.params.number}版目录不存在或尚未施行。` });
      const page = positiveInt(req.query.page) ?? 1;
      const list = await catalogPage(ctx.db, edition.id, { page, pageSize: EDITION_PAGE_SIZE });
      return sendPage(
        reply,
        editionPage(site, {
          edition,
          current,
          all: await liveEditions(ctx.db, site.regionCode),
          changes: await editionChangeCounts(ctx.db, edition),
          items: list.items,
          total: Number(list.total),
          page,
        }),
      );
    });

    get('/editions/:from/diff/:to', async (req, reply) => {
      const site = await siteOf(ctx, req);
      const [a, b] = [positiveInt(req.params.from), positiveInt(req.params.to)];
      const from = a === null ? null : await liveEditionByNumber(ctx.db, site.regionCode, a);
      const to = b === null ? null : await liveEditionByNumber(ctx.db, site.regionCode, b);
      const current = await currentEdition(ctx.db, site.regionCode);
      if (!from || !to || !current) return notFound(req, reply, { title: '目录版本不存在', message: '要比较的目录版本不存在或尚未施行。' });
      const diff = await editionDiff(ctx.db, from, to);
      return sendPage(reply, diffPage(site, { from, to, current, all: await liveEditions(ctx.db, site.regionCode), ...diff }));
    });

    get('/reports', async (req, reply) => {
      const site = await siteOf(ctx, req);
      const reference = (req.query.ref ?? '').trim().toUpperCase().slice(0, 40);
      const report = reference ? await reportByReference(ctx.db, reference) : null;
      return sendPage(reply, reportsLookupPage(site, { reference, report }));
    });

    get('/care', async (req, reply) => switchCareMode(req, reply));

    get('/sitemap.xml', async (req, reply) => {
      const site = await siteOf(ctx, req);
      const edition = await currentEdition(ctx.db, site.regionCode);
      const body = sitemapXml(site, {
        lastmod: edition?.effectiveOn ?? null,
        codes: edition ? await editionCodes(ctx.db, edition.id) : [],
        unitIds: edition ? (await unitsOfEdition(ctx.db, edition.id)).map((u) => u.id) : [],
        editionNumbers: (await liveEditions(ctx.db, site.regionCode)).map((e) => e.number),
      });
      return reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=3600').send(body);
    });

    get('/robots.txt', async (req, reply) => reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=86400').send(robotsTxt(await siteOf(ctx, req))));

    get('/assets/:name', async (req, reply) => {
      const sent = sendAsset(req as FastifyRequest<{ Params: { name: string }; Querystring: { v?: string } }>, reply);
      return sent ?? notFound(req, reply);
    });

    get('/files/:id', async (req, reply) => {
      const file = await publishedFile(ctx.db, req.params.id);
      if (!file) return notFound(req, reply, { title: '文件不存在', message: '没有找到这个文件，或它不属于已公布的目录。' });
      const ext = file.filename.includes('.') ? file.filename.slice(file.filename.lastIndexOf('.')) : '';
      const etag = `"${file.sha256}"`;
      reply.header('etag', etag).header('cache-control', 'public, max-age=86400');
      if (req.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type(file.mimeType).header('content-disposition', contentDisposition(file.filename, `file${ext}`)).send(file.content);
    });

    // A browser that asks for a page that does not exist gets the portal's 404 page; API clients and
    // everything else keep the application's problem document.
    get('/*', async (req, reply) => {
      if (req.url.startsWith('/api/') || !(req.headers.accept ?? '').includes('text/html')) return reply.callNotFound();
      return notFound(req, reply);
    });
  });
}

