/** Chinese labels of the catalog's codes, for lists, tags and the history. */
import { CATEGORY_LABELS, HANDLING_FORM_LABELS, ONLINE_DEPTH_LABELS, type Category } from '../../../../domain/catalog/item.ts';

export { CATEGORY_LABELS, HANDLING_FORM_LABELS, ONLINE_DEPTH_LABELS };

export const CATEGORY_COLORS: Record<Category, string> = { on_application: 'blue', proactive: 'green' };

/** 事项版本状态 (SPEC section 5). */
export const STATE_LABELS: Record<string, string> = {
  draft: '草稿',
  consultation: '征求意见',
  unit_review: '单位审核',
  submitted: '已报送',
  parent_review: '主管部门审核',
  central_review: '集中审核',
  legal_review: '合法性审查',
  approved: '审核通过',
  published: '已发布',
  superseded: '已替代',
};

export const STATE_COLORS: Record<string, string> = {
  draft: 'default',
  consultation: 'cyan',
  unit_review: 'geekblue',
  submitted: 'blue',
  parent_review: 'purple',
  central_review: 'purple',
  legal_review: 'magenta',
  approved: 'green',
  published: 'success',
  superseded: 'default',
};

export const HISTORY_ACTION_LABELS: Record<string, string> = {
  'item.create': '新增事项',
  'item.update': '修改事项',
  'item.import': '导入备案表',
  'item.import_update': '导入备案表更新',
};

/** Top-level fields of ItemDraft, as the history names what changed. */
export const DRAFT_FIELD_LABELS: Record<string, string> = {
  code: '事项编码',
  name: '事项名称',
  category: '类别',
  serviceContent: '服务内容',
  legalBases: '办理依据',
  noBasisReason: '无文件依据理由',
  coImplementingUnits: '共同实施单位',
  serviceObjects: '服务对象',
  remarks: '备注',
  level: '层级',
  screening: '筛查',
  provincialRefCode: '省级参照事项编码',
  basicCode: '基本编码',
  implementationCode: '实施编码',
  guide: '服务指南',
  materials: '申报材料',
  steps: '服务流程',
};

export const GUIDE_FIELD_LABELS: Record<string, string> = {
  handlingAgency: '承办机构',
  applicationConditions: '申请条件',
  legalLimit: '法定办结时限',
  committedLimit: '承诺办结时限',
  caseType: '办件类型',
  fee: '收费',
  consultation: '咨询方式',
  complaint: '监督投诉方式',
  place: '办理地点',
  hours: '办公时间',
  handlingForms: '办理形式',
  onlineDepth: '网办深度',
  visits: '到办事现场次数',
  visitsReason: '必须现场办理原因',
  resultName: '结果名称',
  resultSampleFileId: '结果样本',
  deliveryMethod: '服务提供方式',
  offlineChannels: '线下办理渠道',
};

export const TIME_UNIT_OPTIONS = [
  { value: 'working_day', label: '工作日' },
  { value: 'natural_day', label: '自然日' },
  { value: 'immediate', label: '即办' },
];

export const MEDIA_OPTIONS = [
  { value: 'paper', label: '纸质' },
  { value: 'electronic', label: '电子' },
  { value: 'either', label: '纸质或电子' },
];

export const REQUIREMENT_OPTIONS = [
  { value: 'required', label: '必要' },
  { value: 'conditional', label: '按情形' },
];

export const MATERIAL_SOURCES = ['申请人自备', '政府部门核发', '其他单位出具', '窗口领取', '网上下载'];
