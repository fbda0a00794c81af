import { AppError } from '../errors.ts';
import type { Role } from '../roles.ts';

/** The states of an item version (SPEC §5). The database's CHECK constraint lists the same. */
export const VERSION_STATES = ['draft', 'consultation', 'unit_review', 'submitted', 'parent_review', 'central_review', 'legal_review', 'approved', 'published', 'superseded'] as const;
export type VersionState = (typeof VERSION_STATES)[number];

export const STATE_LABELS: Record<VersionState, string> = {
  draft: '草稿',
  consultation: '征求意见',
  unit_review: '单位审核',
  submitted: '已报送',
  parent_review: '主管部门审核',
  central_review: '集中审核',
  legal_review: '合法性审查',
  approved: '审核通过',
  published: '已发布',
  superseded: '已被替代',
};

/** Whose the action is: the version's own unit, its parent department, or the region's district office. */
export type ActionScope = 'own_unit' | 'parent_unit' | 'region' | 'system';

export interface Transition {
  from: readonly VersionState[];
  /** `superseded` for returns: the version is kept as it was and a copy becomes the new draft. */
  to: VersionState;
  roles: readonly Role[];
  scope: ActionScope;
  label: string;
  /** Reviews: the decision this action records, and at which stage. */
  decision?: { stage: 'parent_review' | 'central_review' | 'legal_review'; decision: 'approve' | 'return' };
  /** Returns copy the version into a new draft (comments kept on the old one). */
  reopens?: boolean;
}

const UNIT: readonly Role[] = ['unit_editor', 'unit_head'];

/**
 * 流转规则: every action, the states it may start from, the state it leads to and who may take it.
 * This table is the state machine; `nextState` is the only way a version changes state.
 */
const TABLE = {
  open_consultation: { from: ['draft'], to: 'consultation', roles: UNIT, scope: 'own_unit', label: '发起征求意见' },
  close_consultation: { from: ['consultation'], to: 'unit_review', roles: UNIT, scope: 'own_unit', label: '结束征求意见，提交班子会议审核' },
  withdraw: { from: ['consultation', 'unit_review'], to: 'draft', roles: UNIT, scope: 'own_unit', label: '撤回修改' },
  sign: { from: ['unit_review'], to: 'submitted', roles: ['unit_head'], scope: 'own_unit', label: '签署报送' },
  receive_parent: { from: ['submitted'], to: 'parent_review', roles: ['parent_reviewer'], scope: 'parent_unit', label: '签收（主管部门审核）' },
  receive_central: { from: ['submitted'], to: 'central_review', roles: ['district_reviewer'], scope: 'region', label: '签收（集中审核）' },
  parent_approve: {
    from: ['parent_review'],
    to: 'central_review',
    roles: ['parent_reviewer'],
    scope: 'parent_unit',
    label: '审核通过，报区政务服务管理办',
    decision: { stage: 'parent_review', decision: 'approve' },
  },
  parent_return: {
    from: ['parent_review'],
    to: 'superseded',
    roles: ['parent_reviewer'],
    scope: 'parent_unit',
    label: '退回修改',
    decision: { stage: 'parent_review', decision: 'return' },
    reopens: true,
  },
  central_approve: {
    from: ['central_review'],
    to: 'legal_review',
    roles: ['district_reviewer'],
    scope: 'region',
    label: '审核通过，送合法性审查',
    decision: { stage: 'central_review', decision: 'approve' },
  },
  central_return: {
    from: ['central_review'],
    to: 'superseded',
    roles: ['district_reviewer'],
    scope: 'region',
    label: '退回修改',
    decision: { stage: 'central_review', decision: 'return' },
    reopens: true,
  },
  legal_pass: { from: ['legal_review'], to: 'approved', roles: ['legal_reviewer'], scope: 'region', label: '合法性审查通过', decision: { stage: 'legal_review', decision: 'approve' } },
  legal_return: {
    from: ['legal_review'],
    to: 'superseded',
    roles: ['legal_reviewer'],
    scope: 'region',
    label: '退回修改',
    decision: { stage: 'legal_review', decision: 'return' },
    reopens: true,
  },
  publish: { from: ['approved'], to: 'published', roles: ['publisher'], scope: 'region', label: '发布' },
  supersede: { from: ['published'], to: 'superseded', roles: [], scope: 'system', label: '被新版本替代' },
} as const satisfies Record<string, Transition>;

export type VersionAction = keyof typeof TABLE;
export const TRANSITIONS: Record<VersionAction, Transition> = TABLE;
export const VERSION_ACTIONS = Object.keys(TRANSITIONS) as VersionAction[];

export function isVersionState(value: string): value is VersionState {
  return (VERSION_STATES as readonly string[]).includes(value);
}

/** The actions that may start from `state` (whoever takes them). */
export function actionsFrom(state: VersionState): VersionAction[] {
  return VERSION_ACTIONS.filter((a) => (TRANSITIONS[a].from as readonly VersionState[]).includes(state));
}

/** Applies `action` to a version in `state`, or refuses with `invalid_transition` and the reason in Chinese. */
export function nextState(state: string, action: VersionAction): VersionState {
  const t = TRANSITIONS[action];
  if (!isVersionState(state)) throw new AppError('invalid_transition', `未知状态：${state}`);
  if (!t.from.includes(state)) {
    const allowed = actionsFrom(state).map((a) => `“${TRANSITIONS[a].label}”`);
    throw new AppError(
      'invalid_transition',
      `该版本处于“${STATE_LABELS[state]}”状态，不能执行“${t.label}”${allowed.length ? `；此状态下可执行：${allowed.join('、')}` : '；此状态下不能再流转'}`,
      undefined,
      { state, action },
    );
  }
  return t.to;
}

/** Nobody reviews their own work: an author of a version may neither sign it nor decide on it. */
export function assertNotAuthor(authorIds: readonly string[], userId: string, action: VersionAction, itemName: string): void {
  if (authorIds.includes(userId)) {
    throw new AppError('forbidden', `不能${TRANSITIONS[action].label.replace(/，.*$/, '')}自己编写的事项“${itemName}”：编写人不得审核或签署本人编写的版本`);
  }
}
