import { ClockCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { useMe } from '../auth.tsx';
import { TodoCard } from '../components/todo-card.tsx';
import { canSee, MENU } from '../menu.ts';

function greeting(hour: number): string {
  if (hour < 6) return '夜深了';
  if (hour < 12) return '上午好';
  if (hour < 14) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

/** 工作台: who is signed in, for which unit and roles, and where to go next. */
export function HomePage() {
  const me = useMe();
  const links = MENU.filter((entry) => entry.path !== '/' && canSee(entry, me.user.roles));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card data-testid="welcome-card">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {greeting(dayjs().hour())}，{me.user.displayName}
        </Typography.Title>
        <Typography.Paragraph type="secondary">今天是 {dayjs().format('YYYY年M月D日 dddd')}。欢迎使用武陵源区公共服务事项清单管理平台。</Typography.Paragraph>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="所属单位">{me.user.unitName}</Descriptions.Item>
          <Descriptions.Item label="用户名">{me.user.username}</Descriptions.Item>
          <Descriptions.Item label="角色">
            <Space size={[4, 4]} wrap>
              {me.user.roleLabels.map((label) => (
                <Tag key={label} color="blue">
                  {label}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="动态口令">{me.user.totpEnabled ? <Tag color="green">已绑定</Tag> : <Tag>未绑定</Tag>}</Descriptions.Item>
        </Descriptions>
      </Card>
      <TodoCard />
      <Row gutter={[16, 16]}>
        {links.map((entry) => (
          <Col key={entry.key} xs={24} sm={12} xl={6}>
            <Link to={entry.path}>
              <Card hoverable style={{ height: '100%' }}>
                <Space align="start" size={14}>
                  <span style={{ fontSize: 26, color: '#1a56a8' }}>
                    <entry.icon />
                  </span>
                  <div>
                    <Typography.Text strong style={{ fontSize: 16 }}>
                      {entry.label}
                    </Typography.Text>
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      {entry.description}
                    </Typography.Paragraph>
                  </div>
                </Space>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Alert
        type="info"
        showIcon
        icon={<SafetyCertificateOutlined />}
        title="安全提示"
        description={
          <span>
            <ClockCircleOutlined /> 连续 {me.idleTimeoutMinutes} 分钟无操作将自动退出登录；请勿将账户、密码和动态口令交给他人使用，离开座位时请退出登录。
          </span>
        }
      />
    </Space>
  );
}
