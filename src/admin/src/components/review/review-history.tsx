import { CheckCircleFilled, CloseCircleFilled, MessageOutlined } from '@ant-design/icons';
import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../util.ts';
import { fieldLabel } from '../catalog/item-history.tsx';
import { DECISION_STAGE_LABELS, OPINION_ANSWERS, type OpinionEntry, type ReviewDecisionEntry } from './review-types.ts';

/** 审核记录: every decision on every version of the item, newest first, with per-field comments. */
export function ReviewDecisions({ decisions, currentVersion }: { decisions: ReviewDecisionEntry[]; currentVersion: number }) {
  if (decisions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无审核记录" />;
  return (
    <Timeline
      data-testid="review-decisions"
      items={decisions.map((d) => ({
        key: d.id,
        color: d.decision === 'approve' ? 'green' : 'red',
        icon: d.decision === 'approve' ? <CheckCircleFilled /> : <CloseCircleFilled />,
        content: (
          <div>
            <Space size={8} wrap>
              <Tag color={d.decision === 'approve' ? 'success' : 'error'}>
                {DECISION_STAGE_LABELS[d.stage] ?? d.stage}·{d.decision === 'approve' ? '通过' : '退回修改'}
              </Tag>
              <Typography.Text strong>{d.decidedByName}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {formatDateTime(d.decidedAt)}
              </Typography.Text>
              <Tag variant="outlined" color={d.versionNumber === currentVersion ? 'blue' : 'default'}>
                第{d.versionNumber}版{d.versionNumber === currentVersion ? '（当前）' : ''}
              </Tag>
            </Space>
            {d.comment && <div className="qd-review-comment">{d.comment}</div>}
            {d.fieldComments.length > 0 && (
              <ul className="qd-field-comments">
                {d.fieldComments.map((c) => (
                  <li key={c.path}>
                    <Typography.Text strong>{fieldLabel(c.path)}：</Typography.Text>
                    {c.comment}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** 征求意见: the opinions collected on this version and the unit's answer to each. */
export function ReviewOpinions({ opinions }: { opinions: OpinionEntry[] }) {
  if (opinions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本版本未收到征求意见" />;
  return (
    <div data-testid="review-opinions">
      {opinions.map((o) => {
        const answer = o.answer ? OPINION_ANSWERS[o.answer] : null;
        return (
          <div key={o.id} className="qd-review-opinion">
            <Space size={8} wrap>
              <MessageOutlined style={{ color: '#1a56a8' }} />
              <Typography.Text strong>{o.authorUnitName ? `${o.authorUnitName} ${o.authorName}` : o.authorName}</Typography.Text>
              {o.fieldPath && <Tag>{fieldLabel(o.fieldPath)}</Tag>}
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {formatDateTime(o.createdAt)}
              </Typography.Text>
            </Space>
            <div className="qd-review-comment">{o.body}</div>
            <div className="qd-review-answer">
              {answer ? (
                <>
                  <Tag color={answer.color}>{answer.label}</Tag>
                  {o.answerReason}
                </>
              ) : (
                <Typography.Text type="warning">尚未答复</Typography.Text>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
