import { Card, Empty } from 'antd';

/** 征求意见与报送 (placeholder until its module lands). */
export function SubmissionPage() {
  return (
    <Card title="征求意见与报送">
      <Empty description="建设中" />
    </Card>
  );
}
