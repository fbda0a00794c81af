/**
 * 事项页 (/items/:code): the whole service guide of one item as the live edition (or an earlier one)
 * shows it, in the order a person needs it: what it is, what to bring, the steps, how long, how much,
 * where and when, without the internet, whom to ask, on what legal basis. Wording follows the print
 * view and the .docx (src/modules/guides/guide-content.ts), so all three say the same.
 */
import { CATEGORY_LABELS, HANDLING_FORM_LABELS, ONLINE_DEPTH_LABELS, type ItemDraft, type Material } from '../../domain/catalog/item.ts';
import { bookTitle, CASE_TYPE_LABELS, formatTimeLimit, guideView, NONE, NOT_FILLED, orEmpty, serviceObjectsText } from '../../modules/guides/guide-content.ts';
import { chineseDate } from '../components.ts';
import { flowchartSvg, stepTimeText } from '../flowchart.ts';
import { html, lines, raw, type SafeHtml } from '../html.ts';
import { governmentService, jsonLdScript } from '../jsonld.ts';
import { layout, offlineHelp } from '../layout.ts';
import type { EditionRow, ItemPageData, PublicFile } from '../queries.ts';
import type { Site } from '../site.ts';

export interface ItemPageInput {
  item: ItemPageData;
  edition: EditionRow;
  /** The live edition, when the page shows an earlier one. */
  current: EditionRow | null;
  /** Is the item in the live edition too (for the link back from an earlier edition)? */
  inCurrent: boolean;
  /** The 纠错 section's markup (from src/public-site/partials/error-reports.ts). */
  errorReports: string;
}

const FILE_KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-works': 'WPS',
  'application/ofd': 'OFD',
  'image/jpeg': '图片',
  'image/png': '图片',
};

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A download link with the file's kind and size in words. */
function download(site: Site, files: Map<string, PublicFile>, id: string | null, label: string): SafeHtml {
  if (!id) return html``;
  const f = files.get(id);
  if (!f) return html``;
  return html`<a class="download" href="${site.href(`/files/${f.id}`)}" download>${label}<span class="file-meta">（${FILE_KINDS[f.mimeType] ?? '文件'}，${fileSize(f.size)}）</span></a>`;
}

/** A text element of the guide, or the print view's placeholder in a muted style. */
function textOr(value: string | null | undefined, placeholder = NOT_FILLED): SafeHtml {
  const t = orEmpty(value, placeholder);
  return t === placeholder && !(value ?? '').trim() ? html`<p class="muted">${t}</p>` : html`<p>${lines(t)}</p>`;
}

function section(id: string, title: string, content: SafeHtml): SafeHtml {
  return html`<section class="guide-section" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>${content}</section>`;
}

function facts(draft: ItemDraft): SafeHtml {
  const g = draft.guide;
  const fee = !g.fee ? NOT_FILLED : g.fee.isFree ? '不收费' : '收费';
  const visits = g.visits === null ? NOT_FILLED : g.visits === 0 ? '0次（不见面办理）' : `${g.visits}次`;
  const rows: [string, string][] = [
    ['承诺办结时限', formatTimeLimit(g.committedLimit)],
    ['法定办结时限', formatTimeLimit(g.legalLimit)],
    ['是否收费', fee],
    ['到现场次数', visits],
    ['办理形式', g.handlingForms.length > 0 ? g.handlingForms.map((f) => HANDLING_FORM_LABELS[f]).join('、') : NOT_FILLED],
    ['网办深度', g.onlineDepth ? ONLINE_DEPTH_LABELS[g.onlineDepth] : NOT_FILLED],
  ];
  if (draft.category === 'proactive') rows.splice(0, 2);
  return html`<section class="card facts" aria-labelledby="facts-h"><h2 id="facts-h">办事速览</h2><dl class="facts-grid">${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl></section>`;
}

