/**
 * Print views rendered on the server as plain HTML: one item's 服务指南 on A4 portrait, and a unit's
 * 备案表 on A4 landscape with the signature and seal lines. Every value passes through escapeHtml. The
 * pages carry no script (the CSP allows none inline): people print them with the browser's own command.
 */
import type { ItemDraft } from '../../domain/catalog/item.ts';
import { FILING_NOTES, FILING_PRINT_HEADERS, FILING_TITLE, filingCells } from './filing-content.ts';
import { formatChineseDate, guideView, type Block, type Field, type GuideInput } from './guide-content.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Escaped text whose line breaks are kept. */
function multiline(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

const FONTS = `
  --body: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  --heading: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  --title: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif;`;

const COMMON_CSS = `
:root {${FONTS}
}
* { box-sizing: border-box; }
html { background: #e8e8e8; }
body { margin: 0; color: #000; font-family: var(--body); }
.sheet { background: #fff; margin: 16px auto; padding: 20mm; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
.toolbar { max-width: 210mm; margin: 12px auto 0; padding: 8px 12px; background: #fffbe6; border: 1px solid #ffe58f; font: 14px/1.6 system-ui, sans-serif; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: middle; }
th { font-family: var(--heading); font-weight: normal; background: #f0f0f0; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@media print {
  html { background: none; }
  .sheet { margin: 0; padding: 0; box-shadow: none; width: auto; min-height: 0; }
  .no-print { display: none !important; }
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

function page(opts: { title: string; css: string; toolbar: string; body: string }): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)}</title>
<style>${COMMON_CSS}${opts.css}</style>
</head>
<body>
<div class="toolbar no-print" role="note">${opts.toolbar}</div>
${opts.body}
</body>
</html>
`;
}

const GUIDE_CSS = `
@page { size: A4; margin: 20mm; @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; } }
.sheet { width: 210mm; min-height: 297mm; font-size: 14pt; line-height: 1.6; }
.unit { text-align: right; font-size: 10.5pt; border-bottom: 1px solid #000; padding-bottom: 2px; margin: 0 0 12pt; }
h1 { font-family: var(--title); font-size: 22pt; font-weight: bold; text-align: center; margin: 0 0 16pt; line-height: 1.4; }
h2 { font-family: var(--heading); font-size: 16pt; font-weight: normal; margin: 14pt 0 4pt; text-indent: 2em; break-after: avoid; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.field b, p.entry { font-weight: bold; }
.entry-fields { padding-left: 2em; }
table.basics { font-size: 12pt; margin-bottom: 6pt; }
table.basics th { width: 24%; font-family: var(--body); font-weight: bold; }
table.data { font-size: 10.5pt; line-height: 1.45; margin: 4pt 0 8pt; }
table.data td.num { text-align: center; }
ol.flow { list-style: none; margin: 6pt auto 10pt; padding: 0; width: 55%; font-size: 12pt; }
ol.flow li { border: 1px solid #000; text-align: center; padding: 4pt; break-inside: avoid; }
ol.flow li + li { margin-top: 20pt; position: relative; }
ol.flow li + li::before { content: "↓"; position: absolute; top: -19pt; left: 0; right: 0; text-align: center; line-height: 18pt; }`;

function fieldHtml(f: Field): string {
  return `<p class="field"><b>${escapeHtml(f.label)}：</b>${multiline(f.value)}</p>`;
}

