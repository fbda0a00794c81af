/**
 * 拼音检索: item names in full pinyin and in initials (城乡居民 → chengxiangjumin, cxjm), so a phone
 * keyboard without a Chinese input method still finds them. pinyin-pro reads words in context
 * (银行 → yinhang), which decides most polyphones the way people say them; tones are dropped.
 */
import { pinyin } from 'pinyin-pro';

const LATIN_OR_DIGIT = /^[a-z0-9]$/;

/** One character of a text with what it contributes to the full pinyin and to the initials. */
interface Syllable {
  full: string;
  initial: string;
}

/** Per character (by code point) of `text`: its syllable and initial, or its own letter or digit, or nothing. */
function syllables(text: string): Syllable[] {
  const chars = pinyin(text, { toneType: 'none', type: 'all', v: true });
  return chars.map((c) => {
    if (c.isZh && c.pinyin) return { full: c.pinyin.toLowerCase(), initial: c.pinyin[0].toLowerCase() };
    const ch = c.origin.toLowerCase();
    return LATIN_OR_DIGIT.test(ch) ? { full: ch, initial: ch } : { full: '', initial: '' };
  });
}

/** 全拼和首字母: lower case, no tones, no spaces (城乡居民基本养老保险参保登记 → …yanglaobaoxian…, cxjmjbylbxcbdj). */
export function pinyinOf(text: string): { full: string; initials: string } {
  const s = syllables(text);
  return { full: s.map((x) => x.full).join(''), initials: s.map((x) => x.initial).join('') };
}

/**
 * Where a pinyin query matches `text`, as a range of code points [start, end): the characters whose
 * initials spell the query (ylbx → 养老保险), or whose syllables spell it from the start of a
 * syllable, the last one possibly cut short (yanglaob → 养老保). Null when it matches neither way.
 */
export function pinyinMatch(text: string, query: string): [number, number] | null {
  const q = query.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!q) return null;
  const s = syllables(text);
  for (let i = 0; i < s.length; i++) {
    if (!s[i].initial) continue;
    // Initials: one letter per character, skipping characters that give none (punctuation).
    let k = 0;
    let j = i;
    for (; j < s.length && k < q.length; j++) {
      if (!s[j].initial) continue;
      if (s[j].initial !== q[k]) break;
      k++;
    }
    if (k === q.length) return [i, j];
    // Full pinyin, syllable by syllable.
    let rest = q;
    for (j = i; j < s.length && rest; j++) {
      const full = s[j].full;
      if (!full) continue;
      if (rest.startsWith(full)) rest = rest.slice(full.length);
      else if (full.startsWith(rest)) rest = '';
      else break;
    }
    if (!rest) return [i, j];
  }
  return null;
}


const HAN = /\p{Script=Han}/u;

/**
 * `pinyinMatch` for initials, from a name and its stored initials (one letter per Han character,
 * letters and digits as they are), without reading the name's pinyin again. Undefined when the
 * initials do not line up with the characters (a character without pinyin): ask `pinyinMatch`.
 */
export function initialsMatch(text: string, initials: string, query: string): [number, number] | null | undefined {
  const chars = Array.from(text);
  const positions: number[] = [];
  chars.forEach((ch, i) => {
    if (HAN.test(ch) || LATIN_OR_DIGIT.test(ch.toLowerCase())) positions.push(i);
  });
  if (positions.length !== initials.length) return undefined;
  const at = initials.indexOf(query.toLowerCase());
  if (at < 0) return null;
  return [positions[at], positions[at + query.length - 1] + 1];
}
