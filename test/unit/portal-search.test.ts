import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/domain/catalog/item.ts';
import { escapeHtml, highlight, markRanges, snippet } from '../../src/domain/portal/highlight.ts';
import { initialsMatch, pinyinMatch, pinyinOf } from '../../src/domain/portal/pinyin.ts';
import { hanBigrams, highlightTerms, queryTerms, segment } from '../../src/domain/portal/segment.ts';
import { audiencesOf, THEMES, themeOf, themesOf } from '../../src/domain/portal/themes.ts';
import { entryTerms, withoutPlaces } from '../../src/modules/portal/search/indexer.ts';
import { buildDraft } from '../factories/item-draft.ts';

const LONG_NAME = '城乡居民基本养老保险参保登记';

describe('segmentation (分词)', () => {
  it('keeps the segmenter’s words and adds every pair of neighbouring Han characters', () => {
    const terms = segment(LONG_NAME);
    expect(terms).toEqual(expect.arrayContaining(['城乡', '居民', '基本', '养老', '保险', '登记']));
    // The segmenter cuts 参保登记 into 参 · 保 · 登记; the bigrams still hold 参保 and 保登.
    expect(terms).toEqual(expect.arrayContaining(['参保', '保登', '老保']));
  });

  it('so every term of 养老保险 is a term of the long name (a substring always is)', () => {
    const name = new Set(segment(LONG_NAME));
    expect(queryTerms('养老保险').all.every((t) => name.has(t))).toBe(true);
    expect(queryTerms('参保登记').all.every((t) => name.has(t))).toBe(true);
  });

  it('drops punctuation, folds case and full-width letters, and does not pair across punctuation', () => {
    expect(segment('《就业创业证》申领')).not.toContain('》申');
    expect(segment('ＩＣＰ备案')).toContain('icp');
    expect(hanBigrams('居民身份证换领、补领')).not.toContain('领补');
  });

  it('keeps only Han runs and latin letters and digits, so no query loses all its terms to the database', () => {
    expect(queryTerms('①² ⅰ').any).toEqual([]);
    expect(segment('6岁以上α')).toEqual(expect.arrayContaining(['6', '岁', '以上']));
    expect(segment('6岁以上α')).not.toContain('α');
  });

  it('a query keeps a lone character only when it is the whole query (证 in 许可证 would match everything)', () => {
    expect(queryTerms('许可证').any).toEqual(['许可', '可证']);
    expect(queryTerms('证').any).toEqual(['证']);
  });

  it('knows pinyin input and everyday abbreviations', () => {
    expect(queryTerms('ylbx').latin).toBe('ylbx');
    expect(queryTerms('Yang Lao').latin).toBe('yanglao');
    expect(queryTerms('养老').latin).toBeNull();
    expect(queryTerms('社保').any).toEqual(expect.arrayContaining(['社保', '社会', '保险', '保障']));
    expect(queryTerms('社保').all).toEqual(['社保']);
  });

  it('marks the query’s words, not its lone characters, unless the query is one', () => {
    expect(highlightTerms('许可证')).toEqual(['许可', '可证']);
    expect(highlightTerms('证')).toEqual(['证']);
  });
});

describe('pinyin (拼音)', () => {
  it('gives the long name in full pinyin and in initials, without tones or spaces', () => {
    const p = pinyinOf(LONG_NAME);
    expect(p.initials).toBe('cxjmjbylbxcbdj');
    expect(p.initials).toContain('ylbx');
    expect(p.full).toContain('yanglao');
    expect(p.full).toBe('chengxiangjuminjibenyanglaobaoxiancanbaodengji');
  });

  it('reads polyphones in context and keeps letters and digits', () => {
    expect(pinyinOf('银行卡').full).toBe('yinhangka');
    expect(pinyinOf('0～6岁儿童健康管理').initials).toBe('06setjkgl');
  });

  it('finds which characters a pinyin query spells, by initials or by syllables', () => {
    expect(pinyinMatch(LONG_NAME, 'ylbx')).toEqual([6, 10]);
    expect(pinyinMatch(LONG_NAME, 'yanglaob')).toEqual([6, 9]);
    expect(pinyinMatch('《就业创业证》申领', 'jycyz')).toEqual([1, 6]);
    expect(pinyinMatch(LONG_NAME, 'zzz')).toBeNull();
  });

  it('finds the characters of an initials match from the stored initials alone', () => {
    expect(initialsMatch(LONG_NAME, 'cxjmjbylbxcbdj', 'ylbx')).toEqual([6, 10]);
    expect(initialsMatch('《就业创业证》申领', 'jycyzsl', 'zsl')).toEqual([5, 9]);
    expect(initialsMatch(LONG_NAME, 'cxjmjbylbxcbdj', 'yanglao')).toBeNull();
    // Initials that do not line up with the characters: the caller reads the pinyin again.
    expect(initialsMatch(LONG_NAME, 'cxjm', 'cx')).toBeUndefined();
  });
});

