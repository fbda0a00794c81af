import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Empty, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api.ts';
import type { ItemHistoryEntry } from '../../types.ts';
import { errorText, formatDateTime } from '../../util.ts';
import { diffDrafts, type FieldChange } from '../../../../domain/catalog/diff.ts';
import type { ItemDraft } from '../../../../domain/catalog/item.ts';
import { DRAFT_FIELD_LABELS, GUIDE_FIELD_LABELS, HISTORY_ACTION_LABELS } from './labels.ts';

const ACTION_COLORS: Record<string, string> = {
  'item.create': 'green',
  'item.update': 'blue',
  'item.import': 'purple',
  'item.import_update': 'purple',
  'item.adjust': 'gold',
  'item.parent_return': 'red',
  'item.central_return': 'red',
  'item.legal_return': 'red',
  'item.parent_approve': 'green',
  'item.central_approve': 'green',
  'item.legal_pass': 'green',
  'item.publish': 'green',
};

const TIME_UNITS: Record<string, string> = { working_day: '个工作日', natural_day: '个自然日', immediate: '即办' };

/** A field's value as a person reads it in the history's diff table. */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '（空）';
    return v.map((x, i) => (typeof x === 'object' && x ? `${i + 1}. ${formatValue(x)}` : String(x))).join(typeof v[0] === 'object' ? '\n' : '、');
  }
  const o = v as Record<string, unknown>;
  if ('unit' in o && 'value' in o) return o.unit === 'immediate' ? '即办' : `${String(o.value ?? '')}${TIME_UNITS[String(o.unit)] ?? ''}`;
  if ('isFree' in o) return o.isFree ? '不收费' : `收费：${String(o.standard ?? '')}${o.basis ? `（依据：${String(o.basis)}）` : ''}`;
  const named = o.title ?? o.name;
  if (typeof named === 'string') return [named, o.docNumber, o.article].filter(Boolean).join(' ');
  return JSON.stringify(v);
}

function DiffTable({ changes }: { changes: FieldChange[] }) {
  return (
    <Table<FieldChange>
      size="small"
      rowKey="path"
      pagination={false}
      dataSource={changes}
      columns={[
        { title: '字段', dataIndex: 'label', width: 160 },
        { title: '原内容', render: (_, c) => <span className="qd-diff-old">{formatValue(c.before)}</span> },
        { title: '新内容', render: (_, c) => <span className="qd-diff-new">{formatValue(c.after)}</span> },
      ]}
    />
  );
}

/** After a workflow entry's line: a reviewer's per-field comments, and the new draft a return opened. */
function TransitionDetail({ newValues }: { newValues: unknown }) {
  const after = asRecord(newValues);
  if (!after?.state) return null;
  const fieldComments = (after.fieldComments as { path: string; comment: string }[] | undefined) ?? [];
  if (!after.reopenedVersion && fieldComments.length === 0) return null;
  return (
    <div className="qd-history-detail">
      {after.reopenedVersion ? <Typography.Text type="secondary">已生成第{String(after.reopenedVersion)}版草稿供修改。</Typography.Text> : null}
      {fieldComments.length > 0 && (
        <ul className="qd-field-comments">
          {fieldComments.map((c) => (
            <li key={c.path}>
              <Typography.Text strong>{fieldLabel(c.path)}：</Typography.Text>
              {c.comment}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** `guide.committedLimit` → 服务指南·承诺办结时限. */
export function fieldLabel(path: string): string {
  if (path.startsWith('guide.')) return `服务指南·${GUIDE_FIELD_LABELS[path.slice(6)] ?? path.slice(6)}`;
  return DRAFT_FIELD_LABELS[path] ?? path;
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What an update changed, by the fields' Chinese names: 事项名称、服务指南（申请条件、承诺办结时限）. */
export function changedFields(oldValues: unknown, newValues: unknown): string[] {
  const before = asRecord(oldValues);
  const after = asRecord(newValues);
  if (!before || !after) return [];
  const out: string[] = [];
  for (const key of Object.keys(DRAFT_FIELD_LABELS)) {
    if (!(key in after) || same(before[key], after[key])) continue;
    if (key === 'guide') {
      const g0 = asRecord(before.guide) ?? {};
      const g1 = asRecord(after.guide) ?? {};
      const parts = Object.keys(GUIDE_FIELD_LABELS).filter((k) => !same(g0[k], g1[k]));
      out.push(parts.length > 0 ? `服务指南（${parts.map((k) => GUIDE_FIELD_LABELS[k]).join('、')}）` : '服务指南');
    } else {
      out.push(DRAFT_FIELD_LABELS[key]);
    }
  }
  return out;
}

/** 历史: every recorded action on the item, newest first, with who, when and what changed. */
export function ItemHistory({ itemId, refreshKey }: { itemId: string; refreshKey: number }) {
  const [entries, setEntries] = useState<ItemHistoryEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const r = await api.get<{ items: ItemHistoryEntry[] }>(`/items/${itemId}/history`);
      setEntries(r.items);
      setProblem(null);
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setLoading(false);
    }
  }, [itemId]);

  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  if (problem) return <Alert type="error" showIcon title={`无法加载历史记录：${problem}`} action={<Button size="small" onClick={() => void load()}>重试</Button>} />;
  if (!entries) {
    return (
      <div style={{ textAlign: 'center', padding: 32 }}>
        <Spin />
      </div>
    );
  }
  if (entries.length === 0) return <Empty description="暂无历史记录" />;
  return (
    <div data-testid="item-history">
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }}>
        <Button size="small" icon={<ReloadOutlined />} loading={loading} onClick={() => void load()}>
          刷新
        </Button>
      </div>
      <Timeline
        items={entries.map((e) => {
          const isEdit = e.action === 'item.update' || e.action === 'item.import_update';
          const changes = isEdit ? changedFields(e.oldValues, e.newValues) : [];
          const diff = isEdit && changes.length > 0 ? diffDrafts(e.oldValues as ItemDraft, e.newValues as ItemDraft) : [];
          return {
            key: e.id,
            color: ACTION_COLORS[e.action] ?? 'gray',
            content: (
              <div className="qd-history-entry">
                <Space size={8} wrap>
                  <Tag color={ACTION_COLORS[e.action] ?? 'default'}>{HISTORY_ACTION_LABELS[e.action] ?? e.action}</Tag>
                  <Typography.Text strong>{e.username ?? '系统'}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {formatDateTime(e.at)}
                  </Typography.Text>
                </Space>
                {e.detail && <div className="qd-history-detail">{e.detail}</div>}
                <TransitionDetail newValues={e.newValues} />
                {changes.length > 0 && (
                  <div className="qd-history-detail">
                    <Typography.Text type="secondary">修改了：</Typography.Text>
                    {changes.join('、')}
                  </div>
                )}
                {diff.length > 0 && (
                  <Collapse
                    size="small"
                    ghost
                    items={[{ key: 'diff', label: `查看修改前后对比（${diff.length}处）`, children: <DiffTable changes={diff} /> }]}
                  />
                )}
                {(e.action === 'item.update' || e.action === 'item.import_update') && changes.length === 0 && (
                  <div className="qd-history-detail">
                    <Typography.Text type="secondary">保存（内容无变化）</Typography.Text>
                  </div>
                )}
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
