import { Card, Empty } from 'antd';

/** 消息通知 (placeholder until its module lands). */
export function NotificationsPage() {
  return (
    <Card title="消息通知">
      <Empty description="建设中" />
    </Card>
  );
}
