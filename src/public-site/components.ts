/** Pieces several portal pages share: pagination, the list of items, empty states. */
import { CATEGORY_LABELS, ONLINE_DEPTH_LABELS, type Category, type OnlineDepth } from '../domain/catalog/item.ts';
import { html, raw, type SafeHtml } from './html.ts';
import type { Site } from './site.ts';

export interface Paging {
  page: number;
  pageSize: number;
  total: number;
  /** The URL of a page number. */
  hrefFor(page: number): string;
}

export function pageCount(p: Pick<Paging, 'pageSize' | 'total'>): number {
  return Math.max(1, Math.ceil(p.total / p.pageSize));
}

/** Page numbers to show: the first, the last, and two either side of the current one. */
function pageWindow(page: number, last: number): (number | null)[] {
  const set = new Set([1, last, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= last));
  const sorted = [...set].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(null);
    out.push(n);
  });
  return out;
}

/** 上一页 1 2 … 9 下一页, as plain links (rel=prev/next) that work without JavaScript. */
export function pagination(p: Paging): SafeHtml {
  const last = pageCount(p);
  if (last <= 1) return html``;
  const prev = p.page > 1 ? html`<a class="page-prev" rel="prev" href="${p.hrefFor(p.page - 1)}">上一页</a>` : html`<span class="page-prev" aria-disabled="true">上一页</span>`;
  const next = p.page < last ? html`<a class="page-next" rel="next" href="${p.hrefFor(p.page + 1)}">下一页</a>` : html`<span class="page-next" aria-disabled="true">下一页</span>`;
  const numbers = pageWindow(p.page, last).map((n) =>
    n === null
      ? html`<li class="page-gap" aria-hidden="true">…</li>`
      : n === p.page
        ? html`<li><a href="${p.hrefFor(n)}" aria-current="page"><span class="visually-hidden">第</span>${n}<span class="visually-hidden">页（当前页）</span></a></li>`
        : html`<li><a href="${p.hrefFor(n)}"><span class="visually-hidden">第</span>${n}<span class="visually-hidden">页</span></a></li>`,
  );
  return html`<nav class="pagination" aria-label="分页">
${prev}<ol>${numbers}</ol>${next}
<p class="page-info">第 ${p.page} 页，共 ${last} 页</p>
</nav>`;
}

/** `<link rel="prev|next">` for the head. */
export function paginationHead(p: Paging): SafeHtml {
  const last = pageCount(p);
  return html`${p.page > 1 ? html`<link rel="prev" href="${p.hrefFor(p.page - 1)}">` : ''}${p.page < last ? html`<link rel="next" href="${p.hrefFor(p.page + 1)}">` : ''}`;
}

export function categoryLabel(c: string | null): string {
  return c && c in CATEGORY_LABELS ? CATEGORY_LABELS[c as Category] : '未分类';
}

/** Ⅲ级 网上申报/预审 → the short form for a list: 网办深度Ⅲ级. */
export function depthShort(d: number | null): string | null {
  if (!d || !(d in ONLINE_DEPTH_LABELS)) return null;
  return `网办深度${ONLINE_DEPTH_LABELS[d as OnlineDepth].split(' ')[0]}`;
}

export interface ListItem {
  code: string;
  name: string;
  /** Escaped markup of the name with highlights; the plain name is used when absent. */
  nameHtml?: string;
  unitName?: string;
  category: string | null;
  serviceObjects?: string[];
  onlineDepth?: number | null;
  snippetHtml?: string | null;
}

/** The items as a list of linked names with what each is, where, for whom. */
export function itemList(site: Site, list: ListItem[], opts: { headingLevel?: 2 | 3; showUnit?: boolean } = {}): SafeHtml {
  const h = opts.headingLevel ?? 3;
  return html`<ol class="results">${list.map((i) => {
    const name = i.nameHtml ? raw(i.nameHtml) : i.name;
    const depth = depthShort(i.onlineDepth ?? null);
    const link = html`<a href="${site.href(`/items/${encodeURIComponent(i.code)}`)}">${name}</a>`;
    return html`<li class="result">
${h === 2 ? html`<h2 class="result-title">${link}</h2>` : html`<h3 class="result-title">${link}</h3>`}
<p class="result-meta">${opts.showUnit === false || !i.unitName ? '' : html`<span class="meta-unit">${i.unitName}</span>`}<span class="tag">${categoryLabel(i.category)}</span>${
      i.serviceObjects && i.serviceObjects.length > 0 ? html`<span class="meta-objects">服务对象：${i.serviceObjects.join('、')}</span>` : ''
    }${depth ? html`<span class="meta-depth">${depth}</span>` : ''}</p>
${i.snippetHtml ? html`<p class="result-snippet">${raw(i.snippetHtml)}</p>` : ''}
<p class="result-code">事项编码：${i.code}</p>
</li>`;
  })}</ol>`;
}

/** A notice when there is no live catalog yet. */
export function noCatalogNotice(site: Site): SafeHtml {
  return html`<div class="notice" role="status"><p><strong>${site.regionName}尚未发布公共服务事项目录。</strong></p><p>目录发布后，您可以在这里查询各单位的公共服务事项和办事指南。如需办事，请拨打 12345 政务服务便民热线咨询。</p></div>`;
}

/** 2017-12-20 → 2017年12月20日. */
export function chineseDate(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
