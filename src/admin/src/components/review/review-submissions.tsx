import { AuditOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api.ts';
import { errorText, formatDateTime } from '../../util.ts';
import { ChangeKindTag, FindingBadges, WaitingTag } from './review-cells.tsx';
import type { QueueItem, SubmissionToReceive } from './review-types.ts';

/**
 * 待签收: the submissions routed to the caller, each expandable to its items; 签收 takes all of a
 * submission's items into review at once (after a confirmation).
 */
export function ReviewSubmissions(props: { submissions: SubmissionToReceive[]; items: QueueItem[]; loading: boolean; onOpenItem: (itemId: string) => void; onReceived: () => void }) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);

  function confirmReceive(s: SubmissionToReceive) {
    modal.confirm({
      title: `签收${s.unitShortName}的送审稿？`,
      icon: <InboxOutlined style={{ color: '#1a56a8' }} />,
      content: (
        <div>
          <p style={{ margin: '4px 0' }}>
            {s.unitName}第{s.number}次报送，共 <b>{s.itemCount}</b> 个事项，由{s.signedByName}于{formatDateTime(s.signedAt).slice(0, 16)}签署。
          </p>
          <p style={{ margin: '4px 0' }}>签收后这些事项进入您的审核队列，逐项审核；签收记录不可撤销。</p>
        </div>
      ),
      okText: '确认签收',
      cancelText: '取消',
      onOk: async () => {
        setBusy(s.id);
        try {
          const r = await api.post<{ received: number }>(`/submissions/${s.id}/receive`);
          message.success(`已签收${s.unitShortName}第${s.number}次报送的${r.received}个事项`);
          props.onReceived();
        } catch (error) {
          message.error(errorText(error));
          props.onReceived();
        } finally {
          setBusy(null);
        }
      },
    });
  }

  return (
    <Table<SubmissionToReceive>
      data-testid="review-submissions"
      rowKey="id"
      size="middle"
      loading={props.loading}
      dataSource={props.submissions}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待签收的送审稿" style={{ padding: '24px 0' }} /> }}
      expandable={{
        expandRowByClick: false,
        expandedRowRender: (s) => (
          <Table<QueueItem>
            size="small"
            rowKey="itemId"
            pagination={false}
            dataSource={props.items.filter((i) => i.submissionId === s.id)}
            onRow={(row) => ({ onClick: () => props.onOpenItem(row.itemId), style: { cursor: 'pointer' } })}
            columns={[
              { title: '事项编码', dataIndex: 'code', width: 160, render: (c: string) => <span className="qd-mono qd-code">{c}</span> },
              { title: '事项名称', dataIndex: 'name', render: (n: string) => <Typography.Link>{n}</Typography.Link> },
              { title: '类型', dataIndex: 'changeKind', width: 80, render: (k: string) => <ChangeKindTag kind={k} /> },
              { title: '版本', dataIndex: 'versionNumber', width: 80, render: (n: number) => `第${n}版` },
              { title: '问题', width: 180, render: (_v, r) => <FindingBadges errors={r.errorCount} incomplete={r.incompleteCount} warnings={r.warningCount} /> },
            ]}
          />
        ),
      }}
      columns={[
        {
          title: '报送单位',
          dataIndex: 'unitShortName',
          render: (n: string, s) => (
            <div>
              <Typography.Text strong>{n}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.unitName}
                </Typography.Text>
              </div>
            </div>
          ),
        },
        { title: '送审稿', dataIndex: 'number', width: 110, render: (n: number) => `第${n}次报送` },
        {
          title: '事项',
          width: 220,
          render: (_v, s) => (
            <Space size={4} wrap>
              <Typography.Text strong>{s.itemCount}项</Typography.Text>
              {s.newCount > 0 && <Tag color="blue">新增 {s.newCount}</Tag>}
              {s.changeCount > 0 && <Tag color="orange">调整 {s.changeCount}</Tag>}
              {s.cancelCount > 0 && <Tag color="red">取消 {s.cancelCount}</Tag>}
            </Space>
          ),
        },
        {
          title: '签署',
          width: 190,
          render: (_v, s) => (
            <div className="qd-datetime">
              <div>{s.signedByName}</div>
              <div className="qd-datetime-time">{formatDateTime(s.signedAt).slice(0, 16)}</div>
            </div>
          ),
        },
        { title: '已等待', dataIndex: 'waitingDays', width: 120, render: (d: number, s) => <WaitingTag days={d} since={formatDateTime(s.signedAt).slice(0, 16)} /> },
        {
          title: '操作',
          key: 'op',
          width: 100,
          fixed: 'right',
          render: (_v, s) => (
            <Button type="primary" size="small" icon={<AuditOutlined />} loading={busy === s.id} onClick={() => confirmReceive(s)} data-testid="receive-submission">
              签收
            </Button>
          ),
        },
      ]}
    />
  );
}
