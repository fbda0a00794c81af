import { Card, Empty } from 'antd';

/** 纠错处理 (placeholder until its module lands). */
export function ErrorReportsPage() {
  return (
    <Card title="纠错处理">
      <Empty description="建设中" />
    </Card>
  );
}
