import { CheckCircleOutlined, FieldTimeOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from '../use-query.ts';

interface TodoEntry {
  key: string;
  label: string;
  count: number;
  link: string;
  tone: 'normal' | 'warning' | 'danger';
  hint?: string;
}

interface Todo {
  entries: TodoEntry[];
  deadline: { campaignName: string; date: string; workingDaysLeft: number; isOverdue: boolean } | null;
}

const TONE: Record<TodoEntry['tone'], string> = { normal: '#1a56a8', warning: '#d46b08', danger: '#cf1322' };

function Deadline({ d }: { d: NonNullable<Todo['deadline']> }) {
  const text = d.isOverdue ? `已逾期，请尽快报送` : d.workingDaysLeft === 0 ? '今天截止' : `还有 ${d.workingDaysLeft} 个工作日`;
  return (
    <Alert
      type={d.isOverdue || d.workingDaysLeft <= 3 ? 'warning' : 'info'}
      showIcon
      icon={<FieldTimeOutlined />}
      style={{ marginBottom: 16 }}
      data-testid="todo-deadline"
      title={`${d.campaignName}：报送截止 ${d.date}（${text}）`}
    />
  );
}

/** 待办事项: what waits for the signed-in user, by role, each linking to where it is done. */
export function TodoCard() {
  const { data, loading, problem, load } = useQuery<Todo>('/me/todo', {});
  return (
    <Card
      title="待办事项"
      data-testid="todo-card"
      extra={
        <Button size="small" icon={<ReloadOutlined />} loading={loading} onClick={() => void load()}>
          刷新
        </Button>
      }
    >
      {problem && <Alert type="error" showIcon title={`无法加载待办事项：${problem}`} />}
      {!data && !problem && <Skeleton active paragraph={{ rows: 2 }} />}
      {data?.deadline && <Deadline d={data.deadline} />}
      {data && data.entries.length === 0 && <Empty image={<CheckCircleOutlined style={{ fontSize: 40, color: '#52c41a' }} />} description="暂无待办事项" />}
      {data && data.entries.length > 0 && (
        <Row gutter={[12, 12]}>
          {data.entries.map((e) => (
            <Col key={e.key} xs={24} sm={12} xl={8}>
              <Link to={e.link} data-testid={`todo-${e.key}`}>
                <Card size="small" hoverable>
                  <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
                    <Badge count={e.count} overflowCount={999} color={TONE[e.tone]} showZero />
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Typography.Text strong>{e.label}</Typography.Text>
                      {e.hint && (
                        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }} ellipsis>
                          {e.hint}
                        </Typography.Paragraph>
                      )}
                    </div>
                    <RightOutlined style={{ color: '#8c8c8c' }} />
                  </div>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
