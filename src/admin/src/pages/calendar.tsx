import { Card, Empty } from 'antd';

/** 工作日历 (placeholder until its module lands). */
export function CalendarPage() {
  return (
    <Card title="工作日历">
      <Empty description="建设中" />
    </Card>
  );
}
