import { ClockCircleOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import { CHANGE_KIND_COLORS, CHANGE_KIND_LABELS, OVERDUE_DAYS } from './review-types.ts';

/** 已等待: working days in the current stage; red once past the reminder's threshold. */
export function WaitingTag({ days, since }: { days: number; since?: string }) {
  const overdue = days > OVERDUE_DAYS;
  const tag = (
    <Tag color={overdue ? 'error' : days >= OVERDUE_DAYS ? 'warning' : 'default'} icon={overdue ? <ClockCircleOutlined /> : undefined} data-overdue={overdue || undefined}>
      {days === 0 ? '今日' : `${days}个工作日`}
    </Tag>
  );
  return since ? <Tooltip title={`${overdue ? `已超过${OVERDUE_DAYS}个工作日；` : ''}自 ${since} 起`}>{tag}</Tooltip> : tag;
}

export function ChangeKindTag({ kind }: { kind: string }) {
  return <Tag color={CHANGE_KIND_COLORS[kind] ?? 'default'}>{CHANGE_KIND_LABELS[kind] ?? kind}</Tag>;
}

/** 问题: the cached counters of the version's rule findings. */
export function FindingBadges({ errors, incomplete, warnings }: { errors: number; incomplete: number; warnings: number }) {
  if (errors + incomplete + warnings === 0) {
    return (
      <Tag color="success" variant="filled">
        无问题
      </Tag>
    );
  }
  return (
    <Space size={4} wrap>
      {errors > 0 && <span className="qd-count qd-count-error">错误 {errors}</span>}
      {incomplete > 0 && <span className="qd-count qd-count-incomplete">待补充 {incomplete}</span>}
      {warnings > 0 && <span className="qd-count qd-count-warning">提示 {warnings}</span>}
    </Space>
  );
}