/** The materials, one card each, with the print view's wording of counts, media and requirement. */
function materials(site: Site, input: ItemPageInput, rows: string[][]): SafeHtml {
  const { draft, files } = input.item;
  if (draft.materials.length === 0) return html`<p class="muted">${draft.category === 'proactive' ? '无需提交材料' : NOT_FILLED}</p>`;
  const item = (m: Material, i: number) => {
    const row = rows[i] ?? [];
    const downloads = [download(site, files, m.templateFileId, '下载空白表格'), download(site, files, m.sampleFileId, '下载示例样表')].filter((d) => d.value !== '');
    return html`<li class="material">
<h3 class="material-name"><span class="material-no">${i + 1}</span>${orEmpty(m.name)}${m.requirement === 'required' ? html`<span class="tag tag-strong">必要</span>` : html`<span class="tag">按情形提交</span>`}</h3>
<dl class="kv">
${m.requirement === 'conditional' && m.condition?.trim() ? html`<div><dt>提交情形</dt><dd>${m.condition.trim()}</dd></div>` : ''}
<div><dt>份数</dt><dd>${row[3] ?? NONE}</dd></div>
<div><dt>纸质/电子</dt><dd>${row[4] ?? ''}</dd></div>
<div><dt>来源渠道</dt><dd>${orEmpty(m.source)}</dd></div>
${m.notes?.trim() ? html`<div><dt>备注</dt><dd>${lines(m.notes.trim())}</dd></div>` : ''}
</dl>
${downloads.length > 0 ? html`<p class="downloads">${downloads}</p>` : ''}
</li>`;
  };
  const required = draft.materials.filter((m) => m.requirement === 'required').length;
  return html`<p>共 ${draft.materials.length} 项材料，其中必要材料 ${required} 项。</p><ol class="materials">${draft.materials.map(item)}</ol>`;
}

function process(draft: ItemDraft): SafeHtml {
  if (draft.steps.length === 0) return html`<p class="muted">${NOT_FILLED}</p>`;
  return html`<div class="flow-wrap">${flowchartSvg(draft.steps, 'flow')}</div>
<ol class="steps">${draft.steps.map((s) => {
    const time = stepTimeText(s);
    return html`<li><h3>${orEmpty(s.name)}</h3>
<dl class="kv">${s.actor?.trim() ? html`<div><dt>办理人员/岗位</dt><dd>${s.actor.trim()}</dd></div>` : ''}${time ? html`<div><dt>办理时限</dt><dd>${time}</dd></div>` : ''}</dl>
${s.description?.trim() ? html`<p>${lines(s.description.trim())}</p>` : ''}</li>`;
  })}</ol>`;
}

function fee(draft: ItemDraft): SafeHtml {
  const f = draft.guide.fee;
  if (!f) return html`<p class="muted">${NOT_FILLED}</p>`;
  if (f.isFree) return html`<p>不收费（免费办理）</p>`;
  return html`<dl class="kv"><div><dt>收费标准</dt><dd>${lines(orEmpty(f.standard))}</dd></div><div><dt>收费依据</dt><dd>${lines(orEmpty(f.basis))}</dd></div></dl>`;
}

function ways(draft: ItemDraft): SafeHtml {
  const g = draft.guide;
  const visits = g.visits === null ? NOT_FILLED : g.visits === 0 ? '0次（不见面办理）' : `${g.visits}次`;
  return html`<dl class="kv">
<div><dt>办理形式</dt><dd>${g.handlingForms.length > 0 ? g.handlingForms.map((f) => HANDLING_FORM_LABELS[f]).join('、') : NOT_FILLED}</dd></div>
<div><dt>网办深度</dt><dd>${g.onlineDepth ? ONLINE_DEPTH_LABELS[g.onlineDepth] : NOT_FILLED}</dd></div>
<div><dt>到办事现场次数</dt><dd>${visits}</dd></div>
${g.visits !== 0 && g.visitsReason?.trim() ? html`<div><dt>必须现场办理原因</dt><dd>${g.visitsReason.trim()}</dd></div>` : ''}
${g.deliveryMethod?.trim() ? html`<div><dt>服务提供方式</dt><dd>${lines(g.deliveryMethod.trim())}</dd></div>` : ''}
</dl>`;
}

