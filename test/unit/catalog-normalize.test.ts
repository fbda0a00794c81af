import { describe, it, expect } from 'vitest';
import {
  extractNoBasisReason,
  guessBasisKind,
  normalizeCategory,
  normalizeDocNumber,
  normalizeItemName,
  normalizeServiceObjects,
  parseLegalBases,
} from '../../src/domain/catalog/normalize.ts';

const NORMATIVE = '规范性文件（含"三定"规定）';

describe('normalizing a category (类别, R1)', () => {
  it('accepts 依申请类 and 主动服务类 exactly as they are, without a finding', () => {
    expect(normalizeCategory('依申请类')).toEqual({ value: 'on_application', finding: null });
    expect(normalizeCategory('主动服务类')).toEqual({ value: 'proactive', finding: null });
  });

  it('ignores spaces around an exact value and invisible characters pasted from Excel', () => {
    expect(normalizeCategory('  依申请类\n')).toEqual({ value: 'on_application', finding: null });
    expect(normalizeCategory('\uFEFF主动服务类')).toEqual({ value: 'proactive', finding: null });
  });

  it.each([
    ['依申请', 'on_application', '依申请类'],
    ['依申请事项', 'on_application', '依申请类'],
    ['依申请类事项', 'on_application', '依申请类'],
    ['申请类', 'on_application', '依申请类'],
    ['主动服务', 'proactive', '主动服务类'],
    ['主动服务事项', 'proactive', '主动服务类'],
    ['主动类', 'proactive', '主动服务类'],
    ['主动', 'proactive', '主动服务类'],
  ] as const)('turns the variant “%s” into %s with a warning saying what it became', (raw, value, label) => {
    const { value: got, finding } = normalizeCategory(raw);
    expect(got).toBe(value);
    expect(finding).toMatchObject({ severity: 'warning', code: 'R1.category.normalized', path: 'category' });
    expect(finding?.message).toContain(`“${raw}”`);
    expect(finding?.message).toContain(`“${label}”`);
  });

  it('copes with spaces inside, brackets of either width and trailing punctuation', () => {
    for (const raw of ['依申请 类', '依 申 请', '(依申请类)', '（依申请）', '【依申请类】', '[依申请]', '依申请类。', '依申请；', '"依申请类"', '依申请类\n。']) {
      const r = normalizeCategory(raw);
      expect(r.value, raw).toBe('on_application');
      expect(r.finding?.code, raw).toBe('R1.category.normalized');
    }
    expect(normalizeCategory(' 主动 。').value).toBe('proactive');
    expect(normalizeCategory('主动服务类，').finding?.severity).toBe('warning');
  });

  it('reports an empty cell as an error: the row cannot be imported without a category', () => {
    for (const raw of [null, '', '   ', '\u3000\n']) {
      expect(normalizeCategory(raw)).toEqual({
        value: null,
        finding: expect.objectContaining({ severity: 'error', code: 'R1.category.missing', path: 'category' }),
      });
    }
  });

  it('reports anything else as an error naming the two allowed values', () => {
    for (const raw of ['行政许可', '公共服务', '依职权', '其他', '依申请类/主动服务类', 'A']) {
      const r = normalizeCategory(raw);
      expect(r.value, raw).toBeNull();
      expect(r.finding, raw).toMatchObject({ severity: 'error', code: 'R1.category.unknown', path: 'category' });
      expect(r.finding?.message).toContain(raw);
      expect(r.finding?.message).toContain('“依申请类”或“主动服务类”');
    }
  });
});

