import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api.ts';
import { useMe } from '../auth.tsx';
import { AuditDiff } from '../components/audit-diff.tsx';
import type { AuditEntry, AuditPage as AuditResult, Unit } from '../types.ts';
import { formatDateTime } from '../util.ts';
import { useQuery } from '../use-query.ts';

interface Filters {
  username?: string;
  action?: string;
  success?: 'true' | 'false';
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

interface FormValues {
  username?: string;
  action?: string;
  success?: 'true' | 'false';
  range?: [Dayjs | null, Dayjs | null] | null;
}

const TARGET_LABELS: Record<string, string> = { user: '用户', unit: '单位', item: '事项', session: '会话', region: '行政区划' };

/** 审计日志 (安全审计员): who did what to which object, when, from where, and whether it worked. */
export function AuditPage() {
  const me = useMe();
  const [form] = Form.useForm<FormValues>();
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 20 });
  const [actionLabels, setActionLabels] = useState<Record<string, string>>({});
  const [unitNames, setUnitNames] = useState<Map<string, string>>(new Map());

  const { data, loading, problem, load } = useQuery<AuditResult>('/audit', filters);
  useEffect(() => {
    if (data) setActionLabels(data.actionLabels);
  }, [data]);

  // Unit names are public: they turn unit ids in the log into something a person can read.
  useEffect(() => {
    api
      .get<{ items: Unit[] }>('/units', { region: me.user.regionCode })
      .then((r) => setUnitNames(new Map(r.items.map((u) => [u.id, u.fullName]))))
      .catch(() => undefined);
  }, [me.user.regionCode]);

  function search(values: FormValues) {
    const [from, to] = values.range ?? [];
    setFilters((f) => ({
      pageSize: f.pageSize,
      page: 1,
      username: values.username?.trim() || undefined,
      action: values.action || undefined,
      success: values.success,
      from: from ? from.startOf('minute').toISOString() : undefined,
      // The picker shows minutes and the server's `to` is exclusive: include the whole last minute picked.
      to: to ? to.endOf('minute').add(1, 'millisecond').toISOString() : undefined,
    }));
  }

  // Names for the user ids on this page: a login's actor is its target, a new account names itself.
  const userNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const r of data?.items ?? []) {
      if (r.userId && r.username) names.set(r.userId, r.username);
      const created = r.newValues as { username?: unknown } | null;
      if (r.targetType === 'user' && r.targetId && typeof created?.username === 'string') names.set(r.targetId, created.username);
    }
    return names;
  }, [data]);

  const actionOptions = useMemo(() => Object.entries(actionLabels).map(([value, label]) => ({ value, label })), [actionLabels]);

  const columns: TableColumnsType<AuditEntry> = [
    { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatDateTime(v)}</span> },
    {
      title: '用户',
      dataIndex: 'username',
      width: 130,
      render: (v: string | null) => (v ? <Typography.Text>{v}</Typography.Text> : <Typography.Text type="secondary">（系统）</Typography.Text>),
    },
    { title: '操作', dataIndex: 'action', width: 140, render: (v: string) => <Tooltip title={v}>{actionLabels[v] ?? v}</Tooltip> },
    {
      title: '对象',
      key: 'target',
      width: 240,
      ellipsis: true,
      render: (_v, r) => {
        if (!r.targetType) return <Typography.Text type="secondary">—</Typography.Text>;
        const label = TARGET_LABELS[r.targetType] ?? r.targetType;
        const name = !r.targetId ? undefined : r.targetType === 'unit' ? unitNames.get(r.targetId) : r.targetType === 'user' ? userNames.get(r.targetId) : undefined;
        return (
          <Tooltip title={r.targetId ?? undefined}>
            <Tag variant="filled">{label}</Tag>
            {name ?? <Typography.Text type="secondary">{r.targetId && r.targetId.length > 12 ? `${r.targetId.slice(0, 8)}…` : r.targetId}</Typography.Text>}
          </Tooltip>
        );
      },
    },
    {
      title: '结果',
      dataIndex: 'success',
      width: 80,
      align: 'center',
      render: (ok: boolean) => (ok ? <Tag color="green">成功</Tag> : <Tag color="red">失败</Tag>),
    },
    { title: '来源地址', dataIndex: 'sourceIp', width: 140, render: (v: string | null) => v ?? '—' },
    { title: '说明', dataIndex: 'detail', ellipsis: { showTitle: true }, render: (v: string | null) => v ?? '' },
  ];

  return (
    <Card title="审计日志" extra={<Typography.Text type="secondary">审计记录只读，不可修改或删除，至少保存6个月</Typography.Text>}>
      <Form<FormValues> form={form} layout="inline" onFinish={search} style={{ marginBottom: 16, rowGap: 12 }} data-testid="audit-filters">
        <Form.Item name="username" label="用户名">
          <Input allowClear placeholder="包含即可" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="action" label="操作">
          <Select allowClear placeholder="全部操作" options={actionOptions} style={{ width: 160 }} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="success" label="结果">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 100 }}
            options={[
              { value: 'true', label: '成功' },
              { value: 'false', label: '失败' },
            ]}
          />
        </Form.Item>
        <Form.Item name="range" label="时间">
          <DatePicker.RangePicker
            showTime={{ defaultOpenValue: [dayjs().startOf('day'), dayjs().endOf('day')] }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: 330 }}
            presets={[
              { label: '今天', value: [dayjs().startOf('day'), dayjs().endOf('day')] },
              { label: '最近7天', value: [dayjs().subtract(6, 'day').startOf('day'), dayjs().endOf('day')] },
              { label: '最近30天', value: [dayjs().subtract(29, 'day').startOf('day'), dayjs().endOf('day')] },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilters((f) => ({ page: 1, pageSize: f.pageSize }));
              }}
            >
              重置
            </Button>
            <Button icon={<ReloadOutlined />} onClick={() => void load()} aria-label="刷新" />
          </Space>
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Table<AuditEntry>
        data-testid="audit-table"
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        scroll={{ x: 1100 }}
        rowClassName={(r) => (r.success ? '' : 'qd-row-failed')}
        expandable={{
          expandedRowRender: (r) => (
            <div style={{ padding: '4px 8px' }}>
              <Descriptions size="small" column={{ xs: 1, lg: 2, xxl: 3 }} style={{ marginBottom: 12 }}>
                <Descriptions.Item label="记录编号">{r.id}</Descriptions.Item>
                <Descriptions.Item label="请求编号">{r.requestId ? <Typography.Text copyable>{r.requestId}</Typography.Text> : '—'}</Descriptions.Item>
                <Descriptions.Item label="对象编号">{r.targetId ? <Typography.Text copyable>{r.targetId}</Typography.Text> : '—'}</Descriptions.Item>
              </Descriptions>
              <AuditDiff oldValues={r.oldValues} newValues={r.newValues} />
            </div>
          ),
        }}
        locale={{ emptyText: <Empty description="暂无符合条件的审计记录" /> }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => `共 ${total} 条记录`,
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
    </Card>
  );
}
