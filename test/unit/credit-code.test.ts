import { describe, it, expect } from 'vitest';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, normalizeCreditCode, validateCreditCode } from '../../src/domain/credit-code.ts';

// Codes that pass the GB 32100-2015 check, as published on business licences.
const VALID = ['91350100M000100Y43', '11100000000013127D', '91440300708461136T', '914403001922038216', '91110000802100433B'];

function reasonOf(code: string): string {
  const result = validateCreditCode(code);
  if (result.ok) throw new Error(`expected ${code} to be rejected`);
  return result.reason;
}

describe('统一社会信用代码 check character', () => {
  it('is the 18th character of every valid code', () => {
    for (const code of VALID) expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('uses the weights 3^(i-1) mod 31 and maps a remainder of 0 to the character 0', () => {
    // 17 zeros sum to 0; 31 - 0 = 31, which wraps to 0.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
    // A single 1 in the first position contributes weight 1: 31 - 1 = 30 → Y.
    expect(creditCodeCheckChar('10000000000000000')).toBe('Y');
    // A single 1 in the 17th position contributes weight 3^16 mod 31 = 28: 31 - 28 = 3.
    expect(creditCodeCheckChar('00000000000000001')).toBe('3');
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(creditCodeCheckChar(' 91350100m000100y4 ')).toBe('3');
  });

  it('is null when the input is not 17 code characters', () => {
    expect(creditCodeCheckChar('')).toBeNull();
    expect(creditCodeCheckChar('9135010000')).toBeNull();
    expect(creditCodeCheckChar('91350100M000100Y43')).toBeNull();
    expect(creditCodeCheckChar('91350100I000100Y4')).toBeNull();
    expect(creditCodeCheckChar('9135010O-000100Y4')).toBeNull();
  });

  it('never produces a character outside the code alphabet', () => {
    for (let i = 0; i < CREDIT_CODE_ALPHABET.length; i++) {
      const check = creditCodeCheckChar(CREDIT_CODE_ALPHABET[i].repeat(17));
      expect(CREDIT_CODE_ALPHABET).toContain(check);
    }
  });
});

describe('validating a 统一社会信用代码', () => {
  it('accepts real codes', () => {
    for (const code of VALID) expect(validateCreditCode(code)).toEqual({ ok: true });
  });

  it('accepts codes built with the check character function', () => {
    for (const body of ['12430811MB1234567', '52430811MJ0000001', 'Y1430811000000000']) {
      expect(validateCreditCode(body + creditCodeCheckChar(body))).toEqual({ ok: true });
    }
  });

  it('accepts lower case, surrounding and inner spaces, line breaks and full-width characters as typed or pasted', () => {
    expect(validateCreditCode('91350100m000100y43')).toEqual({ ok: true });
    expect(validateCreditCode('  91350100M000100Y43\n')).toEqual({ ok: true });
    expect(validateCreditCode('\u300091350100M000100Y43\u3000')).toEqual({ ok: true });
    expect(validateCreditCode('9135 0100 M000 100Y 43')).toEqual({ ok: true });
    expect(validateCreditCode('\uFEFF91350100M000100Y43')).toEqual({ ok: true });
    expect(validateCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toEqual({ ok: true });
  });

  it('normalizes what it accepts to the canonical form for storage', () => {
    expect(normalizeCreditCode(' 9135 0100 m000100y43 ')).toBe('91350100M000100Y43');
  });

  it('rejects an empty value', () => {
    expect(reasonOf('')).toBe('统一社会信用代码不能为空');
    expect(reasonOf('   ')).toBe('统一社会信用代码不能为空');
  });

  it('rejects a wrong length and says how long the value was', () => {
    expect(reasonOf('91350100M000100Y4')).toBe('统一社会信用代码应为18位，实际为17位');
    expect(reasonOf('91350100M000100Y433')).toBe('统一社会信用代码应为18位，实际为19位');
    // The 15-digit business registration number (工商注册号) that preceded the credit code.
    expect(reasonOf('430811000012345')).toBe('统一社会信用代码应为18位，实际为15位');
  });

  it('rejects the letters I, O, Z, S and V and says why', () => {
    expect(reasonOf('91350100MO00100Y43')).toBe('统一社会信用代码第10位字符“O”不合法（统一社会信用代码不使用字母I、O、Z、S、V）');
    expect(reasonOf('I1350100M000100Y43')).toContain('第1位字符“I”不合法');
    for (const letter of 'IOZSV') {
      expect(reasonOf(`91350100M000100Y4${letter}`)).toContain(`第18位字符“${letter}”不合法`);
    }
  });

  it('rejects punctuation and Chinese characters at the position where they occur', () => {
    expect(reasonOf('91350100-000100Y43')).toBe('统一社会信用代码第9位字符“-”不合法');
    expect(reasonOf('913501００M000100号43')).toBe('统一社会信用代码第16位字符“号”不合法');
  });

  it('rejects a wrong check character without suggesting one, since the typo may be anywhere', () => {
    const reason = reasonOf('91350100M000100Y44');
    expect(reason).toBe('统一社会信用代码校验码错误（第18位与前17位不符），请核对是否有错字');
    expect(reason).not.toContain('“3”');
  });

  it('detects every single-character mistake in the first 17 characters', () => {
    const code = VALID[0];
    for (let i = 0; i < 17; i++) {
      for (const ch of CREDIT_CODE_ALPHABET) {
        if (ch === code[i]) continue;
        const typo = code.slice(0, i) + ch + code.slice(i + 1);
        expect(validateCreditCode(typo).ok, typo).toBe(false);
      }
    }
  });

  it('detects two neighbouring characters swapped within the first 17', () => {
    const code = VALID[0];
    for (let i = 0; i < 16; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(validateCreditCode(swapped).ok, swapped).toBe(false);
    }
  });
});
