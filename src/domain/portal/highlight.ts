/**
 * 命中高亮: marks the parts of a result that the query matched with `<mark>`. The text is cut at the
 * matches and every piece is HTML-escaped before the marks are put around it, so nothing a unit typed
 * into an item can become markup.
 */
import { foldText } from './segment.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

export type Range = [start: number, end: number];

/** Where the terms occur in `text`, as ranges of code points, ignoring case and full/half width. */
export function findRanges(text: string, terms: string[]): Range[] {
  if (terms.length === 0) return [];
  // Folding the whole text at once keeps one folded character per character in practice; when it
  // does not (a letter whose lower case is longer), fold character by character.
  const whole = Array.from(foldText(text));
  const chars = whole.length === Array.from(text).length ? whole : Array.from(text, (ch) => foldText(ch));
  const out: Range[] = [];
  for (const term of terms) {
    const t = Array.from(foldText(term));
    if (t.length === 0) continue;
    for (let i = 0; i + t.length <= chars.length; i++) {
      let k = 0;
      while (k < t.length && chars[i + k] === t[k]) k++;
      if (k === t.length) out.push([i, i + t.length]);
    }
  }
  return mergeRanges(out);
}

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** The text escaped, with the given code-point ranges in `<mark>`. */
export function markRanges(text: string, ranges: Range[]): string {
  const chars = Array.from(text);
  let html = '';
  let at = 0;
  for (const [start, end] of mergeRanges(ranges)) {
    const s = Math.max(start, at);
    const e = Math.min(end, chars.length);
    if (e <= s) continue;
    html += escapeHtml(chars.slice(at, s).join('')) + '<mark>' + escapeHtml(chars.slice(s, e).join('')) + '</mark>';
    at = e;
  }
  return html + escapeHtml(chars.slice(at).join(''));
}

/** 高亮: `text` HTML-escaped with every occurrence of the terms in `<mark>`. */
export function highlight(text: string, terms: string[]): string {
  return markRanges(text, findRanges(text, terms));
}

/**
 * 摘要: a window of about `width` characters of `text` around its first match, escaped and marked,
 * with … where it was cut; null when no term occurs in it.
 */
export function snippet(text: string, terms: string[], width = 60): string | null {
  const ranges = findRanges(text, terms);
  if (ranges.length === 0) return null;
  const chars = Array.from(text);
  const start = Math.max(0, Math.min(ranges[0][0] - Math.floor(width / 3), chars.length - width));
  const end = Math.min(chars.length, start + width);
  const inside = ranges.filter(([s, e]) => e > start && s < end).map(([s, e]): Range => [Math.max(s, start) - start, Math.min(e, end) - start]);
  return (start > 0 ? '…' : '') + markRanges(chars.slice(start, end).join(''), inside) + (end < chars.length ? '…' : '');
}
