/**
 * 事项目录 and search results (/items): filters as a GET form that works without JavaScript, links
 * that remove one filter, counts, pagination, and an empty state that suggests what to try next.
 */
import { CATEGORY_LABELS, ONLINE_DEPTH_LABELS, SERVICE_OBJECTS, type Category, type OnlineDepth } from '../../domain/catalog/item.ts';
import { THEME_AUDIENCE_LABELS, themeOf, themesFor, type ThemeAudience } from '../../domain/portal/themes.ts';
import { itemList, noCatalogNotice, pageCount, pagination, paginationHead, type Paging } from '../components.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import type { CatalogSearchResult, EditionRow, UnitCount } from '../queries.ts';
import type { Query, Site } from '../site.ts';

export const PAGE_SIZE = 20;

/** The list's filters as read from the query string (anything invalid is ignored). */
export interface ListFilters {
  q: string;
  unit?: string;
  category?: Category;
  object?: string;
  theme?: string;
  depth?: OnlineDepth;
  page: number;
}

const first = (v: unknown): string | undefined => (Array.isArray(v) ? first(v[0]) : typeof v === 'string' ? v : undefined);

/** Reads `q`, `unit`, `category`, `object`, `theme`, `depth` and `page`, dropping what is not valid. */
export function parseListFilters(query: Record<string, unknown>, unitIds: Set<string>): ListFilters {
  const q = (first(query.q) ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
  const unit = first(query.unit);
  const category = first(query.category);
  const object = first(query.object);
  const theme = first(query.theme);
  const depth = Number(first(query.depth));
  const page = Number.parseInt(first(query.page) ?? '1', 10);
  return {
    q,
    unit: unit && unitIds.has(unit) ? unit : undefined,
    category: category && category in CATEGORY_LABELS ? (category as Category) : undefined,
    object: object && (SERVICE_OBJECTS as readonly string[]).includes(object) ? object : undefined,
    theme: theme && themeOf(theme) ? theme : undefined,
    depth: depth >= 1 && depth <= 4 && Number.isInteger(depth) ? (depth as OnlineDepth) : undefined,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1,
  };
}

/** The filters as a query string (page left out when it is the first). */
export function filterQuery(f: ListFilters, overrides: Partial<Record<keyof ListFilters, string | number | undefined>> = {}): Query {
  const q: Query = { q: f.q, unit: f.unit, category: f.category, object: f.object, theme: f.theme, depth: f.depth, page: f.page > 1 ? f.page : undefined };
  for (const [k, v] of Object.entries(overrides)) q[k] = v;
  return q;
}

export interface ItemsData {
  edition: EditionRow | null;
  units: UnitCount[];
  filters: ListFilters;
  result: CatalogSearchResult;
}

function option(value: string, label: string, selected: boolean): SafeHtml {
  return html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
}

function themeOptions(selected: string | undefined): SafeHtml {
  return html`${(['personal', 'business'] as ThemeAudience[]).map(
    (a) => html`<optgroup label="${THEME_AUDIENCE_LABELS[a]}">${themesFor(a).map((t) => option(t.code, `${t.label}（${THEME_AUDIENCE_LABELS[a].slice(0, 2)}）`, t.code === selected))}</optgroup>`,
  )}`;
}

function filterForm(site: Site, data: ItemsData): SafeHtml {
  const f = data.filters;
  return html`<form class="filters card" method="get" action="/items" aria-labelledby="filters-title">
<h2 id="filters-title">筛选条件</h2>
${f.q ? html`<input type="hidden" name="q" value="${f.q}">` : ''}
${site.isDefaultRegion ? '' : html`<input type="hidden" name="region" value="${site.regionCode}">`}
<div class="field"><label for="f-unit">实施单位</label>
<select id="f-unit" name="unit">${option('', '全部单位', !f.unit)}${data.units.map((u) => option(u.id, `${u.fullName}（${u.itemCount}）`, u.id === f.unit))}</select></div>
<div class="field"><label for="f-category">事项类别</label>
<select id="f-category" name="category">${option('', '全部类别', !f.category)}${(Object.keys(CATEGORY_LABELS) as Category[]).map((c) => option(c, CATEGORY_LABELS[c], c === f.category))}</select></div>
<div class="field"><label for="f-object">服务对象</label>
<select id="f-object" name="object">${option('', '全部对象', !f.object)}${SERVICE_OBJECTS.map((o) => option(o, o, o === f.object))}</select></div>
<div class="field"><label for="f-theme">主题</label>
<select id="f-theme" name="theme">${option('', '全部主题', !f.theme)}${themeOptions(f.theme)}</select></div>
<div class="field"><label for="f-depth">网办深度</label>
<select id="f-depth" name="depth">${option('', '全部', !f.depth)}${([1, 2, 3, 4] as OnlineDepth[]).map((d) => option(String(d), ONLINE_DEPTH_LABELS[d], d === f.depth))}</select></div>
<div class="filter-actions"><button type="submit">应用筛选</button><a href="${site.href('/items', { q: f.q })}">清除筛选</a></div>
</form>`;
}

/** The active filters, each with a link that removes it. */
function activeFilters(site: Site, data: ItemsData): SafeHtml {
  const f = data.filters;
  const chips: { label: string; remove: Query }[] = [];
  const without = (key: keyof ListFilters) => filterQuery(f, { [key]: undefined, page: undefined });
  if (f.q) chips.push({ label: `关键词：${f.q}`, remove: without('q') });
  if (f.unit) chips.push({ label: `实施单位：${data.units.find((u) => u.id === f.unit)?.fullName ?? ''}`, remove: without('unit') });
  if (f.category) chips.push({ label: `事项类别：${CATEGORY_LABELS[f.category]}`, remove: without('category') });
  if (f.object) chips.push({ label: `服务对象：${f.object}`, remove: without('object') });
  if (f.theme) chips.push({ label: `主题：${themeOf(f.theme)?.label ?? ''}`, remove: without('theme') });
  if (f.depth) chips.push({ label: `网办深度：${ONLINE_DEPTH_LABELS[f.depth]}`, remove: without('depth') });
  if (chips.length === 0) return html``;
  return html`<div class="active-filters"><span class="af-title">已选条件：</span><ul>${chips.map(
    (c) => html`<li><a href="${site.href('/items', c.remove)}" class="chip"><span>${c.label}</span><span class="chip-x" aria-hidden="true">×</span><span class="visually-hidden">（移除此条件）</span></a></li>`,
  )}</ul>${chips.length > 1 ? html`<a class="clear-all" href="${site.href('/items')}">全部清除</a>` : ''}</div>`;
}

function emptyState(site: Site, data: ItemsData): SafeHtml {
  const f = data.filters;
  const hasFilters = Boolean(f.unit || f.category || f.object || f.theme || f.depth);
  return html`<div class="empty" role="status">
<h2>${f.q ? html`没有找到与“${f.q}”相关的事项` : '没有符合条件的事项'}</h2>
<p>您可以试试：</p>
<ul>
${f.q ? html`<li>检查输入的文字是否有误，或换一个更短、更常用的词，如“养老”“户口”“入学”</li><li>用拼音首字母搜索，如“ylbx”（养老保险）</li>` : ''}
${hasFilters ? html`<li><a href="${site.href('/items', { q: f.q })}">去掉筛选条件，在全部事项中查找</a></li>` : ''}
<li><a href="${site.href('/units')}">按实施单位浏览事项</a></li>
<li><a href="${site.href('/')}">回到首页按主题查找</a></li>
<li>拨打 <a href="tel:12345">12345</a> 政务服务便民热线，或到区政务服务中心窗口咨询</li>
</ul>
</div>`;
}

export function itemsPage(site: Site, data: ItemsData): string {
  const f = data.filters;
  const theme = f.theme ? themeOf(f.theme) : undefined;
  const unit = f.unit ? data.units.find((u) => u.id === f.unit) : undefined;
  const heading = f.q ? `“${f.q}”的搜索结果` : theme ? `${theme.label}（${THEME_AUDIENCE_LABELS[theme.audience]}）` : unit ? `${unit.fullName}的事项` : '事项目录';
  const paging: Paging = { page: f.page, pageSize: PAGE_SIZE, total: data.result.total, hrefFor: (p) => site.href('/items', filterQuery(f, { page: p > 1 ? p : undefined })) };
  const last = pageCount(paging);
  const title = `${heading}${f.page > 1 ? `（第${f.page}页）` : ''}`;
  const body = html`<h1>${heading}</h1>
${data.edition ? '' : noCatalogNotice(site)}
<div class="list-layout">
${filterForm(site, data)}
<section class="list-main" aria-labelledby="result-count">
<p id="result-count" class="result-count" role="status">${
    f.q ? html`共找到 <strong>${data.result.total}</strong> 个相关事项` : html`共 <strong>${data.result.total}</strong> 个事项`
  }${data.result.total > 0 ? html`，当前第 ${Math.min(f.page, last)}/${last} 页` : ''}</p>
${activeFilters(site, data)}
${
    data.result.items.length > 0
      ? itemList(site, data.result.items, { headingLevel: 2 })
      : data.result.total > 0
        ? html`<div class="empty"><p>本页没有内容。<a href="${paging.hrefFor(1)}">回到第1页</a></p></div>`
        : emptyState(site, data)
  }
${pagination(paging)}
</section>
</div>`;
  return layout(site, {
    title,
    description: `${site.siteName}${heading}：共${data.result.total}个事项。`,
    canonical: site.href('/items', filterQuery(f)),
    nav: 'items',
    crumbs: f.q || theme || unit ? [{ label: '事项目录', href: site.href('/items') }, { label: heading }] : [{ label: '事项目录' }],
    head: paginationHead(paging),
    noindex: Boolean(f.q),
    q: f.q,
    body,
  });
}