describe('themes (主题分类)', () => {
  it('lists life events for 个人 and business events for 法人, each with 其他 last', () => {
    const personal = THEMES.filter((t) => t.audience === 'personal').map((t) => t.label);
    const business = THEMES.filter((t) => t.audience === 'business').map((t) => t.label);
    expect(personal).toEqual(expect.arrayContaining(['生育收养', '户籍办理', '社会保障', '死亡殡葬']));
    expect(business).toEqual(expect.arrayContaining(['设立变更', '准营准办', '税收财务', '安全生产']));
    expect(personal.at(-1)).toBe('其他');
    expect(business.at(-1)).toBe('其他');
    expect(new Set(THEMES.map((t) => t.code)).size).toBe(THEMES.length);
  });

  it('files an item by its name under the audiences its service objects reach', () => {
    const codes = themesOf({ ...emptyDraft(LONG_NAME), serviceObjects: ['个人（公民）'] });
    expect(codes.map((c) => themeOf(c)?.label)).toEqual(['社会保障']);
    const both = themesOf({ ...emptyDraft('就业登记'), serviceObjects: ['个人（公民）', '法人'] });
    expect(both).toEqual(expect.arrayContaining(['p-employment', 'b-hr']));
  });

  it('asks the service content only when the name says nothing, then falls back to 其他', () => {
    expect(themesOf({ ...emptyDraft('来信来访事项登记受理'), serviceContent: '为群众提供殡葬政策咨询', serviceObjects: ['个人（公民）'] })).toEqual(['p-death']);
    expect(themesOf({ ...emptyDraft('来信来访事项登记受理'), serviceContent: '受理来信', serviceObjects: ['法人'] })).toEqual(['b-other']);
  });

  it('treats an item without service objects as for everyone', () => {
    expect(audiencesOf([])).toEqual(['personal', 'business']);
    expect(audiencesOf(['社会组织'])).toEqual(['business']);
  });
});

describe('highlighting (命中高亮)', () => {
  it('escapes the text before marking it: a unit’s <script> stays text', () => {
    const html = highlight('<script>alert("养老")</script>养老保险', ['养老']);
    expect(html).toBe('&lt;script&gt;alert(&quot;<mark>养老</mark>&quot;)&lt;/script&gt;<mark>养老</mark>保险');
    expect(html).not.toContain('<script>');
  });

  it('joins overlapping matches, ignores case, and escapes queries that look like markup', () => {
    expect(highlight('城乡居民基本养老保险', ['养老', '老保', '保险'])).toBe('城乡居民基本<mark>养老保险</mark>');
    expect(highlight('ICP备案', ['icp'])).toBe('<mark>ICP</mark>备案');
    expect(highlight('a<b', ['<'])).toBe('a<mark>&lt;</mark>b');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('marks a range of characters (a pinyin match) and cuts a snippet around the first match', () => {
    expect(markRanges(LONG_NAME, [[6, 10]])).toBe('城乡居民基本<mark>养老保险</mark>参保登记');
    const long = `${'甲'.repeat(100)}养老保险${'乙'.repeat(100)}`;
    const s = snippet(long, ['养老'], 30)!;
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('<mark>养老</mark>');
    expect(snippet('无关内容', ['养老'])).toBeNull();
  });
});

describe('index terms (检索索引)', () => {
  const unit = { id: 'u', regionCode: '430811', fullName: '张家界市武陵源区人力资源和社会保障局', shortName: '区人社局' };

  it('weights the name A, the content and units B, conditions and materials C, and tags the region', () => {
    const t = entryTerms(buildDraft({ name: LONG_NAME }), unit, ['张家界市', '武陵源区', '武陵源', '张家界']);
    expect(t.a.split(' ')).toEqual(expect.arrayContaining(['养老', '保险', '参保', '养']));
    expect(t.b.split(' ')).toEqual(expect.arrayContaining(['人力', '资源', '人社']));
    expect(t.c.split(' ').length).toBeGreaterThan(5);
    expect(t.d).toBe('r430811');
  });

  it('leaves the place names out of unit names, so naming the district does not match every item', () => {
    expect(withoutPlaces(unit.fullName, ['张家界市', '武陵源区'])).toBe('人力资源和社会保障局');
    const t = entryTerms(buildDraft({ name: LONG_NAME }), unit, ['张家界市', '武陵源区', '武陵源', '张家界']);
    expect(t.b.split(' ')).not.toContain('武陵');
    expect(t.b.split(' ')).not.toContain('陵源');
  });

  it('keeps lone characters out of the content terms', () => {
    const t = entryTerms(buildDraft({ name: LONG_NAME, serviceContent: '为符合条件的城乡居民办理' }), unit);
    expect(t.b.split(' ')).not.toContain('的');
  });
});
