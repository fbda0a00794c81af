import { STATE_LABELS as DOMAIN_STATE_LABELS, TRANSITIONS } from '../../../../domain/review/workflow.ts';
/** Chinese labels of the catalog's codes, for lists, tags and the history. */
import { CATEGORY_LABELS, HANDLING_FORM_LABELS, ONLINE_DEPTH_LABELS, type Category } from '../../../../domain/catalog/item.ts';

export { CATEGORY_LABELS, HANDLING_FORM_LABELS, ONLINE_DEPTH_LABELS };

export const CATEGORY_COLORS: Record<Category, string> = { on_application: 'blue', proactive: 'green' };

/** 事项版本状态 (SPEC section 5), from the state machine itself. */
export const STATE_LABELS: Record<string, string> = DOMAIN_STATE_LABELS;

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
  'item.adjust': '申请动态调整',
  // Every workflow action, named as the state machine names it.
  ...Object.fromEntries(Object.entries(TRANSITIONS).map(([action, t]) => [`item.${action}`, t.label.replace(/（.*）$/, '')])),
};

export { DRAFT_FIELD_LABELS, GUIDE_FIELD_LABELS } from '../../../../domain/catalog/diff.ts';

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
