/**
 * 服务指南的内容: one item's service guide (SPEC section 4) as labelled text, in the order the
 * documents print it. The .docx and the A4 print view both render this, so they always show the
 * same elements with the same wording; neither decides what an empty value reads as.
 */
import {
  CATEGORY_LABELS,
  HANDLING_FORM_LABELS,
  ONLINE_DEPTH_LABELS,
  type CaseType,
  type ItemDraft,
  type LegalBasis,
  type Material,
  type ProcessStep,
  type TimeLimit,
} from '../../domain/catalog/item.ts';

/** What a guide document is made from: the item's code, its unit's full name and one version. */
export interface GuideInput {
  code: string;
  /** 实施单位: the owner unit's 规范全称. */
  unitName: string;
  draft: ItemDraft;
  versionNumber: number;
}

/** A value that should have been filled in and was not. */
export const NOT_FILLED = '未填写';
/** A value that may legitimately be absent (no co-implementing unit, no remarks). */
export const NONE = '无';

export interface Field {
  label: string;
  value: string;
}

export type Block =
  /** A paragraph of running text (line breaks kept). */
  | { type: 'text'; text: string }
  /** 「label：value」 lines. */
  | { type: 'fields'; fields: Field[] }
  /** A numbered entry (one legal basis) with its own labelled lines. */
  | { type: 'entry'; title: string; fields: Field[] }
  /** A table; `widths` are relative column widths that add up to 100. */
  | { type: 'table'; headers: string[]; widths: number[]; rows: string[][] }
  /** The process as a one-line flowchart: 受理 → 审查 → 决定. */
  | { type: 'flow'; steps: string[] };

export interface GuideSection {
  /** 一、办理依据 */
  heading: string;
  blocks: Block[];
}

export interface GuideView {
  name: string;
  /** 「事项名称」服务指南 */
  title: string;
  basics: Field[];
  sections: GuideSection[];
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十 (enough for section numbers). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `十${n % 10 === 0 ? '' : CN_DIGITS[n % 10]}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CN_DIGITS[n % 10]}`;
  return String(n);
}

/** The text, or 未填写 (or the given placeholder) when it is empty or only spaces. */
export function orEmpty(text: string | null | undefined, placeholder = NOT_FILLED): string {
  const t = (text ?? '').trim();
  return t === '' ? placeholder : t;
}

/** 《文件名称》, adding the brackets when the title was stored without them. */
export function bookTitle(title: string): string {
  const t = title.trim();
  if (t === '') return NOT_FILLED;
  return t.startsWith('《') ? t : `《${t}》`;
}

/** 办理时限 as people read it: 20个工作日 · 5个自然日 · 即办（当场办结）. */
export function formatTimeLimit(limit: TimeLimit | null): string {
  if (!limit) return NOT_FILLED;
  if (limit.unit === 'immediate' || limit.value === 0) return '即办（当场办结）';
  if (limit.value === null) return NOT_FILLED;
  return `${limit.value}个${limit.unit === 'working_day' ? '工作日' : '自然日'}`;
}

export const CASE_TYPE_LABELS: Record<CaseType, string> = { immediate: '即办件', promised: '承诺件' };

const MEDIA_LABELS: Record<Material['media'], string> = { paper: '纸质', electronic: '电子', either: '纸质或电子' };

/** 原件1份、复印件2份 · 无需纸质份数. */
function materialCopies(m: Material): string {
  const parts: string[] = [];
  if (m.originalCount > 0) parts.push(`原件${m.originalCount}份`);
  if (m.copyCount > 0) parts.push(`复印件${m.copyCount}份`);
  return parts.length > 0 ? parts.join('，') : NONE;
}

function materialRequirement(m: Material): string {
  if (m.requirement === 'required') return '必要';
  return m.condition?.trim() ? `按情形提交：${m.condition.trim()}` : '按情形提交';
}

function materialNotes(m: Material): string {
  const parts = [m.notes?.trim() ?? ''];
  if (m.templateFileId) parts.push('提供空白表格');
  if (m.sampleFileId) parts.push('提供示例样表');
  return orEmpty(parts.filter((p) => p !== '').join('；'), NONE);
}

function stepTime(s: ProcessStep): string {
  if (s.timeLimitDays === null) return NOT_FILLED;
  return s.timeLimitDays === 0 ? '即时办理' : `${s.timeLimitDays}个工作日`;
}

function basisEntry(b: LegalBasis): Block {
  return {
    type: 'entry',
    title: bookTitle(b.title),
    fields: [
      { label: '依据类别', value: orEmpty(b.kind) },
      { label: '文号', value: orEmpty(b.docNumber, NONE) },
      { label: '条款', value: orEmpty(b.article) },
      { label: '条款内容', value: orEmpty(b.articleText) },
    ],
  };
}

function basisBlocks(draft: ItemDraft): Block[] {
  if (draft.legalBases.length > 0) return draft.legalBases.map(basisEntry);
  if (draft.noBasisReason?.trim()) return [{ type: 'fields', fields: [{ label: '无文件依据，理由', value: draft.noBasisReason.trim() }] }];
  return [{ type: 'text', text: NOT_FILLED }];
}

function visits(draft: ItemDraft): Field[] {
  const v = draft.guide.visits;
  const count = v === null || v < 0 ? NOT_FILLED : v === 0 ? '0次（不见面办理）' : `${v}次`;
  const fields = [{ label: '到办事现场次数', value: count }];
  if (v === null || v !== 0) fields.push({ label: '必须现场办理原因', value: orEmpty(draft.guide.visitsReason, v !== null && v > 0 ? NOT_FILLED : NONE) });
  return fields;
}

