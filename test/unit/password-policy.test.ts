import { describe, it, expect } from 'vitest';
import { checkPasswordPolicy, generatePassword, passwordClasses } from '../../src/domain/password-policy.ts';

const TOO_SHORT = '密码长度不能少于8位';
const TOO_LONG = '密码长度不能超过128位';
const TOO_FEW_CLASSES = '密码须包含大写字母、小写字母、数字、特殊符号中的至少三类';
const CONTAINS_USERNAME = '密码不能包含用户名';
const CONTROL_CHARACTER = '密码不能包含控制字符（如换行、制表符）';

describe('the password policy (等保2.0)', () => {
  it('accepts 8 characters from three classes', () => {
    expect(checkPasswordPolicy('Abcdefg1')).toEqual([]);
    expect(checkPasswordPolicy('abcdefg1!')).toEqual([]);
    expect(checkPasswordPolicy('ABCDEFG1!')).toEqual([]);
    expect(checkPasswordPolicy('Abcdefg!')).toEqual([]);
  });

  it('accepts all four classes', () => {
    expect(checkPasswordPolicy('Wly@2017-Dec08')).toEqual([]);
  });

  it('rejects fewer than 8 characters', () => {
    expect(checkPasswordPolicy('Ab1!xyz')).toEqual([TOO_SHORT]);
    expect(checkPasswordPolicy('')).toEqual([TOO_SHORT, TOO_FEW_CLASSES]);
  });

  it('counts characters, not UTF-16 units, so an emoji is one character', () => {
    // 7 characters, 8 UTF-16 code units.
    expect(checkPasswordPolicy('Ab1!xy😀')).toEqual([TOO_SHORT]);
  });

  it('accepts 128 characters and rejects 129', () => {
    const base = 'Aa1!'.repeat(32);
    expect(checkPasswordPolicy(base)).toEqual([]);
    expect(checkPasswordPolicy(base + 'x')).toEqual([TOO_LONG]);
  });

  it('rejects passwords from only one or two classes', () => {
    expect(checkPasswordPolicy('abcdefgh')).toEqual([TOO_FEW_CLASSES]);
    expect(checkPasswordPolicy('12345678')).toEqual([TOO_FEW_CLASSES]);
    expect(checkPasswordPolicy('abcd1234')).toEqual([TOO_FEW_CLASSES]);
    expect(checkPasswordPolicy('ABCDabcd')).toEqual([TOO_FEW_CLASSES]);
    expect(checkPasswordPolicy('!@#$%^&*')).toEqual([TOO_FEW_CLASSES]);
    expect(checkPasswordPolicy('Password')).toEqual([TOO_FEW_CLASSES]);
  });

  it('counts spaces, Chinese characters and full-width letters as symbols', () => {
    expect(passwordClasses('abc def1')).toMatchObject({ lower: true, digit: true, symbol: true, upper: false });
    expect(checkPasswordPolicy('abc def1')).toEqual([]);
    expect(checkPasswordPolicy('武陵源abc123')).toEqual([]);
    expect(passwordClasses('ＡＢＣ')).toEqual({ upper: false, lower: false, digit: false, symbol: true });
  });

  it('rejects control characters such as a pasted line break or tab', () => {
    expect(checkPasswordPolicy('Abcdefg1\n')).toEqual([CONTROL_CHARACTER]);
    expect(checkPasswordPolicy('Abcd\tefg1')).toEqual([CONTROL_CHARACTER]);
  });

  it('rejects a password that contains the user name, ignoring case', () => {
    expect(checkPasswordPolicy('zhangsan@2024', { username: 'zhangsan' })).toEqual([CONTAINS_USERNAME]);
    expect(checkPasswordPolicy('Wly#ZhangSan9', { username: 'zhangsan' })).toEqual([CONTAINS_USERNAME]);
    expect(checkPasswordPolicy('Pass#ADMIN1', { username: 'admin' })).toEqual([CONTAINS_USERNAME]);
    expect(checkPasswordPolicy('Pass#admin1', { username: ' Admin ' })).toEqual([CONTAINS_USERNAME]);
  });

  it('accepts a password that merely shares letters with the user name', () => {
    expect(checkPasswordPolicy('Zhang#San2024', { username: 'zhangsan' })).toEqual([]);
  });

  it('does not look for user names shorter than 3 characters, which almost any password would contain', () => {
    expect(checkPasswordPolicy('Wlyab#2024', { username: 'ab' })).toEqual([]);
    expect(checkPasswordPolicy('Wlyab#2024', { username: '' })).toEqual([]);
    expect(checkPasswordPolicy('Wlyab#2024', { username: '   ' })).toEqual([]);
  });

  it('checks Chinese user names too', () => {
    expect(checkPasswordPolicy('汤锦程Abc123', { username: '汤锦程' })).toEqual([CONTAINS_USERNAME]);
  });

  it('reports every broken rule at once', () => {
    expect(checkPasswordPolicy('admin', { username: 'admin' })).toEqual([TOO_SHORT, TOO_FEW_CLASSES, CONTAINS_USERNAME]);
  });
});

describe('generating an initial password', () => {
  it('is 16 characters long by default', () => {
    expect(Array.from(generatePassword())).toHaveLength(16);
  });

  it('has the length asked for, from 8 to 128', () => {
    expect(generatePassword(8)).toHaveLength(8);
    expect(generatePassword(32)).toHaveLength(32);
    expect(generatePassword(128)).toHaveLength(128);
  });

  it('refuses lengths the policy would reject', () => {
    expect(() => generatePassword(7)).toThrow(RangeError);
    expect(() => generatePassword(129)).toThrow(RangeError);
    expect(() => generatePassword(12.5)).toThrow(RangeError);
    expect(() => generatePassword(Number.NaN)).toThrow(RangeError);
  });

  it('always satisfies the policy, with all four classes even at the minimum length', () => {
    for (let i = 0; i < 500; i++) {
      const password = generatePassword(8);
      expect(checkPasswordPolicy(password), password).toEqual([]);
      expect(passwordClasses(password), password).toEqual({ upper: true, lower: true, digit: true, symbol: true });
    }
  });

  it('never uses characters that are easy to misread or that break shells and copied text', () => {
    const seen = Array.from({ length: 300 }, () => generatePassword(32)).join('');
    expect(seen).not.toMatch(/[0O1lIo|'"`\\ ]/);
    expect(seen).toMatch(/^[A-Za-z2-9!@#$%^&*\-_=+?]+$/);
  });

  it('puts the guaranteed characters in random places', () => {
    const firstIsUpper = Array.from({ length: 200 }, () => /^[A-Z]/.test(generatePassword())).filter(Boolean).length;
    expect(firstIsUpper).toBeGreaterThan(0);
    expect(firstIsUpper).toBeLessThan(200);
  });

  it('gives a different password every time', () => {
    const passwords = new Set(Array.from({ length: 200 }, () => generatePassword()));
    expect(passwords.size).toBe(200);
  });
});