function tableHtml(headers: string[], widths: number[], rows: string[][]): string {
  const cols = widths.map((w) => `<col style="width:${w}%">`).join('');
  const head = headers.map((h) => `<th scope="col">${multiline(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((v, i) => `<td${i === 0 ? ' class="num"' : ''}>${multiline(v)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="data"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function blockHtml(block: Block, entryNumber: number): string {
  switch (block.type) {
    case 'text':
      return block.text
        .split(/\r?\n/)
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join('');
    case 'fields':
      return block.fields.map(fieldHtml).join('');
    case 'entry':
      return `<p class="entry">${entryNumber}. ${escapeHtml(block.title)}</p><div class="entry-fields">${block.fields.map(fieldHtml).join('')}</div>`;
    case 'table':
      return tableHtml(block.headers, block.widths, block.rows);
    case 'flow':
      return `<ol class="flow" aria-label="办理流程图">${block.steps.map((s, i) => `<li>${i + 1}. ${escapeHtml(s)}</li>`).join('')}</ol>`;
  }
}

const PRINT_HINT = (orientation: string) => `按 <kbd>Ctrl</kbd>+<kbd>P</kbd>（Mac 为 <kbd>⌘</kbd>+<kbd>P</kbd>）打印本页，纸张选择 A4、${orientation}；本提示不会打印出来。`;

/** 服务指南打印页: one item's guide on A4 portrait. */
export function guidePrintHtml(input: GuideInput): string {
  const view = guideView(input);
  const basics = view.basics.map((f) => `<tr><th scope="row">${escapeHtml(f.label)}</th><td>${multiline(f.value)}</td></tr>`).join('\n');
  const sections = view.sections
    .map((s) => {
      let n = 0;
      const blocks = s.blocks.map((b) => blockHtml(b, b.type === 'entry' ? ++n : 0)).join('\n');
      return `<section><h2>${escapeHtml(s.heading)}</h2>\n${blocks}</section>`;
    })
    .join('\n');
  const body = `<main class="sheet">
<p class="unit">${escapeHtml(input.unitName)}\u3000公共服务事项服务指南</p>
<h1>${escapeHtml(view.title)}</h1>
<table class="basics"><tbody>
${basics}
</tbody></table>
${sections}
</main>`;
  return page({ title: view.title, css: GUIDE_CSS, toolbar: PRINT_HINT('纵向'), body });
}

const FILING_CSS = `
@page { size: A4 landscape; margin: 15mm; @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; } }
.sheet { width: 297mm; min-height: 210mm; padding: 15mm; font-size: 10.5pt; line-height: 1.5; }
.toolbar { max-width: 297mm; }
h1 { font-family: var(--title); font-size: 20pt; font-weight: bold; text-align: center; margin: 0 0 10pt; letter-spacing: 1pt; }
.meta { display: flex; justify-content: space-between; font-size: 12pt; margin: 0 0 6pt; }
.meta .unit-name { display: inline-block; min-width: 12em; border-bottom: 1px solid #000; padding: 0 4pt; }
table.filing th { font-size: 11pt; padding: 6pt 4pt; }
table.filing td { vertical-align: top; }
table.filing td.center { text-align: center; vertical-align: middle; }
.closing { break-inside: avoid; }
.notes { margin-top: 8pt; font-size: 10pt; line-height: 1.6; }
.notes p { margin: 0; }
.sign { display: flex; justify-content: space-between; align-items: flex-end; margin-top: 24pt; font-size: 12pt; }
.sign .seal { margin-right: 40mm; }`;

/** 备案表打印页 (Attachment 2 of the notice): the unit's items on A4 landscape, to sign and seal. */
export function filingPrintHtml(input: { unitName: string; date: Date; drafts: ItemDraft[] }): string {
  const widths = [4, 12, 7, 17, 27, 14, 8, 11];
  const cols = widths.map((w) => `<col style="width:${w}%">`).join('');
  const head = FILING_PRINT_HEADERS.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const centered = new Set([0, 2, 6]);
  const rows =
    input.drafts.length > 0
      ? input.drafts
          .map((d, i) => {
            const cells = [String(i + 1), ...filingCells(d, input.unitName)];
            return `<tr>${cells.map((v, c) => `<td${centered.has(c) ? ' class="center"' : ''}>${multiline(v)}</td>`).join('')}</tr>`;
          })
          .join('\n')
      : `<tr><td colspan="${FILING_PRINT_HEADERS.length}" class="center">本单位暂无公共服务事项</td></tr>`;
  const body = `<main class="sheet">
<h1>${FILING_TITLE}</h1>
<p class="meta"><span>报送单位：<span class="unit-name">${escapeHtml(input.unitName)}</span>（盖章）</span><span>时间：${formatChineseDate(input.date)}</span></p>
<table class="filing"><colgroup>${cols}</colgroup>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody></table>
<div class="closing">
<div class="notes"><p>备注：</p>${FILING_NOTES.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}</div>
<div class="sign"><span>单位负责人（签字）：____________________</span><span class="seal">（单位公章）</span></div>
</div>
</main>`;
  return page({ title: `${FILING_TITLE}（${input.unitName}）`, css: FILING_CSS, toolbar: PRINT_HINT('横向'), body });
}