describe('normalizing service objects (服务对象, R4)', () => {
  it('keeps canonical text as it is, without a finding', () => {
    expect(normalizeServiceObjects('个人（公民）')).toEqual({ values: ['个人（公民）'], findings: [] });
    expect(normalizeServiceObjects('个人（公民）、法人、社会组织、其他组织')).toEqual({ values: ['个人（公民）', '法人', '社会组织', '其他组织'], findings: [] });
  });

  it('splits “公民、法人” and normalizes each part, with one warning saying what it became', () => {
    const r = normalizeServiceObjects('公民、法人');
    expect(r.values).toEqual(['个人（公民）', '法人']);
    expect(r.findings).toEqual([expect.objectContaining({ severity: 'warning', code: 'R4.objects.normalized', path: 'serviceObjects' })]);
    expect(r.findings[0].message).toContain('“公民、法人”');
    expect(r.findings[0].message).toContain('“个人（公民）、法人”');
  });

  it('splits on every separator departments use: 、，,;；/ 和 及 与 或 spaces and line breaks', () => {
    const cases = ['个人，法人', '个人,法人', '个人;法人', '个人；法人', '个人/法人', '个人和法人', '个人及法人', '个人与法人', '个人或法人', '个人 法人', '个人\n法人', '个人\r\n法人', '个人以及法人', '个人或者法人'];
    for (const raw of cases) expect(normalizeServiceObjects(raw).values, raw).toEqual(['个人（公民）', '法人']);
  });

  it('understands the legal phrase 公民、法人或者其他组织', () => {
    expect(normalizeServiceObjects('公民、法人或者其他组织').values).toEqual(['个人（公民）', '法人', '其他组织']);
    expect(normalizeServiceObjects('自然人、法人和其他组织').values).toEqual(['个人（公民）', '法人', '其他组织']);
  });

  it.each([
    ['个人', '个人（公民）'],
    ['公民', '个人（公民）'],
    ['自然人', '个人（公民）'],
    ['群众', '个人（公民）'],
    ['居民', '个人（公民）'],
    ['个人(公民)', '个人（公民）'],
    ['个人 （公民）', '个人（公民）'],
    ['法人', '法人'],
    ['企业', '法人'],
    ['单位', '法人'],
    ['企事业单位', '法人'],
    ['法人单位', '法人'],
    ['事业单位', '法人'],
    ['社会组织', '社会组织'],
    ['社团', '社会组织'],
    ['社会团体', '社会组织'],
    ['民办非企业单位', '社会组织'],
    ['其他组织', '其他组织'],
    ['其它组织', '其他组织'],
    ['非法人组织', '其他组织'],
  ])('maps “%s” to %s', (raw, object) => {
    expect(normalizeServiceObjects(raw).values).toEqual([object]);
  });

  it('counts 企事业单位 as 法人 only: enterprises and public institutions are both legal persons', () => {
    expect(normalizeServiceObjects('企事业单位').values).toEqual(['法人']);
  });

  it('maps groups of people to 个人（公民） and businesses to 法人', () => {
    expect(normalizeServiceObjects('老年人、残疾人').values).toEqual(['个人（公民）']);
    expect(normalizeServiceObjects('求职者、用人单位').values).toEqual(['个人（公民）', '法人']);
    expect(normalizeServiceObjects('低保家庭').values).toEqual(['个人（公民）']);
    expect(normalizeServiceObjects('个体工商户').values).toEqual(['个人（公民）']);
    expect(normalizeServiceObjects('小微企业').values).toEqual(['法人']);
    expect(normalizeServiceObjects('退役军人及其家属').values).toEqual(['个人（公民）']);
  });

  it('drops qualifiers such as 符合条件的, 辖区内 and a trailing 等', () => {
    expect(normalizeServiceObjects('符合条件的城乡居民').values).toEqual(['个人（公民）']);
    expect(normalizeServiceObjects('辖区内企业等').values).toEqual(['法人']);
    expect(normalizeServiceObjects('个人、法人等').values).toEqual(['个人（公民）', '法人']);
  });

  it('does not split inside brackets, and reads the word before a qualifying bracket', () => {
    expect(normalizeServiceObjects('法人（企业、事业单位）').values).toEqual(['法人']);
    expect(normalizeServiceObjects('公民（含港澳台居民）').values).toEqual(['个人（公民）']);
  });

  it('does not split 中华人民共和国 at its 和', () => {
    expect(normalizeServiceObjects('中华人民共和国公民').values).toEqual(['个人（公民）']);
  });

  it('removes duplicates and puts the values in the canonical order', () => {
    const r = normalizeServiceObjects('法人、公民、个人、企业');
    expect(r.values).toEqual(['个人（公民）', '法人']);
    expect(r.findings.map((f) => f.code)).toEqual(['R4.objects.normalized']);
    expect(normalizeServiceObjects('法人、个人（公民）').findings.map((f) => f.code)).toEqual(['R4.objects.normalized']);
  });

  it('reports each part it cannot map as an error naming that part, and keeps the parts it could', () => {
    const r = normalizeServiceObjects('个人、外国政府、不限');
    expect(r.values).toEqual(['个人（公民）']);
    const unknown = r.findings.filter((f) => f.code === 'R4.objects.unknown');
    expect(unknown).toHaveLength(2);
    expect(unknown.every((f) => f.severity === 'error' && f.path === 'serviceObjects')).toBe(true);
    expect(unknown[0].message).toContain('“外国政府”');
    expect(unknown[1].message).toContain('“不限”');
    expect(unknown[0].message).toContain('个人（公民）、法人、社会组织、其他组织');
  });

  it('reports an empty cell, or one of separators only, as incomplete', () => {
    for (const raw of [null, '', '  ', '、', '，；\n']) {
      expect(normalizeServiceObjects(raw), String(raw)).toEqual({
        values: [],
        findings: [expect.objectContaining({ severity: 'incomplete', code: 'R4.objects.missing', path: 'serviceObjects' })],
      });
    }
  });
});

