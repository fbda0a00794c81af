import { Empty, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CATEGORY_LABELS } from '../catalog/labels.ts';
import { formatDateTime } from '../../util.ts';
import { CHANGE_KIND_COLORS, CHANGE_KIND_LABELS, triggerLabel, type Candidate, type Candidates, type ChangeKind } from './model.ts';

type Row = { key: string; unitName?: string; count?: number; children?: Row[] } & Partial<Candidate>;

const isUnit = (r: Row) => r.count !== undefined;
const hideOnUnit = (r: Row) => (isUnit(r) ? { colSpan: 0 } : {});

/** The change a candidate proposes, as a tag: 新增 / 变更 / 取消. */
export function ChangeKindTag({ kind }: { kind: string }) {
  return <Tag color={CHANGE_KIND_COLORS[kind as ChangeKind] ?? 'default'}>{CHANGE_KIND_LABELS[kind as ChangeKind] ?? kind}</Tag>;
}

const columns: TableColumnsType<Row> = [
  {
    title: '事项名称',
    key: 'name',
    // A unit's row spans the table: its full name is long.
    onCell: (r) => (isUnit(r) ? { colSpan: 7 } : {}),
    render: (_, r) =>
      isUnit(r) ? (
        <Typography.Text strong>
          {r.unitName}
          <Typography.Text type="secondary" style={{ fontWeight: 400, marginLeft: 8 }}>
            {r.count} 项
          </Typography.Text>
        </Typography.Text>
      ) : (
        r.name
      ),
  },
  { title: '事项编码', dataIndex: 'code', width: 170, onCell: hideOnUnit, render: (v: string | undefined) => (v ? <span className="qd-mono">{v}</span> : null) },
  { title: '类别', dataIndex: 'category', width: 110, onCell: hideOnUnit, render: (v: string | null | undefined) => (v ? CATEGORY_LABELS[v as keyof typeof CATEGORY_LABELS] : null) },
  { title: '调整类型', dataIndex: 'changeKind', width: 96, onCell: hideOnUnit, render: (v: string | undefined, r) => (isUnit(r) || !v ? null : <ChangeKindTag kind={v} />) },
  {
    title: '调整事由及理由',
    key: 'reason',
    onCell: hideOnUnit,
    ellipsis: { showTitle: false },
    render: (_, r) =>
      isUnit(r) || !r.changeTrigger ? (
        isUnit(r) ? null : <Typography.Text type="secondary">首次编制</Typography.Text>
      ) : (
        <Tooltip title={r.changeReason}>
          <span>
            {triggerLabel(r.changeTrigger)}
            {r.changeReason ? `：${r.changeReason}` : ''}
          </span>
        </Tooltip>
      ),
  },
  { title: '版本', dataIndex: 'versionNumber', width: 72, onCell: hideOnUnit, render: (v: number | undefined) => (v ? `第${v}版` : null) },
  { title: '审核通过时间', dataIndex: 'approvedAt', width: 170, onCell: hideOnUnit, render: (v: string | undefined) => (v ? formatDateTime(v) : null) },
];

/**
 * 待发布事项: approved versions grouped by unit; with `selected`/`onSelect` the publisher ticks the
 * versions (a unit's row ticks all of its items).
 */
export function CandidatesTable({ data, selected, onSelect }: { data: Candidates; selected?: string[]; onSelect?: (versionIds: string[]) => void }) {
  const rows: Row[] = data.units.map((u) => ({ key: `unit:${u.unitId}`, unitName: u.unitName, count: u.items.length, children: u.items.map((i) => ({ ...i, key: i.versionId })) }));
  if (data.total === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待发布事项：事项经合法性审查通过后出现在这里" />;
  return (
    <Table<Row>
      size="middle"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      expandable={{ defaultExpandAllRows: true, indentSize: 20 }}
      rowSelection={
        onSelect
          ? {
              selectedRowKeys: selected,
              checkStrictly: false,
              onChange: (keys) => onSelect(keys.map(String).filter((k) => !k.startsWith('unit:'))),
            }
          : undefined
      }
      data-testid="candidates-table"
    />
  );
}
