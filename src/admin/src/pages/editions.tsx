import { Card, Empty } from 'antd';

/** 目录发布 (placeholder until its module lands). */
export function EditionsPage() {
  return (
    <Card title="目录发布">
      <Empty description="建设中" />
    </Card>
  );
}
