/**
 * 居民身份证号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence whose
 * parity gives the sex, and a check character (SPEC R10). Also the masks of SPEC section 8.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

// China Standard Time has been UTC+8 without daylight saving since 1991; "today" is the date in
// the district, whatever time zone the server runs in.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export type IdNumberResult = { ok: true; birthDate: string; sex: 'male' | 'female' } | { ok: false; reason: string };

/** 身份证号码规范化: trims, removes inner spaces, half-width digits and an upper-case X. */
export function normalizeIdNumber(id: string): string {
  return id
    .replace(/[\uFF10-\uFF19\uFF38\uFF58]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u200B-\u200D\uFEFF]/gu, '')
    .toUpperCase();
}

function chinaDate(d: Date): string {
  return new Date(d.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** 身份证号码校验: format, birth date (a real date, 1900 or later, not after `today`) and check character. */
export function validateIdNumber(id: string, today: Date = new Date()): IdNumberResult {
  const n = normalizeIdNumber(id);
  if (n.length === 0) return { ok: false, reason: '身份证号码不能为空' };
  if (/^\d{15}$/.test(n)) return { ok: false, reason: '15位身份证号码已停止使用，请填写18位居民身份证号码' };
  if (n.length !== 18) return { ok: false, reason: `身份证号码应为18位，实际为${Array.from(n).length}位` };
  if (!/^\d{17}[\dX]$/.test(n)) return { ok: false, reason: '身份证号码前17位应为数字，最后一位应为数字或X' };

  const year = Number(n.slice(6, 10));
  const month = Number(n.slice(10, 12));
  const day = Number(n.slice(12, 14));
  const birthDate = `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`;
  if (year < 1900) return { ok: false, reason: `身份证号码中的出生日期${birthDate}早于1900年` };
  if (!isCalendarDate(year, month, day)) return { ok: false, reason: `身份证号码中的出生日期${birthDate}不是有效日期` };
  if (birthDate > chinaDate(today)) return { ok: false, reason: `身份证号码中的出生日期${birthDate}晚于今天` };

  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(n[i]) * WEIGHTS[i];
  if (CHECK_CHARS[sum % 11] !== n[17]) return { ok: false, reason: '身份证号码校验码错误，请核对是否有错字' };

  return { ok: true, birthDate, sex: Number(n[16]) % 2 === 1 ? 'male' : 'female' };
}

/** 身份证号码脱敏: keeps the first 6 and last 4 characters (430811********1234). */
export function maskIdNumber(id: string): string {
  const chars = Array.from(normalizeIdNumber(id));
  // Too short to keep 10 characters and still hide something: hide everything.
  if (chars.length <= 10) return '*'.repeat(chars.length);
  return chars.slice(0, 6).join('') + '*'.repeat(chars.length - 10) + chars.slice(-4).join('');
}

/**
 * 手机号码脱敏: a mobile number keeps its first 3 and last 4 digits (138****5678, without +86); a
 * landline keeps its area code and last 4 digits (0744-***9782); anything else only its last 4.
 */
export function maskPhone(phone: string): string {
  const compact = phone
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-\u2013\u2014()（）\u200B-\u200D\uFEFF]/gu, '');
  const mobile = /^(?:\+?86|0086)?(1\d{10})$/.exec(compact);
  if (mobile) return `${mobile[1].slice(0, 3)}****${mobile[1].slice(7)}`;
  // Area codes are 010 and 02x (three digits) or 0xxx (four digits), so none needs the hyphen.
  const landline = /^(0[12]\d|0[3-9]\d{2})(\d{7,8})$/.exec(compact);
  if (landline) return `${landline[1]}-${'*'.repeat(landline[2].length - 4)}${landline[2].slice(-4)}`;
  const chars = Array.from(compact);
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - 4) + chars.slice(-4).join('');
}