describe('normalizing an item name (事项名称, R6)', () => {
  it('keeps a clean name as it is, without a finding', () => {
    expect(normalizeItemName('城乡居民基本养老保险参保登记')).toEqual({ value: '城乡居民基本养老保险参保登记', finding: null });
  });

  it('trims without a finding: spaces at the ends of a cell are invisible', () => {
    expect(normalizeItemName('  就业登记 \n')).toEqual({ value: '就业登记', finding: null });
  });

  it('normalizes punctuation and drops a trailing 。 with a warning saying what it became', () => {
    const r = normalizeItemName('临时救助(低保边缘家庭)。');
    expect(r.value).toBe('临时救助（低保边缘家庭）');
    expect(r.finding).toMatchObject({ severity: 'warning', code: 'R6.name.normalized', path: 'name' });
    expect(r.finding?.message).toContain('“临时救助（低保边缘家庭）”');
    expect(normalizeItemName('城乡居民基本养老保险\n参保登记').value).toBe('城乡居民基本养老保险参保登记');
    expect(normalizeItemName('ＩＣＰ备案咨询').value).toBe('ICP备案咨询');
  });

  it.each([
    ['1.就业登记', '就业登记'],
    ['1. 就业登记', '就业登记'],
    ['１．就业登记', '就业登记'],
    ['12、就业登记', '就业登记'],
    ['3）就业登记', '就业登记'],
    ['（一）就业登记', '就业登记'],
    ['(1)就业登记', '就业登记'],
    ['一、就业登记', '就业登记'],
    ['①就业登记', '就业登记'],
    ['一、1.就业登记', '就业登记'],
  ])('strips the leading serial number of “%s”', (raw, value) => {
    const r = normalizeItemName(raw);
    expect(r.value).toBe(value);
    expect(r.finding?.code).toBe('R6.name.normalized');
  });

  it('keeps numbers that belong to the name', () => {
    for (const name of ['12345政务服务便民热线', '一次性创业补贴申领', '3.5吨以下货车通行证咨询', '2017年度城乡居民医保参保登记', '65岁及以上老年人健康管理']) {
      expect(normalizeItemName(name), name).toEqual({ value: name, finding: null });
    }
  });

  it('reports an empty name, or a serial number alone, as an error', () => {
    for (const raw of ['', '   ', '1.', '（一）', '。']) {
      expect(normalizeItemName(raw), raw).toEqual({ value: '', finding: expect.objectContaining({ severity: 'error', code: 'R6.name.missing', path: 'name' }) });
    }
  });
});

