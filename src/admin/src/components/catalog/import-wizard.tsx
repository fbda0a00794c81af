import { CheckCircleFilled, CloseCircleFilled, FileExcelOutlined, InboxOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, App, Button, Col, Empty, Modal, Result, Row, Space, Spin, Statistic, Steps, Table, Tabs, Tag, Typography, Upload } from 'antd';
import type { TableColumnsType, UploadFile } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, queryString } from '../../api.ts';
import type { ImportProblem, ImportReport } from '../../types.ts';
import { fileErrorText } from './files.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 20 * 1024 * 1024;

type Step = 'choose' | 'preview' | 'done';

function asProblems(list: unknown): ImportProblem[] {
  if (!Array.isArray(list)) return [];
  return list.map((p: Record<string, unknown>) => ({
    row: typeof p.row === 'number' ? p.row : null,
    column: typeof p.column === 'string' ? p.column : typeof p.path === 'string' ? p.path : null,
    code: typeof p.code === 'string' ? p.code : '',
    message: typeof p.message === 'string' ? p.message : String(p.message ?? ''),
  }));
}

/** A report, whether the server answered 200 or put the report (rows with errors) in a 4xx problem. */
function reportOf(data: Record<string, unknown>, fileName: string): ImportReport {
  const n = (v: unknown) => (typeof v === 'number' ? v : 0);
  return {
    file: typeof data.file === 'string' ? data.file : fileName,
    unit: typeof data.unit === 'string' ? data.unit : null,
    rowsRead: n(data.rowsRead),
    created: n(data.created),
    updated: n(data.updated),
    unchanged: n(data.unchanged),
    warnings: asProblems(data.warnings),
    errors: asProblems(data.errors),
  };
}

function isRowReport(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && ('rowsRead' in error.problem || asProblems(error.problem.errors).some((p) => p.row !== null));
}

const PROBLEM_COLUMNS: TableColumnsType<ImportProblem & { key: number }> = [
  { title: '行号', dataIndex: 'row', width: 72, align: 'center', render: (v: number | null) => v ?? '—' },
  { title: '列', dataIndex: 'column', width: 176, render: (v: string | null) => v ?? '—' },
  { title: '问题', dataIndex: 'message' },
];

function ProblemTable({ rows, testId }: { rows: ImportProblem[]; testId: string }) {
  return (
    <Table
      data-testid={testId}
      size="small"
      rowKey="key"
      columns={PROBLEM_COLUMNS}
      dataSource={rows.map((r, key) => ({ ...r, key }))}
      pagination={false}
      scroll={{ y: 236 }}
    />
  );
}

