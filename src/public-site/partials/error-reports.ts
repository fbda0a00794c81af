/**
 * The 纠错 section of an item page: the form to report a mistake (a plain POST form with the page's
 * double-submit token, complete without JavaScript) and the reports the unit has answered, each with
 * a small form to report it as improper (举报). Written by the feedback module; the item page calls it.
 */
import type { Db } from '../../db/client.ts';
import { formatChineseDate } from '../../modules/guides/guide-content.ts';
import { BODY_MAX, BODY_MIN, REASON_MAX, REPORT_FIELDS } from '../../modules/feedback/fields.ts';
import { publicReportsOfItem, type PublicReport } from '../../modules/feedback/queries.ts';
import { html, lines, raw, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import type { Site } from '../site.ts';

export interface ErrorReportSectionInput {
  site: Site;
  itemCode: string;
  itemId: string;
  /** The database, for the answered reports shown in the section. */
  db: Db;
}

/** What a person typed, to show the form again with their text and what is wrong. */
export interface ReportFormValues {
  fieldPath?: string | null;
  body?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
}

export interface ReportFormOptions {
  itemCode: string;
  formToken: string;
  values?: ReportFormValues;
  /** Problems by field (`body`, `contactPhone`…), each in words. */
  errors?: Record<string, string>;
}

/** The input of each field path, for the error summary's links. */
const FIELD_IDS: Record<string, string> = { fieldPath: 'jc-field', body: 'jc-body', contactName: 'jc-name', contactPhone: 'jc-phone' };

function described(id: string, error: string | undefined, hint?: string): SafeHtml {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return raw(`${ids ? ` aria-describedby="${ids}"` : ''}${error ? ' aria-invalid="true"' : ''}`);
}

function errorLine(id: string, error: string | undefined): SafeHtml {
  return error ? html`<p id="${id}-error" class="field-error">${error}</p>` : html``;
}

/** The report form on its own (the item page's section, and the page that shows it again with errors). */
export function errorReportForm(opts: ReportFormOptions): SafeHtml {
  const v = opts.values ?? {};
  const e = opts.errors ?? {};
  const summary = Object.entries(e);
  return html`<form class="report-form" method="post" action="/items/${encodeURIComponent(opts.itemCode)}/error-reports" novalidate>
<input type="hidden" name="_token" value="${opts.formToken}">
${
  summary.length > 0
    ? html`<div class="error-summary" role="alert" tabindex="-1"><p><strong>纠错未提交，请修改以下内容：</strong></p><ul>${summary.map(([path, m]) => html`<li><a href="#${FIELD_IDS[path] ?? 'jc-body'}">${m}</a></li>`)}</ul></div>`
    : ''
}
<div class="field">
<label for="jc-field">有误的内容（选填）</label>
<select id="jc-field" name="fieldPath"${described('jc-field', e.fieldPath)}>
<option value="">事项整体或其他</option>
${REPORT_FIELDS.map((f) => html`<option value="${f.path}"${v.fieldPath === f.path ? raw(' selected') : ''}>${f.label}</option>`)}
</select>
${errorLine('jc-field', e.fieldPath)}
</div>
<div class="field">
<label for="jc-body">纠错内容（必填）</label>
<p id="jc-body-hint" class="hint">请写明哪里有误、正确的应当是什么，${BODY_MIN}至${BODY_MAX}个字。请勿填写身份证号码等个人信息。</p>
<textarea id="jc-body" name="body" rows="5" maxlength="${BODY_MAX}" required${described('jc-body', e.body, 'hint')}>${v.body ?? ''}</textarea>
${errorLine('jc-body', e.body)}
</div>
<div class="field-row">
<div class="field">
<label for="jc-name">您的姓名（选填）</label>
<input id="jc-name" name="contactName" type="text" maxlength="30" autocomplete="name" value="${v.contactName ?? ''}"${described('jc-name', e.contactName)}>
${errorLine('jc-name', e.contactName)}
</div>
<div class="field">
<label for="jc-phone">联系电话（选填）</label>
<input id="jc-phone" name="contactPhone" type="tel" maxlength="20" autocomplete="tel" inputmode="tel" value="${v.contactPhone ?? ''}"${described('jc-phone', e.contactPhone, 'hint')}>
${errorLine('jc-phone', e.contactPhone)}
</div>
</div>
<p id="jc-phone-hint" class="hint">联系电话填11位手机号码或带区号的固定电话，单位可能与您联系核实。姓名和电话不会公开。</p>
<p class="hint">提交后您会得到一个纠错编号，凭编号可在“纠错查询”中查看单位的答复。单位的答复将在本页公开。</p>
<div class="form-actions"><button type="submit">提交纠错</button></div>
</form>`;
}

/** The 举报 form of one answered report (its own page: item pages carry no per-visitor token). */
export function flagForm(reportId: string, formToken: string): SafeHtml {
  return html`<form method="post" action="/error-reports/${reportId}/flags">
<input type="hidden" name="_token" value="${formToken}">
<div class="field">
<label for="flag-reason">举报理由（必填）</label>
<p id="flag-reason-hint" class="hint">请说明不当之处，如含有辱骂、广告或个人隐私，2至${REASON_MAX}个字。</p>
<input id="flag-reason" name="reason" type="text" required minlength="2" maxlength="${REASON_MAX}" aria-describedby="flag-reason-hint">
</div>
<div class="form-actions"><button type="submit">提交举报</button></div>
</form>`;
}

/** One answered report as the public sees it; `flagHref` links to its 举报 page. */
export function answeredReport(report: PublicReport, flagHref: string | null): SafeHtml {
  return html`<li class="report-entry" id="jc-${report.reference}">
<p class="report-meta"><span class="tag">${report.fieldLabel}</span> 纠错编号 ${report.reference} · ${formatChineseDate(new Date(report.createdAt))}提出</p>
<p class="report-question"><strong>纠错：</strong>${lines(report.body ?? '')}</p>
<div class="report-answer"><p><strong>${report.unitName}答复</strong>${report.answeredAt ? html`（${formatChineseDate(new Date(report.answeredAt))}）` : ''}：</p><p>${lines(report.answer ?? '')}</p></div>
${flagHref ? html`<p class="report-flag"><a href="${flagHref}" rel="nofollow">举报不当内容<span class="visually-hidden">（纠错编号 ${report.reference}）</span></a></p>` : ''}
</li>`;
}

/**
 * The whole section of the item page: what 纠错 is for, the link to the form (its own page, so the
 * item page is the same for every visitor and can be kept rendered), and the answered reports.
 */
export async function errorReportSection(input: ErrorReportSectionInput): Promise<string> {
  const { site } = input;
  const reports = await publicReportsOfItem(input.db, input.itemId);
  return html`<h2 id="jiucuo-h">我要纠错</h2>
<p>发现本页的办事指南与实际不符（如材料、时限、地点、电话有误）？请告诉我们，实施单位会核实并答复。</p>
<p class="action-row"><a class="button" href="${site.href(`/items/${encodeURIComponent(input.itemCode)}/report`)}" rel="nofollow">填写纠错</a><a href="${site.href('/reports')}">凭编号查询纠错答复</a></p>
<section class="reports-answered" aria-labelledby="jiucuo-answered" style="margin-top:1.5em">
<h3 id="jiucuo-answered">已答复的纠错${reports.length > 0 ? `（${reports.length}）` : ''}</h3>
${reports.length > 0 ? html`<ol class="report-list">${reports.map((r) => answeredReport(r, site.href(`/error-reports/${r.id}/flag`)))}</ol>` : html`<p class="muted">本事项暂无已答复的纠错。</p>`}
</section>`.value;
}

// ---------------------------------------------------------------------------------------------
// Pages of the form posts: the form again with what is wrong, and the answer to a 举报.
// ---------------------------------------------------------------------------------------------

/** The report form shown again after a failed post, with the problems in words and the text kept. */
export function reportFormPage(site: Site, opts: ReportFormOptions & { itemName: string | null; status: number; notice?: string }): string {
  const itemHref = site.href(`/items/${encodeURIComponent(opts.itemCode)}`);
  const body = html`<h1>${opts.itemName ? `对“${opts.itemName}”提出纠错` : '提出纠错'}</h1>
${opts.notice ? html`<div class="notice" role="alert"><p>${opts.notice}</p></div>` : ''}
${opts.itemName ? html`<div class="card">${errorReportForm(opts)}</div>` : ''}
<p class="links-row"><a href="${itemHref}#jiucuo">返回事项页面</a><a href="${site.href('/reports')}">纠错查询</a></p>`;
  return layout(site, {
    title: '提出纠错',
    canonical: itemHref,
    nav: 'items',
    crumbs: [{ label: '事项目录', href: site.href('/items') }, ...(opts.itemName ? [{ label: opts.itemName, href: itemHref }] : []), { label: '提出纠错' }],
    noindex: true,
    body,
  });
}

/** 举报不当内容: the answered report and the form to report it, on its own page. */
export function flagFormPage(site: Site, opts: { report: PublicReport; itemCode: string; itemName: string; formToken: string }): string {
  const itemHref = site.href(`/items/${encodeURIComponent(opts.itemCode)}`);
  const body = html`<h1>举报不当内容</h1>
<p>如果下面的纠错或答复含有辱骂、广告、他人隐私等不当内容，请说明理由。同一内容被三人举报后将暂时隐藏，由审核人员决定保留或删除。</p>
<ol class="report-list">${answeredReport(opts.report, null)}</ol>
<div class="card">${flagForm(opts.report.id, opts.formToken)}</div>
<p class="links-row"><a href="${itemHref}#jiucuo">返回“${opts.itemName}”</a></p>`;
  return layout(site, {
    title: '举报不当内容',
    canonical: site.href(`/error-reports/${opts.report.id}/flag`),
    nav: 'items',
    crumbs: [{ label: '事项目录', href: site.href('/items') }, { label: opts.itemName, href: itemHref }, { label: '举报不当内容' }],
    noindex: true,
    body,
  });
}

/** After a 举报: thanks, or why it was not taken. */
export function flagResultPage(site: Site, opts: { itemCode: string | null; message: string; ok: boolean; title?: string }): string {
  const title = opts.title ?? (opts.ok ? '举报已收到' : '举报未提交');
  const body = html`<h1>${title}</h1>
<div class="notice" role="${opts.ok ? 'status' : 'alert'}"><p>${opts.message}</p></div>
<p class="links-row">${opts.itemCode ? html`<a href="${site.href(`/items/${encodeURIComponent(opts.itemCode)}`)}#jiucuo">返回事项页面</a>` : ''}<a href="${site.href('/')}">返回首页</a></p>`;
  return layout(site, { title, canonical: site.href('/'), noindex: true, body });
}
