/**
 * The shape of one item version (公共服务事项) as the rules, the importer, the editor and the
 * document exporters see it. Pure data: no ids of rows, no I/O. Field names follow docs/glossary.md.
 */

/** 类别: 依申请类 / 主动服务类. */
export type Category = 'on_application' | 'proactive';
export const CATEGORY_LABELS: Record<Category, string> = { on_application: '依申请类', proactive: '主动服务类' };

/** 层级: 区级 / 乡级. */
export type ItemLevel = 'district' | 'township';

/** 服务对象 (R4). */
export const SERVICE_OBJECTS = ['个人（公民）', '法人', '社会组织', '其他组织'] as const;
export type ServiceObject = (typeof SERVICE_OBJECTS)[number];

/** 依据类别 (R2). */
export const BASIS_KINDS = ['法律', '行政法规', '地方性法规', '部门规章', '地方政府规章', '规范性文件（含"三定"规定）', '会议纪要', '公开承诺'] as const;
export type BasisKind = (typeof BASIS_KINDS)[number];

/** 办理依据: one document, one article. */
export interface LegalBasis {
  kind: BasisKind | null;
  /** 文件名称, with its 《》, e.g. 《中华人民共和国就业促进法》. */
  title: string;
  /** 文号, e.g. 国发〔2014〕8号 or 国务院令第649号. */
  docNumber: string | null;
  /** 条款, e.g. 第二十三条. */
  article: string | null;
  /** 条款内容. */
  articleText: string | null;
}

/** 时限单位: 工作日, 自然日, 即办 (当场办结). */
export type TimeUnit = 'working_day' | 'natural_day' | 'immediate';
export interface TimeLimit {
  value: number | null;
  unit: TimeUnit;
}

/** 办理形式. */
export type HandlingForm = 'window' | 'online' | 'mail';
export const HANDLING_FORM_LABELS: Record<HandlingForm, string> = { window: '窗口办理', online: '网上办理', mail: '邮寄办理' };

/** 网办深度 Ⅰ–Ⅳ (R9). */
export type OnlineDepth = 1 | 2 | 3 | 4;
export const ONLINE_DEPTH_LABELS: Record<OnlineDepth, string> = {
  1: 'Ⅰ级 在线咨询/信息公开',
  2: 'Ⅱ级 在线预约/表格下载',
  3: 'Ⅲ级 网上申报/预审',
  4: 'Ⅳ级 全程网办',
};

/** 办件类型: 即办件 (committed 0) or 承诺件 (committed > 0) (R8). */
export type CaseType = 'immediate' | 'promised';

/** 申报材料: one row of the materials list. */
export interface Material {
  name: string;
  /** 来源渠道, e.g. 申请人自备 / 政府部门核发. */
  source: string | null;
  originalCount: number;
  copyCount: number;
  /** 纸质 / 电子 / 纸质或电子. */
  media: 'paper' | 'electronic' | 'either';
  /** 必要 or 容缺/按情形提交. */
  requirement: 'required' | 'conditional';
  /** When `conditional`: in which case it is needed. */
  condition: string | null;
  templateFileId: string | null;
  sampleFileId: string | null;
  notes: string | null;
}

/** 服务流程: one step. */
export interface ProcessStep {
  name: string;
  /** 办理人/岗位, e.g. 窗口受理人员. */
  actor: string | null;
  /** 时限 in working days; null when not set. */
  timeLimitDays: number | null;
  description: string | null;
}

/** 收费: free, or basis + standard. */
export interface Fee {
  isFree: boolean;
  basis: string | null;
  standard: string | null;
}

/** 服务指南: the nine elements of the notice plus national practice (SPEC section 4). */
export interface Guide {
  /** 承办机构. */
  handlingAgency: string | null;
  /** 申请条件. */
  applicationConditions: string | null;
  legalLimit: TimeLimit | null;
  committedLimit: TimeLimit | null;
  caseType: CaseType | null;
  fee: Fee | null;
  /** 咨询方式 (phone, address…). */
  consultation: string | null;
  /** 监督投诉方式. */
  complaint: string | null;
  /** 办理地点. */
  place: string | null;
  /** 办公时间. */
  hours: string | null;
  handlingForms: HandlingForm[];
  onlineDepth: OnlineDepth | null;
  /** 到办事现场次数. */
  visits: number | null;
  /** 必须现场办理原因 (R9). */
  visitsReason: string | null;
  /** 结果名称. */
  resultName: string | null;
  resultSampleFileId: string | null;
  /** 主动服务类: 服务提供方式 (how it is delivered). */
  deliveryMethod: string | null;
  /** 不见面/线下渠道: how to get it without the internet (窗口、电话、帮办代办). */
  offlineChannels: string | null;
}

/** 筛查: the three screening questions of R5 (null = not answered yet). */
export interface Screening {
  inPowerList: boolean | null;
  isInternal: boolean | null;
  isTemporary: boolean | null;
}

/** One item version's content. */
export interface ItemDraft {
  name: string;
  category: Category | null;
  serviceContent: string | null;
  legalBases: LegalBasis[];
  /** Why the item needs no document basis (经常性、常态化、为群众认可), R2. */
  noBasisReason: string | null;
  /** Full standard names (规范全称) of co-implementing units, R3. The owner unit is the implementing unit. */
  coImplementingUnits: string[];
  serviceObjects: ServiceObject[];
  remarks: string | null;
  level: ItemLevel;
  screening: Screening;
  provincialRefCode: string | null;
  /** 基本编码 and 实施编码, stored as given (R10: length and characters only). */
  basicCode: string | null;
  implementationCode: string | null;
  guide: Guide;
  materials: Material[];
  steps: ProcessStep[];
}

export type Severity = 'error' | 'incomplete' | 'warning';

/** One finding of a rule: what is wrong, where, how bad. */
export interface Finding {
  severity: Severity;
  /** Stable code, e.g. `R1.category.normalized`. */
  code: string;
  /** Field path in ItemDraft, e.g. `legalBases.0.article` or `guide.committedLimit`. */
  path: string;
  /** Chinese message for people. */
  message: string;
}

export function emptyGuide(): Guide {
  return {
    handlingAgency: null,
    applicationConditions: null,
    legalLimit: null,
    committedLimit: null,
    caseType: null,
    fee: null,
    consultation: null,
    complaint: null,
    place: null,
    hours: null,
    handlingForms: [],
    onlineDepth: null,
    visits: null,
    visitsReason: null,
    resultName: null,
    resultSampleFileId: null,
    deliveryMethod: null,
    offlineChannels: null,
  };
}

export function emptyDraft(name = ''): ItemDraft {
  return {
    name,
    category: null,
    serviceContent: null,
    legalBases: [],
    noBasisReason: null,
    coImplementingUnits: [],
    serviceObjects: [],
    remarks: null,
    level: 'district',
    screening: { inPowerList: null, isInternal: null, isTemporary: null },
    provincialRefCode: null,
    basicCode: null,
    implementationCode: null,
    guide: emptyGuide(),
    materials: [],
    steps: [],
  };
}
