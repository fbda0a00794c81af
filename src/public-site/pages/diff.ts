/** 版本比对 (/editions/:from/diff/:to): items added, changed (field by field) and cancelled. */
import type { FieldChange } from '../../domain/catalog/diff.ts';
import { CATEGORY_LABELS, HANDLING_FORM_LABELS, ONLINE_DEPTH_LABELS, type Category, type HandlingForm, type OnlineDepth } from '../../domain/catalog/item.ts';
import { CHANGE_TRIGGER_LABELS, type ChangeTrigger } from '../../domain/publication/adjustment.ts';
import { chineseDate } from '../components.ts';
import { html, lines, type SafeHtml } from '../html.ts';
import { layout } from '../layout.ts';
import type { EditionRow } from '../queries.ts';
import type { Site } from '../site.ts';
import { compareForm } from './editions.ts';

interface DiffItem {
  itemId: string;
  code: string;
  name: string;
  unitName: string;
  versionNumber: number;
  changeReason: string | null;
  changeTrigger: string | null;
}

export interface DiffData {
  from: EditionRow;
  to: EditionRow;
  current: EditionRow;
  all: EditionRow[];
  added: DiffItem[];
  changed: { item: DiffItem & { previousVersionNumber: number }; changes: FieldChange[] }[];
  cancelled: DiffItem[];
}

const EMPTY = '（空）';
const TIME_UNITS: Record<string, string> = { working_day: '个工作日', natural_day: '个自然日' };

/** Any field value in words (the back office's edition diff says the same). */
function formatValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return EMPTY;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return EMPTY;
    return v.map((x, i) => (typeof x === 'object' && x ? `${i + 1}. ${formatValue(x)}` : String(x))).join(typeof v[0] === 'object' ? '\n' : '、');
  }
  const o = v as Record<string, unknown>;
  if ('unit' in o && 'value' in o) return o.unit === 'immediate' ? '即办' : `${String(o.value ?? '')}${TIME_UNITS[String(o.unit)] ?? ''}`;
  if ('isFree' in o) return o.isFree ? '不收费' : `收费：${String(o.standard ?? '')}${o.basis ? `（依据：${String(o.basis)}）` : ''}`;
  if ('inPowerList' in o) return '（筛查结果）';
  const named = o.title ?? o.name;
  if (typeof named === 'string') return [named, o.docNumber, o.article].filter(Boolean).join(' ');
  return JSON.stringify(v);
}

/** A changed field's value: codes by their Chinese names, the rest in words. */
export function displayValue(path: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return EMPTY;
  if (path === 'category') return CATEGORY_LABELS[v as Category] ?? String(v);
  if (path === 'level') return v === 'township' ? '乡级' : v === 'district' ? '区级' : String(v);
  if (path === 'guide.onlineDepth') return ONLINE_DEPTH_LABELS[v as OnlineDepth] ?? String(v);
  if (path === 'guide.handlingForms' && Array.isArray(v)) return v.map((x) => HANDLING_FORM_LABELS[x as HandlingForm] ?? String(x)).join('、') || EMPTY;
  if (path === 'guide.visits' && typeof v === 'number' && v >= 0) return `${v}次`;
  if (path === 'guide.caseType') return v === 'immediate' ? '即办件' : v === 'promised' ? '承诺件' : String(v);
  if (path.endsWith('FileId')) return '已提供';
  return formatValue(v);
}

function reason(i: DiffItem): SafeHtml {
  const trigger = i.changeTrigger ? (CHANGE_TRIGGER_LABELS[i.changeTrigger as ChangeTrigger] ?? i.changeTrigger) : null;
  if (!trigger && !i.changeReason) return html``;
  return html`<p class="change-reason">调整事由：${trigger ?? ''}${trigger && i.changeReason ? '；' : ''}${i.changeReason ?? ''}</p>`;
}

export function diffPage(site: Site, d: DiffData): string {
  const itemHref = (code: string, edition: EditionRow) =>
    site.href(`/items/${encodeURIComponent(code)}`, edition.number === d.current.number ? {} : { edition: edition.number });
  const simple = (list: DiffItem[], edition: EditionRow) =>
    html`<ul class="diff-list">${list.map((i) => html`<li><a href="${itemHref(i.code, edition)}">${i.name}</a><span class="muted">（${i.unitName}，${i.code}）</span>${reason(i)}</li>`)}</ul>`;
  const body = html`<h1>第${d.from.number}版与第${d.to.number}版目录比较</h1>
<p class="lead">从第${d.from.number}版（${d.from.docNumber}，${chineseDate(d.from.effectiveOn)}施行，${d.from.itemCount}项）到第${d.to.number}版（${d.to.docNumber}，${chineseDate(d.to.effectiveOn)}施行，${d.to.itemCount}项）：新增 <strong>${d.added.length}</strong> 项，变更 <strong>${d.changed.length}</strong> 项，取消 <strong>${d.cancelled.length}</strong> 项。</p>
${compareForm(site, d.all, d.from.number, d.to.number)}
<section aria-labelledby="diff-added"><h2 id="diff-added">新增事项（${d.added.length}项）</h2>${d.added.length === 0 ? html`<p class="muted">无</p>` : simple(d.added, d.to)}</section>
<section aria-labelledby="diff-changed"><h2 id="diff-changed">变更事项（${d.changed.length}项）</h2>
${
  d.changed.length === 0
    ? html`<p class="muted">无</p>`
    : d.changed.map(
        (c, n) => html`<div class="card diff-item">
<h3><a href="${itemHref(c.item.code, d.to)}">${c.item.name}</a></h3>
<p class="muted">${c.item.unitName}，事项编码 ${c.item.code}，指南第${c.item.previousVersionNumber}版 → 第${c.item.versionNumber}版</p>
${reason(c.item)}
${
  c.changes.length === 0
    ? html`<p class="muted">内容未变化（仅重新发布）</p>`
    : html`<div class="table-scroll" role="region" aria-labelledby="diff-cap-${n}" tabindex="0"><table class="diff-table"><caption id="diff-cap-${n}">${c.item.name}：${c.changes.length}处修改</caption>
<thead><tr><th scope="col">字段</th><th scope="col">原内容（第${d.from.number}版）</th><th scope="col">新内容（第${d.to.number}版）</th></tr></thead>
<tbody>${c.changes.map((f) => html`<tr><th scope="row">${f.label}</th><td class="old">${lines(displayValue(f.path, f.before))}</td><td class="new">${lines(displayValue(f.path, f.after))}</td></tr>`)}</tbody></table></div>`
}
</div>`,
      )
}
</section>
<section aria-labelledby="diff-cancelled"><h2 id="diff-cancelled">取消事项（${d.cancelled.length}项）</h2>${d.cancelled.length === 0 ? html`<p class="muted">无</p>` : simple(d.cancelled, d.from)}</section>`;
  return layout(site, {
    title: `第${d.from.number}版与第${d.to.number}版目录比较`,
    description: `${site.siteName}第${d.from.number}版与第${d.to.number}版的差异：新增${d.added.length}项，变更${d.changed.length}项，取消${d.cancelled.length}项。`,
    canonical: site.href(`/editions/${d.from.number}/diff/${d.to.number}`),
    nav: 'editions',
    crumbs: [{ label: '目录版本', href: site.href('/editions') }, { label: `第${d.from.number}版与第${d.to.number}版比较` }],
    body,
  });
}
