/** The reviewers' API shapes (src/modules/review/reviewer-schemas.ts) and their Chinese labels. */
import type { Finding, ItemDraft } from '../../../../domain/catalog/item.ts';
import type { FieldChange } from '../../../../domain/catalog/diff.ts';

export type QueueStage = 'submitted' | 'parent_review' | 'central_review' | 'legal_review';
export type ReviewStage = Exclude<QueueStage, 'submitted'>;

export const STAGE_TABS: Record<QueueStage, string> = {
  submitted: '待签收',
  parent_review: '主管部门审核',
  central_review: '集中审核',
  legal_review: '合法性审查',
};

/** What an approval leads to, for the confirmation. */
export const APPROVE_NEXT: Record<ReviewStage, string> = {
  parent_review: '通过后报区政务服务管理办集中审核',
  central_review: '通过后送区政府法制办合法性审查',
  legal_review: '通过后列入待发布事项，由发布员编入目录版本',
};

export const DECISION_STAGE_LABELS: Record<string, string> = {
  parent_review: '主管部门审核',
  central_review: '集中审核',
  legal_review: '合法性审查',
};

export const CHANGE_KIND_LABELS: Record<string, string> = { new: '新增', change: '调整', cancel: '取消' };
export const CHANGE_KIND_COLORS: Record<string, string> = { new: 'blue', change: 'orange', cancel: 'red' };

export const CHANGE_TRIGGER_LABELS: Record<string, string> = {
  law_made: '法律法规新制定',
  law_changed: '法律法规修改',
  law_repealed: '法律法规废止',
  higher_level_change: '上级调整事项',
  functions_changed: '单位职能调整',
  public_feedback: '群众反映',
  other: '其他',
};

export const OPINION_ANSWERS: Record<string, { label: string; color: string }> = {
  adopted: { label: '采纳', color: 'green' },
  partly: { label: '部分采纳', color: 'gold' },
  not_adopted: { label: '不采纳', color: 'default' },
};

/** A queue row is overdue for the reviewer after this many working days (the reminder's threshold). */
export const OVERDUE_DAYS = 3;

export interface QueueItem {
  itemId: string;
  code: string;
  name: string;
  category: string | null;
  unitId: string;
  unitShortName: string;
  unitName: string;
  versionId: string;
  versionNumber: number;
  revision: number;
  state: string;
  changeKind: string;
  submissionId: string | null;
  submissionNumber: number | null;
  since: string;
  waitingDays: number;
  errorCount: number;
  incompleteCount: number;
  warningCount: number;
  hasPublished: boolean;
}

export interface SubmissionToReceive {
  id: string;
  number: number;
  unitId: string;
  unitShortName: string;
  unitName: string;
  signedByName: string;
  signedAt: string;
  itemCount: number;
  newCount: number;
  changeCount: number;
  cancelCount: number;
  waitingDays: number;
}

export interface ReviewQueue {
  stage: QueueStage;
  stages: QueueStage[];
  counts: Partial<Record<QueueStage, number>>;
  unitsInStage: { unitId: string; shortName: string; count: number }[];
  total: number;
  page: number;
  pageSize: number;
  items: QueueItem[];
  submissions: SubmissionToReceive[];
}

export interface ReviewDecisionEntry {
  id: string;
  versionId: string;
  versionNumber: number;
  revision: number;
  stage: string;
  decision: 'approve' | 'return';
  comment: string | null;
  fieldComments: { path: string; comment: string }[];
  decidedByName: string;
  decidedAt: string;
}

export interface OpinionEntry {
  id: string;
  fieldPath: string | null;
  body: string;
  authorName: string;
  authorUnitName: string | null;
  createdAt: string;
  answer: string | null;
  answerReason: string | null;
  answeredAt: string | null;
}

export interface ItemReview {
  item: { id: string; code: string; unitId: string; unitName: string; unitShortName: string; isCancelled: boolean };
  version: {
    id: string;
    number: number;
    state: string;
    revision: number;
    changeKind: string;
    changeReason: string | null;
    changeTrigger: string | null;
    basedOnNumber: number | null;
    updatedAt: string;
    submission: { id: string; number: number; signedByName: string; signedAt: string; receivedAt: string | null } | null;
  };
  draft: ItemDraft;
  findings: Finding[];
  published: { versionId: string; number: number } | null;
  diff: FieldChange[] | null;
  decisions: ReviewDecisionEntry[];
  opinions: OpinionEntry[];
  isAuthor: boolean;
  actions: string[];
}

export interface DecisionResult {
  itemId: string;
  versionNumber: number;
  from: string;
  to: string;
  reopenedVersionNumber: number | null;
}
