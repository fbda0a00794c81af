import { describe, it, expect } from 'vitest';
import { emptyDraft, type Finding, type ItemDraft } from '../../src/domain/catalog/item.ts';
import { blocksSubmission, checkItem, completeness, hasErrors, requiredGuideElements, type RuleContext, type UnitRegistry } from '../../src/domain/catalog/rules.ts';
import { closestMatches } from '../../src/domain/similarity.ts';
import { nameKey } from '../../src/domain/text.ts';
import { buildBasis, buildDraft, buildMaterial, buildProactiveDraft, buildStep } from '../factories/item-draft.ts';

const P = '张家界市武陵源区';

// A few units of Attachment 1 with the short names and aliases departments write.
const REGISTRY: { fullName: string; short: string[]; aliases: string[] }[] = [
  { fullName: `${P}人力资源和社会保障局`, short: ['区人社局'], aliases: ['区人力资源和社会保障局'] },
  { fullName: `${P}教育局`, short: ['区教育局'], aliases: [] },
  { fullName: `${P}人民政府办公室`, short: ['区政府办'], aliases: ['区金融办'] },
  { fullName: `${P}财政局`, short: ['区财政局'], aliases: [] },
  { fullName: `${P}卫生和计划生育局`, short: ['区卫计局'], aliases: ['区卫生计生局'] },
];

const units: UnitRegistry = {
  resolve(name) {
    const key = nameKey(name);
    for (const u of REGISTRY) {
      if (nameKey(u.fullName) === key) return { fullName: u.fullName, matchedKind: 'full' };
      if (u.short.some((s) => nameKey(s) === key)) return { fullName: u.fullName, matchedKind: 'short' };
      if (u.aliases.some((a) => nameKey(a) === key)) return { fullName: u.fullName, matchedKind: 'alias' };
    }
    const candidates = REGISTRY.map((u) => ({ value: u.fullName, names: [u.fullName, ...u.short, ...u.aliases] }));
    return { fullName: null, suggestions: closestMatches(name, candidates).map((m) => m.value) };
  },
};

const codes = (findings: Finding[]) => findings.map((f) => f.code);
const blocking = (findings: Finding[]) => findings.filter((f) => f.severity !== 'warning');
const only = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);
const check = (draft: ItemDraft, ctx?: RuleContext) => checkItem(draft, ctx);

describe('a complete item', () => {
  it('of 依申请类 has no finding at all', () => {
    expect(check(buildDraft(), { units, otherItemNames: ['就业登记', '失业登记'], powerList: [{ name: '对用人单位未按时足额缴纳社会保险费的处罚' }] })).toEqual([]);
  });

  it('of 主动服务类 has no finding at all, though it has no materials, steps, time limits or fee', () => {
    const draft = buildProactiveDraft();
    expect(draft.materials).toEqual([]);
    expect(draft.guide.committedLimit).toBeNull();
    expect(check(draft, { units })).toEqual([]);
  });

  it('with the builder is realistic: five steps, three materials, a 国发〔2014〕8号 basis', () => {
    const draft = buildDraft();
    expect(draft.steps).toHaveLength(5);
    expect(draft.materials).toHaveLength(3);
    expect(draft.legalBases[0].docNumber).toBe('国发〔2014〕8号');
  });

  it('is 100% complete, and may be submitted', () => {
    expect(completeness(buildDraft())).toEqual({ filled: 9, required: 9, percent: 100, missing: [] });
    expect(completeness(buildProactiveDraft())).toEqual({ filled: 6, required: 6, percent: 100, missing: [] });
    expect(blocksSubmission(check(buildDraft()))).toBe(false);
  });
});

