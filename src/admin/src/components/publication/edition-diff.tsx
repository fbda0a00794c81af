import { ArrowRightOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Empty, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import type { FieldChange } from '../../../../domain/catalog/diff.ts';
import { api } from '../../api.ts';
import { errorText } from '../../util.ts';
import { formatValue } from '../catalog/item-history.tsx';
import { CATEGORY_LABELS, HANDLING_FORM_LABELS, ONLINE_DEPTH_LABELS } from '../catalog/labels.ts';
import { ChangeKindTag } from './candidates-table.tsx';
import { triggerLabel, type DiffItem, type Edition, type EditionDiff } from './model.ts';

const LEVEL_LABELS: Record<string, string> = { district: '区级', township: '乡级' };

/** A field's value in words: codes by their Chinese names, the rest as the history shows them. */
function display(path: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (path === 'category') return CATEGORY_LABELS[v as keyof typeof CATEGORY_LABELS] ?? String(v);
  if (path === 'level') return LEVEL_LABELS[String(v)] ?? String(v);
  if (path === 'guide.onlineDepth') return ONLINE_DEPTH_LABELS[v as keyof typeof ONLINE_DEPTH_LABELS] ?? String(v);
  if (path === 'guide.handlingForms' && Array.isArray(v)) return v.map((x) => HANDLING_FORM_LABELS[x as keyof typeof HANDLING_FORM_LABELS] ?? String(x)).join('、') || '（空）';
  if (path === 'guide.visits' && typeof v === 'number' && v >= 0) return `${v}次`;
  return formatValue(v);
}

const cell = { whiteSpace: 'pre-wrap' as const, wordBreak: 'break-all' as const };

/** 字段, 原内容, 新内容: one row per changed field. */
function FieldChanges({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <Typography.Text type="secondary">内容未变化（仅重新发布）</Typography.Text>;
  return (
    <Table<FieldChange>
      size="small"
      rowKey="path"
      pagination={false}
      dataSource={changes}
      columns={[
        { title: '字段', dataIndex: 'label', width: 180 },
        { title: '原内容', width: '40%', render: (_, c) => <div style={{ ...cell, color: '#a8071a', background: '#fff1f0', padding: '2px 6px', borderRadius: 4 }}>{display(c.path, c.before)}</div> },
        { title: '新内容', width: '40%', render: (_, c) => <div style={{ ...cell, color: '#135200', background: '#f6ffed', padding: '2px 6px', borderRadius: 4 }}>{display(c.path, c.after)}</div> },
      ]}
    />
  );
}

function Reason({ item }: { item: DiffItem }) {
  if (!item.changeTrigger && !item.changeReason) return <Typography.Text type="secondary">{item.changeKind === 'new' ? '首次编制' : '—'}</Typography.Text>;
  return (
    <span>
      {item.changeTrigger && <Tag>{triggerLabel(item.changeTrigger)}</Tag>}
      {item.changeReason}
    </span>
  );
}

const itemColumns: TableColumnsType<DiffItem> = [
  { title: '事项名称', dataIndex: 'name' },
  { title: '事项编码', dataIndex: 'code', width: 170, render: (v: string) => <span className="qd-mono">{v}</span> },
  { title: '实施单位', dataIndex: 'unitName', width: 260, ellipsis: true },
  { title: '调整事由及理由', key: 'reason', render: (_, i) => <Reason item={i} /> },
];

function Section({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  return (
    <div style={{ marginTop: 20 }}>
      <Typography.Title level={5} style={{ marginBottom: 10 }}>
        {title}
        <Typography.Text type="secondary" style={{ fontWeight: 400, marginLeft: 8, fontSize: 14 }}>
          {count} 项
        </Typography.Text>
      </Typography.Title>
      {count === 0 ? <Typography.Text type="secondary">无</Typography.Text> : children}
    </div>
  );
}

/** 版本比较: choose two editions; the items added, changed (field by field) and cancelled between them. */
export function EditionDiffView({ editions, from, to, onChange }: { editions: Edition[]; from: number | null; to: number | null; onChange: (from: number | null, to: number | null) => void }) {
  const [diff, setDiff] = useState<EditionDiff | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (from === null || to === null) {
      setDiff(null);
      return;
    }
    let live = true;
    setLoading(true);
    api
      .get<EditionDiff>(`/editions/${from}/diff/${to}`)
      .then((d) => {
        if (!live) return;
        setDiff(d);
        setProblem(null);
      })
      .catch((error) => live && setProblem(errorText(error)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [from, to]);

  const options = editions.map((e) => ({ value: e.number, label: `第${e.number}版（${e.docNumber}）${e.state === 'pending' ? ' · 待生效' : ''}` }));
  if (editions.length < 2) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="至少发布两个目录版本后才能比较" />;

  return (
    <div data-testid="edition-diff">
      <Space wrap size={12}>
        <Typography.Text>原版本</Typography.Text>
        <Select style={{ width: 300 }} value={from} options={options} onChange={(v) => onChange(v, to)} placeholder="选择版本" aria-label="原版本" />
        <ArrowRightOutlined style={{ color: '#8c8c8c' }} />
        <Typography.Text>新版本</Typography.Text>
        <Select style={{ width: 300 }} value={to} options={options} onChange={(v) => onChange(from, v)} placeholder="选择版本" aria-label="新版本" />
        <Button icon={<SwapOutlined />} onClick={() => onChange(to, from)} disabled={from === null || to === null}>
          对调
        </Button>
      </Space>
      {problem && <Alert type="error" showIcon title={`无法比较：${problem}`} style={{ marginTop: 16 }} />}
      {loading && !diff && <Skeleton active style={{ marginTop: 16 }} />}
      {diff && (
        <div style={{ opacity: loading ? 0.5 : 1 }}>
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 16 }}
            title={
              <span>
                第{diff.from.number}版（{diff.from.docNumber}，{diff.from.itemCount}项） → 第{diff.to.number}版（{diff.to.docNumber}，{diff.to.itemCount}项）：
                <Typography.Text strong style={{ color: '#389e0d' }}> 新增 {diff.added.length} 项</Typography.Text>，
                <Typography.Text strong style={{ color: '#1d39c4' }}>变更 {diff.changed.length} 项</Typography.Text>，
                <Typography.Text strong style={{ color: '#cf1322' }}>取消 {diff.cancelled.length} 项</Typography.Text>
              </span>
            }
          />
          <Section title="新增事项" count={diff.added.length}>
            <Table<DiffItem> size="small" rowKey="itemId" columns={itemColumns} dataSource={diff.added} pagination={false} data-testid="diff-added" />
          </Section>
          <Section title="变更事项" count={diff.changed.length}>
            <Collapse
              data-testid="diff-changed"
              defaultActiveKey={diff.changed.length <= 5 ? diff.changed.map((c) => c.item.itemId) : []}
              items={diff.changed.map((c) => ({
                key: c.item.itemId,
                label: (
                  <Space wrap size={8}>
                    <ChangeKindTag kind="change" />
                    <Typography.Text strong>{c.item.name}</Typography.Text>
                    <Typography.Text type="secondary" className="qd-mono">
                      {c.item.code}
                    </Typography.Text>
                    <Typography.Text type="secondary">{c.item.unitName}</Typography.Text>
                    <Tag>
                      第{c.item.previousVersionNumber}版 → 第{c.item.versionNumber}版
                    </Tag>
                    <Typography.Text type="secondary">{c.changes.length} 处修改</Typography.Text>
                  </Space>
                ),
                children: (
                  <Space orientation="vertical" style={{ width: '100%' }} size={10}>
                    <div>
                      <Typography.Text type="secondary">调整事由及理由：</Typography.Text>
                      <Reason item={c.item} />
                    </div>
                    <FieldChanges changes={c.changes} />
                  </Space>
                ),
              }))}
            />
          </Section>
          <Section title="取消事项" count={diff.cancelled.length}>
            <Table<DiffItem> size="small" rowKey="itemId" columns={itemColumns} dataSource={diff.cancelled} pagination={false} data-testid="diff-cancelled" />
          </Section>
        </div>
      )}
    </div>
  );
}