function bases(draft: ItemDraft): SafeHtml {
  if (draft.legalBases.length === 0) {
    return draft.noBasisReason?.trim() ? html`<p>无文件依据。理由：${draft.noBasisReason.trim()}</p>` : html`<p class="muted">${NOT_FILLED}</p>`;
  }
  return html`<ol class="bases">${draft.legalBases.map(
    (b) => html`<li><p class="basis-title">${bookTitle(b.title)}${b.docNumber ? html`<span class="basis-doc">（${b.docNumber}）</span>` : ''}${b.article ? html` ${b.article}` : ''}</p>
${b.kind ? html`<p class="basis-kind">依据类别：${b.kind}</p>` : ''}
${b.articleText?.trim() ? html`<blockquote>${lines(b.articleText.trim())}</blockquote>` : ''}</li>`,
  )}</ol>`;
}

function basics(site: Site, input: ItemPageInput): SafeHtml {
  const { item, edition } = input;
  const d = item.draft;
  const rows: [string, SafeHtml | string][] = [
    ['事项编码', item.code],
    ['实施单位', html`<a href="${site.href(`/units/${item.unit.id}`)}">${item.unit.fullName}</a>`],
    ['共同实施单位', d.coImplementingUnits.length > 0 ? d.coImplementingUnits.join('、') : NONE],
    ['事项类别', d.category ? CATEGORY_LABELS[d.category] : NOT_FILLED],
    ['服务对象', serviceObjectsText(d)],
    ['办理层级', d.level === 'township' ? '乡级' : '区级'],
    ['基本编码', orEmpty(d.basicCode, NONE)],
    ['实施编码', orEmpty(d.implementationCode, NONE)],
    ...(d.provincialRefCode?.trim() ? ([['省级参照事项编码', d.provincialRefCode.trim()]] as [string, string][]) : []),
    ['备注', orEmpty(d.remarks, NONE)],
    ['指南版本', `第${item.versionNumber}版`],
    ['所属目录', html`<a href="${site.href(`/editions/${edition.number}`)}">第${edition.number}版（${edition.docNumber}）</a>`],
  ];
  return html`<dl class="kv kv-wide">${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
}

const TOC: [string, string][] = [
  ['content', '服务内容'],
  ['conditions', '申请条件'],
  ['materials', '申报材料'],
  ['process', '办理流程'],
  ['time', '办理时限'],
  ['fee', '收费标准'],
  ['where', '地点和时间'],
  ['ways', '办理方式'],
  ['offline', '不上网怎么办'],
  ['result', '办理结果'],
  ['contact', '咨询和投诉'],
  ['basis', '办理依据'],
  ['info', '基本信息'],
  ['jiucuo', '我要纠错'],
];

export function itemPage(site: Site, input: ItemPageInput): string {
  const { item, edition, current } = input;
  const d = item.draft;
  const g = d.guide;
  const isOld = current !== null && edition.number !== current.number;
  const editionQuery = isOld ? { edition: edition.number } : {};
  const path = `/items/${encodeURIComponent(item.code)}`;
  const view = guideView({ code: item.code, unitName: item.unit.fullName, draft: d, versionNumber: item.versionNumber });
  const materialRows = view.sections.find((s) => s.heading.endsWith('申报材料'))?.blocks.find((b) => b.type === 'table');
  const help = offlineHelp(site);
  const offline = g.offlineChannels?.trim()
    ? html`<p>${lines(g.offlineChannels.trim())}</p>`
    : html`<p>不会使用网络或不方便上网的，可以到${help.center}窗口办理（${help.address}；办公时间：${help.hours}），也可以拨打 12345 政务服务便民热线咨询；行动不便的，可请所在社区（村）便民服务代办员帮办代办。</p>`;

  const body = html`<article class="item">
<header class="item-head">
<p class="item-unit"><a href="${site.href(`/units/${item.unit.id}`)}">${item.unit.fullName}</a></p>
<h1>${d.name}</h1>
<p class="item-tags"><span class="tag">${d.category ? CATEGORY_LABELS[d.category] : '未分类'}</span><span>服务对象：${serviceObjectsText(d)}</span><span>事项编码：${item.code}</span></p>
<p class="item-actions"><a class="button" href="${site.href(`${path}/print`, editionQuery)}">打印办事指南</a><a class="button" href="${site.href(`${path}/guide.docx`, editionQuery)}">下载办事指南（Word）</a><a class="button button-quiet" href="#jiucuo">我要纠错</a></p>
</header>
${
  isOld
    ? html`<div class="notice notice-warn" role="note"><p><strong>您正在查看历史版本。</strong>这是第${edition.number}版目录（${edition.docNumber}，${chineseDate(edition.effectiveOn)}起施行）中的内容，现行目录为第${current!.number}版，内容可能已经调整。</p><p>${
        input.inCurrent ? html`<a href="${site.href(path)}">查看现行办事指南</a>` : html`该事项已不在现行目录中。<a href="${site.href(`/editions/${edition.number}/diff/${current!.number}`)}">查看目录变化</a>`
      }</p></div>`
    : ''
}
${facts(d)}
<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">本页内容</h2><ol>${TOC.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ol></nav>
${section('content', '服务内容', textOr(d.serviceContent))}
${section('conditions', '申请条件', textOr(g.applicationConditions, d.category === 'proactive' ? NONE : NOT_FILLED))}
${section('materials', '申报材料', materials(site, input, materialRows?.type === 'table' ? materialRows.rows : []))}
${section('process', '办理流程', process(d))}
${section(
  'time',
  '办理时限',
  html`<dl class="kv"><div><dt>法定办结时限</dt><dd>${formatTimeLimit(g.legalLimit)}</dd></div><div><dt>承诺办结时限</dt><dd>${formatTimeLimit(g.committedLimit)}</dd></div><div><dt>办件类型</dt><dd>${g.caseType ? CASE_TYPE_LABELS[g.caseType] : NOT_FILLED}</dd></div></dl><p class="hint">工作日不含法定节假日和休息日；即办件当场办结。</p>`,
)}
${section('fee', '收费标准', fee(d))}
${section(
  'where',
  '办理地点和时间',
  html`<dl class="kv"><div><dt>办理地点</dt><dd>${lines(orEmpty(g.place))}</dd></div><div><dt>办公时间</dt><dd>${lines(orEmpty(g.hours))}</dd></div><div><dt>承办机构</dt><dd>${orEmpty(g.handlingAgency)}</dd></div></dl>`,
)}
${section('ways', '办理方式', ways(d))}
${section('offline', '不上网怎么办', html`${offline}<p class="hint">可办理方式：窗口办理、电话咨询、帮办代办。</p>`)}
${section(
  'result',
  '办理结果',
  html`<dl class="kv"><div><dt>结果名称</dt><dd>${orEmpty(g.resultName, d.category === 'proactive' ? NONE : NOT_FILLED)}</dd></div></dl>${g.resultSampleFileId ? html`<p class="downloads">${download(site, item.files, g.resultSampleFileId, '下载结果样本')}</p>` : ''}`,
)}
${section(
  'contact',
  '咨询和投诉',
  html`<dl class="kv"><div><dt>咨询方式</dt><dd>${lines(orEmpty(g.consultation))}</dd></div><div><dt>监督投诉方式</dt><dd>${lines(orEmpty(g.complaint))}</dd></div></dl>`,
)}
${section('basis', '办理依据', bases(d))}
${section('info', '基本信息', basics(site, input))}
<div class="guide-section" id="jiucuo">${
  input.errorReports
    ? raw(input.errorReports)
    : html`<h2>我要纠错</h2><p>发现本页内容有误，请拨打 12345 政务服务便民热线或联系实施单位（${item.unit.phone ?? orEmpty(g.consultation)}）。</p>`
}</div>
</article>`;

  const url = site.abs(path);
  const jsonLd = governmentService({
    code: item.code,
    url,
    draft: d,
    unit: { fullName: item.unit.fullName, phone: item.unit.phone, address: item.unit.address, url: site.abs(`/units/${item.unit.id}`) },
    area: { name: site.regionName, code: site.regionCode },
  });
  return layout(site, {
    title: isOld ? `${d.name}（第${edition.number}版目录）` : `${d.name}办事指南`,
    description: `${d.name}：${orEmpty(d.serviceContent, '').slice(0, 80)}（${item.unit.fullName}）`,
    canonical: site.href(path, editionQuery),
    nav: 'items',
    crumbs: [{ label: '事项目录', href: site.href('/items') }, { label: item.unit.fullName, href: site.href(`/units/${item.unit.id}`) }, { label: d.name }],
    head: isOld ? html`` : jsonLdScript(jsonLd),
    noindex: isOld,
    body,
  });
}
