/**
 * 事项校验规则 R1–R10 (SPEC section 3) and the guide's completeness (section 4), on an item draft that
 * the importer or the editor has already normalized. Pure: whatever needs the database (the unit
 * registry, the power list, the unit's other items) comes in through the RuleContext.
 */
import { nameKey } from '../text.ts';
import { closestMatches } from '../similarity.ts';
import { SERVICE_OBJECTS } from './item.ts';
import type { Category, Finding, ItemDraft, Severity, TimeLimit } from './item.ts';
import { normalizeItemName } from './normalize.ts';

/** 单位名录: resolves a unit name typed by a department to the registry's full standard name (R3). */
export interface UnitRegistry {
  resolve(name: string): { fullName: string; matchedKind: 'full' | 'short' | 'alias' } | { fullName: null; suggestions: string[] };
}

/** 校验上下文: what the rules may consult beyond the draft itself. */
export interface RuleContext {
  units?: UnitRegistry;
  /** 权力清单 items of the region (R5). */
  powerList?: { name: string; unitName?: string | null }[];
  /** Names of the unit's other items (R6). */
  otherItemNames?: string[];
  today?: Date;
}

function finding(severity: Severity, code: string, path: string, message: string): Finding {
  return { severity, code, path, message };
}

function isBlank(s: string | null | undefined): boolean {
  return s === null || s === undefined || s.trim() === '';
}

// ---------------------------------------------------------------------------------------------
// 服务指南要素 (SPEC section 4)

type ElementKey =
  | 'category'
  | 'name'
  | 'serviceContent'
  | 'legalBasis'
  | 'handlingAgency'
  | 'serviceObjects'
  | 'applicationConditions'
  | 'materials'
  | 'steps'
  | 'timeLimit'
  | 'fee'
  | 'consultation'
  | 'deliveryMethod';

/** 指南要素: one required element of a guide, with the path the editor highlights. */
export interface GuideElement {
  key: ElementKey;
  label: string;
  path: string;
}

function isLimitSet(limit: TimeLimit | null): boolean {
  return limit !== null && (limit.unit === 'immediate' || limit.value !== null);
}

const ELEMENTS: Record<ElementKey, GuideElement & { isFilled(d: ItemDraft): boolean }> = {
  category: { key: 'category', label: '事项类别', path: 'category', isFilled: (d) => d.category !== null },
  name: { key: 'name', label: '事项名称', path: 'name', isFilled: (d) => !isBlank(d.name) },
  serviceContent: { key: 'serviceContent', label: '服务内容', path: 'serviceContent', isFilled: (d) => !isBlank(d.serviceContent) },
  legalBasis: {
    key: 'legalBasis',
    label: '办理依据',
    path: 'legalBases',
    isFilled: (d) => d.legalBases.some((b) => !isBlank(b.title)) || !isBlank(d.noBasisReason),
  },
  handlingAgency: { key: 'handlingAgency', label: '承办机构', path: 'guide.handlingAgency', isFilled: (d) => !isBlank(d.guide.handlingAgency) },
  serviceObjects: { key: 'serviceObjects', label: '服务对象', path: 'serviceObjects', isFilled: (d) => d.serviceObjects.length > 0 },
  applicationConditions: {
    key: 'applicationConditions',
    label: '申请条件',
    path: 'guide.applicationConditions',
    isFilled: (d) => !isBlank(d.guide.applicationConditions),
  },
  materials: { key: 'materials', label: '申报材料', path: 'materials', isFilled: (d) => d.materials.length > 0 },
  steps: { key: 'steps', label: '服务流程', path: 'steps', isFilled: (d) => d.steps.length > 0 },
  timeLimit: { key: 'timeLimit', label: '办理时限', path: 'guide.committedLimit', isFilled: (d) => isLimitSet(d.guide.committedLimit) },
  fee: {
    key: 'fee',
    label: '收费依据及标准',
    path: 'guide.fee',
    isFilled: (d) => d.guide.fee !== null && (d.guide.fee.isFree || (!isBlank(d.guide.fee.basis) && !isBlank(d.guide.fee.standard))),
  },
  consultation: { key: 'consultation', label: '咨询方式', path: 'guide.consultation', isFilled: (d) => !isBlank(d.guide.consultation) },
  deliveryMethod: { key: 'deliveryMethod', label: '服务提供方式', path: 'guide.deliveryMethod', isFilled: (d) => !isBlank(d.guide.deliveryMethod) },
};

