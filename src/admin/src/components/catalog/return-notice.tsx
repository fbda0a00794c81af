import { Alert, Typography } from 'antd';
import type { ReturnNotice as Notice } from '../../types.ts';
import { formatDateTime } from '../../util.ts';
import { fieldLabel } from './item-history.tsx';
import { STATE_LABELS } from './labels.ts';

/** 退回意见: what the reviewer asked to change, shown above a draft that came from a return. */
export function ReturnNotice({ notice }: { notice: Notice }) {
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="return-notice"
      style={{ marginBottom: 16 }}
      title={`第${notice.versionNumber}版在“${STATE_LABELS[notice.stage] ?? notice.stage}”中被退回修改，请按意见修改后重新征求意见、报送`}
      description={
        <div>
          {notice.comment && <div>退回意见：{notice.comment}</div>}
          {notice.fieldComments.length > 0 && (
            <ul className="qd-field-comments">
              {notice.fieldComments.map((c) => (
                <li key={c.path}>
                  <Typography.Text strong>{fieldLabel(c.path)}：</Typography.Text>
                  {c.comment}
                </li>
              ))}
            </ul>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {notice.decidedByName} · {formatDateTime(notice.decidedAt)}
          </Typography.Text>
        </div>
      }
    />
  );
}
