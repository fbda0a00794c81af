/** 第N版目录 (/editions/:number): the edition's facts, its changes and its items. */
import { chineseDate, itemList, pagination, paginationHead, type ListItem, type Paging } from '../components.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';
import type { EditionRow } from '../queries.ts';
import type { Site } from '../site.ts';
import { compareForm, type EditionSummary } from './editions.ts';

export const EDITION_PAGE_SIZE = 50;

export interface EditionPageData extends EditionSummary {
  current: EditionRow;
  all: EditionRow[];
  items: ListItem[];
  total: number;
  page: number;
}

export function editionPage(site: Site, data: EditionPageData): string {
  const e = data.edition;
  const isCurrent = e.number === data.current.number;
  const path = `/editions/${e.number}`;
  const paging: Paging = { page: data.page, pageSize: EDITION_PAGE_SIZE, total: data.total, hrefFor: (p) => site.href(path, { page: p > 1 ? p : undefined }) };
  const body = html`<h1>第${e.number}版目录${isCurrent ? html`<span class="tag tag-strong">现行</span>` : ''}</h1>
<p class="lead">${e.title}</p>
${isCurrent ? '' : html`<div class="notice notice-warn" role="note"><p>这是历史版本，现行目录为<a href="${site.href(`/editions/${data.current.number}`)}">第${data.current.number}版</a>。</p></div>`}
<section class="card" aria-labelledby="edition-facts">
<h2 id="edition-facts">版本信息</h2>
<dl class="kv">
<div><dt>文号</dt><dd>${e.docNumber}</dd></div>
<div><dt>发布日期</dt><dd>${chineseDate(e.publishedOn)}</dd></div>
<div><dt>施行日期</dt><dd>${chineseDate(e.effectiveOn)}</dd></div>
<div><dt>事项数</dt><dd>${e.itemCount}项</dd></div>
<div><dt>本次调整</dt><dd>${e.number > 1 ? html`新增${data.changes.added}项，变更${data.changes.changed}项，取消${data.changes.cancelled}项（<a href="${site.href(`/editions/${e.number - 1}/diff/${e.number}`)}">查看与第${e.number - 1}版的差异</a>）` : '首次发布'}</dd></div>
</dl>
<p class="links-row"><a href="${site.href('/open-data', { edition: e.number })}">下载本版目录数据</a></p>
</section>
${compareForm(site, data.all, e.number > 1 ? e.number - 1 : undefined, e.number > 1 ? e.number : undefined)}
<section aria-labelledby="edition-items">
<h2 id="edition-items">本版事项（${data.total}项）</h2>
${itemList(
  // Items of an earlier edition open as that edition showed them.
  { ...site, href: (p, q) => (p.startsWith('/items/') && !isCurrent ? site.href(p, { ...q, edition: e.number }) : site.href(p, q)) },
  data.items,
)}
${pagination(paging)}
</section>`;
  return layout(site, {
    title: `第${e.number}版目录（${e.docNumber}）${data.page > 1 ? `第${data.page}页` : ''}`,
    description: `${e.title}，${e.docNumber}，${chineseDate(e.effectiveOn)}起施行，共${e.itemCount}项。`,
    canonical: site.href(path, { page: data.page > 1 ? data.page : undefined }),
    nav: 'editions',
    crumbs: [{ label: '目录版本', href: site.href('/editions') }, { label: `第${e.number}版` }],
    head: paginationHead(paging),
    body,
  });
}
