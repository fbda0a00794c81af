import { CheckCircleOutlined, DeleteOutlined, EyeOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Empty, Form, Input, List, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api.ts';
import { errorText, formatDateTime, showFieldErrors } from '../../util.ts';
import type { ErrorReportDetail } from './model.ts';
import { StatusTag } from './report-table.tsx';

const ANSWER_MAX = 2000;

/** One report: what was said, by whom (phone whole for the unit's staff), the answer form, the 举报 and the moderator's decision. */
export function ReportDrawer({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged: () => void }) {
  const { message, modal } = App.useApp();
  const [report, setReport] = useState<ErrorReportDetail | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ answer: string }>();

  const load = useCallback(async () => {
    if (!id) return;
    setProblem(null);
    try {
      setReport(await api.get<ErrorReportDetail>(`/error-reports/${id}`));
    } catch (error) {
      setProblem(errorText(error));
    }
  }, [id]);

  useEffect(() => {
    setReport(null);
    form.resetFields();
    void load();
  }, [load, form]);

  function answer(values: { answer: string }) {
    modal.confirm({
      title: '确认提交答复？',
      content: '答复将在事项页面公开，纠错人也可凭纠错编号查看。提交后不能修改。',
      okText: '提交答复',
      cancelText: '再看看',
      onOk: async () => {
        setSaving(true);
        try {
          await api.post(`/error-reports/${id}/answer`, { answer: values.answer });
          message.success('已答复，答复已在事项页面公开');
          await load();
          onChanged();
        } catch (error) {
          if (!showFieldErrors(form, error, ['answer'])) message.error(errorText(error));
        } finally {
          setSaving(false);
        }
      },
    });
  }

  function moderate(decision: 'keep' | 'remove') {
    let comment = '';
    modal.confirm({
      title: decision === 'keep' ? '保留该内容并恢复显示？' : '删除该内容？',
      icon: decision === 'keep' ? <EyeOutlined /> : <DeleteOutlined style={{ color: '#cf1322' }} />,
      okText: decision === 'keep' ? '保留并恢复显示' : '删除',
      okButtonProps: decision === 'remove' ? { danger: true } : undefined,
      cancelText: '取消',
      content: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {decision === 'keep'
              ? '纠错及其答复将重新在事项页面公开；此前举报过的地址不能再次举报。'
              : '纠错及其答复将不再公开，纠错人查询时显示“经审核不予公开”。此操作不能撤销。'}
          </Typography.Text>
          <Input.TextArea placeholder="处理说明（选填，记入审计日志）" maxLength={500} rows={3} onChange={(e) => (comment = e.target.value)} aria-label="处理说明" />
        </Space>
      ),
      onOk: async () => {
        try {
          await api.post(`/error-reports/${id}/moderation`, { decision, comment: comment || null });
          message.success(decision === 'keep' ? '已保留，内容恢复显示' : '已删除，内容不再公开');
          await load();
          onChanged();
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  }

  const canAnswer = report?.actions.includes('answer') ?? false;
  const canModerate = report?.actions.includes('moderate') ?? false;
  return (
    <Drawer title={report ? `纠错 ${report.reference}` : '纠错详情'} open={id !== null} onClose={onClose} size={640} destroyOnHidden extra={report && <StatusTag report={report} />}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      {!report && !problem && <Skeleton active />}
      {report && (
        <Space orientation="vertical" size={20} style={{ width: '100%' }} data-testid="report-drawer">
          {report.isHidden && report.moderation === null && (
            <Alert
              type="warning"
              showIcon
              title={`该纠错及答复被举报 ${report.flagCount} 次，已暂时隐藏，等待区政务服务管理办审核。`}
              action={
                canModerate && (
                  <Space orientation="vertical" size={6}>
                    <Button size="small" icon={<EyeOutlined />} onClick={() => moderate('keep')} data-testid="moderate-keep">
                      保留
                    </Button>
                    <Button size="small" danger icon={<DeleteOutlined />} onClick={() => moderate('remove')} data-testid="moderate-remove">
                      删除
                    </Button>
                  </Space>
                )
              }
            />
          )}
          {report.moderation === 'removed' && <Alert type="info" showIcon title="该内容已经审核删除，不再公开。" />}
          <Descriptions size="small" column={1} bordered styles={{ label: { width: 120 } }}>
            <Descriptions.Item label="事项">
              <Space wrap>
                {report.itemName}
                <Typography.Text type="secondary">{report.itemCode}</Typography.Text>
                <a href={`/items/${encodeURIComponent(report.itemCode)}#jiucuo`} target="_blank" rel="noreferrer">
                  <LinkOutlined /> 公开页面
                </a>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="实施单位">{report.unitName}</Descriptions.Item>
            <Descriptions.Item label="有误的内容">
              <Tag>{report.fieldLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="提交时间">{formatDateTime(report.createdAt)}</Descriptions.Item>
            <Descriptions.Item label="纠错人">{report.contactName ?? '（未留姓名）'}</Descriptions.Item>
            <Descriptions.Item label="联系电话">
              {report.contactPhone ? (
                <Space>
                  <Typography.Text copyable={!report.phoneMasked}>{report.contactPhone}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {report.phoneMasked ? '（已脱敏，仅实施单位人员可见完整号码）' : '（本次查看已记入审计日志）'}
                  </Typography.Text>
                </Space>
              ) : (
                <Typography.Text type="secondary">未留电话</Typography.Text>
              )}
            </Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5}>纠错内容</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12, borderRadius: 6 }}>{report.body}</Typography.Paragraph>
          </div>
          <div>
            <Typography.Title level={5}>答复</Typography.Title>
            {report.answer ? (
              <>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#f6ffed', padding: 12, borderRadius: 6, border: '1px solid #b7eb8f' }}>{report.answer}</Typography.Paragraph>
                <Typography.Text type="secondary">
                  <CheckCircleOutlined /> {report.answeredByName ?? '—'} 于 {formatDateTime(report.answeredAt)} 答复
                </Typography.Text>
              </>
            ) : canAnswer ? (
              <Form form={form} layout="vertical" onFinish={answer} disabled={saving} data-testid="answer-form">
                <Form.Item
                  name="answer"
                  label="答复内容（将在事项页面公开）"
                  rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}
                  extra="请说明核实结果和处理情况；如需更正办事指南，请在“事项清单”中申请动态调整。"
                >
                  <Input.TextArea rows={5} maxLength={ANSWER_MAX} showCount placeholder="例如：经核实，……已于……更正，感谢您的监督。" />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={saving} data-testid="answer-submit">
                  提交答复
                </Button>
              </Form>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={report.status === 'open' ? '等待实施单位答复' : '无答复'} />
            )}
          </div>
          {(report.flags.length > 0 || canModerate) && (
            <div>
              <Typography.Title level={5}>举报记录（{report.flags.length}）</Typography.Title>
              <List
                size="small"
                bordered
                dataSource={report.flags}
                locale={{ emptyText: '暂无举报' }}
                renderItem={(f) => (
                  <List.Item>
                    <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, width: '100%' }}>
                      <span>{f.reason}</span>
                      <Typography.Text type="secondary">{formatDateTime(f.createdAt)}</Typography.Text>
                    </div>
                  </List.Item>
                )}
              />
            </div>
          )}
          {report.moderatedAt && (
            <Timeline
              items={[{ color: report.moderation === 'removed' ? 'red' : 'green', content: `${formatDateTime(report.moderatedAt)} 审核${report.moderation === 'removed' ? '删除' : '保留'}` }]}
            />
          )}
        </Space>
      )}
    </Drawer>
  );
}
