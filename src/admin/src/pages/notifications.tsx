import { BellOutlined, CheckOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../api.ts';
import { useGuardedNavigate } from '../components/nav-guard.tsx';
import { useQuery } from '../use-query.ts';
import { errorText, formatDateTime } from '../util.ts';

interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

interface NotificationPage {
  items: Notification[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

/** The header's bell listens for this to refresh its count at once. */
export const NOTIFICATIONS_CHANGED = 'qd:notifications-changed';

const KINDS: Record<string, { label: string; color: string }> = {
  'campaign.before_deadline': { label: '报送提醒', color: 'gold' },
  'campaign.deadline': { label: '截止提醒', color: 'volcano' },
  'review.overdue': { label: '审核督办', color: 'red' },
  'error_report.filed': { label: '新的纠错', color: 'cyan' },
  'error_report.flagged': { label: '举报待审核', color: 'magenta' },
};

function kindTag(kind: string) {
  const known = KINDS[kind];
  if (known) return <Tag color={known.color}>{known.label}</Tag>;
  if (kind.startsWith('review')) return <Tag color="blue">审核</Tag>;
  if (kind.startsWith('campaign')) return <Tag color="gold">梳理工作</Tag>;
  if (kind.startsWith('publication') || kind.startsWith('edition')) return <Tag color="green">目录发布</Tag>;
  if (kind.startsWith('error_report')) return <Tag color="cyan">纠错</Tag>;
  return <Tag>通知</Tag>;
}

/** 消息通知: the signed-in user's reminders, escalations, review results and the public's error reports; unread ones stand out. */
export function NotificationsPage() {
  const { message } = App.useApp();
  const navigate = useGuardedNavigate();
  const [filter, setFilter] = useState<{ unread?: 'true'; page: number; pageSize: number }>({ page: 1, pageSize: 20 });
  const params = useMemo(() => filter, [filter]);
  const { data, loading, problem, load } = useQuery<NotificationPage>('/notifications', params);
  const [busy, setBusy] = useState(false);

  async function changed() {
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    await load();
  }

  async function markRead(n: Notification) {
    if (n.readAt) return;
    try {
      await api.post(`/notifications/${n.id}/read`);
      await changed();
    } catch (error) {
      message.error(errorText(error));
    }
  }

  async function markAll() {
    setBusy(true);
    try {
      const { count } = await api.post<{ count: number }>('/notifications/read-all');
      message.success(count > 0 ? `已将${count}条消息标为已读` : '没有未读消息');
      await changed();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  async function open(n: Notification) {
    await markRead(n);
    if (n.link) await navigate(n.link);
  }

  const unread = data?.unread ?? 0;
  return (
    <Card
      title={
        <Space>
          <BellOutlined />
          我的消息
          {unread > 0 && <Badge count={unread} overflowCount={999} />}
        </Space>
      }
      extra={
        <Space wrap>
          <Segmented
            aria-label="筛选"
            value={filter.unread ? 'unread' : 'all'}
            onChange={(v) => setFilter((f) => ({ pageSize: f.pageSize, page: 1, unread: v === 'unread' ? 'true' : undefined }))}
            options={[
              { value: 'all', label: '全部' },
              { value: 'unread', label: `未读${unread ? `（${unread}）` : ''}` },
            ]}
          />
          <Button icon={<CheckOutlined />} onClick={() => void markAll()} loading={busy} disabled={unread === 0}>
            全部标为已读
          </Button>
        </Space>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <List<Notification>
        loading={loading && !data}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description={filter.unread ? '没有未读消息' : '暂无消息：报送提醒、审核督办、审核结果和公众纠错会显示在这里'} /> }}
        pagination={
          data && data.total > filter.pageSize
            ? {
                current: filter.page,
                pageSize: filter.pageSize,
                total: data.total,
                showTotal: (total) => `共 ${total} 条`,
                onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
              }
            : false
        }
        renderItem={(n) => {
          const isUnread = !n.readAt;
          return (
            <List.Item
              data-testid="notification"
              data-unread={isUnread}
              style={{
                background: isUnread ? '#f0f6ff' : undefined,
                borderLeft: `3px solid ${isUnread ? '#1a56a8' : 'transparent'}`,
                paddingLeft: 16,
                paddingRight: 16,
              }}
              actions={[
                ...(n.link
                  ? [
                      <Button key="open" type="link" onClick={() => void open(n)}>
                        前往处理 <RightOutlined />
                      </Button>,
                    ]
                  : []),
                ...(isUnread
                  ? [
                      <Button key="read" type="link" onClick={() => void markRead(n)}>
                        标为已读
                      </Button>,
                    ]
                  : []),
              ]}
            >
              <List.Item.Meta
                title={
                  <Space size={8} wrap>
                    {isUnread && <Badge status="processing" aria-label="未读" />}
                    {kindTag(n.kind)}
                    <Typography.Text strong={isUnread} style={{ fontSize: 15 }}>
                      {n.title}
                    </Typography.Text>
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph style={{ margin: '4px 0', color: isUnread ? 'rgba(0,0,0,0.85)' : undefined }} type={isUnread ? undefined : 'secondary'}>
                      {n.body}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                      {n.readAt ? ` · 已读于 ${formatDateTime(n.readAt)}` : ' · 未读'}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
