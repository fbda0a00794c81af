/** 附件 (样表、示例、结果样本): upload one file to /files, keep its id in the form, download it again. */
import { CloseOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api.ts';
import { errorText } from '../../util.ts';
import { downloadFile, fileErrorText } from './files.ts';

export const ATTACHMENT_EXTENSIONS = ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.wps', '.ofd', '.jpg', '.jpeg', '.png'] as const;
export const ATTACHMENT_ACCEPT = ATTACHMENT_EXTENSIONS.join(',');
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export interface StoredFile {
  id: string;
  filename: string;
  size: number;
  mimeType: string;
}

/** File names of files uploaded in this session (the draft only keeps the id). */
const knownNames = new Map<string, string>();

/** Why a chosen file cannot be sent, or null when it may. */
export function attachmentProblem(file: { name: string; size: number }): string | null {
  const lower = file.name.toLowerCase();
  if (!ATTACHMENT_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return `不支持该文件类型，请上传 ${ATTACHMENT_EXTENSIONS.map((e) => e.slice(1)).join('、')} 格式的文件`;
  }
  if (file.size > ATTACHMENT_MAX_BYTES) return '文件超过 10 MB，请压缩后再上传';
  if (file.size === 0) return '文件为空，请重新选择';
  return null;
}

/** Sends one file; the server answers 201 with its id. */
export async function uploadAttachment(file: File): Promise<StoredFile> {
  const stored = await api.upload<StoredFile>(`/files?fileName=${encodeURIComponent(file.name.slice(0, 200))}`, file, file.type || 'application/octet-stream');
  knownNames.set(stored.id, stored.filename || file.name);
  return stored;
}

interface AttachmentFieldProps {
  /** Injected by Form.Item: the file's id or null. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  /** 样表 / 示例 / 结果样本. */
  label: string;
  readOnly: boolean;
  testId?: string;
}

/** One attachment slot: an upload button, or the uploaded file as a download link with a ×. */
export function AttachmentField({ value, onChange, id, label, readOnly, testId }: AttachmentFieldProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [, setVersion] = useState(0);
  const fileId = typeof value === 'string' && value !== '' ? value : null;
  const name = fileId ? knownNames.get(fileId) : undefined;

  async function send(file: File) {
    setBusy(true);
    try {
      const stored = await uploadAttachment(file);
      setVersion((v) => v + 1);
      onChange?.(stored.id);
      message.success(`${label}已上传：${stored.filename || file.name}`);
    } catch (error) {
      message.error(`${label}上传失败：${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  }

  async function download() {
    if (!fileId) return;
    try {
      await downloadFile(`/files/${fileId}`, {}, name ?? `${label}附件`);
    } catch (error) {
      message.error(fileErrorText('下载', error));
    }
  }

  if (fileId) {
    return (
      <Space size={4} id={id} data-testid={testId} className="qd-attachment">
        <PaperClipOutlined style={{ color: 'rgba(0,0,0,0.45)' }} />
        <Typography.Text type="secondary">{label}：</Typography.Text>
        <a
          href={`/api/v1/files/${fileId}`}
          onClick={(e) => {
            e.preventDefault();
            void download();
          }}
          title={name ? `下载 ${name}` : '下载附件'}
          data-testid={testId ? `${testId}-link` : undefined}
        >
          {name ?? '已上传附件'}
        </a>
        {!readOnly && (
          <Tooltip title={`移除${label}`}>
            <Button type="text" size="small" icon={<CloseOutlined />} aria-label={`移除${label}`} onClick={() => onChange?.(null)} data-testid={testId ? `${testId}-remove` : undefined} />
          </Tooltip>
        )}
      </Space>
    );
  }
  if (readOnly) {
    return (
      <Typography.Text type="secondary" id={id} data-testid={testId}>
        {label}：无
      </Typography.Text>
    );
  }
  return (
    <span id={id} data-testid={testId} className="qd-attachment">
      <Upload
        accept={ATTACHMENT_ACCEPT}
        maxCount={1}
        showUploadList={false}
        beforeUpload={(file) => {
          const problem = attachmentProblem(file);
          if (problem) {
            message.error(problem);
            return Upload.LIST_IGNORE;
          }
          void send(file);
          return false;
        }}
      >
        <Tooltip title="支持 pdf、doc、docx、xls、xlsx、wps、ofd、jpg、png，不超过 10 MB">
          <Button size="small" icon={<UploadOutlined />} loading={busy} aria-label={`上传${label}`}>
            上传{label}
          </Button>
        </Tooltip>
      </Upload>
    </span>
  );
}
