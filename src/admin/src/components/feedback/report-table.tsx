import { Button, Empty, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { formatDateTime } from '../../util.ts';
import { daysSince, STATUS_COLORS, type ErrorReport, type InboxTab } from './model.ts';

const EMPTY: Record<InboxTab, string> = {
  open: '没有待答复的纠错：公众在事项页面提交的纠错会出现在这里',
  answered: '还没有已答复的纠错',
  flagged: '没有被举报待处理的内容',
  all: '暂无纠错',
};

export function StatusTag({ report }: { report: Pick<ErrorReport, 'publicStatus' | 'publicStatusLabel'> }) {
  return <Tag color={STATUS_COLORS[report.publicStatus]}>{report.publicStatusLabel}</Tag>;
}

/** The inbox as a table: newest first (oldest first while waiting for an answer), phones masked. */
export function ReportTable(props: {
  tab: InboxTab;
  items: ErrorReport[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  showUnit: boolean;
  onOpen: (r: ErrorReport) => void;
  onPage: (page: number, pageSize: number) => void;
}) {
  const columns: TableColumnsType<ErrorReport> = [
    {
      title: '纠错编号',
      dataIndex: 'reference',
      width: 168,
      render: (ref: string, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text copyable={{ text: ref, tooltips: ['复制编号', '已复制'] }} style={{ fontFamily: 'monospace' }}>
            {ref}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(r.createdAt).slice(0, 16)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '事项',
      dataIndex: 'itemName',
      render: (name: string, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.itemCode}
            {props.showUnit ? ` · ${r.unitName}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '有误的内容', dataIndex: 'fieldLabel', width: 120, render: (label: string) => <Tag>{label}</Tag> },
    {
      title: '纠错内容',
      dataIndex: 'body',
      render: (body: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: body }} style={{ marginBottom: 0, maxWidth: 420 }}>
          {body}
        </Typography.Paragraph>
      ),
    },
    {
      title: '联系人',
      key: 'contact',
      width: 130,
      render: (_: unknown, r) =>
        r.contactName || r.contactPhone ? (
          <Space orientation="vertical" size={0}>
            <span>{r.contactName ?? '（未留姓名）'}</span>
            {r.contactPhone && (
              <Tooltip title="列表中电话已脱敏；打开详情可查看完整号码（本单位人员，记入审计日志）">
                <Typography.Text type="secondary">{r.contactPhone}</Typography.Text>
              </Tooltip>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">匿名</Typography.Text>
        ),
    },
    {
      title: '状态',
      key: 'status',
      width: 140,
      render: (_: unknown, r) => (
        <Space orientation="vertical" size={2}>
          <StatusTag report={r} />
          {r.status === 'open' && daysSince(r.createdAt) > 0 && (
            <Typography.Text type={daysSince(r.createdAt) >= 5 ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              已等待 {daysSince(r.createdAt)} 天
            </Typography.Text>
          )}
          {r.flagCount > 0 && r.moderation !== 'removed' && (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              被举报 {r.flagCount} 次
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_: unknown, r) => (
        <Button type={r.actions.length > 0 ? 'primary' : 'default'} size="small" onClick={() => props.onOpen(r)} data-testid={`open-${r.reference}`}>
          {r.actions.includes('answer') ? '答复' : r.actions.includes('moderate') ? '处理举报' : '查看'}
        </Button>
      ),
    },
  ];
  return (
    <Table<ErrorReport>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.items}
      loading={props.loading}
      scroll={{ x: 1000 }}
      onRow={(r) => ({ onDoubleClick: () => props.onOpen(r) })}
      locale={{ emptyText: <Empty description={EMPTY[props.tab]} /> }}
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.total,
        showSizeChanger: true,
        showTotal: (total) => `共 ${total} 条`,
        onChange: props.onPage,
        hideOnSinglePage: true,
      }}
      data-testid="error-report-table"
    />
  );
}
