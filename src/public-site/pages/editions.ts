/** 目录版本 (/editions): every live edition with its document number, dates, counts and changes. */
import { chineseDate } from '../components.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import type { EditionRow } from '../queries.ts';
import type { Site } from '../site.ts';

export interface EditionSummary {
  edition: EditionRow;
  changes: { added: number; changed: number; cancelled: number };
}

/** Two selects that compare any two editions (GET /editions/compare redirects to the diff). */
export function compareForm(site: Site, editions: EditionRow[], from?: number, to?: number): SafeHtml {
  if (editions.length < 2) return html``;
  const options = (selected: number | undefined) => editions.map((e) => html`<option value="${e.number}"${e.number === selected ? html` selected` : ''}>第${e.number}版（${e.docNumber}）</option>`);
  return html`<form class="card compare" method="get" action="/editions/compare" aria-labelledby="compare-h">
<h2 id="compare-h">比较两个版本</h2>
${site.isDefaultRegion ? '' : html`<input type="hidden" name="region" value="${site.regionCode}">`}
<div class="field"><label for="cmp-from">原版本</label><select id="cmp-from" name="from">${options(from ?? editions[1].number)}</select></div>
<div class="field"><label for="cmp-to">新版本</label><select id="cmp-to" name="to">${options(to ?? editions[0].number)}</select></div>
<div class="filter-actions"><button type="submit">比较</button></div>
</form>`;
}

export function editionsPage(site: Site, list: EditionSummary[]): string {
  const current = list[0]?.edition.number;
  const body = html`<h1>目录版本</h1>
<p class="lead">${site.siteName}每次发布或动态调整（新增、变更、取消事项）都形成一个新的目录版本，以政府文件的文号公布。历次版本及其差异均可查看。</p>
${
  list.length === 0
    ? html`<div class="notice" role="status"><p>${site.regionName}尚未发布公共服务事项目录。</p></div>`
    : html`<ol class="editions">${list.map(
        ({ edition: e, changes }) => html`<li class="card edition">
<h2><a href="${site.href(`/editions/${e.number}`)}">第${e.number}版</a>${e.number === current ? html`<span class="tag tag-strong">现行</span>` : ''}</h2>
<p class="edition-title">${e.title}</p>
<dl class="kv">
<div><dt>文号</dt><dd>${e.docNumber}</dd></div>
<div><dt>发布日期</dt><dd>${chineseDate(e.publishedOn)}</dd></div>
<div><dt>施行日期</dt><dd>${chineseDate(e.effectiveOn)}</dd></div>
<div><dt>事项数</dt><dd>${e.itemCount}项</dd></div>
${e.number > 1 ? html`<div><dt>本次调整</dt><dd>新增${changes.added}项，变更${changes.changed}项，取消${changes.cancelled}项</dd></div>` : html`<div><dt>本次调整</dt><dd>首次发布</dd></div>`}
</dl>
<p class="links-row"><a href="${site.href(`/editions/${e.number}`)}">查看第${e.number}版事项</a>${e.number > 1 ? html`<a href="${site.href(`/editions/${e.number - 1}/diff/${e.number}`)}">与第${e.number - 1}版比较</a>` : ''}</p>
</li>`,
      )}</ol>
${compareForm(
  site,
  list.map((s) => s.edition),
)}`
}`;
  return layout(site, {
    title: '目录版本',
    description: `${site.siteName}的历次版本、文号、发布和施行日期及调整情况。`,
    canonical: site.href('/editions'),
    nav: 'editions',
    crumbs: [{ label: '目录版本' }],
    body,
  });
}
