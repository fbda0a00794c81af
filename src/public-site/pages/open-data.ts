/**
 * 开放数据 (/open-data): what the portal offers as data (CSV, .xlsx and CPSV-AP JSON-LD of every live
 * edition, and the JSON API), how the files are laid out, the CPSV-AP mapping, the licence and how
 * often it changes.
 */
import { EXPORT_COLUMNS } from '../../modules/opendata/columns.ts';
import { chineseDate } from '../components.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import type { Site } from '../site.ts';

export interface OpenDataEdition {
  number: number;
  title: string;
  docNumber: string;
  effectiveOn: string;
  itemCount: number;
  isCurrent: boolean;
}

export interface OpenDataPageData {
  editions: OpenDataEdition[];
  /** A real answer of `GET /api/v1/catalog?pageSize=1`, pretty-printed, or null before the first edition. */
  apiExample: string | null;
}

/** 清单字段 → CPSV-AP 3 property, as the JSON-LD writes it (src/modules/opendata/cpsv.ts). */
export const CPSV_MAPPING: { field: string; property: string; note: string }[] = [
  { field: '目录版本', property: 'dcat:Dataset', note: 'dct:identifier 为发文字号，dct:issued 为发布日期，dct:hasPart 为本版全部事项' },
  { field: '事项', property: 'cpsv:PublicService', note: '@id 为事项页面地址' },
  { field: '事项编码', property: 'dct:identifier', note: '平台为事项编制的稳定编码' },
  { field: '事项名称', property: 'dct:title', note: '中文文本（@language: zh）' },
  { field: '服务内容', property: 'dct:description', note: '未填写服务内容的，取事项名称' },
  { field: '事项类别', property: 'cv:isClassifiedBy', note: 'skos:Concept：依申请类 / 主动服务类' },
  { field: '服务对象', property: 'dct:audience', note: 'skos:Concept：个人（公民）、法人、社会组织、其他组织' },
  { field: '行政区划', property: 'dct:spatial', note: 'dct:Location，dct:identifier 为6位行政区划代码' },
  { field: '实施单位', property: 'cv:hasCompetentAuthority', note: 'cv:PublicOrganisation：skos:prefLabel 规范全称，dct:identifier 统一社会信用代码，dct:spatial 所在区划' },
  { field: '共同实施单位', property: 'cv:hasParticipation', note: 'cv:Participation，cv:role 为“共同实施单位”' },
  { field: '办理依据', property: 'cv:hasLegalResource', note: 'eli:LegalResource：dct:title 文件名称，eli:id_local 文号，dct:type 依据类别，eli:has_part 条款（dct:title 条号，dct:description 条款内容）' },
  { field: '申请条件', property: 'cv:holdsRequirement', note: 'cv:Requirement，dct:description 为申请条件全文' },
  { field: '申报材料', property: 'cpsv:hasInput', note: '每份材料一个 cv:Evidence：dct:title 材料名称，dct:description 来源、份数、纸质或电子、必要或按情形提交' },
  { field: '收费', property: 'cv:hasCost', note: 'cv:Cost：不收费的 cv:hasValue 为 0；cv:currency 为人民币（CNY）；dct:description 为收费标准和依据' },
  { field: '办理形式、地点、办公时间', property: 'cv:hasChannel', note: 'cv:Channel：dct:type 窗口办理 / 网上办理 / 邮寄办理；窗口的 locn:address 为办理地点，cv:openingHours 为办公时间；网上办理注明网办深度' },
  { field: '办理时限', property: 'cv:processingTime', note: 'ISO 8601 时长（xsd:duration），取承诺办结时限，未填写时取法定办结时限；如 P20D 为20天，即办为 P0D。天数按工作日还是自然日计，见同一事项的 skos:note' },
  { field: '办理结果', property: 'cpsv:produces', note: 'cv:Output，dct:title 为结果名称' },
  { field: '咨询方式', property: 'cv:contactPoint', note: 'cv:ContactPoint：cv:telephone 咨询电话，dct:description 咨询方式全文，cv:openingHours 办公时间' },
];

/** Code blocks stand apart from the text (the portal stylesheet has no rule for them). */
const CODE_STYLE = 'background:#f4f6f9;border:1px solid #dde3ea;border-radius:6px;padding:10px 12px;font-size:0.88em;line-height:1.5;margin:0 0 12px';

