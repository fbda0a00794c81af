/**
 * Normalizing the names departments type (事项名称, 单位名称) so that what was pasted from Word, Excel,
 * a PDF or a phone compares equal to what the registry holds (SPEC R3, R6).
 */

// Characters that carry no meaning but survive copy and paste: zero-width space, joiners, word
// joiner, and the byte-order mark Excel leaves at the start of a cell.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

// Full-width ASCII letters and digits (Ａ１ｂ) sit 0xFEE0 above their half-width forms.
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

// `,` `;` `:` between two digits are a number or a time (1,000 · 8:30), not Chinese punctuation.
const HALF_WIDTH_SEPARATOR = /(?<!\d)[,;:]|[,;:](?!\d)/g;
const TO_FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ',': '，', ';': '；', ':': '：' };

// A Han character, or punctuation that is full-width and so needs no space beside it:
// CJK symbols and punctuation (、。《》【】〔〕 and U+3000), full-width forms (（），；：！？),
// curly quotes, em dash, ellipsis and the middle dot of transliterated names.
const HAN = /\p{Script=Han}/u;
const CJK_PUNCTUATION = /[\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2014\u2026\u00B7]/u;
const TRAILING_PERIODS = /[。.．\s]+$/u;

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

function isCjkPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && CJK_PUNCTUATION.test(ch);
}

/** 名称规范化: trims, collapses whitespace, full-width Chinese punctuation, half-width letters and digits, no trailing 。 */
export function normalizeName(s: string): string {
  let text = s.replace(INVISIBLE, '');
  text = text.replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  text = text.replace(/[()]/g, (ch) => TO_FULL_WIDTH[ch]).replace(HALF_WIDTH_SEPARATOR, (ch) => TO_FULL_WIDTH[ch]);

  // JavaScript's \s covers U+3000, no-break spaces and line breaks. A run of it disappears between
  // Han characters or beside full-width punctuation, and becomes one space elsewhere (区 ICP 备案).
  const chars = Array.from(text.trim());
  let out = '';
  let before: string | undefined;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (!/\s/u.test(ch)) {
      out += ch;
      before = ch;
      continue;
    }
    let j = i;
    while (j + 1 < chars.length && /\s/u.test(chars[j + 1])) j++;
    const after = chars[j + 1];
    const isSpaceless = (isHan(before) && isHan(after)) || isCjkPunctuation(before) || isCjkPunctuation(after);
    if (!isSpaceless) out += ' ';
    i = j;
  }
  return out.replace(TRAILING_PERIODS, '');
}

/** 名称比对键: the normalized name without punctuation, symbols or spaces, Latin letters in lower case. */
export function nameKey(s: string): string {
  return normalizeName(s)
    .replace(/[\p{P}\p{S}\s]/gu, '')
    .toLowerCase();
}
