/**
 * 发文字号 such as 张武政办发〔2017〕12号: an issuer's abbreviation, the year in 六角括号 〔〕 and a
 * sequence number followed by 号 (GB/T 9704-2012 7.2.4: the year in full, no leading zeros, no 第).
 */
const DOC_NUMBER = /^([\u4e00-\u9fa5A-Za-z]{2,20})〔(\d{4})〕([1-9]\d{0,4})号$/;

export interface DocNumber {
  issuer: string;
  year: number;
  serial: number;
}

/** Parses a document number; `error` explains in Chinese what is wrong, with the likely fix. */
export function parseDocNumber(input: string): { ok: true; value: DocNumber; normalized: string } | { ok: false; error: string } {
  const text = input.trim();
  const m = DOC_NUMBER.exec(text);
  if (m) return { ok: true, value: { issuer: m[1], year: Number(m[2]), serial: Number(m[3]) }, normalized: text };
  const loose = /^([\u4e00-\u9fa5A-Za-z]{2,20})\s*[[［(（【〔]\s*(\d{4})\s*[\]］)）】〕]\s*第?0*([1-9]\d{0,4})\s*号$/.exec(text);
  if (loose) {
    const suggestion = `${loose[1]}〔${loose[2]}〕${loose[3]}号`;
    return { ok: false, error: `发文字号格式不正确：年份应使用六角括号“〔〕”，序号不编虚位、不加“第”，应为“${suggestion}”` };
  }
  return { ok: false, error: '发文字号格式不正确，应为“机关代字〔年份〕序号号”，例如“张武政办发〔2017〕12号”' };
}
