import { Card, Empty } from 'antd';

/** 梳理工作 (placeholder until its module lands). */
export function CampaignsPage() {
  return (
    <Card title="梳理工作">
      <Empty description="建设中" />
    </Card>
  );
}
