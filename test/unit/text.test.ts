import { describe, it, expect } from 'vitest';
import { nameKey, normalizeName } from '../../src/domain/text.ts';

describe('normalizing a name (名称规范化)', () => {
  it('leaves a clean name alone', () => {
    expect(normalizeName('城乡居民基本养老保险参保登记')).toBe('城乡居民基本养老保险参保登记');
    expect(normalizeName('张家界市武陵源区人民政府办公室')).toBe('张家界市武陵源区人民政府办公室');
    expect(normalizeName('')).toBe('');
  });

  it('trims spaces, tabs, line breaks and full-width spaces at both ends', () => {
    expect(normalizeName('  就业登记 ')).toBe('就业登记');
    expect(normalizeName('\t就业登记\r\n')).toBe('就业登记');
    expect(normalizeName('\u3000\u3000就业登记\u3000')).toBe('就业登记');
    expect(normalizeName('\u00A0就业登记\u00A0')).toBe('就业登记');
    expect(normalizeName(' \u3000\n ')).toBe('');
  });

  it('removes spaces between Chinese characters entirely, as spreadsheets leave them', () => {
    expect(normalizeName('区 教 育 局')).toBe('区教育局');
    expect(normalizeName('最低生活  保障')).toBe('最低生活保障');
    expect(normalizeName('最低生活\u3000保障')).toBe('最低生活保障');
  });

  it('removes line breaks inside a cell', () => {
    expect(normalizeName('城乡居民基本养老保险\n参保登记')).toBe('城乡居民基本养老保险参保登记');
    expect(normalizeName('城乡居民基本养老保险\r\n  参保登记')).toBe('城乡居民基本养老保险参保登记');
  });

  it('removes spaces beside full-width punctuation', () => {
    expect(normalizeName('《出生医学证明》 首次签发')).toBe('《出生医学证明》首次签发');
    expect(normalizeName('城乡居民参保登记 （医保）')).toBe('城乡居民参保登记（医保）');
    expect(normalizeName('学前教育 、 义务教育阶段入学办理')).toBe('学前教育、义务教育阶段入学办理');
    expect(normalizeName('Word “模板” 下载')).toBe('Word“模板”下载');
  });

  it('collapses other runs of whitespace to one space, between Chinese and Latin text or within Latin text', () => {
    expect(normalizeName('办理  ICP   备案')).toBe('办理 ICP 备案');
    expect(normalizeName('ICP\u3000备案')).toBe('ICP 备案');
    expect(normalizeName('Wi-Fi   hotspot')).toBe('Wi-Fi hotspot');
    expect(normalizeName('65岁 及以上老年人健康管理')).toBe('65岁及以上老年人健康管理');
  });

  it('turns half-width brackets and separators into full-width Chinese punctuation', () => {
    expect(normalizeName('区政府办(区金融办)')).toBe('区政府办（区金融办）');
    expect(normalizeName('区政府办 (区金融办)')).toBe('区政府办（区金融办）');
    expect(normalizeName('学前教育,义务教育阶段入学办理')).toBe('学前教育，义务教育阶段入学办理');
    expect(normalizeName('就业登记;失业登记')).toBe('就业登记；失业登记');
    expect(normalizeName('咨询:旅游线路')).toBe('咨询：旅游线路');
  });

  it('keeps a comma or colon between digits, which is a number or a time', () => {
    expect(normalizeName('图书馆8:30开放')).toBe('图书馆8:30开放');
    expect(normalizeName('1,000元以下补助')).toBe('1,000元以下补助');
    expect(normalizeName('第1:项')).toBe('第1：项');
  });

  it('removes a trailing 。 or . and any run of them', () => {
    expect(normalizeName('临时救助。')).toBe('临时救助');
    expect(normalizeName('临时救助.')).toBe('临时救助');
    expect(normalizeName('临时救助．')).toBe('临时救助');
    expect(normalizeName('临时救助。。')).toBe('临时救助');
    expect(normalizeName('临时救助...')).toBe('临时救助');
    expect(normalizeName('临时救助 。 ')).toBe('临时救助');
  });

  it('keeps a 。 or . inside the name', () => {
    expect(normalizeName('2.0版证照办理')).toBe('2.0版证照办理');
    expect(normalizeName('甲。乙')).toBe('甲。乙');
  });

  it('turns full-width letters and digits into half-width ones', () => {
    expect(normalizeName('６５岁及以上老年人健康管理')).toBe('65岁及以上老年人健康管理');
    expect(normalizeName('ＩＣＰ备案')).toBe('ICP备案');
    expect(normalizeName('ａｂｃＸＹＺ０９')).toBe('abcXYZ09');
  });

  it('keeps full-width Chinese punctuation as it is', () => {
    expect(normalizeName('区发展改革和科学技术局（区商务和粮食局）')).toBe('区发展改革和科学技术局（区商务和粮食局）');
    expect(normalizeName('张武审改办发〔2017〕1号')).toBe('张武审改办发〔2017〕1号');
    expect(normalizeName('80周岁以上老年人高龄津贴发放：按月')).toBe('80周岁以上老年人高龄津贴发放：按月');
  });

  it('drops invisible characters left by copy and paste', () => {
    expect(normalizeName('\uFEFF最低生活保障')).toBe('最低生活保障');
    expect(normalizeName('最低\u200B生活保障\u200D')).toBe('最低生活保障');
  });

  it('keeps rare characters outside the basic plane whole', () => {
    expect(normalizeName('𠮷 祥 物')).toBe('𠮷祥物');
  });

  it('is idempotent', () => {
    const samples = [' 区政府办 (区金融办)。 ', 'ＩＣＰ 备案', '学前教育 , 义务教育', '办理  ICP   备案', '临时救助...'];
    for (const s of samples) expect(normalizeName(normalizeName(s))).toBe(normalizeName(s));
  });
});

describe('the comparison key of a name (名称比对键)', () => {
  it('is the normalized name without punctuation or spaces', () => {
    expect(nameKey('区政府办（区金融办）')).toBe('区政府办区金融办');
    expect(nameKey('《出生医学证明》首次签发')).toBe('出生医学证明首次签发');
    expect(nameKey('学前教育、义务教育阶段入学办理')).toBe('学前教育义务教育阶段入学办理');
    expect(nameKey('办理 ICP 备案')).toBe('办理icp备案');
  });

  it('is the same for the variants departments send', () => {
    const variants = ['区政府办（区金融办）', '区政府办(区金融办)', ' 区政府办 （ 区金融办 ） ', '区政府办\n(区金融办)。', '区政府办[区金融办]', '区政府办——区金融办'];
    for (const v of variants) expect(nameKey(v)).toBe('区政府办区金融办');
  });

  it('ignores the case of Latin letters and the width of letters and digits', () => {
    expect(nameKey('ICP备案')).toBe(nameKey('icp备案'));
    expect(nameKey('ＩＣＰ备案')).toBe(nameKey('icp备案'));
    expect(nameKey('６５岁')).toBe('65岁');
  });

  it('drops symbols as well as punctuation', () => {
    expect(nameKey('互联网+政务服务')).toBe('互联网政务服务');
    expect(nameKey('★临时救助')).toBe('临时救助');
  });

  it('is empty for a name made only of punctuation and spaces', () => {
    expect(nameKey(' （）。、 ')).toBe('');
    expect(nameKey('')).toBe('');
  });
});
