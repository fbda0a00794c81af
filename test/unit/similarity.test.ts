import { describe, it, expect } from 'vitest';
import { closestMatches, levenshtein } from '../../src/domain/similarity.ts';

const P = '张家界市武陵源区';

// The 28 units of Attachment 1 of 张武审改办发〔2017〕1号: the name the notice uses, then the full
// standard name (规范全称).
const UNITS: [string, string][] = [
  ['区政府办（区金融办）', `${P}人民政府办公室`],
  ['区发展改革和科学技术局（区商务和粮食局）', `${P}发展改革和科学技术局`],
  ['区旅外局', `${P}旅游外事侨务局`],
  ['区教育局', `${P}教育局`],
  ['区监察局', `${P}监察局`],
  ['区民宗局', `${P}民族宗教事务局`],
  ['区公安分局', '张家界市公安局武陵源分局'],
  ['区司法局', `${P}司法局`],
  ['区财政局', `${P}财政局`],
  ['区人社局', `${P}人力资源和社会保障局`],
  ['区环保分局', '张家界市环境保护局武陵源分局'],
  ['区住建局', `${P}住房和城乡建设局`],
  ['区交通运输局', `${P}交通运输局`],
  ['区农业农村工作局', `${P}农业农村工作局`],
  ['区水利局', `${P}水利局`],
  ['区林业局', `${P}林业局`],
  ['区文广新局', `${P}文化广电新闻出版局`],
  ['区卫计局', `${P}卫生和计划生育局`],
  ['区审计局', `${P}审计局`],
  ['区安监局', `${P}安全生产监督管理局`],
  ['区食药监局', `${P}食品药品监督管理局`],
  ['区统计局', `${P}统计局`],
  ['区供销联社', `${P}供销合作联社`],
  ['区扶贫办', `${P}扶贫开发办公室`],
  ['区信访局', `${P}信访局`],
  ['区档案局', `${P}档案局`],
  ['区委党史研究室', '中共张家界市武陵源区委党史研究室'],
  ['区机关事务服务中心', `${P}机关事务服务中心`],
];

const BY_UNIT = UNITS.map(([short, full]) => ({ value: short, names: [short, full] }));
const SHORT_NAMES = UNITS.map(([short]) => ({ value: short, names: [short] }));
const FULL_NAMES = UNITS.map(([, full]) => ({ value: full, names: [full] }));

const values = <T>(matches: { value: T }[]) => matches.map((m) => m.value);

describe('the Levenshtein distance (编辑距离)', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('区卫健局', '区卫计局')).toBe(1);
    expect(levenshtein('区教育', '区教育局')).toBe(1);
    expect(levenshtein('区卫生计生局', '区卫计局')).toBe(2);
  });

  it('is zero for equal strings and the other length for an empty one', () => {
    expect(levenshtein('区教育局', '区教育局')).toBe(0);
    expect(levenshtein('', '')).toBe(0);
    expect(levenshtein('', '区教育局')).toBe(4);
    expect(levenshtein('区教育局', '')).toBe(4);
  });

  it('is symmetric', () => {
    const pairs: [string, string][] = [['区发改局', '区发展改革和科学技术局'], ['abc', 'yabd'], ['区民政局', '区民宗局']];
    for (const [a, b] of pairs) expect(levenshtein(a, b)).toBe(levenshtein(b, a));
  });

  it('counts a character outside the basic plane as one character', () => {
    expect(levenshtein('𠮷野家', '吉野家')).toBe(1);
    expect(levenshtein('𠮷', '')).toBe(1);
  });
});

