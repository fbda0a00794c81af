/** 送审稿 of a unit: the frozen files with their SHA-256, the sealed scan, and each item's current state. */
import { FileExcelOutlined, FilePdfOutlined, FileWordOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Table, Tag, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import { errorText, formatDateTime } from '../../util.ts';
import { attachmentProblem, uploadAttachment } from '../catalog/attachment.tsx';
import { downloadFile, fileErrorText } from '../catalog/files.ts';
import { STATE_COLORS, STATE_LABELS } from '../catalog/labels.ts';
import { ShaText, type SubmissionRow } from './unit-model.tsx';

interface SubmissionItem {
  itemId: string;
  code: string;
  name: string;
  versionNumber: number;
  versionState: string;
  latestVersionNumber: number;
  latestState: string;
}

function SubmissionItems({ id }: { id: string }) {
  const [items, setItems] = useState<SubmissionItem[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api
      .get<{ items: SubmissionItem[] }>(`/submissions/${id}`)
      .then((r) => setItems(r.items))
      .catch((e) => setProblem(errorText(e)));
  }, [id]);
  if (problem) return <Typography.Text type="danger">{problem}</Typography.Text>;
  return (
    <Table
      rowKey="itemId"
      size="small"
      loading={items === null}
      dataSource={items ?? []}
      pagination={false}
      columns={[
        { title: '事项编码', dataIndex: 'code', width: 150, render: (v: string) => <span className="qd-mono qd-code">{v}</span> },
        { title: '事项名称', dataIndex: 'name' },
        { title: '报送版本', dataIndex: 'versionNumber', width: 90, render: (n: number) => `第${n}版` },
        {
          title: '当前状态',
          key: 'state',
          width: 220,
          render: (_, r) =>
            r.latestVersionNumber === r.versionNumber ? (
              <Tag color={STATE_COLORS[r.latestState]}>{STATE_LABELS[r.latestState] ?? r.latestState}</Tag>
            ) : (
              <Space size={4}>
                <Tag>已退回</Tag>
                <span>
                  第{r.latestVersionNumber}版 <Tag color={STATE_COLORS[r.latestState]}>{STATE_LABELS[r.latestState] ?? r.latestState}</Tag>
                </span>
              </Space>
            ),
        },
      ]}
    />
  );
}

/** The submissions table; the head may attach the sealed scan once. */
export function SubmissionsTable({ rows, loading, canSign, onChanged }: { rows: SubmissionRow[]; loading: boolean; canSign: boolean; onChanged: () => void }) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);

  async function download(s: SubmissionRow, kind: 'filing' | 'guides' | 'scan') {
    setBusy(`${s.id}-${kind}`);
    try {
      const path = kind === 'filing' ? `/submissions/${s.id}/filing.xlsx` : kind === 'guides' ? `/submissions/${s.id}/guides.docx` : `/files/${s.sealedScanFileId}`;
      const fallback = kind === 'filing' ? `备案表-第${s.number}次报送.xlsx` : kind === 'guides' ? `服务指南汇编-第${s.number}次报送.docx` : `盖章扫描件-第${s.number}次报送`;
      const name = await downloadFile(path, {}, fallback);
      message.success(`已下载“${name}”`);
    } catch (error) {
      message.error(fileErrorText('下载', error));
    } finally {
      setBusy(null);
    }
  }

  function attach(s: SubmissionRow, file: File) {
    const bad = attachmentProblem(file);
    if (bad) {
      message.error(bad);
      return;
    }
    modal.confirm({
      title: `上传第 ${s.number} 次报送的盖章扫描件？`,
      content: `文件“${file.name}”上传后不能更换，请确认是签字盖章后的备案表扫描件。`,
      okText: '上传',
      cancelText: '取消',
      onOk: async () => {
        try {
          const stored = await uploadAttachment(file);
          await api.post(`/submissions/${s.id}/sealed-scan`, { fileId: stored.id });
          message.success('盖章扫描件已上传');
          onChanged();
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  }

  const columns: TableColumnsType<SubmissionRow> = [
    {
      title: '送审稿',
      key: 'no',
      width: 170,
      render: (_, s) => (
        <div>
          <Typography.Text strong>第 {s.number} 次报送</Typography.Text>
          {s.campaignName && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {s.campaignName}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: '签署',
      key: 'signed',
      width: 190,
      render: (_, s) => (
        <div>
          {s.signedByName}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(s.signedAt)}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: '事项数', dataIndex: 'itemCount', width: 80, align: 'right' },
    {
      title: '冻结文件（SHA-256）',
      key: 'files',
      render: (_, s) => (
        <Space orientation="vertical" size={2}>
          <Space size={6}>
            <Button size="small" type="link" icon={<FileExcelOutlined />} loading={busy === `${s.id}-filing`} onClick={() => download(s, 'filing')} style={{ padding: 0 }}>
              备案表
            </Button>
            <ShaText value={s.filingSha256} label="备案表" />
          </Space>
          <Space size={6}>
            <Button size="small" type="link" icon={<FileWordOutlined />} loading={busy === `${s.id}-guides`} onClick={() => download(s, 'guides')} style={{ padding: 0 }}>
              服务指南汇编
            </Button>
            <ShaText value={s.guidesSha256} label="服务指南汇编" />
          </Space>
        </Space>
      ),
    },
    {
      title: '盖章扫描件',
      key: 'scan',
      width: 150,
      render: (_, s) =>
        s.sealedScanFileId ? (
          <Button size="small" type="link" icon={<FilePdfOutlined />} loading={busy === `${s.id}-scan`} onClick={() => download(s, 'scan')} style={{ padding: 0 }}>
            下载扫描件
          </Button>
        ) : canSign ? (
          <Upload
            showUploadList={false}
            accept=".pdf,.jpg,.jpeg,.png,.ofd"
            beforeUpload={(file) => {
              attach(s, file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />}>
              上传
            </Button>
          </Upload>
        ) : (
          <Typography.Text type="secondary">未上传</Typography.Text>
        ),
    },
    {
      title: '签收',
      key: 'received',
      width: 160,
      render: (_, s) => (s.receivedAt ? <Typography.Text>{formatDateTime(s.receivedAt)}</Typography.Text> : <Tag color="orange">待签收</Tag>),
    },
  ];

  return (
    <Table
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      expandable={{ expandedRowRender: (s) => <SubmissionItems id={s.id} />, rowExpandable: () => true }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未报送送审稿" /> }}
    />
  );
}