describe('normalizing a document number (文号)', () => {
  it('puts the year of a normative document in 〔〕 whatever bracket was typed', () => {
    for (const raw of ['国发〔2014〕8号', '国发[2014]8号', '国发［2014］8号', '国发(2014)8号', '国发（2014）8号', '国发【2014】8号', '国发﹝2014﹞8号', '国发〔 2014 〕 8 号', '国发〔2014〕第8号']) {
      expect(normalizeDocNumber(raw), raw).toBe('国发〔2014〕8号');
    }
  });

  it('reads decrees, with the number in either order', () => {
    expect(normalizeDocNumber('国务院令第649号')).toBe('国务院令第649号');
    expect(normalizeDocNumber('劳社部令第28号')).toBe('劳社部令第28号');
    expect(normalizeDocNumber('劳动和社会保障部第28号令')).toBe('劳动和社会保障部令第28号');
    expect(normalizeDocNumber('湖南省人民政府令第222号')).toBe('湖南省人民政府令第222号');
  });

  it('finds nothing where there is no number', () => {
    expect(normalizeDocNumber('《中华人民共和国社会保险法》')).toBeNull();
    expect(normalizeDocNumber('')).toBeNull();
  });
});

describe('guessing the kind of a basis (依据类别)', () => {
  it.each([
    ['《中华人民共和国社会保险法》', null, '法律'],
    ['《中华人民共和国老年人权益保障法》', null, '法律'],
    ['《社会保险费征缴暂行条例》', '国务院令第259号', '行政法规'],
    ['《社会救助暂行办法》', '国务院令第649号', '行政法规'],
    ['《劳动保障监察条例》', null, '行政法规'],
    ['《湖南省实施〈中华人民共和国老年人权益保障法〉办法》', null, '地方性法规'],
    ['《湖南省武陵源世界自然遗产保护条例》', null, '地方性法规'],
    ['《就业服务与就业管理规定》', '劳社部令第28号', '部门规章'],
    ['《湖南省行政程序规定》', '湖南省人民政府令第222号', '地方政府规章'],
    ['《国务院关于建立统一的城乡居民基本养老保险制度的意见》', '国发〔2014〕8号', NORMATIVE],
    ['《张家界市武陵源区人力资源和社会保障局主要职责内设机构和人员编制规定》', null, NORMATIVE],
    ['《区人社局“三定”方案》', null, NORMATIVE],
    ['《民政部关于进一步加强城市低保对象认定工作的通知》', null, NORMATIVE],
    ['《区政府第十二次常务会议纪要》', null, '会议纪要'],
    ['《武陵源区人社局政务服务公开承诺书》', null, '公开承诺'],
    ['《城乡居民养老保险经办规程》', null, null],
  ])('guesses %s (%s) as %s', (title, docNumber, kind) => {
    expect(guessBasisKind(title, docNumber)).toBe(kind);
  });
});