/** JSON for people: two-space indents, short arrays of plain values on one line. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\n\s*((?:"[^"\n]*"|[\d.-]+|true|false|null)(?:,\n\s*(?:"[^"\n]*"|[\d.-]+|true|false|null))*)\n\s*\]/g, (_m, inner: string) => `[${inner.split(/,\n\s*/).join(', ')}]`);
}

const API_PARAMS: { name: string; note: string }[] = [
  { name: 'edition', note: '目录版本号；不填为现行目录' },
  { name: 'unitId', note: '实施单位编号（见 /api/v1/units）' },
  { name: 'category', note: '事项类别：on_application 依申请类，proactive 主动服务类' },
  { name: 'object', note: '服务对象：个人（公民）、法人、社会组织、其他组织' },
  { name: 'theme', note: '主题编码，如 p-social-security（个人办事·社会保障）、b-setup（法人办事·设立变更）' },
  { name: 'depth', note: '网办深度 1–4（Ⅰ–Ⅳ级）' },
  { name: 'q', note: '事项名称或编码中的文字' },
  { name: 'page, pageSize', note: '页码（从1开始）和每页条数（最多200）' },
  { name: 'region', note: '行政区划代码；不填为本平台所在区' },
];

/**
 * A table that scrolls sideways on a phone: the wrapper is a named region in the tab order, so a
 * keyboard user can reach and scroll it (axe: scrollable-region-focusable), named by the caption.
 */
function scrollTable(id: string, caption: string, head: SafeHtml, rows: SafeHtml[]): SafeHtml {
  return html`<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0"><table class="diff-table">
<caption id="${id}">${caption}</caption>
<thead>${head}</thead>
<tbody>${rows}</tbody>
</table></div>`;
}

function downloads(site: Site, e: OpenDataEdition): SafeHtml {
  const q = { edition: e.number };
  const link = (ext: string, label: string) =>
    html`<a href="${site.href(`/api/v1/open-data/catalog.${ext}`, q)}" download>${label}<span class="visually-hidden">（第${e.number}版）</span></a>`;
  return html`<span class="links-row">${link('csv', 'CSV')}${link('xlsx', 'Excel')}${link('jsonld', 'JSON-LD')}</span>`;
}

function editionsTable(site: Site, editions: OpenDataEdition[]): SafeHtml {
  return scrollTable(
    'od-editions-caption',
    '各目录版本的数据文件',
    html`<tr><th scope="col">版本</th><th scope="col">发文字号</th><th scope="col">施行日期</th><th scope="col">事项数</th><th scope="col">下载</th></tr>`,
    editions.map(
      (e) => html`<tr><th scope="row">第${e.number}版${e.isCurrent ? html` <span class="tag tag-strong">现行</span>` : ''}</th><td>${e.docNumber}</td><td>${chineseDate(e.effectiveOn)}</td><td>${e.itemCount}</td><td>${downloads(site, e)}</td></tr>`,
    ),
  );
}

function columnsTable(): SafeHtml {
  return scrollTable(
    'od-columns-caption',
    'CSV 和 Excel 的列（每个事项一行，顺序与目录一致）',
    html`<tr><th scope="col">列名</th><th scope="col">说明</th></tr>`,
    EXPORT_COLUMNS.map((c) => html`<tr><th scope="row">${c.header}</th><td>${c.description}</td></tr>`),
  );
}

function paramsTable(): SafeHtml {
  return scrollTable(
    'od-params-caption',
    '/api/v1/catalog 的查询参数',
    html`<tr><th scope="col">参数</th><th scope="col">说明</th></tr>`,
    API_PARAMS.map((p) => html`<tr><th scope="row"><code>${p.name}</code></th><td>${p.note}</td></tr>`),
  );
}

function mappingTable(): SafeHtml {
  return scrollTable(
    'od-mapping-caption',
    '清单字段与 CPSV-AP 3 属性对照',
    html`<tr><th scope="col">清单字段</th><th scope="col">CPSV-AP 属性</th><th scope="col">说明</th></tr>`,
    CPSV_MAPPING.map((m) => html`<tr><th scope="row">${m.field}</th><td style="white-space:nowrap"><code>${m.property}</code></td><td>${m.note}</td></tr>`),
  );
}

/** The open-data page. */
export function renderOpenDataPage(site: Site, data: OpenDataPageData): string {
  const current = data.editions.find((e) => e.isCurrent) ?? null;
  const here = (path: string, q: Record<string, string | number> = {}) => site.href(path, q);
  const body = html`<h1>开放数据</h1>
<p class="lead">${site.regionName}公共服务事项目录以开放格式免费提供：每个已施行的目录版本都可下载 CSV、Excel 和 JSON-LD 文件，也可通过接口按条件查询。无需注册或登录。</p>

