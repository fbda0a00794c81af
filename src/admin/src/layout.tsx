import { BellOutlined, LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Badge, Button, Grid, Layout, Menu, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useAuth, useMe } from './auth.tsx';
import { Logo } from './components/logo.tsx';
import { NavGuardProvider, useGuardedNavigate, useNavGuard } from './components/nav-guard.tsx';
import { canSee, entryFor, MENU } from './menu.ts';
import { NOTIFICATIONS_CHANGED } from './pages/notifications.tsx';

const { Header, Sider, Content, Footer } = Layout;

/**
 * 消息通知 bell: the unread count, polled every minute. A plain fetch, not `api`: a background poll
 * is not the user's activity (the server does not count it either), so an idle session still ends.
 */
function NotificationBell() {
  const [count, setCount] = useState(0);
  const navigate = useGuardedNavigate();
  const { pathname } = useLocation();
  useEffect(() => {
    let alive = true;
    const poll = async () => {
      try {
        const res = await fetch('/api/v1/notifications/unread-count', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
        if (res.ok && alive) setCount(((await res.json()) as { count: number }).count);
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), 60_000);
    const onChange = () => void poll();
    window.addEventListener(NOTIFICATIONS_CHANGED, onChange);
    return () => {
      alive = false;
      clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, onChange);
    };
  }, [pathname]);
  return (
    <Tooltip title={count > 0 ? `${count}条未读消息` : '消息通知'}>
      <Badge count={count} size="small" overflowCount={99} offset={[-4, 4]}>
        <Button
          type="text"
          shape="circle"
          data-testid="notification-bell"
          aria-label={count > 0 ? `消息通知，${count}条未读` : '消息通知'}
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          onClick={() => void navigate('/notifications')}
        />
      </Badge>
    </Tooltip>
  );
}

function UserMenu() {
  const me = useMe();
  const { logout } = useAuth();
  const screens = Grid.useBreakpoint();
  const [leaving, setLeaving] = useState(false);
  const navigate = useGuardedNavigate();
  const { confirmLeave } = useNavGuard();
  return (
    <div data-testid="user-menu" style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
      <NotificationBell />
      <Tooltip title="个人中心">
        <Space style={{ cursor: 'pointer' }} onClick={() => void navigate('/profile')}>
          <Avatar style={{ background: '#1a56a8' }} icon={<UserOutlined />} />
          <div style={{ lineHeight: 1.3, display: screens.sm ? 'block' : 'none' }}>
            <div style={{ fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="user-name">
              {me.user.displayName}
            </div>
            {screens.md && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {me.user.unitName}
              </Typography.Text>
            )}
          </div>
        </Space>
      </Tooltip>
      {screens.lg && (
        <Space size={4} wrap={false}>
          {me.user.roleLabels.map((label) => (
            <Tag key={label} color="blue" variant="filled">
              {label}
            </Tag>
          ))}
        </Space>
      )}
      <Button
        icon={<LogoutOutlined />}
        aria-label="退出登录"
        loading={leaving}
        onClick={async () => {
          if (!(await confirmLeave())) return;
          setLeaving(true);
          await logout();
        }}
      >
        {screens.sm ? '退出登录' : null}
      </Button>
    </div>
  );
}

/** The frame of every signed-in page: side menu from the menu.ts registry, header, footer. */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <NavGuardProvider>
      <Frame>{children}</Frame>
    </NavGuardProvider>
  );
}

function Frame({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useGuardedNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const screens = Grid.useBreakpoint();
  const current = entryFor(location.pathname);
  const items = MENU.filter((entry) => canSee(entry, me.user.roles)).map((entry) => ({
    key: entry.key,
    icon: <entry.icon />,
    label: entry.label,
    onClick: () => void navigate(entry.path),
  }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider breakpoint="lg" collapsedWidth={screens.sm ? 80 : 0} collapsible collapsed={collapsed} onCollapse={setCollapsed} trigger={null} width={220}>
        <div className="qd-sider-brand">
          <Logo size={32} />
          {!collapsed && (
            <div style={{ lineHeight: 1.25 }}>
              <div style={{ fontSize: 16, fontWeight: 600, letterSpacing: 1 }}>清单 Qingdan</div>
              <div style={{ fontSize: 12, opacity: 0.7 }}>公共服务事项管理</div>
            </div>
          )}
        </div>
        <Menu theme="dark" mode="inline" selectedKeys={current ? [current.key] : []} items={items} style={{ borderInlineEnd: 0, paddingTop: 8 }} />
      </Sider>
      <Layout>
        <Header className="qd-header">
          <Space size={12}>
            <Button
              type="text"
              aria-label={collapsed ? '展开菜单' : '收起菜单'}
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed(!collapsed)}
            />
            <Typography.Title level={4} style={{ margin: 0, fontWeight: 600, whiteSpace: 'nowrap' }}>
              {current?.label ?? '清单'}
            </Typography.Title>
          </Space>
          <UserMenu />
        </Header>
        <Content className="qd-content">{children}</Content>
        <Footer style={{ textAlign: 'center', color: '#5c6470', fontSize: 13 }}>
          张家界市武陵源区人民政府 · 清单 Qingdan 公共服务事项清单管理平台 · 等保二级
        </Footer>
      </Layout>
    </Layout>
  );
}
