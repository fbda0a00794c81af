/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character over the first 17
 * (SPEC R10).
 */

/** The 31 characters of the code: digits and capital letters without I, O, Z, S and V. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const LENGTH = 18;

// Weight of position i (1-based) is 3^(i-1) mod 31: 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.
const WEIGHTS = Array.from({ length: LENGTH - 1 }, (_, i) => 3 ** i % 31);

/** 统一社会信用代码规范化: trims, removes inner spaces, half-width and upper case, as typed codes arrive. */
export function normalizeCreditCode(code: string): string {
  return code
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u200B-\u200D\uFEFF]/gu, '')
    .toUpperCase();
}

/** 统一社会信用代码校验码: the 18th character for the first 17, or null when they are not 17 code characters. */
export function creditCodeCheckChar(first17: string): string | null {
  const body = normalizeCreditCode(first17);
  if (body.length !== LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(body[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** 统一社会信用代码校验: length, characters and check character, with the reason in Chinese. */
export function validateCreditCode(code: string): { ok: true } | { ok: false; reason: string } {
  const normalized = normalizeCreditCode(code);
  const chars = Array.from(normalized);
  if (chars.length === 0) return { ok: false, reason: '统一社会信用代码不能为空' };
  if (chars.length !== LENGTH) {
    return { ok: false, reason: `统一社会信用代码应为18位，实际为${chars.length}位` };
  }
  const badIndex = chars.findIndex((ch) => !CREDIT_CODE_ALPHABET.includes(ch));
  if (badIndex >= 0) {
    const bad = chars[badIndex];
    const hint = 'IOZSV'.includes(bad) ? '（统一社会信用代码不使用字母I、O、Z、S、V）' : '';
    return { ok: false, reason: `统一社会信用代码第${badIndex + 1}位字符“${bad}”不合法${hint}` };
  }
  const expected = creditCodeCheckChar(normalized.slice(0, LENGTH - 1));
  if (expected !== normalized[LENGTH - 1]) {
    // The expected character is not shown: a typo is as likely in the first 17 characters as in the 18th.
    return { ok: false, reason: '统一社会信用代码校验码错误（第18位与前17位不符），请核对是否有错字' };
  }
  return { ok: true };
}
