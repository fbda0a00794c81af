/**
 * 口令策略 (等保2.0, GB/T 22239-2019, SPEC section 8): 8 to 128 characters from at least three of
 * four classes, not containing the user name.
 */
import { randomInt } from 'node:crypto';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CLASSES = 3;

// User names shorter than this are not looked for inside the password: almost any password would
// contain a one- or two-letter name by chance (the same rule as Windows' complexity policy).
const MIN_USERNAME_CHECKED = 3;

/** 口令复杂度: the classes of characters a password uses; anything not an ASCII letter or digit is a symbol. */
export function passwordClasses(password: string): { upper: boolean; lower: boolean; digit: boolean; symbol: boolean } {
  return {
    upper: /[A-Z]/.test(password),
    lower: /[a-z]/.test(password),
    digit: /[0-9]/.test(password),
    symbol: /[^A-Za-z0-9]/.test(password),
  };
}

/** 口令策略检查: Chinese messages for every rule the password breaks (empty = acceptable). */
export function checkPasswordPolicy(password: string, opts: { username?: string } = {}): string[] {
  const problems: string[] = [];
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(`密码长度不能少于${PASSWORD_MIN_LENGTH}位`);
  if (length > PASSWORD_MAX_LENGTH) problems.push(`密码长度不能超过${PASSWORD_MAX_LENGTH}位`);

  const classes = Object.values(passwordClasses(password)).filter(Boolean).length;
  if (classes < PASSWORD_MIN_CLASSES) problems.push('密码须包含大写字母、小写字母、数字、特殊符号中的至少三类');

  // Control characters cannot be typed reliably on every keyboard and break logs and exports.
  if (/\p{Cc}/u.test(password)) problems.push('密码不能包含控制字符（如换行、制表符）');

  const username = (opts.username ?? '').trim().toLowerCase();
  if (Array.from(username).length >= MIN_USERNAME_CHECKED && password.toLowerCase().includes(username)) {
    problems.push('密码不能包含用户名');
  }
  return problems;
}

// No 0 O o 1 l I, and no | that looks like them; no quotes, backslash or space, which break shells
// and copied text.
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';
const SYMBOLS = '!@#$%^&*-_=+?';
const ALL = UPPER + LOWER + DIGITS + SYMBOLS;

/** 随机初始口令: a random password of `length` characters with all four classes and no look-alike characters. */
export function generatePassword(length = 16): string {
  if (!Number.isInteger(length) || length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    throw new RangeError(`password length must be an integer from ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH}`);
  }
  const pick = (set: string) => set[randomInt(set.length)];
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(ALL));
  // Fisher–Yates, so the guaranteed four are not always in front.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
