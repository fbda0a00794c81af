/** 权力清单与省级目录: import the power list and the provincial reference catalogue, and see a unit's coverage. */
import { InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, List, Row, Select, Space, Spin, Table, Tag, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../api.ts';
import { useMe } from '../auth.tsx';
import type { Unit } from '../types.ts';
import { errorText } from '../util.ts';

const MAX_BYTES = 20 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface RowProblem {
  row: number | null;
  column: string | null;
  message: string;
}

interface ImportReport {
  file: string;
  rowsRead: number;
  imported: number;
  errors: RowProblem[];
}

interface PowerListEntry {
  name: string;
  unitName: string;
  kind: string;
}

interface ProvincialRef {
  code: string;
  name: string;
  category: string | null;
  deptType: string | null;
}

interface CoverageRef {
  code: string;
  name: string;
  itemId?: string;
  itemName?: string;
  [key: string]: unknown;
}

interface Coverage {
  unitName: string;
  claimed: CoverageRef[];
  unclaimed: CoverageRef[];
  unknownLinks: Record<string, unknown>[];
}

function problemsOf(raw: unknown): RowProblem[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((p: Record<string, unknown>) => ({
    row: typeof p?.row === 'number' ? p.row : null,
    column: typeof p?.column === 'string' ? p.column : null,
    message: typeof p?.message === 'string' ? p.message : String(p?.message ?? ''),
  }));
}

function reportOf(data: Record<string, unknown>, fileName: string): ImportReport {
  return {
    file: typeof data.file === 'string' ? data.file : fileName,
    rowsRead: typeof data.rowsRead === 'number' ? data.rowsRead : 0,
    imported: typeof data.imported === 'number' ? data.imported : 0,
    errors: problemsOf(data.errors),
  };
}

const PROBLEM_COLUMNS: TableColumnsType<RowProblem & { key: number }> = [
  { title: '行号', dataIndex: 'row', width: 72, align: 'center', render: (v: number | null) => v ?? '—' },
  { title: '列', dataIndex: 'column', width: 160, render: (v: string | null) => v ?? '—' },
  { title: '问题', dataIndex: 'message' },
];

/** Upload box + the last report; `onImported` reloads the table after a clean import. */
function ImportBox({ path, what, testId, onImported }: { path: string; what: string; testId: string; onImported: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  async function send(file: File) {
    setBusy(true);
    setProblem(null);
    setReport(null);
    const type = /\.csv$/i.test(file.name) ? 'text/csv' : file.type || XLSX_TYPE;
    try {
      const data = await api.upload<Record<string, unknown>>(`${path}?fileName=${encodeURIComponent(file.name.slice(0, 200))}`, file, type);
      const r = reportOf(data ?? {}, file.name);
      setReport(r);
      message.success(`${what}导入完成：读取 ${r.rowsRead} 行，导入 ${r.imported} 条`);
      onImported();
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && ('rowsRead' in error.problem || Array.isArray(error.problem.errors))) {
        const r = reportOf(error.problem, file.name);
        setReport(r);
        setProblem(`${error.detail}（文件中有 ${r.errors.length} 处问题，未导入任何数据）`);
      } else {
        setProblem(`${what}导入失败：${errorText(error)}`);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Upload.Dragger
        accept=".xlsx,.csv"
        maxCount={1}
        showUploadList={false}
        disabled={busy}
        data-testid={`${testId}-upload`}
        beforeUpload={(file) => {
          if (!/\.(xlsx|csv)$/i.test(file.name)) {
            setProblem('请选择 Excel 工作簿（.xlsx）或 CSV（.csv）文件');
            return Upload.LIST_IGNORE;
          }
          if (file.size > MAX_BYTES) {
            setProblem('文件超过 20 MB，请检查后重试');
            return Upload.LIST_IGNORE;
          }
          void send(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">{busy ? <Spin /> : <InboxOutlined />}</p>
        <p className="ant-upload-text">{busy ? '正在导入…' : `点击或拖入${what}文件（.xlsx / .csv）`}</p>
        <p className="ant-upload-hint">
          {what === '权力清单' ? '导入将整体替换现有的权力清单，请使用完整的最新文件' : '按事项编码新增或更新，已有的参照事项不会删除'}
        </p>
      </Upload.Dragger>
      {problem && <Alert type="error" showIcon title={problem} data-testid={`${testId}-problem`} />}
      {report && report.errors.length === 0 && (
        <Alert type="success" showIcon title={`${report.file}：读取 ${report.rowsRead} 行，导入 ${report.imported} 条`} data-testid={`${testId}-report`} />
      )}
      {report && report.errors.length > 0 && (
        <Table
          size="small"
          data-testid={`${testId}-errors`}
          rowKey="key"
          columns={PROBLEM_COLUMNS}
          dataSource={report.errors.map((e, i) => ({ ...e, key: i }))}
          pagination={report.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        />
      )}
    </Space>
  );
}

const POWER_COLUMNS: TableColumnsType<PowerListEntry & { key: number }> = [
  { title: '事项名称', dataIndex: 'name' },
  { title: '实施单位', dataIndex: 'unitName', width: 240 },
  { title: '权力类型', dataIndex: 'kind', width: 140, render: (v: string) => (v ? <Tag>{v}</Tag> : '—') },
];

function PowerListCard() {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [data, setData] = useState<{ items: PowerListEntry[]; total: number } | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    api
      .get<{ items: PowerListEntry[]; total: number }>('/power-list', { page, pageSize })
      .then((d) => {
        if (!live) return;
        setData(d);
        setLoadError(null);
      })
      .catch((error: unknown) => {
        if (live) setLoadError(errorText(error));
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [page, pageSize, reload]);

  return (
    <Card
      title="权力清单"
      extra={<Button size="small" icon={<ReloadOutlined />} onClick={() => setReload((r) => r + 1)} aria-label="刷新权力清单" />}
      data-testid="power-list-card"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        已列入权力清单的事项不列入公共服务事项目录；事项筛查时据此提示。
      </Typography.Paragraph>
      <ImportBox
        path="/power-list"
        what="权力清单"
        testId="power-list-import"
        onImported={() => {
          setPage(1);
          setReload((r) => r + 1);
        }}
      />
      {loadError && <Alert type="error" showIcon title={loadError} style={{ marginTop: 12 }} />}
      <Table
        style={{ marginTop: 16 }}
        size="small"
        data-testid="power-list-table"
        rowKey="key"
        loading={loading}
        columns={POWER_COLUMNS}
        dataSource={(data?.items ?? []).map((e, i) => ({ ...e, key: (page - 1) * pageSize + i }))}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未导入权力清单" /> }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t) => `共 ${t} 条`,
          onChange: (p, s) => {
            setPage(s !== pageSize ? 1 : p);
            setPageSize(s);
          },
        }}
      />
    </Card>
  );
}

const REF_COLUMNS: TableColumnsType<ProvincialRef> = [
  { title: '编码', dataIndex: 'code', width: 200, render: (v: string) => <span className="qd-mono">{v}</span> },
  { title: '事项名称', dataIndex: 'name' },
  { title: '类别', dataIndex: 'category', width: 120, render: (v: string | null) => v || '—' },
  { title: '部门类型', dataIndex: 'deptType', width: 160, render: (v: string | null) => v || '—' },
];

function CoveragePanel({ refreshKey }: { refreshKey: number }) {
  const me = useMe();
  const [units, setUnits] = useState<Unit[]>([]);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    api
      .get<{ items: Unit[] }>('/units', { region: me.user.regionCode })
      .then((d) => setUnits(d.items))
      .catch((error: unknown) => setProblem(errorText(error)));
  }, [me.user.regionCode]);

  const load = useCallback(async (id: string) => {
    setLoading(true);
    setProblem(null);
    try {
      setCoverage(await api.get<Coverage>(`/units/${id}/provincial-coverage`));
    } catch (error) {
      setCoverage(null);
      setProblem(errorText(error));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    if (unitId) void load(unitId);
  }, [unitId, refreshKey, load]);

  const options = useMemo(() => units.map((u) => ({ value: u.id, label: u.fullName, search: [u.fullName, u.shortName, ...u.aliases].join(' ') })), [units]);

  return (
    <div data-testid="provincial-coverage" style={{ marginTop: 16 }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text strong>单位认领情况</Typography.Text>
        <Select
          style={{ minWidth: 320 }}
          placeholder="选择单位，查看省级参照事项的认领情况"
          options={options}
          value={unitId ?? undefined}
          onChange={(v: string) => setUnitId(v)}
          showSearch={{ optionFilterProp: ['label', 'search'] }}
          data-testid="coverage-unit"
          aria-label="选择单位"
        />
      </Space>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Spin spinning={loading}>
        {coverage ? (
          <>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <List
                  size="small"
                  bordered
                  data-testid="coverage-claimed"
                  header={<Typography.Text strong>已认领（{coverage.claimed.length}）</Typography.Text>}
                  dataSource={coverage.claimed}
                  locale={{ emptyText: '暂无已认领的事项' }}
                  renderItem={(r) => (
                    <List.Item>
                      <Space orientation="vertical" size={0}>
                        <span>
                          <span className="qd-mono">{r.code}</span> {r.name}
                        </span>
                        {r.itemName && <Typography.Text type="secondary">对应事项：{r.itemName}</Typography.Text>}
                      </Space>
                    </List.Item>
                  )}
                />
              </Col>
              <Col xs={24} md={12}>
                <List
                  size="small"
                  bordered
                  data-testid="coverage-unclaimed"
                  header={<Typography.Text strong>未认领（{coverage.unclaimed.length}）</Typography.Text>}
                  dataSource={coverage.unclaimed}
                  locale={{ emptyText: '省级参照事项均已认领' }}
                  renderItem={(r) => (
                    <List.Item>
                      <span>
                        <span className="qd-mono">{r.code}</span> {r.name}
                      </span>
                    </List.Item>
                  )}
                />
              </Col>
            </Row>
            {coverage.unknownLinks.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 12 }}
                title={`${coverage.unitName}有 ${coverage.unknownLinks.length} 个事项填写的省级参照事项编码不在省级目录中`}
                description={coverage.unknownLinks
                  .map((l) => [l.itemName, l.provincialRefCode ?? l.code].filter((x) => typeof x === 'string' && x !== '').join('：'))
                  .filter((s) => s !== '')
                  .join('；')}
              />
            )}
          </>
        ) : (
          !loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="请选择单位" />
        )}
      </Spin>
    </div>
  );
}

function ProvincialCard() {
  const [data, setData] = useState<{ items: ProvincialRef[]; total: number } | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    api
      .get<{ items: ProvincialRef[]; total: number }>('/provincial-refs')
      .then((d) => {
        if (!live) return;
        setData(d);
        setLoadError(null);
      })
      .catch((error: unknown) => {
        if (live) setLoadError(errorText(error));
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [reload]);

  return (
    <Card
      title="省级参照目录"
      extra={<Button size="small" icon={<ReloadOutlined />} onClick={() => setReload((r) => r + 1)} aria-label="刷新省级参照目录" />}
      data-testid="provincial-card"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        各单位在事项的“省级参照事项编码”中认领省级目录中的事项。
      </Typography.Paragraph>
      <ImportBox path="/provincial-refs" what="省级参照目录" testId="provincial-import" onImported={() => setReload((r) => r + 1)} />
      {loadError && <Alert type="error" showIcon title={loadError} style={{ marginTop: 12 }} />}
      <Table
        style={{ marginTop: 16 }}
        size="small"
        data-testid="provincial-table"
        rowKey="code"
        loading={loading}
        columns={REF_COLUMNS}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未导入省级参照目录" /> }}
        pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (t) => `共 ${t} 条` }}
      />
      <CoveragePanel refreshKey={reload} />
    </Card>
  );
}

export function PowerListPage() {
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <PowerListCard />
      <ProvincialCard />
    </Space>
  );
}
