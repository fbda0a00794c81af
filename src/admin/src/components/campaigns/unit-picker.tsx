import { Button, Checkbox, Empty, Input, Space, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Unit, UnitKind } from '../../types.ts';

const GROUPS: { kind: UnitKind; label: string }[] = [
  { kind: 'department', label: '区政府工作部门' },
  { kind: 'institution', label: '区政府直属事业单位' },
  { kind: 'other', label: '其他单位' },
  { kind: 'sub_unit', label: '部门管理机构、所属事业单位' },
  { kind: 'township', label: '乡镇（街道）' },
  { kind: 'office', label: '工作机构' },
];

/** 区直单位 as the notice's Attachment 1 counts them: departments, directly affiliated institutions, others. */
const DISTRICT_DIRECT: UnitKind[] = ['department', 'institution', 'other'];

/**
 * 参与单位: the region's units grouped as the notice groups them, with 全选区直单位 for the usual case.
 * A controlled form field (`value`/`onChange` are the selected unit ids).
 */
export function UnitPicker({ units, value = [], onChange, disabled }: { units: Unit[]; value?: string[]; onChange?: (ids: string[]) => void; disabled?: boolean }) {
  const [keyword, setKeyword] = useState('');
  const selected = useMemo(() => new Set(value), [value]);
  const shown = useMemo(() => {
    const k = keyword.trim();
    return k ? units.filter((u) => [u.fullName, u.shortName, ...u.aliases].some((n) => n.includes(k))) : units;
  }, [units, keyword]);
  const direct = units.filter((u) => DISTRICT_DIRECT.includes(u.kind));

  const set = (ids: Iterable<string>) => onChange?.([...new Set(ids)]);
  const toggleGroup = (group: Unit[], on: boolean) => {
    const ids = new Set(value);
    for (const u of group) if (on) ids.add(u.id);
    else ids.delete(u.id);
    set(ids);
  };

  return (
    <div data-testid="campaign-unit-picker" style={{ border: '1px solid #d9d9d9', borderRadius: 6 }}>
      <div style={{ padding: '8px 12px', borderBottom: '1px solid #f0f0f0', display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between' }}>
        <Space size={8} wrap>
          <Tooltip title="区政府工作部门、直属事业单位和其他单位（通知附件1的范围）">
            <Button size="small" type="primary" ghost disabled={disabled} onClick={() => set([...value, ...direct.map((u) => u.id)])} data-testid="select-district-units">
              全选区直单位
            </Button>
          </Tooltip>
          <Button size="small" disabled={disabled || value.length === 0} onClick={() => set([])}>
            清空
          </Button>
          <Typography.Text type="secondary">已选 {value.length} 个</Typography.Text>
        </Space>
        <Input.Search size="small" allowClear placeholder="查找单位" style={{ width: 180 }} value={keyword} onChange={(e) => setKeyword(e.target.value)} aria-label="查找单位" />
      </div>
      <div style={{ maxHeight: 360, overflowY: 'auto', padding: '4px 12px 8px' }}>
        {GROUPS.map(({ kind, label }) => {
          const group = shown.filter((u) => u.kind === kind);
          if (group.length === 0) return null;
          const picked = group.filter((u) => selected.has(u.id)).length;
          return (
            <div key={kind} style={{ marginTop: 8 }}>
              <Checkbox
                disabled={disabled}
                checked={picked === group.length}
                indeterminate={picked > 0 && picked < group.length}
                onChange={(e) => toggleGroup(group, e.target.checked)}
              >
                <Typography.Text strong>
                  {label}（{picked}/{group.length}）
                </Typography.Text>
              </Checkbox>
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: '2px 12px', padding: '4px 0 0 24px' }}>
                {group.map((u) => (
                  <Tooltip key={u.id} title={u.fullName} placement="topLeft" mouseEnterDelay={0.6}>
                    <Checkbox
                      disabled={disabled}
                      checked={selected.has(u.id)}
                      onChange={(e) => toggleGroup([u], e.target.checked)}
                      style={{ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}
                    >
                      {u.shortName}
                    </Checkbox>
                  </Tooltip>
                ))}
              </div>
            </div>
          );
        })}
        {shown.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有匹配的单位" />}
      </div>
    </div>
  );
}
