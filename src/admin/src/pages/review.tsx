import { CheckOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Input, Select, Space, Statistic, Table, Tabs, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useMe } from '../auth.tsx';
import { ChangeKindTag, FindingBadges, WaitingTag } from '../components/review/review-cells.tsx';
import { ReviewDrawer } from '../components/review/review-drawer.tsx';
import { ReviewSubmissions } from '../components/review/review-submissions.tsx';
import { APPROVE_NEXT, OVERDUE_DAYS, STAGE_TABS, type QueueItem, type QueueStage, type ReviewQueue, type ReviewStage } from '../components/review/review-types.ts';
import '../components/review/review.css';
import { useQuery } from '../use-query.ts';
import { errorText, formatDateTime } from '../util.ts';

const isBlocked = (r: QueueItem) => r.errorCount + r.incompleteCount > 0;

/**
 * 审核工作台: the caller's queues (待签收 and their review stages) as tabs with counts; a table per
 * stage with waiting working days and findings; batch approval of clean items; a drawer to decide one.
 */
export function ReviewPage() {
  const me = useMe();
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [keyword, setKeyword] = useState(params.get('q') ?? '');
  const [selected, setSelected] = useState<string[]>([]);
  const [openItem, setOpenItem] = useState<string | null>(null);
  const [approving, setApproving] = useState(false);

  const stageParam = (params.get('stage') as QueueStage | null) ?? undefined;
  const query = useMemo(
    () => ({
      stage: stageParam,
      unitId: params.get('unitId') ?? undefined,
      q: params.get('q') ?? undefined,
      page: Number(params.get('page')) || 1,
      pageSize: stageParam === 'submitted' || !stageParam ? 200 : 100,
    }),
    [params, stageParam],
  );
  const { data, loading, problem, load } = useQuery<ReviewQueue>('/review/queue', query);
  const stage = data?.stage;

  useEffect(() => setSelected([]), [data]);

  const setFilter = useCallback(
    (changes: Record<string, string | number | undefined>) => {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          for (const [k, v] of Object.entries(changes)) {
            if (v === undefined || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const rows = data?.items ?? [];
  const filtered = Boolean(params.get('unitId') || params.get('q'));
  const selectedRows = rows.filter((r) => selected.includes(r.itemId));
  const reviewTotal = (['parent_review', 'central_review', 'legal_review'] as const).reduce((n, s) => n + (data?.counts[s] ?? 0), 0);
  const overdue = stage === 'submitted' ? (data?.submissions ?? []).filter((s) => s.waitingDays > OVERDUE_DAYS).length : rows.filter((r) => r.waitingDays > OVERDUE_DAYS).length;
  const withProblems = rows.filter(isBlocked).length;
  const nothingWaiting = Boolean(data) && !filtered && Object.values(data?.counts ?? {}).every((n) => n === 0);

  function confirmBatch() {
    if (!stage || stage === 'submitted' || selectedRows.length === 0) return;
    modal.confirm({
      title: `批量审核通过 ${selectedRows.length} 个事项？`,
      width: 520,
      content: (
        <div>
          <p style={{ margin: '4px 0' }}>{APPROVE_NEXT[stage as ReviewStage]}。</p>
          <ul style={{ margin: '8px 0', paddingLeft: 20, maxHeight: 200, overflow: 'auto' }}>
            {selectedRows.map((r) => (
              <li key={r.itemId}>
                {r.unitShortName}：{r.name}（第{r.versionNumber}版）
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary">一次提交，全部成功或全部不生效。需要退回的事项请逐项打开审核。</Typography.Text>
        </div>
      ),
      okText: '确认通过',
      cancelText: '取消',
      onOk: async () => {
        setApproving(true);
        try {
          const decisions = selectedRows.map((r) => ({ itemId: r.itemId, versionId: r.versionId, revision: r.revision, decision: 'approve' }));
          const res = await api.post<{ results: unknown[] }>('/review/decisions', { decisions });
          message.success(`已审核通过 ${res.results.length} 个事项`);
        } catch (error) {
          message.error(errorText(error));
        } finally {
          setApproving(false);
          void load();
        }
      },
    });
  }

  const columns: TableColumnsType<QueueItem> = [
    {
      title: '单位',
      dataIndex: 'unitShortName',
      width: 150,
      render: (n: string, r) => (
        <Tooltip title={r.unitName}>
          <span>{n}</span>
        </Tooltip>
      ),
    },
    {
      title: '事项',
      dataIndex: 'name',
      render: (name: string, r) => (
        <div style={{ lineHeight: 1.45 }}>
          <Typography.Link onClick={() => setOpenItem(r.itemId)} className="qd-item-link">
            {name}
          </Typography.Link>
          <div>
            <span className="qd-mono qd-code">{r.code}</span>
          </div>
        </div>
      ),
    },
    { title: '类型', dataIndex: 'changeKind', width: 76, render: (k: string) => <ChangeKindTag kind={k} /> },
    {
      title: '版本',
      dataIndex: 'versionNumber',
      width: 100,
      render: (n: number, r) => (
        <Tooltip title={r.hasPublished ? '已有发布的版本，可查看变更对比' : '首次列入目录'}>
          <span>
            第{n}版
            {r.submissionNumber !== null && (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  第{r.submissionNumber}次报送
                </Typography.Text>
              </div>
            )}
          </span>
        </Tooltip>
      ),
    },
    { title: '问题', key: 'findings', width: 170, render: (_v, r) => <FindingBadges errors={r.errorCount} incomplete={r.incompleteCount} warnings={r.warningCount} /> },
    {
      title: '已等待',
      dataIndex: 'waitingDays',
      width: 120,
      sorter: (a, b) => a.waitingDays - b.waitingDays,
      render: (d: number, r) => <WaitingTag days={d} since={formatDateTime(r.since).slice(0, 16)} />,
    },
    {
      title: '操作',
      key: 'op',
      width: 80,
      fixed: 'right',
      render: (_v, r) => (
        <Button type="link" size="small" onClick={() => setOpenItem(r.itemId)} data-testid="review-open">
          审核
        </Button>
      ),
    },
  ];

  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space orientation="vertical" size={2}>
          <Typography.Text>{filtered ? '没有符合条件的待审核事项' : '暂无待审核事项'}</Typography.Text>
          {!filtered && <Typography.Text type="secondary">单位报送、签收后的事项会出现在这里</Typography.Text>}
        </Space>
      }
      style={{ padding: '32px 0' }}
      data-testid="review-empty"
    >
      {filtered && (
        <Button
          onClick={() => {
            setKeyword('');
            setFilter({ unitId: undefined, q: undefined });
          }}
        >
          清除筛选条件
        </Button>
      )}
    </Empty>
  );

  const stageBody =
    stage === 'submitted' ? (
      <ReviewSubmissions submissions={data?.submissions ?? []} items={rows} loading={loading} onOpenItem={setOpenItem} onReceived={() => void load()} />
    ) : (
      <>
        <div className="qd-review-bar">
          <Space wrap>
            <Select
              style={{ width: 220 }}
              allowClear
              placeholder="全部单位"
              value={params.get('unitId') ?? undefined}
              options={(data?.unitsInStage ?? []).map((u) => ({ value: u.unitId, label: `${u.shortName}（${u.count}）` }))}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(unitId?: string) => setFilter({ unitId })}
              aria-label="单位"
            />
            <Input.Search
              allowClear
              style={{ width: 250 }}
              placeholder="事项名称或编码"
              prefix={<SearchOutlined />}
              value={keyword}
              onChange={(e) => setKeyword(e.target.value)}
              onSearch={(q) => setFilter({ q: q.trim() || undefined })}
              enterButton="查询"
              aria-label="关键词"
            />
          </Space>
          <Space>
            {selected.length > 0 && <Typography.Text type="secondary">已选 {selected.length} 项</Typography.Text>}
            <Tooltip title={selected.length === 0 ? '勾选无错误、无待补充问题的事项后可批量通过' : undefined}>
              <Button type="primary" icon={<CheckOutlined />} disabled={selected.length === 0} loading={approving} onClick={confirmBatch} data-testid="batch-approve">
                批量通过
              </Button>
            </Tooltip>
          </Space>
        </div>
        <Table<QueueItem>
          data-testid="review-table"
          rowKey="itemId"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 960 }}
          rowClassName={() => 'qd-review-row'}
          onRow={(r) => ({ onClick: (e) => !(e.target as HTMLElement).closest('.ant-table-selection-column') && setOpenItem(r.itemId) })}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as string[]),
            getCheckboxProps: (r) => ({ disabled: isBlocked(r), title: isBlocked(r) ? '有错误或待补充的问题，请逐项审核' : undefined }),
          }}
          locale={{ emptyText: data ? empty : ' ' }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (total) => `共 ${total} 项`,
            onChange: (page) => setFilter({ page: page > 1 ? page : undefined }),
          }}
        />
      </>
    );

  return (
    <Card
      title={
        <Space size={10}>
          <span>审核工作台</span>
          <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 14 }}>
            {me.user.unitName}
          </Typography.Text>
        </Space>
      }
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
          刷新
        </Button>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} action={<Button size="small" onClick={() => void load()}>重试</Button>} />}
      {data && (
        <div className="qd-review-stats" data-testid="review-stats">
          {data.stages.includes('submitted') && (
            <div className="qd-review-stat">
              <Statistic title="待签收送审稿" value={data.submissions.length} suffix="份" />
            </div>
          )}
          <div className="qd-review-stat">
            <Statistic title="待审核事项" value={reviewTotal} suffix="项" />
          </div>
          <div className={`qd-review-stat${overdue > 0 ? ' qd-review-stat-alert' : ''}`}>
            <Statistic title={`超过${OVERDUE_DAYS}个工作日（${STAGE_TABS[data.stage]}）`} value={overdue} suffix={stage === 'submitted' ? '份' : '项'} styles={{ content: overdue > 0 ? { color: '#cf1322' } : undefined }} />
          </div>
          <div className="qd-review-stat">
            <Statistic title={`有错误或待补充（${STAGE_TABS[data.stage]}）`} value={withProblems} suffix="项" />
          </div>
        </div>
      )}
      {data && (
        <Tabs
          activeKey={stage}
          onChange={(key) => {
            setKeyword('');
            setParams(new URLSearchParams({ stage: key }), { replace: true });
          }}
          items={data.stages.map((s) => {
            const n = s === 'submitted' ? data.submissions.length : (data.counts[s] ?? 0);
            return {
              key: s,
              label: (
                <span data-testid={`review-tab-${s}`}>
                  {STAGE_TABS[s]}
                  {n > 0 && <span className="qd-tab-count qd-count-error">{n}</span>}
                </span>
              ),
            };
          })}
        />
      )}
      {data && nothingWaiting ? (
        <Empty
          description={
            <Space orientation="vertical" size={2}>
              <Typography.Text strong>暂无待审核事项</Typography.Text>
              <Typography.Text type="secondary">单位签署报送的送审稿会出现在“待签收”，签收后逐项审核</Typography.Text>
            </Space>
          }
          style={{ padding: '48px 0' }}
          data-testid="review-empty"
        />
      ) : data ? (
        stageBody
      ) : (
        !problem && <Table loading columns={[]} dataSource={[]} />
      )}
      <ReviewDrawer
        itemId={openItem}
        onClose={() => setOpenItem(null)}
        onDecided={() => {
          setOpenItem(null);
          void load();
        }}
      />
    </Card>
  );
}