/** 导入备案表: choose an .xlsx → preview (a dry run: counts, errors, warnings) → confirm → the real import. */
export function ImportWizard({ open, unitId, unitName, onClose, onImported }: { open: boolean; unitId: string; unitName: string; onClose: () => void; onImported: () => void }) {
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>('choose');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const run = useRef(0);

  useEffect(() => {
    if (!open) return;
    setStep('choose');
    setFile(null);
    setPreview(null);
    setResult(null);
    setProblem(null);
    setBusy(null);
  }, [open]);

  async function send(chosen: File, dryRun: boolean): Promise<ImportReport | null> {
    const path = `/filing/import${queryString({ unitId, dryRun: String(dryRun), fileName: chosen.name.slice(0, 200) })}`;
    try {
      const data = await api.upload<Record<string, unknown>>(path, chosen, XLSX_TYPE);
      return reportOf(data ?? {}, chosen.name);
    } catch (error) {
      if (isRowReport(error)) return reportOf(error.problem, chosen.name);
      setProblem(fileErrorText(dryRun ? '预览' : '导入', error));
      return null;
    }
  }

  async function runPreview(chosen: File) {
    const id = ++run.current;
    setBusy('preview');
    setProblem(null);
    setPreview(null);
    const report = await send(chosen, true);
    if (id !== run.current) return;
    setBusy(null);
    if (report) {
      setPreview(report);
      setStep('preview');
    }
  }

  async function confirmImport() {
    if (!file || busy) return;
    setBusy('import');
    setProblem(null);
    const report = await send(file, false);
    setBusy(null);
    if (!report) return;
    if (report.errors.length > 0) {
      // The data changed since the preview: show what is wrong now; nothing was written.
      setPreview(report);
      setStep('preview');
      return;
    }
    setResult(report);
    setStep('done');
    message.success(`导入完成：新增 ${report.created} 项，更新 ${report.updated} 项`);
    onImported();
  }

  function choose(chosen: File): boolean {
    if (!/\.xlsx$/i.test(chosen.name)) {
      setProblem('请选择 Excel 工作簿（.xlsx）文件；旧版 .xls 请先在 Excel/WPS 中另存为 .xlsx');
      return false;
    }
    if (chosen.size > MAX_BYTES) {
      setProblem('文件超过 20 MB，请拆分后分批导入');
      return false;
    }
    setFile(chosen);
    void runPreview(chosen);
    return false;
  }

  const fileList: UploadFile[] = file ? [{ uid: 'chosen', name: file.name, status: busy === 'preview' ? 'uploading' : 'done', size: file.size }] : [];
  const current = step === 'choose' ? 0 : step === 'preview' ? 1 : 2;
  const hasErrors = (preview?.errors.length ?? 0) > 0;
  const nothing = preview !== null && preview.rowsRead === 0;

  const footer =
    step === 'choose' ? (
      <Button onClick={onClose}>取消</Button>
    ) : step === 'preview' ? (
      <Space>
        <Button onClick={() => setStep('choose')} disabled={busy !== null}>
          重新选择文件
        </Button>
        <Button onClick={onClose} disabled={busy === 'import'}>
          取消
        </Button>
        <Button type="primary" data-testid="import-confirm" disabled={hasErrors || nothing || busy !== null} loading={busy === 'import'} onClick={() => void confirmImport()}>
          确认导入
        </Button>
      </Space>
    ) : (
      <Button type="primary" onClick={onClose} data-testid="import-done">
        完成
      </Button>
    );

  return (
    <Modal
      title="导入备案表"
      open={open}
      onCancel={busy === 'import' ? undefined : onClose}
      width={880}
      style={{ top: 32 }}
      footer={footer}
      destroyOnHidden
      mask={{ closable: false }}
      data-testid="import-wizard"
    >
      <Steps
        size="small"
        current={current}
        style={{ margin: '8px 0 20px' }}
        items={[{ title: '选择文件' }, { title: '预览检查' }, { title: '完成导入' }]}
      />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="import-problem" />}

      {step === 'choose' && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`导入到：${unitName}`}
            description="请使用附件2《清理规范公共服务事项备案表》格式（序号、事项名称、类别、服务内容、办理依据、实施（共同实施）单位、服务对象、备注）。同名事项将被更新，不会重复新增；先预览检查，确认后才写入。"
          />
          <Spin spinning={busy === 'preview'} description="正在读取并检查文件…">
            <Upload.Dragger
              data-testid="import-file-input"
              accept={`.xlsx,${XLSX_TYPE}`}
              multiple={false}
              maxCount={1}
              fileList={fileList}
              beforeUpload={choose}
              onRemove={() => {
                setFile(null);
                return true;
              }}
              disabled={busy !== null}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">点击或将备案表文件拖到此处</p>
              <p className="ant-upload-hint">仅支持 .xlsx 格式；选择文件后自动预览，不会立即写入</p>
            </Upload.Dragger>
          </Spin>
        </>
      )}

      {step === 'preview' && preview && (
        <div data-testid="import-preview">
          <Space size={8} style={{ marginBottom: 12 }}>
            <FileExcelOutlined style={{ color: '#237804', fontSize: 18 }} />
            <Typography.Text strong>{preview.file ?? file?.name}</Typography.Text>
            {preview.unit && <Tag>{preview.unit}</Tag>}
          </Space>
          <Row gutter={12} className="qd-import-stats">
            <Col span={4}>
              <Statistic title="读取" value={preview.rowsRead} suffix="行" />
            </Col>
            <Col span={4}>
              <Statistic title="将新增" value={preview.created} suffix="项" styles={{ content: { color: '#237804' } }} />
            </Col>
            <Col span={4}>
              <Statistic title="将更新" value={preview.updated} suffix="项" styles={{ content: { color: '#1a56a8' } }} />
            </Col>
            <Col span={4}>
              <Statistic title="未变" value={preview.unchanged} suffix="项" />
            </Col>
            <Col span={4}>
              <Statistic title="错误" value={preview.errors.length} suffix="处" styles={{ content: { color: preview.errors.length ? '#cf1322' : undefined } }} />
            </Col>
            <Col span={4}>
              <Statistic title="提示" value={preview.warnings.length} suffix="处" styles={{ content: { color: preview.warnings.length ? '#ad6800' : undefined } }} />
            </Col>
          </Row>
          {hasErrors ? (
            <Alert
              type="error"
              showIcon
              icon={<CloseCircleFilled />}
              style={{ margin: '16px 0' }}
              title={`文件中有 ${preview.errors.length} 处错误，本次导入不会写入任何数据`}
              description="请按下表所列的行号和列修改备案表文件，保存后点击“重新选择文件”再次导入。"
              data-testid="import-has-errors"
            />
          ) : nothing ? (
            <Alert type="warning" showIcon style={{ margin: '16px 0' }} title="文件中没有读到事项行" description="请检查文件是否为附件2格式的备案表，表头是否包含“事项名称”“类别”等栏目。" />
          ) : (
            <Alert
              type="success"
              showIcon
              icon={<CheckCircleFilled />}
              style={{ margin: '16px 0' }}
              title="检查通过，可以导入"
              description={
                preview.warnings.length > 0
                  ? `有 ${preview.warnings.length} 处提示（如名称规范化、待补充的要素），不影响导入；导入的事项为草稿，可在事项编辑中补充完善。`
                  : '导入的事项为草稿，可在事项编辑中补充服务指南。'
              }
            />
          )}
          {preview.errors.length + preview.warnings.length > 0 ? (
            <Tabs
              size="small"
              defaultActiveKey={hasErrors ? 'errors' : 'warnings'}
              items={[
                {
                  key: 'errors',
                  label: (
                    <span>
                      <CloseCircleFilled style={{ color: '#cf1322' }} /> 错误（{preview.errors.length}）
                    </span>
                  ),
                  children: preview.errors.length ? <ProblemTable rows={preview.errors} testId="import-errors" /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有错误" />,
                },
                {
                  key: 'warnings',
                  label: (
                    <span>
                      <WarningFilled style={{ color: '#d4b106' }} /> 提示（{preview.warnings.length}）
                    </span>
                  ),
                  children: preview.warnings.length ? <ProblemTable rows={preview.warnings} testId="import-warnings" /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有提示" />,
                },
              ]}
            />
          ) : null}
        </div>
      )}

      {step === 'done' && result && (
        <Result
          status="success"
          title="导入完成"
          subTitle={`读取 ${result.rowsRead} 行：新增 ${result.created} 项，更新 ${result.updated} 项，未变 ${result.unchanged} 项${result.warnings.length ? `；${result.warnings.length} 处提示请在事项编辑中处理` : ''}。`}
          data-testid="import-result"
        />
      )}
    </Modal>
  );
}