function fee(draft: ItemDraft): Block {
  const f = draft.guide.fee;
  if (!f) return { type: 'text', text: NOT_FILLED };
  if (f.isFree) return { type: 'fields', fields: [{ label: '是否收费', value: '不收费（免费办理）' }] };
  return {
    type: 'fields',
    fields: [
      { label: '是否收费', value: '收费' },
      { label: '收费依据', value: orEmpty(f.basis) },
      { label: '收费标准', value: orEmpty(f.standard) },
    ],
  };
}

const text = (value: string | null, placeholder = NOT_FILLED): Block[] => [{ type: 'text', text: orEmpty(value, placeholder) }];

/** 服务对象, joined: 个人（公民）、法人. */
export function serviceObjectsText(draft: ItemDraft): string {
  return draft.serviceObjects.length > 0 ? draft.serviceObjects.join('、') : NOT_FILLED;
}

/** The guide of one item version, as labelled text in print order. */
export function guideView(input: GuideInput): GuideView {
  const { draft } = input;
  const g = draft.guide;
  const name = orEmpty(draft.name);
  const basics: Field[] = [
    { label: '事项名称', value: name },
    { label: '事项编码', value: input.code },
    { label: '实施单位', value: orEmpty(input.unitName) },
    { label: '共同实施单位', value: draft.coImplementingUnits.length > 0 ? draft.coImplementingUnits.join('、') : NONE },
    { label: '事项类别', value: draft.category ? CATEGORY_LABELS[draft.category] : NOT_FILLED },
    { label: '服务对象', value: serviceObjectsText(draft) },
    { label: '办理层级', value: draft.level === 'township' ? '乡级' : '区级' },
    { label: '基本编码', value: orEmpty(draft.basicCode, NONE) },
    { label: '实施编码', value: orEmpty(draft.implementationCode, NONE) },
    { label: '指南版本', value: `第${input.versionNumber}版` },
  ];

  const parts: Array<[string, Block[]]> = [
    ['办理依据', basisBlocks(draft)],
    ['承办机构', text(g.handlingAgency)],
    ['服务对象', text(serviceObjectsText(draft))],
    ['申请条件', text(g.applicationConditions)],
    [
      '申报材料',
      draft.materials.length > 0
        ? [
            {
              type: 'table',
              headers: ['序号', '材料名称', '来源渠道', '原件/复印件\n份数', '纸质/电子', '必要/按情形', '备注'],
              widths: [7, 19, 13, 15, 14, 16, 16],
              rows: draft.materials.map((m, i) => [String(i + 1), orEmpty(m.name), orEmpty(m.source), materialCopies(m), MEDIA_LABELS[m.media], materialRequirement(m), materialNotes(m)]),
            },
          ]
        : text(null),
    ],
    [
      '服务流程',
      draft.steps.length > 0
        ? [
            { type: 'flow', steps: draft.steps.map((s) => orEmpty(s.name)) },
            {
              type: 'table',
              headers: ['步骤', '环节名称', '办理人员/岗位', '办理时限', '办理内容'],
              widths: [8, 16, 22, 15, 39],
              rows: draft.steps.map((s, i) => [String(i + 1), orEmpty(s.name), orEmpty(s.actor), stepTime(s), orEmpty(s.description)]),
            },
          ]
        : text(null),
    ],
    [
      '办理时限',
      [
        {
          type: 'fields',
          fields: [
            { label: '法定办结时限', value: formatTimeLimit(g.legalLimit) },
            { label: '承诺办结时限', value: formatTimeLimit(g.committedLimit) },
            { label: '办件类型', value: g.caseType ? CASE_TYPE_LABELS[g.caseType] : NOT_FILLED },
          ],
        },
      ],
    ],
    ['收费依据及标准', [fee(draft)]],
    ['咨询方式', text(g.consultation)],
    ['办理地点', text(g.place)],
    ['办公时间', text(g.hours)],
    ['监督投诉方式', text(g.complaint)],
    ['办理形式', text(g.handlingForms.length > 0 ? g.handlingForms.map((f) => HANDLING_FORM_LABELS[f]).join('、') : null)],
    ['服务提供方式', text(g.deliveryMethod, draft.category === 'proactive' ? NOT_FILLED : NONE)],
    ['网办深度', text(g.onlineDepth ? ONLINE_DEPTH_LABELS[g.onlineDepth] : null)],
    ['到办事现场次数', [{ type: 'fields', fields: visits(draft) }]],
    [
      '办理结果',
      [
        {
          type: 'fields',
          fields: [
            { label: '结果名称', value: orEmpty(g.resultName) },
            { label: '结果样本', value: g.resultSampleFileId ? '已提供（见系统附件）' : NONE },
          ],
        },
      ],
    ],
    ['线下办理渠道', text(g.offlineChannels)],
    ['服务内容', text(draft.serviceContent)],
    ['备注', text(draft.remarks, NONE)],
  ];

  return {
    name,
    title: `「${name}」服务指南`,
    basics,
    sections: parts.map(([title, blocks], i) => ({ heading: `${chineseNumber(i + 1)}、${title}`, blocks })),
  };
}

/** YYYY年M月D日 in China Standard Time, whatever the server's time zone. */
export function formatChineseDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日`;
}
