import { Card, Empty } from 'antd';

/** 审核工作台 (placeholder until its module lands). */
export function ReviewPage() {
  return (
    <Card title="审核工作台">
      <Empty description="建设中" />
    </Card>
  );
}