describe('every finding', () => {
  it('has a severity, a code of its rule, a path into the draft and a Chinese message', () => {
    const draft = emptyDraft();
    draft.category = 'on_application';
    draft.coImplementingUnits = ['区人社局', '不存在的局'];
    draft.basicCode = '编码 1';
    const findings = check(draft, { units });
    expect(findings.length).toBeGreaterThan(10);
    for (const f of findings) {
      expect(['error', 'incomplete', 'warning']).toContain(f.severity);
      expect(f.code).toMatch(/^R([1-9]|10)\.[a-zA-Z0-9]+\.[a-zA-Z0-9]+$/);
      expect(f.path).toMatch(/^[a-zA-Z]+(\.[a-zA-Z0-9]+)*$/);
      expect(f.message).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('R1 category (类别)', () => {
  it('is incomplete when not chosen', () => {
    expect(check(buildDraft({ category: null })).filter((f) => f.path === 'category')).toEqual([
      expect.objectContaining({ severity: 'incomplete', code: 'R1.category.missing' }),
    ]);
  });
});

describe('R2 legal basis (办理依据)', () => {
  it('is an error when there is neither a basis nor a reason for having none', () => {
    const findings = check(buildDraft({ legalBases: [], noBasisReason: null }));
    expect(only(findings, 'R2.basis.missing')).toEqual([expect.objectContaining({ severity: 'error', path: 'legalBases' })]);
    expect(only(findings, 'R2.basis.missing')[0].message).toContain('经常性、常态化');
  });

  it('is fine with no basis when the reason for having none is given', () => {
    expect(check(buildDraft({ legalBases: [], noBasisReason: '该事项为经常性、常态化为群众认可的公共服务事项' }))).toEqual([]);
  });

  it('treats a reason of spaces as no reason', () => {
    expect(codes(check(buildDraft({ legalBases: [], noBasisReason: '  ' })))).toContain('R2.basis.missing');
  });

  it('is an error for a basis without its document title', () => {
    const findings = check(buildDraft({ legalBases: [buildBasis({ title: ' ' })] }));
    expect(only(findings, 'R2.basis.title')).toEqual([expect.objectContaining({ severity: 'error', path: 'legalBases.0.title' })]);
  });

  it('warns when the title lacks its 《》', () => {
    const [f] = only(check(buildDraft({ legalBases: [buildBasis({ title: '中华人民共和国社会保险法' })] })), 'R2.basis.titleBrackets');
    expect(f).toMatchObject({ severity: 'warning', path: 'legalBases.0.title' });
    expect(f.message).toContain('《中华人民共和国社会保险法》');
  });

  it('is incomplete for a basis without its article or without the article text, each at its own path', () => {
    const draft = buildDraft();
    draft.legalBases[1].article = null;
    draft.legalBases[1].articleText = '';
    const findings = blocking(check(draft));
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'incomplete', code: 'R2.basis.article', path: 'legalBases.1.article' }),
      expect.objectContaining({ severity: 'incomplete', code: 'R2.basis.articleText', path: 'legalBases.1.articleText' }),
    ]);
    expect(findings[0].message).toContain('第2条办理依据');
  });

  it('warns when the kind of a basis is not chosen', () => {
    expect(check(buildDraft({ legalBases: [buildBasis({ kind: null })] }))).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'R2.basis.kind', path: 'legalBases.0.kind' }),
    ]);
  });
});

describe('R3 co-implementing units (共同实施单位)', () => {
  it('accepts the full standard name', () => {
    expect(check(buildDraft({ coImplementingUnits: [`${P}财政局`] }), { units })).toEqual([]);
  });

  it('warns on a short name, saying the full name', () => {
    const findings = check(buildDraft({ coImplementingUnits: [`${P}财政局`, '区教育局'] }), { units });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', code: 'R3.unit.shortName', path: 'coImplementingUnits.1' })]);
    expect(findings[0].message).toContain(`“${P}教育局”`);
  });

  it('warns on an alias such as 区金融办, saying the full name', () => {
    const [f] = check(buildDraft({ coImplementingUnits: ['区金融办'] }), { units });
    expect(f).toMatchObject({ severity: 'warning', code: 'R3.unit.shortName' });
    expect(f.message).toContain(`${P}人民政府办公室`);
  });

  it('warns when the full name was typed with stray spaces or half-width brackets', () => {
    expect(codes(check(buildDraft({ coImplementingUnits: [`${P} 财政局`] }), { units }))).toEqual(['R3.unit.fullName']);
  });

  it('is an error for an unknown name, naming the closest registry matches', () => {
    const [f] = check(buildDraft({ coImplementingUnits: ['区卫健局'] }), { units });
    expect(f).toMatchObject({ severity: 'error', code: 'R3.unit.unknown', path: 'coImplementingUnits.0' });
    expect(f.message).toContain('“区卫健局”');
    expect(f.message).toContain(`“${P}卫生和计划生育局”`);
  });

  it('is an error for an empty name, even without a registry', () => {
    expect(check(buildDraft({ coImplementingUnits: [''] }))).toEqual([expect.objectContaining({ severity: 'error', code: 'R3.unit.empty', path: 'coImplementingUnits.0' })]);
  });

  it('warns when the same unit is listed twice, also under two of its names', () => {
    const findings = check(buildDraft({ coImplementingUnits: [`${P}教育局`, '区教育局'] }), { units });
    expect(codes(findings)).toEqual(['R3.unit.shortName', 'R3.unit.duplicate']);
    expect(only(findings, 'R3.unit.duplicate')[0].path).toBe('coImplementingUnits.1');
  });

  it('checks names against the registry only when one is given', () => {
    expect(check(buildDraft({ coImplementingUnits: ['区卫健局'] }))).toEqual([]);
  });
});

