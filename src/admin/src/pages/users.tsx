import { PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api.ts';
import { useAuth, useMe } from '../auth.tsx';
import { OneTimeSecretModal } from '../components/one-time-secret.tsx';
import { UserFormDrawer, type UserFormMode } from '../components/user-form.tsx';
import { roleColor } from '../roles.ts';
import type { Page, Role, RoleCode, Unit, User } from '../types.ts';
import { errorText, formatDateTime } from '../util.ts';
import { useQuery } from '../use-query.ts';

interface Filters {
  unitId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

function StatusTags({ user }: { user: User }) {
  return (
    <Space size={[4, 4]} wrap>
      {user.isDisabled && <Tag color="red">停用</Tag>}
      {user.isLocked && (
        <Tooltip title={user.lockedUntil ? `锁定至 ${formatDateTime(user.lockedUntil)}` : undefined}>
          <Tag color="orange">锁定</Tag>
        </Tooltip>
      )}
      {!user.isDisabled && !user.isLocked && <Tag color="success">正常</Tag>}
      {user.totpEnabled && <Tag color="green">已绑定动态口令</Tag>}
      {user.mustChangePassword && <Tag color="gold">待修改密码</Tag>}
    </Space>
  );
}

/** 用户管理: administrators and security officers see the region; others their own unit, read-only. */
export function UsersPage() {
  const me = useMe();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const isAdmin = hasRole('admin');
  const canUnlock = hasRole('admin', 'security_officer');
  const regionWide = hasRole('admin', 'security_officer');
  const [filters, setFilters] = useState<Filters>({ unitId: regionWide ? undefined : me.user.unitId, page: 1, pageSize: 20 });
  const [keyword, setKeyword] = useState('');
  const [units, setUnits] = useState<Unit[]>([]);
  const [roleNames, setRoleNames] = useState<Partial<Record<RoleCode, string>>>({});
  const [formMode, setFormMode] = useState<UserFormMode | null>(null);
  const [secret, setSecret] = useState<{ value: string; title: string; who: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const { data, loading, problem, load } = useQuery<Page<User>>('/users', filters);

  useEffect(() => {
    api
      .get<{ items: Unit[] }>('/units', { region: me.user.regionCode })
      .then((r) => setUnits(r.items))
      .catch(() => undefined);
    api
      .get<{ items: Role[] }>('/roles')
      .then((r) => setRoleNames(Object.fromEntries(r.items.map((role) => [role.code, role.name]))))
      .catch(() => undefined);
  }, [me.user.regionCode]);

  /** Runs one account operation, then reloads; a 409 means someone else changed the account first. */
  async function act(user: User, run: () => Promise<unknown>, done: string) {
    setBusyId(user.id);
    try {
      await run();
      message.success(done);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusyId(null);
      void load();
    }
  }

  async function resetPassword(user: User) {
    setBusyId(user.id);
    try {
      const r = await api.post<{ temporaryPassword: string }>(`/users/${user.id}/reset-password`);
      setSecret({ value: r.temporaryPassword, title: '临时密码', who: `用户：${user.displayName}（${user.username}）。该用户的现有登录已全部退出。` });
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusyId(null);
      void load();
    }
  }

  const shortNames = useMemo(() => new Map(units.map((u) => [u.id, u.shortName])), [units]);
  const unitOptions = useMemo(() => units.map((u) => ({ value: u.id, label: u.fullName, search: [u.fullName, u.shortName, ...u.aliases].join(' ') })), [units]);

  const columns: TableColumnsType<User> = [
    {
      title: '用户',
      dataIndex: 'username',
      width: 170,
      render: (username: string, user) => (
        <div style={{ lineHeight: 1.4 }}>
          <div style={{ fontWeight: 500 }}>{user.displayName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
            {username}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '所属单位',
      dataIndex: 'unitName',
      ellipsis: { showTitle: false },
      render: (name: string, user) => (
        <Tooltip title={name}>
          <span>{shortNames.get(user.unitId) ?? name}</span>
        </Tooltip>
      ),
    },
    {
      title: '角色',
      dataIndex: 'roles',
      width: 200,
      render: (_v, user) => (
        <Space size={[4, 4]} wrap>
          {user.roles.map((code, i) => (
            <Tag key={code} color={roleColor(code)}>
              {user.roleLabels[i] ?? code}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: '状态', key: 'status', width: 180, render: (_v, user) => <StatusTags user={user} /> },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (v: string | null) => <Tooltip title={formatDateTime(v)}>{v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—'}</Tooltip>,
    },
  ];
  if (canUnlock) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: isAdmin ? 240 : 80,
      fixed: 'right',
      render: (_v, user) => {
        const busy = busyId === user.id;
        const self = user.id === me.user.id;
        return (
          <Space size={0} wrap>
            {isAdmin && (
              <Button type="link" size="small" disabled={busy} onClick={() => setFormMode({ type: 'edit', user })}>
                编辑
              </Button>
            )}
            {isAdmin && !self && (
              <Popconfirm
                title={user.isDisabled ? '启用该用户？' : '停用该用户？'}
                description={user.isDisabled ? `${user.displayName} 将可以重新登录。` : `${user.displayName} 将不能登录，现有登录立即失效。`}
                okText={user.isDisabled ? '启用' : '停用'}
                okButtonProps={{ danger: !user.isDisabled }}
                onConfirm={() => act(user, () => api.patch(`/users/${user.id}`, { version: user.version, isDisabled: !user.isDisabled }), user.isDisabled ? '已启用' : '已停用')}
              >
                <Button type="link" size="small" danger={!user.isDisabled} disabled={busy}>
                  {user.isDisabled ? '启用' : '停用'}
                </Button>
              </Popconfirm>
            )}
            {canUnlock && user.isLocked && (
              <Popconfirm title="解锁该账户？" description="将清除连续登录失败次数。" okText="解锁" onConfirm={() => act(user, () => api.post(`/users/${user.id}/unlock`), '已解锁')}>
                <Button type="link" size="small" disabled={busy}>
                  解锁
                </Button>
              </Popconfirm>
            )}
            {isAdmin && (
              <Popconfirm
                title="重置该用户的密码？"
                description="将生成一个临时密码（只显示一次），用户现有登录立即失效，下次登录须修改密码。"
                okText="重置"
                okButtonProps={{ danger: true }}
                onConfirm={() => resetPassword(user)}
              >
                <Button type="link" size="small" disabled={busy}>
                  重置密码
                </Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    });
  }

  return (
    <Card
      title="用户列表"
      extra={
        isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormMode({ type: 'create' })}>
            新增用户
          </Button>
        )
      }
    >
      {!regionWide && <Alert type="info" showIcon title={`您可以查看本单位（${me.user.unitName}）的用户；账户变更请联系系统管理员。`} style={{ marginBottom: 16 }} />}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 320 }}
          allowClear={regionWide}
          disabled={!regionWide}
          placeholder="全部单位"
          value={filters.unitId}
          options={regionWide ? unitOptions : [{ value: me.user.unitId, label: me.user.unitName, search: '' }]}
          showSearch={{ optionFilterProp: ['label', 'search'] }}
          onChange={(unitId?: string) => setFilters((f) => ({ ...f, unitId, page: 1 }))}
          aria-label="所属单位"
        />
        <Input.Search
          allowClear
          style={{ width: 280 }}
          placeholder="用户名或姓名"
          prefix={<SearchOutlined />}
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))}
          enterButton="查询"
          aria-label="关键词"
        />
        <Button icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>
      </Space>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Table<User>
        data-testid="users-table"
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        scroll={{ x: 1080 }}
        locale={{ emptyText: <Empty description={filters.q ? '没有符合条件的用户' : '暂无用户'} /> }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 个用户`,
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
      <UserFormDrawer
        mode={formMode}
        units={units}
        roleNames={roleNames}
        onClose={() => setFormMode(null)}
        onSaved={(user, initialPassword) => {
          setFormMode(null);
          if (initialPassword) setSecret({ value: initialPassword, title: '初始密码', who: `用户：${user.displayName}（${user.username}），${user.unitName}` });
          void load();
        }}
      />
      <OneTimeSecretModal secret={secret?.value ?? null} title={secret?.title ?? ''} who={secret?.who ?? ''} onClose={() => setSecret(null)} />
    </Card>
  );
}
