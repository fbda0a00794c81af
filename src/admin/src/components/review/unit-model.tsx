/** Shapes and labels of the unit side of the chain (征求意见, 班子会议, 送审稿), and small shared pieces. */
import { CopyOutlined } from '@ant-design/icons';
import { App, Tag, Tooltip, Typography } from 'antd';
import { DRAFT_FIELD_LABELS, GUIDE_FIELD_LABELS } from '../catalog/labels.ts';
import { copyText } from '../../util.ts';

export type ConsultationStatus = 'upcoming' | 'open' | 'ended' | 'closed';
export type OpinionAnswer = 'adopted' | 'partly' | 'not_adopted';
export type MeetingDecision = 'passed' | 'passed_with_changes' | 'not_passed';

export interface BoardItem {
  id: string;
  code: string;
  name: string;
  category: string | null;
  versionId: string;
  versionNumber: number;
  state: string;
  errorCount: number;
  incompleteCount: number;
  warningCount: number;
  completeness: number;
  updatedAt: string;
  consultationId: string | null;
  meetingId: string | null;
}

export interface Board {
  unitId: string;
  unitName: string;
  unitFullName: string;
  firstReviewer: 'parent' | 'district';
  counts: Record<string, number>;
  items: BoardItem[];
  canWork: boolean;
  canSign: boolean;
}

export interface ConsultationRow {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  startsOn: string;
  endsOn: string;
  isPublic: boolean;
  createdAt: string;
  closedAt: string | null;
  status: ConsultationStatus;
  itemCount: number;
  opinionCount: number;
  unansweredCount: number;
}

export interface Opinion {
  id: string;
  itemId: string;
  itemName: string;
  versionNumber: number;
  fieldPath: string | null;
  fieldLabel: string | null;
  body: string;
  authorName: string | null;
  authorUnitName: string | null;
  createdAt: string;
  answer: OpinionAnswer | null;
  answerReason: string | null;
  answeredByName: string | null;
  answeredAt: string | null;
  canAnswer: boolean;
}

export interface ConsultationDetail extends Omit<ConsultationRow, 'itemCount' | 'opinionCount'> {
  unitFullName: string;
  items: { itemId: string; versionId: string; code: string; name: string; versionNumber: number; state: string; isLatest: boolean; inConsultation: boolean }[];
  opinions: Opinion[];
  canComment: boolean;
  canClose: boolean;
}

export interface Meeting {
  id: string;
  unitId: string;
  heldOn: string;
  attendees: string;
  decision: MeetingDecision;
  minutes: string | null;
  minutesFileId: string | null;
  recordedByName: string | null;
  createdAt: string;
  items: { versionId: string; itemId: string; code: string; name: string; versionNumber: number; state: string }[];
  awaitingSignature: number;
}

export interface SubmissionRow {
  id: string;
  unitId: string;
  unitName: string;
  number: number;
  campaignId: string | null;
  campaignName: string | null;
  meetingId: string | null;
  signedByName: string;
  signedAt: string;
  itemCount: number;
  filingSha256: string;
  guidesSha256: string;
  sealedScanFileId: string | null;
  receivedAt: string | null;
}

export const CONSULTATION_STATUS: Record<ConsultationStatus, { label: string; color: string }> = {
  upcoming: { label: '未开始', color: 'default' },
  open: { label: '进行中', color: 'processing' },
  ended: { label: '已到期，待结束', color: 'warning' },
  closed: { label: '已结束', color: 'success' },
};

export const ANSWER_LABELS: Record<OpinionAnswer, { label: string; color: string }> = {
  adopted: { label: '采纳', color: 'green' },
  partly: { label: '部分采纳', color: 'gold' },
  not_adopted: { label: '不采纳', color: 'volcano' },
};

export const DECISION_LABELS: Record<MeetingDecision, { label: string; color: string }> = {
  passed: { label: '审议通过', color: 'green' },
  passed_with_changes: { label: '修改后通过', color: 'cyan' },
  not_passed: { label: '未通过', color: 'red' },
};

/** The fields an opinion may point at: the item's filing fields and each guide element. */
export const FIELD_OPTIONS = [
  ...Object.entries(DRAFT_FIELD_LABELS)
    .filter(([k]) => k !== 'guide' && k !== 'code')
    .map(([value, label]) => ({ value, label })),
  ...Object.entries(GUIDE_FIELD_LABELS).map(([k, label]) => ({ value: `guide.${k}`, label: `服务指南·${label}` })),
];

/** Today in Beijing, YYYY-MM-DD (the dates of the chain are China dates, whatever the PC's zone). */
export function beijingToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export function ConsultationStatusTag({ status }: { status: ConsultationStatus }) {
  const s = CONSULTATION_STATUS[status];
  return <Tag color={s.color}>{s.label}</Tag>;
}

/** A SHA-256, shortened, with the whole value in a tooltip and a copy button. */
export function ShaText({ value, label }: { value: string; label: string }) {
  const { message } = App.useApp();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tooltip title={`${label} SHA-256：${value}`}>
        <Typography.Text code className="qd-mono" style={{ fontSize: 12 }}>
          {value.slice(0, 12)}…
        </Typography.Text>
      </Tooltip>
      <Tooltip title="复制完整哈希值">
        <a
          aria-label={`复制${label}哈希值`}
          onClick={async () => {
            if (await copyText(value)) message.success(`已复制${label}的 SHA-256`);
            else message.error('复制失败，请手动选择复制');
          }}
          style={{ marginLeft: 4 }}
        >
          <CopyOutlined />
        </a>
      </Tooltip>
    </span>
  );
}
