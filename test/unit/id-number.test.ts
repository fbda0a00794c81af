import { describe, it, expect } from 'vitest';
import { maskIdNumber, maskPhone, normalizeIdNumber, validateIdNumber } from '../../src/domain/id-number.ts';

const TODAY = new Date('2025-06-10T12:00:00+08:00');

// Builds a number whose check character is right, so that a test fails for the rule it is about.
function withCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = Array.from(first17).reduce((total, ch, i) => total + Number(ch) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

function reasonOf(id: string, today = TODAY): string {
  const result = validateIdNumber(id, today);
  if (result.ok) throw new Error(`expected ${id} to be rejected`);
  return result.reason;
}

describe('validating a 居民身份证号码', () => {
  it('accepts a valid number and reads the birth date and sex from it', () => {
    expect(validateIdNumber('430811199001011232', TODAY)).toEqual({ ok: true, birthDate: '1990-01-01', sex: 'male' });
    expect(validateIdNumber('430811198512310029', TODAY)).toEqual({ ok: true, birthDate: '1985-12-31', sex: 'female' });
  });

  it('accepts the example of GB 11643-1999, whose check character is X', () => {
    expect(validateIdNumber('11010519491231002X', TODAY)).toEqual({ ok: true, birthDate: '1949-12-31', sex: 'female' });
  });

  it('reads the sex from the parity of the 17th digit', () => {
    for (const digit of '0123456789') {
      const result = validateIdNumber(withCheck(`4308111990010112${digit}`), TODAY);
      expect(result).toMatchObject({ ok: true, sex: Number(digit) % 2 === 1 ? 'male' : 'female' });
    }
  });

  it('accepts a lower-case x, spaces, line breaks and full-width digits as typed or pasted', () => {
    const expected = { ok: true, birthDate: '1949-12-31', sex: 'female' };
    expect(validateIdNumber('11010519491231002x', TODAY)).toEqual(expected);
    expect(validateIdNumber(' 11010519491231002X\r\n', TODAY)).toEqual(expected);
    expect(validateIdNumber('110105 19491231 002X', TODAY)).toEqual(expected);
    expect(validateIdNumber('\u3000１１０１０５１９４９１２３１００２Ｘ', TODAY)).toEqual(expected);
    expect(validateIdNumber('１１０１０５１９４９１２３１００２ｘ', TODAY)).toEqual(expected);
  });

  it('normalizes what it accepts to the canonical form for storage', () => {
    expect(normalizeIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
  });

  it('rejects an empty value', () => {
    expect(reasonOf('')).toBe('身份证号码不能为空');
    expect(reasonOf(' \t ')).toBe('身份证号码不能为空');
  });

  it('rejects the old 15-digit numbers with a reason of their own', () => {
    expect(reasonOf('430811900101123')).toBe('15位身份证号码已停止使用，请填写18位居民身份证号码');
  });

  it('rejects other lengths and says how long the value was', () => {
    expect(reasonOf('43081119900101123')).toBe('身份证号码应为18位，实际为17位');
    expect(reasonOf('4308111990010112320')).toBe('身份证号码应为18位，实际为19位');
  });

  it('rejects letters other than a final X', () => {
    const message = '身份证号码前17位应为数字，最后一位应为数字或X';
    expect(reasonOf('43081119900101123A')).toBe(message);
    expect(reasonOf('4308111990010112X2')).toBe(message);
    expect(reasonOf('43081119900101O232')).toBe(message);
    expect(reasonOf('430811-19900101123')).toBe(message);
  });

  it('rejects a birth date that is not on the calendar', () => {
    expect(reasonOf(withCheck('43081119901301123'))).toBe('身份证号码中的出生日期1990-13-01不是有效日期');
    expect(reasonOf(withCheck('43081119900001123'))).toBe('身份证号码中的出生日期1990-00-01不是有效日期');
    expect(reasonOf(withCheck('43081119900100123'))).toBe('身份证号码中的出生日期1990-01-00不是有效日期');
    expect(reasonOf(withCheck('43081119900431123'))).toBe('身份证号码中的出生日期1990-04-31不是有效日期');
    expect(reasonOf(withCheck('43081120230229123'))).toBe('身份证号码中的出生日期2023-02-29不是有效日期');
    expect(reasonOf(withCheck('43081119000229123'))).toBe('身份证号码中的出生日期1900-02-29不是有效日期');
  });

  it('accepts 29 February in a leap year, including 2000', () => {
    expect(validateIdNumber('430811200002290048', TODAY)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(validateIdNumber('430811202402290038', TODAY)).toMatchObject({ ok: true, birthDate: '2024-02-29' });
  });

  it('rejects a birth date before 1900, even the 1880 example of the standard itself', () => {
    expect(reasonOf('440524188001010014')).toBe('身份证号码中的出生日期1880-01-01早于1900年');
    expect(reasonOf(withCheck('43081118991231123'))).toBe('身份证号码中的出生日期1899-12-31早于1900年');
    expect(reasonOf(withCheck('43081100000101123'))).toBe('身份证号码中的出生日期0000-01-01早于1900年');
    expect(validateIdNumber('430811190001010052', TODAY)).toMatchObject({ ok: true, birthDate: '1900-01-01' });
  });

  it('accepts a baby born today and rejects a birth date in the future', () => {
    expect(validateIdNumber('430811202506100016', TODAY)).toMatchObject({ ok: true, birthDate: '2025-06-10' });
    expect(reasonOf('43081120250611002X')).toBe('身份证号码中的出生日期2025-06-11晚于今天');
    expect(reasonOf(withCheck('43081129991231123'))).toBe('身份证号码中的出生日期2999-12-31晚于今天');
  });

  it('takes today as the date in China, whatever the server time zone', () => {
    // 2025-06-10 17:00 UTC is already 2025-06-11 01:00 in Beijing.
    const lateEvening = new Date('2025-06-10T17:00:00Z');
    expect(validateIdNumber('43081120250611002X', lateEvening)).toMatchObject({ ok: true, birthDate: '2025-06-11' });
    // 2025-06-10 15:00 UTC is 23:00 in Beijing, still the 10th.
    expect(validateIdNumber('43081120250611002X', new Date('2025-06-10T15:00:00Z')).ok).toBe(false);
  });

  it('defaults today to the current date', () => {
    expect(validateIdNumber('430811199001011232')).toMatchObject({ ok: true });
    expect(validateIdNumber(withCheck('43081129991231123')).ok).toBe(false);
  });

  it('rejects a wrong check character', () => {
    expect(reasonOf('430811199001011233')).toBe('身份证号码校验码错误，请核对是否有错字');
    expect(reasonOf('110105194912310021')).toBe('身份证号码校验码错误，请核对是否有错字');
  });

  it('detects every single-digit mistake', () => {
    const id = '430811199001011232';
    for (let i = 0; i < 18; i++) {
      for (const ch of '0123456789X') {
        if (ch === id[i] || (i < 17 && ch === 'X')) continue;
        const typo = id.slice(0, i) + ch + id.slice(i + 1);
        expect(validateIdNumber(typo, TODAY).ok, typo).toBe(false);
      }
    }
  });

  it('detects two neighbouring digits swapped', () => {
    const id = '430811199001011232';
    for (let i = 0; i < 16; i++) {
      if (id[i] === id[i + 1]) continue;
      const swapped = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      expect(validateIdNumber(swapped, TODAY).ok, swapped).toBe(false);
    }
  });
});

describe('masking an ID number for lists and exports', () => {
  it('keeps the first 6 and the last 4 characters', () => {
    expect(maskIdNumber('430811199001011234')).toBe('430811********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('masks the canonical form of what was typed', () => {
    expect(maskIdNumber(' 110105 19491231 002x ')).toBe('110105********002X');
  });

  it('masks an old 15-digit number the same way', () => {
    expect(maskIdNumber('430811900101123')).toBe('430811*****1123');
  });

  it('hides a value too short to keep 10 characters entirely', () => {
    expect(maskIdNumber('4308111990')).toBe('**********');
    expect(maskIdNumber('123')).toBe('***');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('masking a phone number for lists and exports', () => {
  it('keeps the first 3 and the last 4 digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('17707445778')).toBe('177****5778');
  });

  it('drops spaces, hyphens and a +86 country code around a mobile number', () => {
    expect(maskPhone(' 138 1234 5678 ')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
    expect(maskPhone('+86-13812345678')).toBe('138****5678');
    expect(maskPhone('008613812345678')).toBe('138****5678');
    expect(maskPhone('８６１３８１２３４５６７８')).toBe('138****5678');
  });

  it('keeps the area code and the last 4 digits of a landline', () => {
    expect(maskPhone('0744-5629782')).toBe('0744-***9782');
    expect(maskPhone('07445629782')).toBe('0744-***9782');
    expect(maskPhone('(0744)5629782')).toBe('0744-***9782');
    expect(maskPhone('010-12345678')).toBe('010-****5678');
    expect(maskPhone('02112345678')).toBe('021-****5678');
  });

  it('keeps only the last 4 digits of anything else', () => {
    // A local number without area code, as in the notice's contact line (5629782).
    expect(maskPhone('5629782')).toBe('***9782');
    expect(maskPhone('12345')).toBe('*2345');
  });

  it('hides a value of 4 characters or fewer entirely', () => {
    expect(maskPhone('1234')).toBe('****');
    expect(maskPhone('')).toBe('');
  });
});