describe('R4 service objects (服务对象)', () => {
  it('is incomplete when none is chosen', () => {
    expect(check(buildDraft({ serviceObjects: [] }))).toEqual([expect.objectContaining({ severity: 'incomplete', code: 'R4.objects.missing', path: 'serviceObjects' })]);
  });

  it('is an error for a value that is not one of the four', () => {
    const draft = buildDraft();
    (draft.serviceObjects as string[]).push('公民');
    expect(check(draft)).toEqual([expect.objectContaining({ severity: 'error', code: 'R4.objects.unknown', path: 'serviceObjects.1' })]);
  });

  it('warns on a duplicate value', () => {
    expect(codes(check(buildDraft({ serviceObjects: ['法人', '法人'] })))).toEqual(['R4.objects.duplicate']);
  });
});

describe('R5 exclusions (不列入目录的事项)', () => {
  it.each([
    ['inPowerList', '权力清单'],
    ['isInternal', '内部管理'],
    ['isTemporary', '临时性工作'],
  ] as const)('is an error when the answer to %s is yes, saying why the item does not belong', (field, reason) => {
    const findings = check(buildDraft({ screening: { [field]: true } }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', code: `R5.screening.${field}`, path: `screening.${field}` })]);
    expect(findings[0].message).toContain(reason);
    expect(findings[0].message).toContain('不列入公共服务事项目录');
  });

  it('is incomplete for each question not answered yet', () => {
    const findings = check(buildDraft({ screening: { inPowerList: null, isTemporary: null } }));
    expect(findings.map((f) => [f.severity, f.code, f.path])).toEqual([
      ['incomplete', 'R5.screening.unanswered', 'screening.inPowerList'],
      ['incomplete', 'R5.screening.unanswered', 'screening.isTemporary'],
    ]);
  });

  it('is an error when the name is a power-list item, whatever the punctuation', () => {
    const powerList = [{ name: '城乡居民基本养老保险参保登记。', unitName: `${P}人力资源和社会保障局` }];
    const findings = check(buildDraft(), { powerList });
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', code: 'R5.powerList.exact', path: 'name' })]);
    expect(findings[0].message).toContain(`${P}人力资源和社会保障局`);
  });

  it('warns when the name is close to a power-list item', () => {
    const powerList = [{ name: '城乡居民养老保险参保登记' }, { name: '职工基本养老保险参保登记' }, { name: '对违反劳动保障法律行为的行政处罚' }];
    const findings = check(buildDraft(), { powerList });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', code: 'R5.powerList.similar', path: 'name' })]);
    expect(findings[0].message).toContain('可能与权力清单事项“城乡居民养老保险参保登记”');
    expect(findings[0].message).not.toContain('行政处罚');
  });

  it('says nothing when no power-list name is close', () => {
    expect(check(buildDraft(), { powerList: [{ name: '对用人单位违反劳动合同法的行政处罚' }, { name: '人力资源服务许可' }] })).toEqual([]);
  });
});

describe('R6 item names (事项名称)', () => {
  it('is an error when empty', () => {
    expect(check(buildDraft({ name: '  ' }))).toEqual([expect.objectContaining({ severity: 'error', code: 'R6.name.missing', path: 'name' })]);
  });

  it('is an error when another item of the unit has the same name, whatever the punctuation', () => {
    const findings = check(buildDraft({ name: '就业登记' }), { otherItemNames: ['失业登记', '就业登记。'] });
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', code: 'R6.name.duplicate', path: 'name' })]);
    expect(findings[0].message).toContain('就业登记');
  });

  it('warns when the name is not normalized, suggesting the normalized one', () => {
    const [f] = check(buildDraft({ name: '1.就业登记(失业人员)。' }));
    expect(f).toMatchObject({ severity: 'warning', code: 'R6.name.format' });
    expect(f.message).toContain('“就业登记（失业人员）”');
  });

  it.each(['服务', '管理', '工作', '其他', '相关事项', '其他服务', '综合管理工作', '便民服务事项'])('warns that “%s” names no concrete service', (name) => {
    expect(codes(check(buildDraft({ name })))).toEqual(['R6.name.generic']);
  });

  it('warns on a name shorter than four characters', () => {
    expect(codes(check(buildDraft({ name: '办证' })))).toEqual(['R6.name.short']);
    expect(codes(check(buildDraft({ name: '低保金' })))).toEqual(['R6.name.short']);
    expect(check(buildDraft({ name: '临时救助' }))).toEqual([]);
  });

  it('warns on a name that ends with 等', () => {
    expect(codes(check(buildDraft({ name: '就业登记、失业登记等' })))).toEqual(['R6.name.etc']);
    expect(codes(check(buildDraft({ name: '养老保险关系转移等事项' })))).toEqual(['R6.name.etc']);
  });
});

describe('R7 guide completeness (服务指南)', () => {
  it.each([
    ['handlingAgency', 'guide.handlingAgency', (d: ItemDraft) => (d.guide.handlingAgency = null)],
    ['applicationConditions', 'guide.applicationConditions', (d: ItemDraft) => (d.guide.applicationConditions = ' ')],
    ['materials', 'materials', (d: ItemDraft) => (d.materials = [])],
    ['steps', 'steps', (d: ItemDraft) => (d.steps = [])],
    ['timeLimit', 'guide.committedLimit', (d: ItemDraft) => (d.guide.committedLimit = null)],
    ['fee', 'guide.fee', (d: ItemDraft) => (d.guide.fee = null)],
    ['consultation', 'guide.consultation', (d: ItemDraft) => (d.guide.consultation = '')],
  ])('a 依申请类 item missing its %s is incomplete, with its own code', (key, path, remove) => {
    const draft = buildDraft();
    remove(draft);
    expect(blocking(check(draft))).toEqual([expect.objectContaining({ severity: 'incomplete', code: `R7.guide.${key}`, path })]);
  });

  it('a missing basis or service object is reported by R2 or R4, not a second time by R7', () => {
    expect(codes(blocking(check(buildDraft({ legalBases: [] }))))).toEqual(['R2.basis.missing']);
    expect(codes(blocking(check(buildDraft({ serviceObjects: [] }))))).toEqual(['R4.objects.missing']);
  });

  it('a committed limit with no number is missing, unless it is 即办', () => {
    expect(codes(check(buildDraft({ guide: { committedLimit: { value: null, unit: 'working_day' } } })))).toContain('R7.guide.timeLimit');
    expect(check(buildDraft({ guide: { committedLimit: { value: null, unit: 'immediate' }, caseType: 'immediate' } }))).toEqual([]);
  });

  it('a fee that is not free needs its basis and its standard', () => {
    const findings = check(buildDraft({ guide: { fee: { isFree: false, basis: '《湖南省行政事业性收费项目目录》', standard: null } } }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'incomplete', code: 'R7.guide.fee', path: 'guide.fee.standard' })]);
    const both = check(buildDraft({ guide: { fee: { isFree: false, basis: null, standard: '' } } }));
    expect(both.map((f) => f.path)).toEqual(['guide.fee.basis', 'guide.fee.standard']);
    expect(check(buildDraft({ guide: { fee: { isFree: false, basis: '湘价费〔2017〕1号', standard: '每件10元' } } }))).toEqual([]);
  });

  it('a 依申请类 item only warns about a missing legal limit, case type or service content', () => {
    const findings = check(buildDraft({ serviceContent: null, guide: { legalLimit: null, caseType: null } }));
    expect(findings.map((f) => [f.severity, f.code])).toEqual([
      ['warning', 'R7.form.serviceContent'],
      ['warning', 'R7.guide.legalLimit'],
      ['warning', 'R7.guide.caseType'],
    ]);
  });

  it('a 主动服务类 item needs its content, delivery method and contact, and nothing of the nine elements beyond them', () => {
    const draft = buildProactiveDraft({ serviceContent: '', guide: { deliveryMethod: null, consultation: null } });
    expect(check(draft).map((f) => [f.severity, f.code, f.path])).toEqual([
      ['incomplete', 'R7.guide.serviceContent', 'serviceContent'],
      ['incomplete', 'R7.guide.deliveryMethod', 'guide.deliveryMethod'],
      ['incomplete', 'R7.guide.consultation', 'guide.consultation'],
    ]);
  });

  it('an item without a category is checked only for what both categories need', () => {
    const draft = buildDraft({ category: null, materials: [], steps: [], guide: { fee: null } });
    expect(codes(blocking(check(draft)))).toEqual(['R1.category.missing']);
  });

  it('every material needs a name, and valid counts', () => {
    const draft = buildDraft();
    draft.materials[1].name = '';
    draft.materials[2].copyCount = -1;
    draft.materials[2].originalCount = 1.5;
    expect(check(draft).map((f) => [f.severity, f.code, f.path])).toEqual([
      ['error', 'R7.materials.name', 'materials.1.name'],
      ['error', 'R7.materials.count', 'materials.2.originalCount'],
      ['error', 'R7.materials.count', 'materials.2.copyCount'],
    ]);
  });

  it('a conditional material says when it is needed', () => {
    const draft = buildDraft();
    draft.materials.push(buildMaterial({ name: '授权委托书', requirement: 'conditional', condition: null }));
    expect(check(draft)).toEqual([expect.objectContaining({ severity: 'incomplete', code: 'R7.materials.condition', path: 'materials.3.condition' })]);
    draft.materials[3].condition = '委托他人代办时提交';
    expect(check(draft)).toEqual([]);
  });

  it('warns on a material listed twice', () => {
    const draft = buildDraft();
    draft.materials.push(buildMaterial({ name: '居民身份证 ' }));
    expect(check(draft)).toEqual([expect.objectContaining({ severity: 'warning', code: 'R7.materials.duplicate', path: 'materials.3.name' })]);
  });

  it('every step needs a name', () => {
    const draft = buildDraft();
    draft.steps[2].name = ' ';
    expect(check(draft)).toEqual([expect.objectContaining({ severity: 'error', code: 'R7.steps.name', path: 'steps.2.name' })]);
    expect(check(draft)[0].message).toContain('第3步');
  });
});

