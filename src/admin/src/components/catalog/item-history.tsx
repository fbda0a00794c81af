import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api.ts';
import type { ItemHistoryEntry } from '../../types.ts';
import { errorText, formatDateTime } from '../../util.ts';
import { DRAFT_FIELD_LABELS, GUIDE_FIELD_LABELS, HISTORY_ACTION_LABELS } from './labels.ts';

const ACTION_COLORS: Record<string, string> = { 'item.create': 'green', 'item.update': 'blue', 'item.import': 'purple', 'item.import_update': 'purple' };

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
          const changes = e.action === 'item.update' || e.action === 'item.import_update' ? changedFields(e.oldValues, e.newValues) : [];
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
                {changes.length > 0 && (
                  <div className="qd-history-detail">
                    <Typography.Text type="secondary">修改了：</Typography.Text>
                    {changes.join('、')}
                  </div>
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