<section class="card" aria-labelledby="od-files">
<h2 id="od-files">下载数据文件</h2>
${
  current
    ? html`<p>现行目录为<strong>第${current.number}版</strong>（${current.docNumber}），共 ${current.itemCount} 个事项。下载地址不带版本号时始终为现行目录：</p>
<p class="links-row"><a href="${here('/api/v1/open-data/catalog.csv')}" download>现行目录 CSV</a><a href="${here('/api/v1/open-data/catalog.xlsx')}" download>现行目录 Excel</a><a href="${here('/api/v1/open-data/catalog.jsonld')}" download>现行目录 JSON-LD</a></p>
${editionsTable(site, data.editions)}`
    : html`<p>${site.regionName}尚未发布公共服务事项目录，目录发布后即可在此下载。</p>`
}
<ul>
<li><strong>CSV</strong>：UTF-8 编码（带 BOM，Excel 和 LibreOffice 可直接打开，中文不乱码），逗号分隔，符合 RFC 4180；含逗号、引号或换行的内容加英文双引号。</li>
<li><strong>Excel（.xlsx）</strong>：第一张表“事项目录”为数据，首行为列名并已冻结；第二张表“说明”为版本信息和各列说明。</li>
<li><strong>JSON-LD</strong>：按欧盟公共服务核心词表应用规范 CPSV-AP 3 描述，每个事项为一个 <code>cpsv:PublicService</code>，可直接导入关联数据工具。</li>
</ul>
</section>

<section class="card" aria-labelledby="od-columns">
<h2 id="od-columns">CSV 和 Excel 字段</h2>
${columnsTable()}
</section>

<section class="card" aria-labelledby="od-api">
<h2 id="od-api">查询接口</h2>
<p><code>GET /api/v1/catalog</code> 按页返回现行目录（或指定版本）的事项，JSON 格式，无需登录。参数：</p>
${paramsTable()}
<p>示例：查询服务对象为法人的依申请类事项，每页20条：</p>
<pre class="code" style="${CODE_STYLE}"><code>GET ${site.origin}/api/v1/catalog?category=on_application&amp;object=法人&amp;page=1&amp;pageSize=20</code></pre>
${data.apiExample ? html`<p>返回（<code>pageSize=1</code> 的实际结果）：</p><pre class="code" style="${CODE_STYLE}"><code>${data.apiExample}</code></pre>` : ''}
<p>每个事项的完整办事指南见返回结果中的 <code>guideUrl</code>（<code>GET /api/v1/catalog/items/{事项编码}</code>）。目录版本列表为 <code>GET /api/v1/editions</code>，两个版本的差异为 <code>GET /api/v1/editions/{版本号}/diff/{版本号}</code>。全部接口说明见 <a href="/api/docs">接口文档（OpenAPI）</a>。</p>
</section>

<section class="card" aria-labelledby="od-cpsv">
<h2 id="od-cpsv">JSON-LD 字段对照（CPSV-AP 3）</h2>
<p>命名空间：<code>cpsv:</code> http://purl.org/vocab/cpsv#，<code>cv:</code> http://data.europa.eu/m8g/，<code>dct:</code> http://purl.org/dc/terms/，<code>eli:</code> http://data.europa.eu/eli/ontology#，<code>schema:</code> https://schema.org/。上下文随文件内嵌，解析时无需联网。</p>
${mappingTable()}
</section>

<section class="card" aria-labelledby="od-terms">
<h2 id="od-terms">使用说明</h2>
<dl class="kv">
<div><dt>公开依据</dt><dd>本数据为依据《中华人民共和国政府信息公开条例》主动公开的政府信息，可免费获取、自由使用和转载。使用时请注明来源“${site.siteName}”，并以发布机关公布的正式文件为准。</dd></div>
<div><dt>更新频率</dt><dd>随目录版本更新：事项经动态调整审核通过、以政府文件发布新的目录版本并施行后，现行目录的文件即同步更新；历次版本的文件保持不变，可按版本号下载。</dd></div>
<div><dt>发现错误</dt><dd>如发现数据有误，可在对应事项页面“我要纠错”中提出，实施单位核实后答复；答复可凭纠错编号在<a href="${here('/reports')}">纠错查询</a>中查看。</dd></div>
</dl>
</section>`;
  return layout(site, {
    title: '开放数据',
    description: `${site.siteName}的开放数据：各目录版本的 CSV、Excel 和 CPSV-AP JSON-LD 下载，以及查询接口说明。`,
    canonical: site.href('/open-data'),
    nav: 'open-data',
    crumbs: [{ label: '开放数据' }],
    body,
  });
}