describe('parsing the 办理依据 cell of a filing form (R2)', () => {
  it('reads one basis: title with its 《》, number, article and text without the quotes', () => {
    const bases = parseLegalBases(
      '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）第三条规定：“年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，可以在户籍地参加城乡居民养老保险。”',
    );
    expect(bases).toEqual([
      {
        kind: NORMATIVE,
        title: '《国务院关于建立统一的城乡居民基本养老保险制度的意见》',
        docNumber: '国发〔2014〕8号',
        article: '第三条',
        articleText: '年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，可以在户籍地参加城乡居民养老保险。',
      },
    ]);
  });

  it('reads a law cited without a number, its text after a space', () => {
    expect(parseLegalBases('《中华人民共和国社会保险法》第二十条 国家建立和完善新型农村社会养老保险制度。')).toEqual([
      { kind: '法律', title: '《中华人民共和国社会保险法》', docNumber: null, article: '第二十条', articleText: '国家建立和完善新型农村社会养老保险制度。' },
    ]);
  });

  it('splits numbered bases one a line, joining a line that continues the article text', () => {
    const bases = parseLegalBases(
      '1.《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发[2014]8号）第三条\n2.《中华人民共和国社会保险法》第二十条：国家建立和完善新型农村社会养老保险制度。\n新型农村社会养老保险实行个人缴费、集体补助和政府补贴相结合。',
    );
    expect(bases).toHaveLength(2);
    expect(bases[0]).toMatchObject({ docNumber: '国发〔2014〕8号', article: '第三条', articleText: null });
    expect(bases[1].articleText).toBe('国家建立和完善新型农村社会养老保险制度。新型农村社会养老保险实行个人缴费、集体补助和政府补贴相结合。');
  });

  it('splits bases separated by ；, numbered (1) or ①, and Windows line breaks', () => {
    expect(parseLegalBases('《社会救助暂行办法》（国务院令第649号）第四十七条；《湖南省社会救助实施办法》（湘政发〔2015〕25号）第五条').map((b) => b.title)).toEqual([
      '《社会救助暂行办法》',
      '《湖南省社会救助实施办法》',
    ]);
    expect(parseLegalBases('(1)《湖南省行政程序规定》(湖南省人民政府令第222号) 第三十条 (2)《区政府常务会议纪要》第5条').map((b) => [b.kind, b.article])).toEqual([
      ['地方政府规章', '第三十条'],
      ['会议纪要', '第5条'],
    ]);
    expect(parseLegalBases('①《劳动保障监察条例》第十条 ②《中华人民共和国劳动法》第八十五条').map((b) => b.title)).toEqual(['《劳动保障监察条例》', '《中华人民共和国劳动法》']);
    expect(parseLegalBases('《中华人民共和国劳动法》第八十五条\r\n《劳动保障监察条例》第十条')).toHaveLength(2);
  });

  it('skips a label line such as 办理依据：, and splits bases run together after a 。', () => {
    expect(parseLegalBases('办理依据：\n1.《中华人民共和国社会保险法》第二十条\n2.《社会保险费征缴暂行条例》第三条').map((b) => b.article)).toEqual(['第二十条', '第三条']);
    expect(parseLegalBases('《中华人民共和国社会保险法》第二十条。《社会保险费征缴暂行条例》第三条').map((b) => b.title)).toEqual([
      '《中华人民共和国社会保险法》',
      '《社会保险费征缴暂行条例》',
    ]);
  });

  it('splits two titles joined by 、 or 和, each without its article', () => {
    const bases = parseLegalBases('《中华人民共和国社会保险法》、《社会保险费征缴暂行条例》');
    expect(bases.map((b) => [b.title, b.kind, b.article])).toEqual([
      ['《中华人民共和国社会保险法》', '法律', null],
      ['《社会保险费征缴暂行条例》', '行政法规', null],
    ]);
    expect(parseLegalBases('《中华人民共和国社会保险法》第二十条和《社会保险费征缴暂行条例》第三条').map((b) => b.article)).toEqual(['第二十条', '第三条']);
  });

  it('keeps the enumerated items of an article in its text instead of splitting them', () => {
    const [basis, ...others] = parseLegalBases(
      '《就业服务与就业管理规定》（劳动和社会保障部令第28号）第二十五条 公共就业服务机构应当免费为劳动者提供以下服务：\n（一）就业政策法规咨询；\n（二）职业供求信息发布；',
    );
    expect(others).toEqual([]);
    expect(basis).toMatchObject({ kind: '部门规章', docNumber: '劳动和社会保障部令第28号', article: '第二十五条' });
    expect(basis.articleText).toBe('公共就业服务机构应当免费为劳动者提供以下服务：（一）就业政策法规咨询；（二）职业供求信息发布');
  });

  it('reads several articles, paragraphs and items, in Chinese or Arabic numerals', () => {
    expect(parseLegalBases('《劳动保障监察条例》第十条、第十一条')[0].article).toBe('第十条、第十一条');
    expect(parseLegalBases('《中华人民共和国社会保险法》第二十三条第一款')[0].article).toBe('第二十三条第一款');
    expect(parseLegalBases('《湖南省社会救助实施办法》第8条第（三）项')[0].article).toBe('第8条第（三）项');
  });

  it('drops the adoption note in brackets after a title', () => {
    const [basis] = parseLegalBases('《中华人民共和国就业促进法》（2007年8月30日第十届全国人民代表大会常务委员会第二十九次会议通过）第五十条 地方各级人民政府和有关部门应当加强对失业人员从事个体经营的指导。');
    expect(basis).toMatchObject({ title: '《中华人民共和国就业促进法》', docNumber: null, article: '第五十条', articleText: '地方各级人民政府和有关部门应当加强对失业人员从事个体经营的指导。' });
  });

  it('takes a leading 依据 and a trailing 的规定 as no part of the basis', () => {
    expect(parseLegalBases('依据《民政部关于进一步加强城市低保对象认定工作的通知》（民函(2010)140号）的规定')).toEqual([
      { kind: NORMATIVE, title: '《民政部关于进一步加强城市低保对象认定工作的通知》', docNumber: '民函〔2010〕140号', article: null, articleText: null },
    ]);
  });

  it('closes a title whose 》 was forgotten where the article begins', () => {
    expect(parseLegalBases('《中华人民共和国社会保险法 第二十条 国家建立和完善新型农村社会养老保险制度。')[0]).toMatchObject({
      title: '《中华人民共和国社会保险法》',
      article: '第二十条',
    });
  });

  it('keeps a basis without a title, so the rules can say the title is missing', () => {
    expect(parseLegalBases('国发〔2014〕8号文件第三条')).toEqual([{ kind: NORMATIVE, title: '', docNumber: '国发〔2014〕8号', article: '第三条', articleText: null }]);
  });

  it('keeps words that name no document as the text of a basis without a title', () => {
    expect(parseLegalBases('根据国家有关规定办理')).toEqual([{ kind: null, title: '', docNumber: null, article: null, articleText: '根据国家有关规定办理' }]);
  });

  it('gives no bases for an empty cell or one that says there is none', () => {
    for (const cell of [null, '', '  ', '无', '暂无', '/', '—', '无文件依据', '无文件依据：经常性、常态化为群众认可的服务']) {
      expect(parseLegalBases(cell), String(cell)).toEqual([]);
    }
  });
});

