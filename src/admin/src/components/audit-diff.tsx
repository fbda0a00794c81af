import { Switch, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ROLE_NAMES } from '../roles.ts';
import type { RoleCode } from '../types.ts';

/** Chinese names of the fields that appear in audit old/new values. */
const FIELD_LABELS: Record<string, string> = {
  id: '编号',
  regionCode: '行政区划代码',
  parentId: '上级单位编号',
  kind: '类别',
  level: '层级',
  fullName: '规范全称',
  shortName: '简称',
  aliases: '别名',
  creditCode: '统一社会信用代码',
  phone: '电话',
  address: '地址',
  sortOrder: '排序号',
  version: '版本',
  username: '用户名',
  displayName: '姓名',
  unitId: '所属单位编号',
  unitName: '所属单位',
  unit: '所属单位',
  roles: '角色',
  email: '电子邮箱',
  isDisabled: '停用',
  isLocked: '锁定',
  lockedUntil: '锁定至',
  totpEnabled: '动态口令',
  mustChangePassword: '须修改密码',
  lastLoginAt: '最近登录',
  createdAt: '创建时间',
  updatedAt: '更新时间',
};

const KIND_LABELS: Record<string, string> = {
  department: '区政府工作部门',
  institution: '区政府直属事业单位',
  other: '其他单位',
  office: '工作机构',
  sub_unit: '部门管理机构、所属事业单位',
  township: '乡镇（街道）',
};

/** Derived fields that only repeat another one in Chinese. */
const HIDDEN = new Set(['roleLabels', 'kindLabel', 'levelLabel']);

const EMPTY = '（空）';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function display(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (key === 'roles' && Array.isArray(value)) return value.map((r) => ROLE_NAMES[r as RoleCode] ?? String(r)).join('、') || EMPTY;
  if (key === 'kind' && typeof value === 'string') return KIND_LABELS[value] ?? value;
  if (key === 'level' && typeof value === 'string') return value === 'township' ? '乡级' : value === 'district' ? '区级' : value;
  if (typeof value === 'string' && ISO.test(value)) return dayjs(value).format('YYYY-MM-DD HH:mm:ss');
  if (Array.isArray(value)) return value.length > 0 ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('、') : EMPTY;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function asRecord(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

interface Row {
  key: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

/** old → new, field by field; unchanged fields are hidden until asked for. */
export function AuditDiff({ oldValues, newValues }: { oldValues: unknown; newValues: unknown }) {
  const [showAll, setShowAll] = useState(false);
  const before = asRecord(oldValues);
  const after = asRecord(newValues);
  if (!before && !after) return <Typography.Text type="secondary">本条记录没有数据变更内容。</Typography.Text>;
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !HIDDEN.has(k));
  const rows: Row[] = keys.map((key) => {
    const a = before ? display(key, before[key]) : '—';
    const b = after ? display(key, after[key]) : '—';
    const changed = !before || !after || JSON.stringify(before[key]) !== JSON.stringify(after[key]);
    return { key, label: FIELD_LABELS[key] ?? key, before: a, after: b, changed };
  });
  const unchanged = rows.filter((r) => !r.changed).length;
  const shown = showAll ? rows : rows.filter((r) => r.changed);
  return (
    <div data-testid="audit-diff">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <Typography.Text strong>
          {before && after ? `变更内容（${rows.length - unchanged} 项变更）` : after ? '新增内容' : '原有内容'}
        </Typography.Text>
        {unchanged > 0 && (
          <span>
            <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
              显示未变化的 {unchanged} 项
            </Typography.Text>
            <Switch size="small" checked={showAll} onChange={setShowAll} aria-label="显示未变化字段" />
          </span>
        )}
      </div>
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={shown}
        locale={{ emptyText: '没有字段发生变化' }}
        columns={[
          { title: '字段', dataIndex: 'label', width: 180, render: (label: string, r) => <span title={r.key}>{label}</span> },
          {
            title: '原值 → 新值',
            key: 'diff',
            render: (_v, r) =>
              r.changed ? (
                <span>
                  {before && (r.before === EMPTY ? <Typography.Text type="secondary">{EMPTY}</Typography.Text> : <span className="qd-diff-old">{r.before}</span>)}
                  {before && after && <span style={{ margin: '0 8px', color: '#8c8c8c' }}>→</span>}
                  {after && <span className="qd-diff-new">{r.after}</span>}
                </span>
              ) : (
                <Typography.Text type="secondary">{r.after}</Typography.Text>
              ),
          },
        ]}
      />
    </div>
  );
}
