import { describe, expect, it } from 'vitest';
import { basisCell, filingCells } from '../../src/modules/guides/filing-content.ts';
import { chineseNumber, formatChineseDate, formatTimeLimit, guideView } from '../../src/modules/guides/guide-content.ts';
import { escapeHtml } from '../../src/modules/guides/guide-html.ts';
import { contentDisposition } from '../../src/modules/guides/content-disposition.ts';
import { buildBasis, buildDraft, buildProactiveDraft, OWNER_UNIT } from '../factories/item-draft.ts';

describe('the guide content', () => {
  it('numbers sections in Chinese: 一 … 十 … 十九, 二十', () => {
    expect([1, 9, 10, 11, 19, 20, 21].map(chineseNumber)).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一']);
  });

  it('reads time limits with their units: 工作日, 自然日, 即办', () => {
    expect(formatTimeLimit({ value: 20, unit: 'working_day' })).toBe('20个工作日');
    expect(formatTimeLimit({ value: 30, unit: 'natural_day' })).toBe('30个自然日');
    expect(formatTimeLimit({ value: 0, unit: 'immediate' })).toBe('即办（当场办结）');
    expect(formatTimeLimit({ value: 0, unit: 'working_day' })).toBe('即办（当场办结）');
    expect(formatTimeLimit(null)).toBe('未填写');
  });

  it('writes dates as 2026年3月5日 in China time whatever the server zone', () => {
    expect(formatChineseDate(new Date('2026-03-04T16:30:00Z'))).toBe('2026年3月5日');
  });

  it('keeps every element of an empty guide, reading 未填写 or 无', () => {
    const draft = buildProactiveDraft();
    const view = guideView({ code: 'X', unitName: OWNER_UNIT, draft: { ...draft, remarks: null, steps: [], materials: [] }, versionNumber: 1 });
    expect(view.sections).toHaveLength(20);
    const byHeading = Object.fromEntries(view.sections.map((s) => [s.heading.replace(/^.+、/, ''), JSON.stringify(s.blocks)]));
    expect(byHeading['申报材料']).toContain('未填写');
    expect(byHeading['服务流程']).toContain('未填写');
    expect(byHeading['收费依据及标准']).toContain('未填写');
    expect(byHeading['备注']).toContain('无');
    expect(view.basics.find((f) => f.label === '共同实施单位')?.value).toBe('无');
  });

  it('says a fee is charged with its basis and standard', () => {
    const draft = buildDraft({ guide: { fee: { isFree: false, basis: '《行政事业性收费标准》', standard: '每件10元' } } });
    const fee = guideView({ code: 'X', unitName: OWNER_UNIT, draft, versionNumber: 1 }).sections.find((s) => s.heading.endsWith('收费依据及标准'));
    expect(fee?.blocks).toEqual([
      {
        type: 'fields',
        fields: [
          { label: '是否收费', value: '收费' },
          { label: '收费依据', value: '《行政事业性收费标准》' },
          { label: '收费标准', value: '每件10元' },
        ],
      },
    ]);
  });
});

describe('the filing form row', () => {
  it('writes one basis as 《title》（文号）条款：内容 and several numbered one a line', () => {
    expect(basisCell(buildDraft({ legalBases: [buildBasis({ articleText: '内容' })] }))).toBe('《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）第三条：内容');
    expect(basisCell(buildDraft()).split('\n').map((l) => l.slice(0, 2))).toEqual(['1.', '2.']);
    expect(basisCell(buildDraft({ legalBases: [], noBasisReason: '群众认可' }))).toBe('无文件依据：群众认可');
  });

  it('names the implementing unit first, then the co-implementing ones', () => {
    const cells = filingCells(buildDraft({ coImplementingUnits: ['张家界市武陵源区财政局'] }), OWNER_UNIT);
    expect(cells[4]).toBe(`${OWNER_UNIT}、张家界市武陵源区财政局`);
    expect(cells[1]).toBe('依申请类');
  });
});

describe('escaping and file names', () => {
  it('escapes everything HTML could read as markup', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('gives a Chinese file name as RFC 5987 filename* with an ASCII fallback', () => {
    const header = contentDisposition('服务指南-户口/迁移(暂行)*.docx', 'guide-1.docx');
    expect(header).toBe(`attachment; filename="guide-1.docx"; filename*=UTF-8''${encodeURIComponent('服务指南-户口_迁移')}%28${encodeURIComponent('暂行')}%29_.docx`);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });
});
