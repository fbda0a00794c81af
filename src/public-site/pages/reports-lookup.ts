/** 纠错查询 (/reports): the reporter looks up an error report and its answer by reference number. */
import type { PublicReport } from '../../modules/feedback/queries.ts';
import { formatChineseDate } from '../../modules/guides/guide-content.ts';
import { html, lines, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import type { Site } from '../site.ts';

function result(site: Site, r: PublicReport): SafeHtml {
  // Moderation first: a text hidden by reports (or removed) shows neither the report nor its answer.
  const hidden = r.status === 'hidden' || r.status === 'removed';
  const hiddenNote = r.status === 'removed' ? '经审核，该纠错及答复不予公开。' : '该纠错及答复被多人举报，已暂时隐藏，等待审核人员审核后决定是否恢复显示。';
  return html`<section class="card report" aria-labelledby="report-h">
<h2 id="report-h">纠错编号 ${r.reference}</h2>
<dl class="kv">
<div><dt>办理状态</dt><dd><span class="tag${r.status === 'answered' || r.status === 'closed' ? ' tag-strong' : ''}">${r.statusLabel}</span></dd></div>
<div><dt>涉及事项</dt><dd><a href="${site.href(`/items/${encodeURIComponent(r.itemCode)}`)}">${r.itemName}</a></dd></div>
<div><dt>有误的内容</dt><dd>${r.fieldLabel}</dd></div>
<div><dt>答复单位</dt><dd>${r.unitName}</dd></div>
<div><dt>提交时间</dt><dd>${formatChineseDate(new Date(r.createdAt))}</dd></div>
<div><dt>纠错内容</dt><dd>${hidden || r.body === null ? html`<span class="muted">${hiddenNote}</span>` : lines(r.body)}</dd></div>
<div><dt>答复</dt><dd>${
    hidden
      ? html`<span class="muted">${hiddenNote}</span>`
      : r.answer
        ? html`${lines(r.answer)}${r.answeredAt ? html`<p class="muted">答复时间：${formatChineseDate(new Date(r.answeredAt))}</p>` : ''}`
        : html`<span class="muted">单位尚未答复，请稍后再查。</span>`
  }</dd></div>
</dl>
<p class="hint">请记下纠错编号，以便日后查询答复。</p>
</section>`;
}

export function reportsLookupPage(site: Site, data: { reference: string; report: PublicReport | null }): string {
  const body = html`<h1>纠错查询</h1>
<p class="lead">在事项页面提交纠错后，您会得到一个纠错编号（如 JC2026112700042）。输入编号即可查看办理状态和单位的答复。</p>
<form class="card lookup" method="get" action="/reports">
${site.isDefaultRegion ? '' : html`<input type="hidden" name="region" value="${site.regionCode}">`}
<div class="field"><label for="ref">纠错编号</label>
<input id="ref" name="ref" type="text" value="${data.reference}" maxlength="40" autocomplete="off" spellcheck="false"${data.reference && !data.report ? html` aria-invalid="true" aria-describedby="ref-error"` : ''}></div>
${data.reference && !data.report ? html`<p id="ref-error" class="field-error" role="alert">没有找到编号为“${data.reference}”的纠错，请核对编号后重试。</p>` : ''}
<div class="filter-actions"><button type="submit">查询</button></div>
</form>
${data.report ? result(site, data.report) : ''}`;
  return layout(site, {
    title: data.report ? `纠错查询：${data.report.reference}` : '纠错查询',
    description: '按纠错编号查询公共服务事项纠错的办理状态和答复。',
    canonical: site.href('/reports'),
    nav: 'reports',
    crumbs: [{ label: '纠错查询' }],
    noindex: Boolean(data.reference),
    body,
  });
}
