import { DownloadOutlined, FileWordOutlined, PlusOutlined, PrinterOutlined, ReloadOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Input, Progress, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api.ts';
import { useAuth, useMe } from '../../auth.tsx';
import { downloadFile, fileErrorText, openPrintView } from '../../components/catalog/files.ts';
import { ImportWizard } from '../../components/catalog/import-wizard.tsx';
import { CATEGORY_COLORS, CATEGORY_LABELS, STATE_COLORS, STATE_LABELS } from '../../components/catalog/labels.ts';
import type { ItemRow, Page, Unit } from '../../types.ts';
import { formatDateTime } from '../../util.ts';
import { useQuery } from '../../use-query.ts';

const DISTRICT_READERS = ['district_reviewer', 'legal_reviewer', 'publisher', 'admin'] as const;

const CATEGORY_OPTIONS = [
  { value: 'on_application', label: '依申请类' },
  { value: 'proactive', label: '主动服务类' },
];
const COMPLETENESS_OPTIONS = [
  { value: 'complete', label: '要素齐全' },
  { value: 'incomplete', label: '要素未齐' },
];
const FINDINGS_OPTIONS = [
  { value: 'error', label: '有错误' },
  { value: 'incomplete', label: '有待补充' },
  { value: 'warning', label: '有提示' },
  { value: 'none', label: '无问题' },
];

/** The ids of a unit and all units under it (主管部门 and its 下属单位). */
function unitAndBelow(units: Unit[], rootId: string): Set<string> {
  const out = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}

function FindingCounts({ row }: { row: ItemRow }) {
  if (row.errorCount + row.incompleteCount + row.warningCount === 0) {
    return (
      <Tag color="success" variant="filled">
        无问题
      </Tag>
    );
  }
  return (
    <Space size={4} wrap>
      {row.errorCount > 0 && (
        <Tooltip title="错误：须改正">
          <span className="qd-count qd-count-error">错误 {row.errorCount}</span>
        </Tooltip>
      )}
      {row.incompleteCount > 0 && (
        <Tooltip title="待补充：报送前须补齐">
          <span className="qd-count qd-count-incomplete">待补充 {row.incompleteCount}</span>
        </Tooltip>
      )}
      {row.warningCount > 0 && (
        <Tooltip title="提示：请核实">
          <span className="qd-count qd-count-warning">提示 {row.warningCount}</span>
        </Tooltip>
      )}
    </Space>
  );
}

/** 事项清单: a unit's items with their completeness and findings; import and export of the filing form. */
export function ItemListPage() {
  const me = useMe();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [units, setUnits] = useState<Unit[]>([]);
  const [keyword, setKeyword] = useState(params.get('q') ?? '');
  const [importOpen, setImportOpen] = useState(false);
  const [busy, setBusy] = useState<'xlsx' | 'print' | 'guides' | null>(null);

  const filters = useMemo(
    () => ({
      unitId: params.get('unitId') ?? undefined,
      category: params.get('category') ?? undefined,
      completeness: params.get('completeness') ?? undefined,
      findings: params.get('findings') ?? undefined,
      q: params.get('q') ?? undefined,
      page: Number(params.get('page')) || 1,
      pageSize: Number(params.get('pageSize')) || 20,
    }),
    [params],
  );

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

  const { data, loading, problem, load } = useQuery<Page<ItemRow>>('/items', filters);

  useEffect(() => {
    api
      .get<{ items: Unit[] }>('/units', { region: me.user.regionCode })
      .then((r) => setUnits(r.items))
      .catch(() => undefined);
  }, [me.user.regionCode]);

  // Which units the caller may pick: the region (district roles), own + sub-units (parent reviewers, heads), or just their own.
  const pickable = useMemo(() => {
    if (hasRole(...DISTRICT_READERS)) return units;
    if (hasRole('parent_reviewer', 'unit_head')) {
      const ids = unitAndBelow(units, me.user.unitId);
      return units.filter((u) => ids.has(u.id));
    }
    return [];
  }, [units, hasRole, me.user.unitId]);
  const multiUnit = pickable.length > 1;
  const unitById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);

  const canEdit = hasRole('unit_editor', 'unit_head');
  const ownSelected = !filters.unitId || filters.unitId === me.user.unitId;
  const targetUnitId = filters.unitId ?? (multiUnit ? null : me.user.unitId);
  const targetUnitName = targetUnitId ? (unitById.get(targetUnitId)?.fullName ?? (targetUnitId === me.user.unitId ? me.user.unitName : '')) : '';
  const showUnitColumn = multiUnit && !filters.unitId;
  const filtered = !!(filters.category || filters.completeness || filters.findings || filters.q);
  const from = `/catalog${params.toString() ? `?${params.toString()}` : ''}`;

  const openItem = (id: string) => navigate(`/catalog/items/${id}`, { state: { from } });
  const newItem = () => navigate('/catalog/items/new', { state: { from } });

  async function exportFile(kind: 'xlsx' | 'print' | 'guides') {
    if (!targetUnitId) return;
    setBusy(kind);
    const name = targetUnitName || '本单位';
    try {
      if (kind === 'xlsx') {
        const fileName = await downloadFile('/filing/export', { unitId: targetUnitId }, `${name}公共服务事项备案表.xlsx`);
        message.success(`已下载“${fileName}”`);
      } else if (kind === 'print') {
        await openPrintView(`/units/${targetUnitId}/filing/print`);
      } else {
        const fileName = await downloadFile(`/units/${targetUnitId}/guides.docx`, {}, `${name}公共服务事项服务指南.docx`);
        message.success(`已下载“${fileName}”`);
      }
    } catch (error) {
      message.error(fileErrorText(kind === 'xlsx' ? '下载备案表' : kind === 'print' ? '打印备案表' : '下载服务指南', error));
    } finally {
      setBusy(null);
    }
  }

  const needUnit = !targetUnitId ? '请先在筛选栏选择一个单位' : undefined;
  const ownOnly = canEdit && !ownSelected ? '只能为本单位新增或导入事项' : undefined;

  const columns: TableColumnsType<ItemRow> = [
    {
      title: '事项编码',
      dataIndex: 'code',
      width: 150,
      render: (code: string) => <span className="qd-mono qd-code">{code}</span>,
    },
    {
      title: '事项名称',
      dataIndex: 'name',
      ellipsis: { showTitle: false },
      render: (name: string, row) => (
        <div style={{ lineHeight: 1.45, minWidth: 0 }}>
          <Tooltip title={name} placement="topLeft">
            <Link to={`/catalog/items/${row.id}`} state={{ from }} className="qd-item-link">
              {name}
            </Link>
          </Tooltip>
          {showUnitColumn && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.unitShortName}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: '类别',
      dataIndex: 'category',
      width: 100,
      render: (c: ItemRow['category']) => (c ? <Tag color={CATEGORY_COLORS[c]}>{CATEGORY_LABELS[c]}</Tag> : <Tag>未选择</Tag>),
    },
    {
      title: '服务对象',
      dataIndex: 'serviceObjects',
      width: 120,
      ellipsis: { showTitle: false },
      render: (objects: string[]) =>
        objects.length ? (
          <Tooltip title={objects.join('、')}>
            <span>{objects.join('、')}</span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">未填写</Typography.Text>
        ),
    },
    {
      title: '完整度',
      dataIndex: 'completeness',
      width: 112,
      render: (p: number) => <Progress percent={p} size="small" status={p >= 100 ? 'success' : 'normal'} strokeColor={p >= 100 ? undefined : p >= 60 ? '#1a56a8' : '#d46b08'} aria-label={`完整度 ${p}%`} />,
    },
    { title: '问题', key: 'findings', width: 140, render: (_v, row) => <FindingCounts row={row} /> },
    {
      title: '状态',
      dataIndex: 'state',
      width: 80,
      render: (s: string, row) => (
        <Tooltip title={`第 ${row.versionNumber} 版`}>
          <Tag color={STATE_COLORS[s] ?? 'default'}>{STATE_LABELS[s] ?? s}</Tag>
        </Tooltip>
      ),
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      width: 104,
      render: (v: string) => {
        const [date, time] = formatDateTime(v).split(' ');
        return (
          <div className="qd-datetime">
            <div>{date}</div>
            {time && <div className="qd-datetime-time">{time}</div>}
          </div>
        );
      },
    },
    {
      title: '操作',
      key: 'op',
      width: 64,
      fixed: 'right',
      render: (_v, row) => (
        <Button type="link" size="small" onClick={() => openItem(row.id)}>
          {canEdit && row.unitId === me.user.unitId && row.state === 'draft' ? '编辑' : '查看'}
        </Button>
      ),
    },
  ];

  const empty = filtered ? (
    <Empty description="没有符合条件的事项" style={{ padding: '24px 0' }}>
      <Button
        onClick={() => {
          setKeyword('');
          setFilter({ category: undefined, completeness: undefined, findings: undefined, q: undefined });
        }}
      >
        清除筛选条件
      </Button>
    </Empty>
  ) : (
    <Empty
      description={
        <Space orientation="vertical" size={2}>
          <Typography.Text>{filters.unitId || !multiUnit ? '该单位还没有事项' : '暂无事项'}</Typography.Text>
          {canEdit && ownSelected && <Typography.Text type="secondary">可以逐项新增事项，也可以导入已填好的备案表（附件2）</Typography.Text>}
        </Space>
      }
      style={{ padding: '32px 0' }}
      data-testid="catalog-empty"
    >
      {canEdit && ownSelected && (
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={newItem}>
            新增事项
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
            导入备案表
          </Button>
        </Space>
      )}
    </Empty>
  );

  return (
    <Card
      title={
        <Space size={10}>
          <span>事项清单</span>
          <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 14 }}>
            {filters.unitId ? (unitById.get(filters.unitId)?.fullName ?? '') : multiUnit ? (hasRole(...DISTRICT_READERS) ? '全区各单位' : '本单位及下属单位') : me.user.unitName}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space wrap>
          {canEdit && (
            <>
              <Tooltip title={ownOnly}>
                <Button type="primary" icon={<PlusOutlined />} onClick={newItem} disabled={!!ownOnly} data-testid="item-new">
                  新增事项
                </Button>
              </Tooltip>
              <Tooltip title={ownOnly}>
                <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} disabled={!!ownOnly} data-testid="import-open">
                  导入备案表
                </Button>
              </Tooltip>
            </>
          )}
          <Tooltip title={needUnit}>
            <Button icon={<DownloadOutlined />} loading={busy === 'xlsx'} disabled={!targetUnitId} onClick={() => void exportFile('xlsx')} data-testid="filing-download">
              下载备案表
            </Button>
          </Tooltip>
          <Tooltip title={needUnit}>
            <Button icon={<PrinterOutlined />} loading={busy === 'print'} disabled={!targetUnitId} onClick={() => void exportFile('print')} data-testid="filing-print">
              打印备案表
            </Button>
          </Tooltip>
          <Tooltip title={needUnit}>
            <Button icon={<FileWordOutlined />} loading={busy === 'guides'} disabled={!targetUnitId} onClick={() => void exportFile('guides')} data-testid="guides-download">
              下载全部服务指南
            </Button>
          </Tooltip>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        {multiUnit && (
          <Select
            style={{ width: 260 }}
            allowClear
            placeholder={hasRole(...DISTRICT_READERS) ? '全区各单位' : '本单位及下属单位'}
            value={filters.unitId}
            options={pickable.map((u) => ({ value: u.id, label: u.fullName, search: [u.fullName, u.shortName, ...u.aliases].join(' ') }))}
            showSearch={{ optionFilterProp: ['label', 'search'] }}
            onChange={(unitId?: string) => setFilter({ unitId })}
            aria-label="单位"
            data-testid="catalog-unit"
          />
        )}
        <Select style={{ width: 120 }} allowClear placeholder="全部类别" value={filters.category} options={CATEGORY_OPTIONS} onChange={(category?: string) => setFilter({ category })} aria-label="类别" />
        <Select
          style={{ width: 120 }}
          allowClear
          placeholder="全部完整度"
          value={filters.completeness}
          options={COMPLETENESS_OPTIONS}
          onChange={(completeness?: string) => setFilter({ completeness })}
          aria-label="完整度"
        />
        <Select style={{ width: 120 }} allowClear placeholder="全部问题" value={filters.findings} options={FINDINGS_OPTIONS} onChange={(findings?: string) => setFilter({ findings })} aria-label="问题" />
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
          data-testid="catalog-search"
        />
        <Button icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>
      </Space>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} action={<Button size="small" onClick={() => void load()}>重试</Button>} />}
      <Table<ItemRow>
        data-testid="catalog-table"
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        scroll={{ x: 1040 }}
        locale={{ emptyText: data ? empty : ' ' }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => `共 ${total} 项`,
          onChange: (page, pageSize) => setFilter({ page: page > 1 ? page : undefined, pageSize: pageSize !== 20 ? pageSize : undefined }),
        }}
      />
      <ImportWizard open={importOpen} unitId={me.user.unitId} unitName={me.user.unitName} onClose={() => setImportOpen(false)} onImported={() => void load()} />
    </Card>
  );
}
