import { LogoutOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useAuth } from '../auth.tsx';
import { Logo } from './logo.tsx';

/** Who is signed in, on two lines: a unit's full name is long. */
export function Who({ name, username, unit }: { name: string; username: string; unit: string }) {
  return (
    <>
      <span style={{ display: 'block' }}>
        {name}（{username}）
      </span>
      <span style={{ display: 'block', fontSize: 12 }}>{unit}</span>
    </>
  );
}

/** The blue full-page frame of the steps that come before the back office: second factor, new password. */
export function AuthShell({ title, subtitle, children, width = 560 }: { title: string; subtitle?: ReactNode; children: ReactNode; width?: number }) {
  const { me, logout } = useAuth();
  return (
    <div className="qd-auth-bg">
      <main className="qd-auth-main">
        <Card style={{ width, maxWidth: '100%', boxShadow: '0 18px 48px rgba(4, 22, 52, 0.35)' }} styles={{ body: { padding: '32px 36px' } }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 14, marginBottom: 24 }}>
            <Logo size={44} />
            <div style={{ flex: 1 }}>
              <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
                {title}
              </Typography.Title>
              {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
            </div>
            {me && (
              <Button type="text" icon={<LogoutOutlined />} onClick={() => void logout()}>
                退出登录
              </Button>
            )}
          </div>
          {children}
        </Card>
      </main>
      <footer className="qd-auth-footer">张家界市武陵源区人民政府 · 等保二级</footer>
    </div>
  );
}
