/**
 * The columns of the open-data tables (CSV and .xlsx): one row per item of an edition with the main
 * fields of the filing form and the service guide. The open-data page documents the same list, so
 * the files and their description cannot drift apart.
 */
import { CATEGORY_LABELS, HANDLING_FORM_LABELS, ONLINE_DEPTH_LABELS, type Fee, type ItemDraft, type LegalBasis, type TimeLimit } from '../../domain/catalog/item.ts';
import type { ExportEdition, ExportItem } from './queries.ts';

export interface ExportColumn {
  key: string;
  /** 列名 (the header cell). */
  header: string;
  /** Width in the .xlsx, in characters (a Han character counts two). */
  width: number;
  /** What the column holds, for the 说明 sheet and the open-data page. */
  description: string;
  value(item: ExportItem, edition: ExportEdition): string;
}

const text = (v: string | null | undefined) => (v ?? '').trim();

/** 《文件名称》（文号）第X条, with the brackets added when the title was stored without them. */
export function basisLabel(b: LegalBasis): string {
  const title = b.title.trim().startsWith('《') ? b.title.trim() : `《${b.title.trim()}》`;
  return `${title}${b.docNumber ? `（${b.docNumber.trim()}）` : ''}${b.article ? b.article.trim() : ''}`;
}

/** 办理依据, joined: each basis on its own, or 无文件依据 with the reason. */
export function basesText(draft: ItemDraft): string {
  if (draft.legalBases.length > 0) return draft.legalBases.map(basisLabel).join('；');
  return draft.noBasisReason ? `无文件依据：${draft.noBasisReason.trim()}` : '';
}

/** 20个工作日 · 5个自然日 · 即办; empty when not given. */
export function limitText(limit: TimeLimit | null): string {
  if (!limit) return '';
  if (limit.unit === 'immediate' || limit.value === 0) return '即办';
  if (limit.value === null) return '';
  return `${limit.value}个${limit.unit === 'working_day' ? '工作日' : '自然日'}`;
}

/** 不收费 · 收费：标准（依据：…）; empty when not given. */
export function feeText(fee: Fee | null): string {
  if (!fee) return '';
  if (fee.isFree) return '不收费';
  const parts = [text(fee.standard) || '收费标准未填写'];
  if (text(fee.basis)) parts.push(`（依据：${text(fee.basis)}）`);
  return `收费：${parts.join('')}`;
}

const PHONE = /(?:\+?86[-\s]?)?(?:1[3-9]\d{9}|0\d{2,3}[-－]?\d{7,8}|12345)(?!\d)/g;

/** The phone numbers of a free-text 咨询方式 (0744-5618000, 13800000000, 12345), else the unit's phone. */
export function phonesOf(item: ExportItem): string[] {
  const found = [...new Set((item.draft.guide.consultation ?? '').match(PHONE) ?? [])];
  if (found.length > 0) return found;
  return item.unit.phone ? [item.unit.phone] : [];
}

export const EXPORT_COLUMNS: ExportColumn[] = [
  { key: 'code', header: '事项编码', width: 22, description: '平台为事项编制的稳定编码，事项存续期间不变', value: (i) => i.code },
  { key: 'name', header: '事项名称', width: 34, description: '公共服务事项名称', value: (i) => i.draft.name },
  { key: 'category', header: '事项类别', width: 11, description: '依申请类或主动服务类', value: (i) => (i.draft.category ? CATEGORY_LABELS[i.draft.category] : '') },
  { key: 'serviceContent', header: '服务内容', width: 40, description: '事项提供的具体服务', value: (i) => text(i.draft.serviceContent) },
  {
    key: 'legalBases',
    header: '办理依据',
    width: 50,
    description: '依据文件名称、文号和条款，多条以“；”分隔；无文件依据的写明理由',
    value: (i) => basesText(i.draft),
  },
  { key: 'unit', header: '实施单位', width: 30, description: '实施单位规范全称', value: (i) => i.unit.fullName },
  { key: 'coUnits', header: '共同实施单位', width: 30, description: '共同实施单位规范全称，多个以“、”分隔', value: (i) => i.draft.coImplementingUnits.join('、') },
  { key: 'objects', header: '服务对象', width: 18, description: '个人（公民）、法人、社会组织、其他组织', value: (i) => i.draft.serviceObjects.join('、') },
  { key: 'legalLimit', header: '法定办结时限', width: 14, description: '法律法规规定的办理时限（工作日或自然日；即办为当场办结）', value: (i) => limitText(i.draft.guide.legalLimit) },
  { key: 'committedLimit', header: '承诺办结时限', width: 14, description: '实施单位承诺的办理时限，不超过法定时限', value: (i) => limitText(i.draft.guide.committedLimit) },
  { key: 'fee', header: '收费', width: 24, description: '不收费，或收费标准及依据', value: (i) => feeText(i.draft.guide.fee) },
  {
    key: 'forms',
    header: '办理形式',
    width: 20,
    description: '窗口办理、网上办理、邮寄办理',
    value: (i) => i.draft.guide.handlingForms.map((f) => HANDLING_FORM_LABELS[f]).join('、'),
  },
  { key: 'onlineDepth', header: '网办深度', width: 22, description: 'Ⅰ级 在线咨询/信息公开 至 Ⅳ级 全程网办', value: (i) => (i.draft.guide.onlineDepth ? ONLINE_DEPTH_LABELS[i.draft.guide.onlineDepth] : '') },
  { key: 'visits', header: '到办事现场次数', width: 10, description: '办理一次需到现场的次数，0 为不见面办理', value: (i) => (i.draft.guide.visits === null ? '' : String(i.draft.guide.visits)) },
  { key: 'place', header: '办理地点', width: 36, description: '窗口办理的地点', value: (i) => text(i.draft.guide.place) },
  { key: 'hours', header: '办公时间', width: 30, description: '窗口办公时间', value: (i) => text(i.draft.guide.hours) },
  { key: 'phone', header: '咨询电话', width: 18, description: '咨询方式中的电话号码；未写明的为实施单位电话', value: (i) => phonesOf(i).join('、') },
  { key: 'consultation', header: '咨询方式', width: 36, description: '咨询方式全文（电话、地址等）', value: (i) => text(i.draft.guide.consultation) },
  { key: 'complaint', header: '监督投诉方式', width: 30, description: '监督投诉渠道', value: (i) => text(i.draft.guide.complaint) },
  { key: 'edition', header: '目录版本', width: 10, description: '事项所在目录版本的版本号', value: (_i, e) => `第${e.number}版` },
  { key: 'docNumber', header: '发文字号', width: 26, description: '发布该目录版本的政府文件文号', value: (_i, e) => e.docNumber },
];
