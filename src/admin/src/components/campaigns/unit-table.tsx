import { Card, Empty, Input, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { STAGE_COLUMNS, UNIT_STATE, UNIT_STATE_ORDER, type Dashboard, type DashboardUnit, type UnitState } from './model.ts';

// Zeros recede (secondary text, still legible) so that the few non-zero counts of a row stand out.
const muted = (n: number, color?: string) => (n === 0 ? <Typography.Text type="secondary">0</Typography.Text> : <span style={{ color, fontWeight: 600 }}>{n}</span>);

/** Every participating unit's progress, filterable by state and to the overdue ones. */
export function UnitTable({ d, state, onState }: { d: Dashboard; state: UnitState | null; onState: (s: UnitState | null) => void }) {
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [keyword, setKeyword] = useState('');
  const rows = useMemo(() => {
    const k = keyword.trim();
    return d.units.filter((u) => (!state || u.state === state) && (!overdueOnly || u.isOverdue) && (!k || u.fullName.includes(k) || u.shortName.includes(k)));
  }, [d.units, state, overdueOnly, keyword]);
  const numbers = useMemo(() => new Map(d.units.map((u, i) => [u.unitId, i + 1])), [d.units]);

  const columns: TableColumnsType<DashboardUnit> = [
    { title: '序号', key: 'n', width: 56, align: 'center', render: (_v, u) => <Typography.Text type="secondary">{numbers.get(u.unitId)}</Typography.Text> },
    {
      title: '单位',
      dataIndex: 'shortName',
      render: (name: string, u) => (
        <Tooltip title={u.fullName} placement="topLeft">
          <div style={{ lineHeight: 1.35 }}>
            <div style={{ fontWeight: 500 }}>{name}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {u.kindLabel}
              {u.subUnitCount > 0 && ` · 含下属单位 ${u.subUnitCount} 个`}
            </Typography.Text>
          </div>
        </Tooltip>
      ),
    },
    {
      title: '状态',
      dataIndex: 'state',
      width: 104,
      render: (s: UnitState) => (
        <Tooltip title={UNIT_STATE[s].hint}>
          <Tag color={UNIT_STATE[s].tag} style={{ marginInlineEnd: 0 }}>
            {UNIT_STATE[s].label}
          </Tag>
        </Tooltip>
      ),
    },
    {
      title: '事项数',
      dataIndex: 'itemCount',
      width: 128,
      sorter: (a, b) => a.itemCount - b.itemCount,
      render: (n: number, u) => (
        <div style={{ lineHeight: 1.35 }}>
          <div style={{ fontWeight: 600 }}>{n}</div>
          {n > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              依申请 {u.byCategory.on_application} · 主动 {u.byCategory.proactive}
            </Typography.Text>
          )}
        </div>
      ),
    },
    ...STAGE_COLUMNS.map(({ stage, label }) => ({
      title: label,
      key: stage,
      width: 72,
      align: 'center' as const,
      render: (_v: unknown, u: DashboardUnit) => muted(u.byStage[stage], stage === 'returned' ? '#d4380d' : stage === 'approved' ? '#237804' : undefined),
    })),
    {
      title: '最近报送',
      dataIndex: 'latestSubmissionAt',
      width: 150,
      sorter: (a, b) => (a.latestSubmissionAt ?? '').localeCompare(b.latestSubmissionAt ?? ''),
      render: (v: string | null, u) =>
        v ? (
          <Tooltip title={`共报送 ${u.submissionCount} 次`}>
            <span>
              {dayjs(v).format('YYYY-MM-DD HH:mm')}
              {u.submissionCount > 1 && <Typography.Text type="secondary"> ·{u.submissionCount}次</Typography.Text>}
            </span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">未报送</Typography.Text>
        ),
    },
    {
      title: '逾期',
      dataIndex: 'isOverdue',
      width: 96,
      align: 'center',
      render: (v: boolean) =>
        v ? (
          <Tag color="red" style={{ marginInlineEnd: 0 }}>
            逾期 {d.deadline.daysOverdue} 天
          </Tag>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title="各单位报送情况"
      data-testid="unit-progress"
      extra={
        <Space wrap size={12}>
          <Select<UnitState | 'all'>
            size="small"
            style={{ width: 150 }}
            value={state ?? 'all'}
            onChange={(v) => onState(v === 'all' ? null : v)}
            aria-label="按状态筛选"
            data-testid="state-filter"
            options={[
              { value: 'all', label: `全部状态（${d.totals.units}）` },
              ...UNIT_STATE_ORDER.map((s) => ({ value: s, label: `${UNIT_STATE[s].label}（${d.totals.unitsByState[s]}）` })),
            ]}
          />
          <Space size={6}>
            <Switch size="small" checked={overdueOnly} onChange={setOverdueOnly} aria-label="只看逾期" data-testid="overdue-only" />
            <span>只看逾期</span>
          </Space>
          <Input.Search size="small" allowClear placeholder="查找单位" style={{ width: 160 }} value={keyword} onChange={(e) => setKeyword(e.target.value)} aria-label="查找单位" />
        </Space>
      }
    >
      <Table<DashboardUnit>
        size="small"
        rowKey="unitId"
        data-testid="unit-progress-table"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1060 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={d.units.length === 0 ? '该梳理工作没有参与单位' : '没有符合条件的单位'} /> }}
        summary={() =>
          rows.length > 1 ? (
            <Table.Summary.Row style={{ background: '#fafafa' }}>
              <Table.Summary.Cell index={0} colSpan={3}>
                <Typography.Text strong>合计（{rows.length} 个单位）</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3}>
                <Typography.Text strong>{rows.reduce((n, u) => n + u.itemCount, 0)}</Typography.Text>
              </Table.Summary.Cell>
              {STAGE_COLUMNS.map(({ stage }, i) => (
                <Table.Summary.Cell key={stage} index={4 + i} align="center">
                  {rows.reduce((n, u) => n + u.byStage[stage], 0)}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={10}>{rows.filter((u) => u.submissionCount > 0).length} 个已报送</Table.Summary.Cell>
              <Table.Summary.Cell index={11} align="center">
                {rows.filter((u) => u.isOverdue).length || '—'}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