describe('finding the closest names (相近名称匹配)', () => {
  it('ranks 区教育局 first for 区教育, whether units carry short or full names', () => {
    expect(closestMatches('区教育', BY_UNIT)[0]).toMatchObject({ value: '区教育局', name: '区教育局' });
    expect(closestMatches('区教育', SHORT_NAMES)[0].value).toBe('区教育局');
    expect(closestMatches('区教育', FULL_NAMES)[0].value).toBe(`${P}教育局`);
  });

  it('suggests 区卫计局 for the later name 区卫健局', () => {
    expect(closestMatches('区卫健局', BY_UNIT)[0]).toMatchObject({ value: '区卫计局', name: '区卫计局' });
    expect(closestMatches('区卫健局', SHORT_NAMES)[0].value).toBe('区卫计局');
  });

  it('is not misled by the region prefix that every full name shares', () => {
    expect(closestMatches('武陵源区卫健局', BY_UNIT)[0].value).toBe('区卫计局');
    expect(closestMatches(`${P}卫生健康局`, FULL_NAMES)[0].value).toBe(`${P}卫生和计划生育局`);
    expect(closestMatches(`${P}卫生健康局`, BY_UNIT)[0].value).toBe('区卫计局');
  });

  it('finds units from the way departments commonly shorten or lengthen them', () => {
    const cases: [string, string][] = [
      ['区财政', '区财政局'],
      ['教育', '区教育局'],
      ['区环保局', '区环保分局'],
      ['区公安局', '区公安分局'],
      ['区档案馆', '区档案局'],
      ['区旅游局', '区旅外局'],
      ['区文化局', '区文广新局'],
      ['区人力资源局', '区人社局'],
      ['区住房城乡建设局', '区住建局'],
      ['区食品药品监管局', '区食药监局'],
      ['区民族宗教局', '区民宗局'],
      ['区扶贫开发办', '区扶贫办'],
      ['区金融办', '区政府办（区金融办）'],
      ['区商务和粮食局', '区发展改革和科学技术局（区商务和粮食局）'],
      ['武陵源区政府办公室', '区政府办（区金融办）'],
    ];
    for (const [query, expected] of cases) expect(closestMatches(query, BY_UNIT)[0]?.value, query).toBe(expected);
  });

  it('scores an exact name 1, ignoring spacing, punctuation width and a trailing 。', () => {
    expect(closestMatches('区卫计局', BY_UNIT)[0]).toEqual({ value: '区卫计局', name: '区卫计局', score: 1 });
    expect(closestMatches(' 区 卫 计 局。', BY_UNIT)[0]).toMatchObject({ value: '区卫计局', score: 1 });
    expect(closestMatches('区政府办(区金融办)', BY_UNIT)[0]).toMatchObject({ value: '区政府办（区金融办）', score: 1 });
    expect(closestMatches(`${P}教育局`, FULL_NAMES)[0].score).toBe(1);
  });

  it('scores a name that contains the query, or is contained in it, high', () => {
    const [match] = closestMatches('区教育', SHORT_NAMES);
    expect(match.score).toBeGreaterThan(0.9);
    const [inQuery] = closestMatches('区教育局基础教育股', SHORT_NAMES);
    expect(inQuery.value).toBe('区教育局');
    expect(inQuery.score).toBeGreaterThan(0.7);
  });

  it('lists each candidate once, under its best-matching name', () => {
    const candidates = [{ value: 18, names: ['区卫计局', '区卫生计生局', '区卫生和计划生育局', `${P}卫生和计划生育局`] }];
    expect(closestMatches('区卫生计生局', candidates)).toEqual([{ value: 18, name: '区卫生计生局', score: 1 }]);
    expect(closestMatches('区卫生健康局', candidates, { minScore: 0 })).toHaveLength(1);
  });

  it('returns the original spelling of the matched name, not its key', () => {
    const [match] = closestMatches('区政府办区金融办', BY_UNIT);
    expect(match.name).toBe('区政府办（区金融办）');
  });

  it('sorts by score, best first', () => {
    const matches = closestMatches('区计局', BY_UNIT, { limit: 10, minScore: 0 });
    for (let i = 1; i < matches.length; i++) expect(matches[i - 1].score).toBeGreaterThanOrEqual(matches[i].score);
  });

  it('keeps the candidates’ order among equal scores', () => {
    const candidates = [
      { value: 'a', names: ['区甲局'] },
      { value: 'b', names: ['区乙局'] },
      { value: 'c', names: ['区丙局'] },
    ];
    expect(values(closestMatches('区丁局', candidates, { minScore: 0 }))).toEqual(['a', 'b', 'c']);
  });

  it('returns at most 3 by default, or the limit given', () => {
    expect(closestMatches('区局', BY_UNIT, { minScore: 0 })).toHaveLength(3);
    expect(closestMatches('区局', BY_UNIT, { minScore: 0, limit: 5 })).toHaveLength(5);
    expect(closestMatches('区局', BY_UNIT, { minScore: 0, limit: 100 })).toHaveLength(28);
    expect(closestMatches('区教育局', BY_UNIT, { limit: 0 })).toEqual([]);
  });

  it('leaves out matches under 0.3 by default, or under the minimum given', () => {
    expect(closestMatches('区医保局', BY_UNIT).every((m) => m.score >= 0.3)).toBe(true);
    expect(closestMatches('区卫健局', BY_UNIT, { minScore: 0.99 })).toEqual([]);
    expect(closestMatches('区教育', BY_UNIT, { minScore: 0.9 })).toHaveLength(1);
  });

  it('suggests nothing for a name that resembles no unit', () => {
    expect(closestMatches('国家航天局', BY_UNIT)).toEqual([]);
    expect(closestMatches('Ministry of Education', BY_UNIT)).toEqual([]);
  });

  it('suggests nothing for an empty query or one made only of punctuation', () => {
    expect(closestMatches('', BY_UNIT)).toEqual([]);
    expect(closestMatches('  （）。 ', BY_UNIT)).toEqual([]);
  });

  it('does not treat a single shared character as containment', () => {
    expect(closestMatches('区', BY_UNIT)).toEqual([]);
  });

  it('copes with no candidates, candidates without names and names that are only punctuation', () => {
    expect(closestMatches('区教育局', [])).toEqual([]);
    expect(closestMatches('区教育局', [{ value: 1, names: [] }])).toEqual([]);
    expect(closestMatches('区教育局', [{ value: 1, names: ['（）'] }, { value: 2, names: ['区教育局'] }])).toEqual([
      { value: 2, name: '区教育局', score: 1 },
    ]);
  });

  it('works on a single candidate, where rarity weighting has nothing to compare', () => {
    expect(closestMatches('区卫健局', [{ value: 'x', names: ['区卫计局'] }])[0]).toMatchObject({ value: 'x' });
  });

  it('matches Latin names regardless of case and width', () => {
    const candidates = [{ value: 'icp', names: ['ICP备案'] }, { value: 'ca', names: ['CA证书申领'] }];
    expect(closestMatches('ｉｃｐ备案', candidates)[0]).toMatchObject({ value: 'icp', score: 1 });
  });

  it('also finds likely duplicate item names', () => {
    const items = [
      { value: 1, names: ['就业登记'] },
      { value: 2, names: ['失业登记'] },
      { value: 3, names: ['城乡居民基本养老保险参保登记'] },
      { value: 4, names: ['城乡居民基本养老保险待遇申领'] },
      { value: 5, names: ['80周岁以上老年人高龄津贴发放'] },
    ];
    expect(closestMatches('城乡居民养老保险参保登记', items)[0].value).toBe(3);
    expect(closestMatches('八十周岁以上老年人高龄津贴发放', items)[0].value).toBe(5);
    expect(closestMatches('就业登记。', items)[0]).toMatchObject({ value: 1, score: 1 });
  });
});
