/**
 * 中文分词 for the portal's search (检索). Chinese has no spaces, so a text is cut into terms in
 * JavaScript and PostgreSQL only sees them joined with spaces (a `simple` tsvector). Two kinds of
 * terms: the words of `Intl.Segmenter` (养老 · 保险 · 登记), which rank whole words, and the
 * overlapping pairs of characters (bigrams) of every run of Han characters (城乡 · 乡居 · 居民 …),
 * which do not depend on where the segmenter cut: any two or more consecutive characters of a text
 * are all bigrams of it, so 养老保险 finds 城乡居民基本养老保险参保登记 and 参保登记 finds it too,
 * although the segmenter cuts that name into 参 · 保 · 登记.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;
// What a term is made of: Han characters, or latin letters and digits. Anything else (punctuation,
// circled numbers, other scripts) never reaches the index: PostgreSQL's parser would drop some of
// it from a query, and a query that lost all its terms would match everything.
const TERM_RUN = /\p{Script=Han}+|[a-z0-9]+/gu;

/** Lower case, full-width letters and digits made half-width (Ａ１ → a1). */
export function foldText(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).toLowerCase();
}

/** The segmenter's word-like segments, folded and stripped of punctuation, in order (repeats kept). */
export function segmentWords(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(foldText(text))) {
    if (!s.isWordLike) continue;
    for (const [term] of s.segment.matchAll(TERM_RUN)) out.push(term);
  }
  return out;
}

/** Overlapping pairs of characters of every run of Han characters (a lone character gives none). */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}

/** Every Han character of a text, once each (a name's characters, so one-character queries match). */
export function hanChars(text: string): string[] {
  return unique(Array.from(text).filter((ch) => HAN.test(ch)));
}

export function isHanText(text: string): boolean {
  return HAN.test(text);
}

function unique(terms: string[]): string[] {
  return [...new Set(terms)];
}

/**
 * 分词: the terms of a text as the index and the query see them: the segmenter's words, then the
 * bigrams of its Han runs, each once, in order of first appearance.
 */
export function segment(text: string): string[] {
  return unique([...segmentWords(text), ...hanBigrams(foldText(text))]);
}

/**
 * 简称: what people type for names that catalogs write in full (社保 for 社会保险). A query holding one
 * also looks for the full forms; the list is short on purpose, only the abbreviations of daily use.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  社保: ['社会保险', '社会保障'],
  医保: ['医疗保险', '医疗保障'],
  低保: ['最低生活保障'],
  五保: ['特困人员'],
  社保卡: ['社会保障卡'],
  养老金: ['养老保险待遇'],
  准生证: ['生育登记', '生育服务证'],
  户口: ['户籍'],
  残疾证: ['残疾人证'],
  公租房: ['公共租赁住房'],
};

/** What a search query asks for, cut the same way the index was. */
export interface QueryTerms {
  /** The query folded and trimmed, spaces collapsed (what is compared with names). */
  text: string;
  /** Every term the query looks for (the OR of the search), full forms of abbreviations included. */
  any: string[];
  /**
   * The terms every match of the whole query contains: the bigrams and the non-Han words (a lone Han
   * character when the query is one). Context-free, so a name that contains the query has them all.
   */
  all: string[];
  /** The query as latin letters and digits only, when it may be pinyin (`ylbx`, `yang lao`); otherwise null. */
  latin: string | null;
}

const HAN_CHAR = /^\p{Script=Han}$/u;

// The same few queries come again and again (the popular searches, a page and the next one).
const recent = new Map<string, QueryTerms>();
const RECENT_MAX = 1000;

/** Cuts a search query into the terms of the index (see `segment`); remembers the last thousand. */
export function queryTerms(q: string): QueryTerms {
  const known = recent.get(q);
  if (known) return known;
  const terms = cutQuery(q);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(q, Object.freeze(terms));
  return terms;
}

function cutQuery(q: string): QueryTerms {
  const text = foldText(q).replace(/\s+/g, ' ').trim();
  const words = segmentWords(text);
  const bigrams = hanBigrams(text);
  // A lone character next to longer terms (证 in 许可证) would match nearly every item.
  const singles = bigrams.length === 0 ? hanChars(text) : [];
  const long = words.filter((w) => !HAN_CHAR.test(w));
  const expansions = Object.entries(ABBREVIATIONS)
    .filter(([short]) => text.includes(short))
    .flatMap(([, full]) => full.flatMap((f) => [...segmentWords(f).filter((w) => !HAN_CHAR.test(w)), ...hanBigrams(f)]));
  const all = unique([...bigrams, ...long.filter((w) => !HAN.test(w)), ...singles]);
  const any = unique([...long, ...bigrams, ...singles, ...expansions]);
  const compact = text.replace(/[\s'’]+/g, '');
  const latin = /^[a-z][a-z0-9]*$/.test(compact) ? compact : null;
  return { text, any: Object.freeze(any) as string[], all: Object.freeze(all) as string[], latin };
}

/** The terms to mark in a result: the query's words and bigrams (and full forms), or its single character. */
export function highlightTerms(q: string): string[] {
  const t = queryTerms(q);
  const long = t.any.filter((term) => Array.from(term).length >= 2);
  return long.length > 0 ? long : t.any;
}
