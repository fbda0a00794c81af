/** Shapes of the campaigns API as the back office reads them, with the labels and colours of the states. */

export type CampaignAction = 'update' | 'close' | 'dashboard';

export interface Campaign {
  id: string;
  regionCode: string;
  name: string;
  docNumber: string | null;
  unitIds: string[];
  unitCount: number;
  submissionDeadline: string;
  reviewStartsOn: string | null;
  reviewEndsOn: string | null;
  publicationTarget: string | null;
  isClosed: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  daysLeft: number;
  actions: CampaignAction[];
}

export type UnitState = 'not_started' | 'drafting' | 'consultation' | 'unit_review' | 'submitted' | 'returned' | 'approved';
export type ItemStage = 'draft' | 'returned' | 'consultation' | 'unit_review' | 'submitted' | 'approved';
export type QueueKey = 'submitted' | 'parent_review' | 'central_review' | 'legal_review' | 'approved';

export interface CategoryCounts {
  on_application: number;
  proactive: number;
  uncategorized: number;
}

export interface DashboardUnit {
  unitId: string;
  fullName: string;
  shortName: string;
  kind: string;
  kindLabel: string;
  subUnitCount: number;
  state: UnitState;
  itemCount: number;
  byCategory: CategoryCounts;
  byStage: Record<ItemStage, number>;
  submissionCount: number;
  latestSubmissionAt: string | null;
  isOverdue: boolean;
}

export interface Dashboard {
  campaign: Campaign;
  today: string;
  deadline: { date: string; isPast: boolean; daysLeft: number; workingDaysLeft: number; daysOverdue: number; workingDaysOverdue: number };
  units: DashboardUnit[];
  totals: {
    units: number;
    unitsByState: Record<UnitState, number>;
    submittedUnits: number;
    overdueUnits: number;
    items: number;
    byCategory: CategoryCounts;
    byStage: Record<ItemStage, number>;
  };
  queues: { queue: QueueKey; label: string; count: number; oldestSince: string | null; oldestWorkingDays: number | null }[];
}

/** The unit states from the furthest along to the not yet started (the order of the progress bar). */
export const UNIT_STATE_ORDER: UnitState[] = ['approved', 'submitted', 'unit_review', 'consultation', 'drafting', 'returned', 'not_started'];

export const UNIT_STATE: Record<UnitState, { label: string; tag: string; bar: string; hint: string }> = {
  approved: { label: '审核通过', tag: 'green', bar: '#52c41a', hint: '全部事项已审核通过或已发布' },
  submitted: { label: '审核中', tag: 'gold', bar: '#faad14', hint: '全部事项已签署报送，正在审核（或已通过）' },
  unit_review: { label: '单位审核', tag: 'purple', bar: '#9254de', hint: '班子会议审核中，尚未签署报送' },
  consultation: { label: '征求意见', tag: 'cyan', bar: '#13c2c2', hint: '正在征求各方意见' },
  drafting: { label: '编制中', tag: 'blue', bar: '#4096ff', hint: '有事项仍是草稿' },
  returned: { label: '退回修改', tag: 'volcano', bar: '#ff7a45', hint: '有事项被审核退回，尚未重新报送' },
  not_started: { label: '未开始', tag: 'default', bar: '#d9d9d9', hint: '尚未录入任何事项' },
};

/** Item counts by stage: the unit table's columns and the item bar, with the colours of the unit states. */
export const STAGE_COLUMNS: { stage: ItemStage; label: string; color: string }[] = [
  { stage: 'draft', label: '草稿', color: UNIT_STATE.drafting.bar },
  { stage: 'consultation', label: '征求意见', color: UNIT_STATE.consultation.bar },
  { stage: 'unit_review', label: '单位审核', color: UNIT_STATE.unit_review.bar },
  { stage: 'submitted', label: '审核中', color: UNIT_STATE.submitted.bar },
  { stage: 'returned', label: '退回', color: UNIT_STATE.returned.bar },
  { stage: 'approved', label: '已通过', color: UNIT_STATE.approved.bar },
];

/** Reviewers are reminded of queues older than this many working days (issue 3). */
export const QUEUE_REMINDER_WORKING_DAYS = 3;
