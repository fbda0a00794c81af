/** 单位页 (/units/:id): the unit's contact details and its items in the live edition. */
import { itemList, pagination, paginationHead, type ListItem, type Paging } from '../components.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';
import type { EditionRow } from '../queries.ts';
import type { Site } from '../site.ts';

export const UNIT_PAGE_SIZE = 50;

export interface UnitPageData {
  unit: { id: string; fullName: string; shortName: string; phone: string | null; address: string | null };
  edition: EditionRow | null;
  items: ListItem[];
  total: number;
  page: number;
}

export function unitPage(site: Site, data: UnitPageData): string {
  const u = data.unit;
  const path = `/units/${u.id}`;
  const paging: Paging = { page: data.page, pageSize: UNIT_PAGE_SIZE, total: data.total, hrefFor: (p) => site.href(path, { page: p > 1 ? p : undefined }) };
  const body = html`<h1>${u.fullName}</h1>
<section class="card" aria-labelledby="unit-contact">
<h2 id="unit-contact">联系方式</h2>
<dl class="kv">
<div><dt>单位简称</dt><dd>${u.shortName}</dd></div>
<div><dt>联系电话</dt><dd>${u.phone ? html`<a href="tel:${u.phone.replace(/[^\d-]/g, '')}">${u.phone}</a>` : '请拨打 12345 政务服务便民热线转接'}</dd></div>
<div><dt>办公地址</dt><dd>${u.address ?? '请见各事项的“办理地点”'}</dd></div>
</dl>
</section>
<section aria-labelledby="unit-items">
<h2 id="unit-items">公共服务事项（${data.total}项）</h2>
${
  data.total === 0
    ? html`<div class="empty"><p>${data.edition ? '现行目录中该单位暂无公共服务事项。' : '目录尚未发布。'}</p><p><a href="${site.href('/units')}">查看其他单位</a></p></div>`
    : html`${html`<p><a href="${site.href('/items', { unit: u.id })}">在事项目录中按条件筛选本单位事项</a></p>`}${itemList(site, data.items, { showUnit: false })}${pagination(paging)}`
}
</section>`;
  return layout(site, {
    title: data.page > 1 ? `${u.fullName}（第${data.page}页）` : u.fullName,
    description: `${u.fullName}提供的公共服务事项（${data.total}项）及联系方式。`,
    canonical: site.href(path, { page: data.page > 1 ? data.page : undefined }),
    nav: 'units',
    crumbs: [{ label: '实施单位', href: site.href('/units') }, { label: u.fullName }],
    head: paginationHead(paging),
    body,
  });
}
