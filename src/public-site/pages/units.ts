/** 实施单位 (/units): every unit with items in the live edition, with how many. */
import { noCatalogNotice } from '../components.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';
import type { EditionRow, UnitCount } from '../queries.ts';
import type { Site } from '../site.ts';

export function unitsPage(site: Site, data: { edition: EditionRow | null; units: UnitCount[] }): string {
  const total = data.units.reduce((n, u) => n + u.itemCount, 0);
  const body = html`<h1>实施单位</h1>
${data.edition ? html`<p class="lead">现行目录（第${data.edition.number}版）共有 ${data.units.length} 个实施单位、${total} 个公共服务事项。选择单位查看它提供的事项和联系方式。</p>` : noCatalogNotice(site)}
${
  data.units.length > 0
    ? html`<ul class="unit-grid unit-grid-wide">${data.units.map(
        (u) => html`<li><a href="${site.href(`/units/${u.id}`)}"><span class="unit-name">${u.fullName}</span><span class="count">${u.itemCount}项</span></a></li>`,
      )}</ul>`
    : ''
}`;
  return layout(site, {
    title: '实施单位',
    description: `${site.siteName}的实施单位及各单位的公共服务事项数量。`,
    canonical: site.href('/units'),
    nav: 'units',
    crumbs: [{ label: '实施单位' }],
    body,
  });
}
