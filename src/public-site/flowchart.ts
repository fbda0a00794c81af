/**
 * 服务流程图: the process steps drawn on the server as an SVG (boxes and arrows, top to bottom, so it
 * fits a phone), with a title and description for screen readers. The page also lists the steps as
 * an ordered list, which is the accessible and printable form of the same content.
 */
import type { ProcessStep } from '../domain/catalog/item.ts';
import { html, raw, type SafeHtml } from './html.ts';

const WIDTH = 320;
const BOX_X = 16;
const BOX_W = WIDTH - 2 * BOX_X;
const PAD = 10;
const NAME_SIZE = 15;
const META_SIZE = 12.5;
const NAME_LINE = 20;
const META_LINE = 17;
const ARROW = 30;
/** Drawn at 1.25× on wide screens (CSS caps it at the column's width on a phone). */
const DISPLAY_SCALE = 1.25;
/** Room on the left of the text for the step's number. */
const TEXT_X = BOX_X + 44;
const TEXT_W = BOX_X + BOX_W - PAD - TEXT_X;

/** Width of text in em: CJK and full-width characters are 1em, the rest about 0.55em. */
function emWidth(ch: string): number {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.55;
}

/** Breaks text into lines that fit `width` pixels at `size`; at most `maxLines`, the last one ellipsed. */
export function wrapText(text: string, width: number, size: number, maxLines = 4): string[] {
  const out: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of Array.from(text.replace(/\s+/g, ' ').trim())) {
    const w = emWidth(ch) * size;
    if (used + w > width && line !== '') {
      out.push(line);
      line = '';
      used = 0;
    }
    if (line === '' && ch === ' ') continue;
    line += ch;
    used += w;
  }
  if (line) out.push(line);
  if (out.length > maxLines) {
    const kept = out.slice(0, maxLines);
    kept[maxLines - 1] = `${Array.from(kept[maxLines - 1]).slice(0, -1).join('')}…`;
    return kept;
  }
  return out;
}

/** 1个工作日 · 即时办理 · null. */
export function stepTimeText(step: ProcessStep): string | null {
  if (step.timeLimitDays === null) return null;
  return step.timeLimitDays === 0 ? '即时办理' : `${step.timeLimitDays}个工作日`;
}

function stepMeta(step: ProcessStep): string {
  return [step.actor?.trim(), stepTimeText(step)].filter(Boolean).join(' · ');
}

/** The flowchart of an item's steps, or nothing when it has none. */
export function flowchartSvg(steps: ProcessStep[], idPrefix = 'flow'): SafeHtml {
  if (steps.length === 0) return html``;
  let y = 8;
  const boxes: SafeHtml[] = [];
  const summary = steps.map((s, i) => `${i + 1}. ${s.name.trim() || '未命名环节'}`).join('；');
  steps.forEach((s, i) => {
    const nameLines = wrapText(s.name.trim() || '未命名环节', TEXT_W, NAME_SIZE, 3);
    const meta = stepMeta(s);
    const metaLines = meta ? wrapText(meta, TEXT_W, META_SIZE, 2) : [];
    const h = PAD * 2 + nameLines.length * NAME_LINE + metaLines.length * META_LINE;
    const cy = y + h / 2;
    const label = `第${i + 1}步：${s.name.trim() || '未命名环节'}${meta ? `（${meta}）` : ''}`;
    let ty = y + PAD + NAME_SIZE;
    const texts: SafeHtml[] = [];
    for (const l of nameLines) {
      texts.push(html`<text x="${TEXT_X}" y="${ty}" class="fc-name">${l}</text>`);
      ty += NAME_LINE;
    }
    ty -= NAME_LINE - META_LINE - 1;
    for (const l of metaLines) {
      texts.push(html`<text x="${TEXT_X}" y="${ty}" class="fc-meta">${l}</text>`);
      ty += META_LINE;
    }
    boxes.push(html`<g><title>${label}</title>
<rect x="${BOX_X}" y="${y}" width="${BOX_W}" height="${h}" rx="8" class="fc-box"/>
<circle cx="${BOX_X + 22}" cy="${cy}" r="13" class="fc-num-bg"/>
<text x="${BOX_X + 22}" y="${cy + 5}" text-anchor="middle" class="fc-num">${i + 1}</text>
${texts}</g>`);
    y += h;
    if (i < steps.length - 1) {
      const x = WIDTH / 2;
      boxes.push(html`<path d="M${x} ${y + 2}V${y + ARROW - 4}" class="fc-arrow" marker-end="url(#${idPrefix}-head)"/>`);
      y += ARROW;
    }
  });
  const height = y + 8;
  return html`<svg class="flowchart" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${Math.round(WIDTH * DISPLAY_SCALE)}" height="${Math.round(height * DISPLAY_SCALE)}" xmlns="http://www.w3.org/2000/svg">
<title id="${idPrefix}-title">办理流程图</title>
<desc id="${idPrefix}-desc">共${steps.length}个环节：${summary}</desc>
<defs><marker id="${idPrefix}-head" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="fc-head"/></marker></defs>
${raw(boxes.map((b) => b.value).join('\n'))}
</svg>`;
}