const REQUIRED: Record<Category, ElementKey[]> = {
  // The nine elements of the notice.
  on_application: ['legalBasis', 'handlingAgency', 'serviceObjects', 'applicationConditions', 'materials', 'steps', 'timeLimit', 'fee', 'consultation'],
  proactive: ['name', 'serviceContent', 'legalBasis', 'serviceObjects', 'deliveryMethod', 'consultation'],
};
// Before a category is chosen, only what both categories need (and the category itself).
const UNCATEGORIZED: ElementKey[] = ['category', 'name', 'legalBasis', 'serviceObjects', 'consultation'];

/** 必备要素: the guide elements an item of this category must have (SPEC section 4). */
export function requiredGuideElements(category: Category | null): GuideElement[] {
  return (category ? REQUIRED[category] : UNCATEGORIZED).map((key) => {
    const { label, path } = ELEMENTS[key];
    return { key, label, path };
  });
}

/** 完整度: how many of the category's required guide elements are filled, for the editor's meter. */
export function completeness(draft: ItemDraft): { filled: number; required: number; percent: number; missing: string[] } {
  const keys = draft.category ? REQUIRED[draft.category] : UNCATEGORIZED;
  const missing = keys.filter((k) => !ELEMENTS[k].isFilled(draft)).map((k) => ELEMENTS[k].label);
  const required = keys.length;
  const filled = required - missing.length;
  return { filled, required, percent: required === 0 ? 100 : Math.floor((filled * 100) / required), missing };
}

// ---------------------------------------------------------------------------------------------
// R1 类别, R2 办理依据

function checkCategory(d: ItemDraft): Finding[] {
  if (d.category !== null) return [];
  return [finding('incomplete', 'R1.category.missing', 'category', '请选择事项类别：依申请类或主动服务类')];
}