describe('taking the reason for having no basis from the remarks (无依据理由, R2)', () => {
  it('takes the text after 无文件依据：', () => {
    expect(extractNoBasisReason('无文件依据：该事项为经常性、常态化为群众认可的公共服务事项。')).toBe('该事项为经常性、常态化为群众认可的公共服务事项。');
  });

  it('takes the text after 无依据，理由：, also among other remarks', () => {
    expect(extractNoBasisReason('无依据，理由：每年开展，群众需求量大')).toBe('每年开展，群众需求量大');
    expect(extractNoBasisReason('省市县同步实施；无依据，理由是：群众需求量大；')).toBe('群众需求量大');
    expect(extractNoBasisReason('无文件依据（经常性、常态化便民服务）')).toBe('经常性、常态化便民服务');
  });

  it('takes a reason written before 无文件依据 when it says why the service is regular', () => {
    expect(extractNoBasisReason('该事项为经常性、常态化服务，无文件依据')).toBe('该事项为经常性、常态化服务');
  });

  it('gives null when the remarks state no reason or do not speak of a missing basis', () => {
    expect(extractNoBasisReason(null)).toBeNull();
    expect(extractNoBasisReason('')).toBeNull();
    expect(extractNoBasisReason('无文件依据')).toBeNull();
    expect(extractNoBasisReason('无文件依据。')).toBeNull();
    expect(extractNoBasisReason('省市县同步实施')).toBeNull();
    expect(extractNoBasisReason('省市县同步实施，无文件依据')).toBeNull();
  });
});