describe('R7 submission (报送)', () => {
  it('is blocked by an error or an incomplete finding, never by a warning', () => {
    const warning: Finding = { severity: 'warning', code: 'R6.name.short', path: 'name', message: '事项名称过短' };
    const incomplete: Finding = { severity: 'incomplete', code: 'R7.guide.fee', path: 'guide.fee', message: '请填写收费依据及标准' };
    const error: Finding = { severity: 'error', code: 'R6.name.missing', path: 'name', message: '事项名称不能为空' };
    expect(blocksSubmission([])).toBe(false);
    expect(blocksSubmission([warning])).toBe(false);
    expect(blocksSubmission([warning, incomplete])).toBe(true);
    expect(blocksSubmission([error])).toBe(true);
    expect(hasErrors([warning, incomplete])).toBe(false);
    expect(hasErrors([incomplete, error])).toBe(true);
  });
});

describe('R8 time limits (办理时限)', () => {
  const limits = (legal: ItemDraft['guide']['legalLimit'], committed: ItemDraft['guide']['committedLimit'], caseType: ItemDraft['guide']['caseType'] = 'promised') =>
    buildDraft({ guide: { legalLimit: legal, committedLimit: committed, caseType } });

  it('is an error when the committed limit exceeds the legal one, saying both', () => {
    const findings = check(limits({ value: 10, unit: 'working_day' }, { value: 15, unit: 'working_day' }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', code: 'R8.limit.exceedsLegal', path: 'guide.committedLimit' })]);
    expect(findings[0].message).toContain('15个工作日');
    expect(findings[0].message).toContain('10个工作日');
  });

  it('accepts a committed limit equal to the legal one', () => {
    expect(check(limits({ value: 20, unit: 'natural_day' }, { value: 20, unit: 'natural_day' }))).toEqual([]);
  });

  it('does not convert natural days into working days: different units only warn', () => {
    const findings = check(limits({ value: 30, unit: 'natural_day' }, { value: 20, unit: 'working_day' }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', code: 'R8.limit.unitMismatch', path: 'guide.committedLimit' })]);
  });

  it('still knows for certain that N working days exceed fewer than N natural days, and that N natural days fit in N working days', () => {
    expect(codes(check(limits({ value: 10, unit: 'natural_day' }, { value: 12, unit: 'working_day' })))).toEqual(['R8.limit.exceedsLegal']);
    expect(check(limits({ value: 10, unit: 'working_day' }, { value: 10, unit: 'natural_day' }))).toEqual([]);
    expect(codes(check(limits({ value: 10, unit: 'working_day' }, { value: 14, unit: 'natural_day' })))).toEqual(['R8.limit.unitMismatch']);
  });

  it('is an error when a 即办 legal limit meets a committed limit of days', () => {
    expect(codes(check(limits({ value: null, unit: 'immediate' }, { value: 5, unit: 'working_day' })))).toEqual(['R8.limit.exceedsLegal']);
  });

  it('requires 即办件 to be finished on the spot: committed 0 or 即办', () => {
    expect(check(limits({ value: 5, unit: 'working_day' }, { value: 0, unit: 'working_day' }, 'immediate'))).toEqual([]);
    expect(check(limits({ value: 5, unit: 'working_day' }, { value: null, unit: 'immediate' }, 'immediate'))).toEqual([]);
    const findings = check(limits({ value: 10, unit: 'working_day' }, { value: 5, unit: 'working_day' }, 'immediate'));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', code: 'R8.caseType.immediate', path: 'guide.committedLimit' })]);
  });

  it('requires 承诺件 to have a committed limit above 0', () => {
    expect(codes(check(limits({ value: 5, unit: 'working_day' }, { value: 0, unit: 'working_day' }, 'promised')))).toEqual(['R8.caseType.promised']);
    expect(codes(check(limits({ value: 5, unit: 'working_day' }, { value: null, unit: 'immediate' }, 'promised')))).toEqual(['R8.caseType.promised']);
  });

  it('is an error for a negative limit', () => {
    const findings = check(limits({ value: -5, unit: 'working_day' }, { value: -1, unit: 'working_day' }));
    expect(findings.map((f) => [f.severity, f.code, f.path])).toEqual([
      ['error', 'R8.limit.negative', 'guide.legalLimit'],
      ['error', 'R8.limit.negative', 'guide.committedLimit'],
    ]);
  });

  it('is an error for a 即办 limit that still gives days', () => {
    expect(codes(check(limits({ value: 5, unit: 'working_day' }, { value: 3, unit: 'immediate' }, 'immediate')))).toEqual(['R8.limit.immediateValue']);
  });

  it('is an error for a step with a negative time limit, and warns when the steps add up to more than the committed limit', () => {
    const draft = buildDraft();
    draft.steps[1].timeLimitDays = -1;
    expect(check(draft)).toEqual([expect.objectContaining({ severity: 'error', code: 'R8.steps.timeLimit', path: 'steps.1.timeLimitDays' })]);
    const slow = buildDraft();
    slow.steps.push(buildStep({ name: '复核', timeLimitDays: 3 }));
    expect(check(slow)).toEqual([expect.objectContaining({ severity: 'warning', code: 'R8.steps.exceedCommitted', path: 'steps' })]);
  });
});

describe('R9 online depth and visits (网办深度与到现场次数)', () => {
  it('is an error when a Ⅳ级 全程网办 item still needs a visit', () => {
    const findings = check(buildDraft({ guide: { onlineDepth: 4, visits: 1 } }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', code: 'R9.depth4.visits', path: 'guide.visits' })]);
  });

  it('accepts a Ⅳ级 item with no visit, and asks for the count when it is not given', () => {
    expect(check(buildDraft({ guide: { onlineDepth: 4, visits: 0, visitsReason: null } }))).toEqual([]);
    expect(codes(check(buildDraft({ guide: { onlineDepth: 4, visits: null, visitsReason: null } })))).toEqual(['R9.visits.missing']);
  });

  it('is incomplete when visits are needed without the reason for coming in person', () => {
    const findings = check(buildDraft({ guide: { visits: 2, visitsReason: ' ' } }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'incomplete', code: 'R9.visitsReason.missing', path: 'guide.visitsReason' })]);
    expect(findings[0].message).toContain('2次');
  });

  it('is an error for a negative or fractional count of visits', () => {
    expect(codes(check(buildDraft({ guide: { visits: -1 } })))).toEqual(['R9.visits.invalid']);
    expect(codes(check(buildDraft({ guide: { visits: 1.5 } })))).toEqual(['R9.visits.invalid']);
  });

  it('is an error for a depth outside Ⅰ–Ⅳ', () => {
    expect(codes(check(buildDraft({ guide: { onlineDepth: 5 as 4 } })))).toEqual(['R9.depth.invalid']);
  });
});

describe('R10 item codes (基本编码, 实施编码)', () => {
  it('accepts digits, letters and hyphens up to 50 characters, or no code at all', () => {
    expect(check(buildDraft({ basicCode: '430811-GGFW-0001', implementationCode: '11430811MB1234567X4000117001' }))).toEqual([]);
    expect(check(buildDraft({ basicCode: 'a'.repeat(50), implementationCode: '' }))).toEqual([]);
  });

  it('is an error for spaces, Chinese or other characters', () => {
    for (const code of ['4308 11', '编码001', '4308_11', '4308/11', ' 430811']) {
      expect(check(buildDraft({ basicCode: code })), code).toEqual([expect.objectContaining({ severity: 'error', code: 'R10.code.basic', path: 'basicCode' })]);
    }
  });

  it('is an error for a code longer than 50 characters, saying the length', () => {
    const [f] = check(buildDraft({ implementationCode: '1'.repeat(51) }));
    expect(f).toMatchObject({ severity: 'error', code: 'R10.code.implementation', path: 'implementationCode' });
    expect(f.message).toContain('51');
  });
});

describe('the completeness meter (完整度)', () => {
  it('counts the nine elements of a 依申请类 item and names the missing ones in Chinese', () => {
    const draft = buildDraft({ materials: [], guide: { fee: { isFree: false, basis: null, standard: null }, consultation: null } });
    expect(completeness(draft)).toEqual({ filled: 6, required: 9, percent: 66, missing: ['申报材料', '收费依据及标准', '咨询方式'] });
  });

  it('counts six elements for a 主动服务类 item', () => {
    expect(completeness(buildProactiveDraft({ guide: { deliveryMethod: null } }))).toEqual({ filled: 5, required: 6, percent: 83, missing: ['服务提供方式'] });
  });

  it('counts a reason for having no basis as the basis', () => {
    expect(completeness(buildDraft({ legalBases: [], noBasisReason: '经常性、常态化为群众认可的服务' })).percent).toBe(100);
    expect(completeness(buildDraft({ legalBases: [buildBasis({ title: '' })] })).missing).toEqual(['办理依据']);
  });

  it('asks for the category first on an empty draft and is never 100 until complete', () => {
    expect(completeness(emptyDraft())).toEqual({ filled: 0, required: 5, percent: 0, missing: ['事项类别', '事项名称', '办理依据', '服务对象', '咨询方式'] });
    expect(completeness(buildDraft({ guide: { consultation: null } })).percent).toBeLessThan(100);
  });

  it('lists the required elements with the path the editor highlights', () => {
    expect(requiredGuideElements('on_application').map((e) => e.label)).toEqual(['办理依据', '承办机构', '服务对象', '申请条件', '申报材料', '服务流程', '办理时限', '收费依据及标准', '咨询方式']);
    expect(requiredGuideElements('proactive').map((e) => e.path)).toEqual(['name', 'serviceContent', 'legalBases', 'serviceObjects', 'guide.deliveryMethod', 'guide.consultation']);
  });
});