function checkBases(d: ItemDraft): Finding[] {
  if (d.legalBases.length === 0) {
    if (!isBlank(d.noBasisReason)) return [];
    return [
      finding(
        'error',
        'R2.basis.missing',
        'legalBases',
        '未填写办理依据。请填写法律法规规章、规范性文件或承诺书的名称、具体条款及内容；无文件依据的，请说明该事项是经常性、常态化、为群众认可的公共服务事项的理由',
      ),
    ];
  }
  const out: Finding[] = [];
  d.legalBases.forEach((b, i) => {
    const n = d.legalBases.length > 1 ? `第${i + 1}条办理依据` : '办理依据';
    const path = `legalBases.${i}`;
    if (isBlank(b.title)) out.push(finding('error', 'R2.basis.title', `${path}.title`, `${n}未填写文件名称（如《中华人民共和国社会保险法》）`));
    else if (!/^《.*》$/su.test(b.title.trim())) out.push(finding('warning', 'R2.basis.titleBrackets', `${path}.title`, `${n}的文件名称“${b.title}”应加书名号，写作“《${b.title.trim()}》”`));
    if (isBlank(b.article)) out.push(finding('incomplete', 'R2.basis.article', `${path}.article`, `${n}未填写具体条款（如第二十条）`));
    if (isBlank(b.articleText)) out.push(finding('incomplete', 'R2.basis.articleText', `${path}.articleText`, `${n}未填写条款内容，请摘录该条款的原文`));
    if (b.kind === null) out.push(finding('warning', 'R2.basis.kind', `${path}.kind`, `${n}未选择依据类别（法律、行政法规、地方性法规、部门规章、地方政府规章、规范性文件、会议纪要或公开承诺）`));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// R3 共同实施单位

function checkUnits(d: ItemDraft, units: UnitRegistry | undefined): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  d.coImplementingUnits.forEach((name, i) => {
    const path = `coImplementingUnits.${i}`;
    if (isBlank(name)) {
      out.push(finding('error', 'R3.unit.empty', path, `第${i + 1}个共同实施单位名称为空，请填写单位规范全称或删除该行`));
      return;
    }
    let key = nameKey(name);
    if (units) {
      const r = units.resolve(name);
      if (r.fullName === null) {
        const hint = r.suggestions.length > 0 ? `，是否为：${r.suggestions.map((s) => `“${s}”`).join('、')}？` : '，';
        out.push(finding('error', 'R3.unit.unknown', path, `单位名录中没有“${name}”${hint}请填写单位规范全称`));
      } else {
        key = nameKey(r.fullName);
        if (r.matchedKind !== 'full') {
          out.push(finding('warning', 'R3.unit.shortName', path, `“${name}”是简称或别名，应填写规范全称“${r.fullName}”`));
        } else if (r.fullName !== name) {
          out.push(finding('warning', 'R3.unit.fullName', path, `单位名称应写作“${r.fullName}”`));
        }
      }
    }
    if (seen.has(key)) out.push(finding('warning', 'R3.unit.duplicate', path, `共同实施单位“${name}”重复填写`));
    seen.add(key);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// R4 服务对象

function checkObjects(d: ItemDraft): Finding[] {
  if (d.serviceObjects.length === 0) {
    return [finding('incomplete', 'R4.objects.missing', 'serviceObjects', `请选择服务对象：${SERVICE_OBJECTS.join('、')}中的一项或多项`)];
  }
  const out: Finding[] = [];
  const seen = new Set<string>();
  d.serviceObjects.forEach((o, i) => {
    if (!(SERVICE_OBJECTS as readonly string[]).includes(o)) {
      out.push(finding('error', 'R4.objects.unknown', `serviceObjects.${i}`, `服务对象“${o}”无效，只能是${SERVICE_OBJECTS.join('、')}`));
    } else if (seen.has(o)) {
      out.push(finding('warning', 'R4.objects.duplicate', `serviceObjects.${i}`, `服务对象“${o}”重复`));
    }
    seen.add(o);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// R5 不列入目录的事项

const SCREENING = [
  {
    field: 'inPowerList',
    question: '该事项是否属于权力清单事项',
    excluded: '该事项属于权力清单事项，不列入公共服务事项目录',
  },
  {
    field: 'isInternal',
    question: '该事项是否为内部管理事项（服务对象为行政机关、事业单位工作人员，如管理、考核、奖惩、培训）',
    excluded: '该事项为内部管理事项（服务对象为行政机关、事业单位工作人员），不列入公共服务事项目录',
  },
  {
    field: 'isTemporary',
    question: '该事项是否为临时性工作',
    excluded: '该事项为临时性工作，不列入公共服务事项目录',
  },
] as const;

function checkExclusions(d: ItemDraft, powerList: RuleContext['powerList']): Finding[] {
  const out: Finding[] = [];
  for (const q of SCREENING) {
    const answer = d.screening[q.field];
    const path = `screening.${q.field}`;
    if (answer === true) out.push(finding('error', `R5.screening.${q.field}`, path, q.excluded));
    else if (answer === null || answer === undefined) out.push(finding('incomplete', 'R5.screening.unanswered', path, `请回答筛查问题：${q.question}`));
  }
  if (!powerList || powerList.length === 0 || isBlank(d.name)) return out;
  const label = (p: { name: string; unitName?: string | null }) => `“${p.name}”${isBlank(p.unitName) ? '' : `（${p.unitName}）`}`;
  const key = nameKey(d.name);
  const exact = powerList.find((p) => nameKey(p.name) === key);
  if (exact) {
    out.push(finding('error', 'R5.powerList.exact', 'name', `事项名称与权力清单事项${label(exact)}相同，权力清单事项不列入公共服务事项目录`));
    return out;
  }
  const similar = closestMatches(
    d.name,
    powerList.map((p) => ({ value: p, names: [p.name] })),
    { limit: 3, minScore: 0.8 },
  );
  if (similar.length > 0) {
    out.push(finding('warning', 'R5.powerList.similar', 'name', `可能与权力清单事项${similar.map((m) => label(m.value)).join('、')}重复，请核实`));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// R6 事项名称

// Words that name no service on their own: 服务, 其他事项, 相关管理工作…
const GENERIC_WORDS = /其他|其它|相关|有关|各类|各项|一般|日常|综合|公共|便民|事项|服务|管理|工作|业务|事务|等/gu;

function checkName(d: ItemDraft, otherItemNames: string[] | undefined): Finding[] {
  if (isBlank(d.name)) return [finding('error', 'R6.name.missing', 'name', '事项名称不能为空')];
  const out: Finding[] = [];
  const normalized = normalizeItemName(d.name).value;
  if (normalized !== d.name) out.push(finding('warning', 'R6.name.format', 'name', `事项名称建议写作“${normalized}”（去掉多余空格、序号和句末标点，使用中文标点）`));
  const key = nameKey(d.name);
  const twin = (otherItemNames ?? []).find((other) => nameKey(other) === key);
  if (twin !== undefined) out.push(finding('error', 'R6.name.duplicate', 'name', `本单位已有事项“${twin}”，同一单位的事项名称不能重复`));
  if (key.replace(GENERIC_WORDS, '') === '') {
    out.push(finding('warning', 'R6.name.generic', 'name', `事项名称“${normalized}”过于笼统，应写明具体的服务行为（如“城乡居民基本养老保险参保登记”）`));
  } else if (Array.from(key).length < 4) {
    out.push(finding('warning', 'R6.name.short', 'name', `事项名称“${normalized}”过短，应写明具体的服务行为（如“城乡居民基本养老保险参保登记”）`));
  } else if (/等(?:相关)?(?:事项|服务|工作|业务)?$/u.test(key)) {
    out.push(finding('warning', 'R6.name.etc', 'name', `事项名称“${normalized}”以“等”概括，应逐项列明具体的服务事项`));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// R7 服务指南完整性, 申报材料, 服务流程

// Reported by their own rule already (R1, R2, R4, R6), so R7 does not say it twice.
const REPORTED_ELSEWHERE: ElementKey[] = ['category', 'name', 'legalBasis', 'serviceObjects'];

const ELEMENT_HINTS: Partial<Record<ElementKey, string>> = {
  handlingAgency: '请填写承办机构',
  applicationConditions: '请填写申请条件',
  materials: '请至少填写一项申报材料',
  steps: '请至少填写一个办理环节（服务流程）',
  timeLimit: '请填写承诺办结时限（即办件填0或选择“即办”）',
  fee: '请填写收费依据及标准；不收费的请选择“不收费”',
  consultation: '请填写咨询方式（咨询电话、地址等）',
  serviceContent: '请填写服务内容',
  deliveryMethod: '请填写服务提供方式（主动服务类事项如何送达服务对象）',
};

function checkGuide(d: ItemDraft): Finding[] {
  const out: Finding[] = [];
  const keys = d.category ? REQUIRED[d.category] : UNCATEGORIZED;
  for (const key of keys) {
    if (REPORTED_ELSEWHERE.includes(key) || ELEMENTS[key].isFilled(d)) continue;
    const fee = d.guide.fee;
    if (key === 'fee' && fee !== null && !fee.isFree) {
      if (isBlank(fee.basis)) out.push(finding('incomplete', 'R7.guide.fee', 'guide.fee.basis', '收费事项请填写收费依据'));
      if (isBlank(fee.standard)) out.push(finding('incomplete', 'R7.guide.fee', 'guide.fee.standard', '收费事项请填写收费标准'));
      continue;
    }
    out.push(finding('incomplete', `R7.guide.${key}`, ELEMENTS[key].path, ELEMENT_HINTS[key] ?? `请填写${ELEMENTS[key].label}`));
  }
  if (d.category === 'on_application') {
    if (isBlank(d.serviceContent)) out.push(finding('warning', 'R7.form.serviceContent', 'serviceContent', '备案表“服务内容”一栏为空，建议简要说明该事项提供什么服务'));
    if (d.guide.legalLimit === null) out.push(finding('warning', 'R7.guide.legalLimit', 'guide.legalLimit', '未填写法定办结时限；法律法规未规定时限的，可不填'));
    if (d.guide.caseType === null) out.push(finding('warning', 'R7.guide.caseType', 'guide.caseType', '未选择办件类型（即办件或承诺件）'));
  }
  return out;
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

function checkMaterials(d: ItemDraft): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  d.materials.forEach((m, i) => {
    const path = `materials.${i}`;
    const n = `第${i + 1}项申报材料`;
    if (isBlank(m.name)) out.push(finding('error', 'R7.materials.name', `${path}.name`, `${n}未填写材料名称`));
    else {
      const key = nameKey(m.name);
      if (seen.has(key)) out.push(finding('warning', 'R7.materials.duplicate', `${path}.name`, `申报材料“${m.name}”重复填写`));
      seen.add(key);
    }
    if (!isCount(m.originalCount)) out.push(finding('error', 'R7.materials.count', `${path}.originalCount`, `${n}的原件份数应为不小于0的整数`));
    if (!isCount(m.copyCount)) out.push(finding('error', 'R7.materials.count', `${path}.copyCount`, `${n}的复印件份数应为不小于0的整数`));
    if (m.requirement === 'conditional' && isBlank(m.condition)) {
      out.push(finding('incomplete', 'R7.materials.condition', `${path}.condition`, `${n}为按情形提交，请说明在什么情形下需要提交`));
    }
  });
  return out;
}

function checkSteps(d: ItemDraft): Finding[] {
  const out: Finding[] = [];
  d.steps.forEach((s, i) => {
    const path = `steps.${i}`;
    if (isBlank(s.name)) out.push(finding('error', 'R7.steps.name', `${path}.name`, `服务流程第${i + 1}步未填写环节名称`));
    if (s.timeLimitDays !== null && !(Number.isFinite(s.timeLimitDays) && s.timeLimitDays >= 0)) {
      out.push(finding('error', 'R8.steps.timeLimit', `${path}.timeLimitDays`, `服务流程第${i + 1}步的时限不能为负数`));
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// R8 办理时限

const UNIT_NAMES: Record<TimeLimit['unit'], string> = { working_day: '个工作日', natural_day: '个自然日', immediate: '' };

function describe(limit: TimeLimit): string {
  return limit.unit === 'immediate' || limit.value === 0 ? '即办' : `${limit.value}${UNIT_NAMES[limit.unit]}`;
}

// Days of a valid limit, 0 for 即办; null when not set or not valid (other findings say why).
function daysOf(limit: TimeLimit | null): number | null {
  if (limit === null) return null;
  if (limit.unit === 'immediate') return 0;
  if (limit.value === null || !Number.isFinite(limit.value) || limit.value < 0) return null;
  return limit.value;
}

function checkTimeLimits(d: ItemDraft): Finding[] {
  const out: Finding[] = [];
  const { legalLimit: legal, committedLimit: committed, caseType } = d.guide;
  for (const [limit, path, label] of [
    [legal, 'guide.legalLimit', '法定办结时限'],
    [committed, 'guide.committedLimit', '承诺办结时限'],
  ] as const) {
    if (limit === null || limit.value === null) continue;
    if (!Number.isFinite(limit.value) || limit.value < 0) out.push(finding('error', 'R8.limit.negative', path, `${label}不能为负数`));
    else if (limit.unit === 'immediate' && limit.value !== 0) out.push(finding('error', 'R8.limit.immediateValue', path, `${label}选择了“即办”，天数应为0或不填`));
  }

  const c = daysOf(committed);
  const l = daysOf(legal);
  if (committed && legal && c !== null && l !== null && c > 0) {
    const exceeds = finding('error', 'R8.limit.exceedsLegal', 'guide.committedLimit', `承诺办结时限（${describe(committed)}）超过法定办结时限（${describe(legal)}），承诺时限不能长于法定时限`);
    if (l === 0 || (committed.unit === legal.unit && c > l)) out.push(exceeds);
    // N working days take at least N calendar days, and N calendar days hold at most N working
    // days: those two cases are certain. Any other mix needs the calendar, so a person checks it.
    else if (committed.unit === 'working_day' && legal.unit === 'natural_day' && c > l) out.push(exceeds);
    else if (committed.unit !== legal.unit && !(committed.unit === 'natural_day' && c <= l)) {
      out.push(
        finding('warning', 'R8.limit.unitMismatch', 'guide.committedLimit', `承诺办结时限（${describe(committed)}）与法定办结时限（${describe(legal)}）的计算单位不同，无法自动比较，请人工核对承诺时限不超过法定时限`),
      );
    }
  }

  if (caseType === 'immediate' && committed !== null && c !== null && c !== 0) {
    out.push(finding('error', 'R8.caseType.immediate', 'guide.committedLimit', `即办件应当场办结，承诺办结时限应为0（即办），当前为${describe(committed)}`));
  }
  if (caseType === 'promised' && committed !== null && c === 0) {
    out.push(finding('error', 'R8.caseType.promised', 'guide.committedLimit', '承诺件的承诺办结时限应大于0；当场办结的请将办件类型改为“即办件”'));
  }

  if (committed?.unit === 'working_day' && c !== null && c > 0) {
    const total = d.steps.reduce((sum, s) => sum + (s.timeLimitDays !== null && s.timeLimitDays > 0 ? s.timeLimitDays : 0), 0);
    if (total > c) out.push(finding('warning', 'R8.steps.exceedCommitted', 'steps', `服务流程各环节时限合计${total}个工作日，超过承诺办结时限${c}个工作日`));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// R9 网办深度与到现场次数

function checkOnline(d: ItemDraft): Finding[] {
  const out: Finding[] = [];
  const { onlineDepth, visits, visitsReason } = d.guide;
  if (onlineDepth !== null && ![1, 2, 3, 4].includes(onlineDepth)) {
    out.push(finding('error', 'R9.depth.invalid', 'guide.onlineDepth', '网办深度只能是Ⅰ级至Ⅳ级'));
  }
  const isValidVisits = visits !== null && isCount(visits);
  if (visits !== null && !isValidVisits) out.push(finding('error', 'R9.visits.invalid', 'guide.visits', '到办事现场次数应为不小于0的整数'));
  if (onlineDepth === 4) {
    if (visits === null) out.push(finding('incomplete', 'R9.visits.missing', 'guide.visits', '全程网办（Ⅳ级）事项请填写到办事现场次数（应为0）'));
    else if (isValidVisits && visits > 0) out.push(finding('error', 'R9.depth4.visits', 'guide.visits', `全程网办（Ⅳ级）事项到办事现场次数应为0，当前为${visits}次`));
  }
  if (isValidVisits && visits > 0 && isBlank(visitsReason)) {
    out.push(finding('incomplete', 'R9.visitsReason.missing', 'guide.visitsReason', `需到办事现场${visits}次，请说明必须现场办理的原因`));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// R10 事项编码

const ITEM_CODE = /^[0-9A-Za-z-]{1,50}$/;

function checkCodes(d: ItemDraft): Finding[] {
  const out: Finding[] = [];
  for (const [value, path, label] of [
    [d.basicCode, 'basicCode', '基本编码'],
    [d.implementationCode, 'implementationCode', '实施编码'],
  ] as const) {
    // An empty code means “not given”, like null.
    if (value === null || value === '' || ITEM_CODE.test(value)) continue;
    const length = Array.from(value).length;
    const message = length > 50 ? `${label}最长50个字符，当前为${length}个` : `${label}“${value}”只能由数字、英文字母和连字符“-”组成（不能有空格或中文）`;
    out.push(finding('error', path === 'basicCode' ? 'R10.code.basic' : 'R10.code.implementation', path, message));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/** 事项校验: every finding of R1–R10 on a normalized draft, in rule order. */
export function checkItem(draft: ItemDraft, ctx: RuleContext = {}): Finding[] {
  return [
    ...checkCategory(draft),
    ...checkBases(draft),
    ...checkUnits(draft, ctx.units),
    ...checkObjects(draft),
    ...checkExclusions(draft, ctx.powerList),
    ...checkName(draft, ctx.otherItemNames),
    ...checkGuide(draft),
    ...checkMaterials(draft),
    ...checkSteps(draft),
    ...checkTimeLimits(draft),
    ...checkOnline(draft),
    ...checkCodes(draft),
  ];
}

/** 阻止报送 (R7): a unit may not submit while an item has an error or an incomplete finding. */
export function blocksSubmission(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error' || f.severity === 'incomplete');
}

/** 存在错误: whether any finding is an error (the value cannot be saved, the row cannot be imported). */
export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
