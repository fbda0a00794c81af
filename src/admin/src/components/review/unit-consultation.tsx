/** One 征求意见 as a card: its items and opinions; the owner unit answers and closes it, other units comment. */
import { CheckCircleOutlined, MessageOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Form, Input, Modal, Radio, Row, Select, Skeleton, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useQuery } from '../../use-query.ts';
import { errorText, formatDateTime, showFieldErrors } from '../../util.ts';
import { STATE_COLORS, STATE_LABELS } from '../catalog/labels.ts';
import { ANSWER_LABELS, ConsultationStatusTag, FIELD_OPTIONS, type ConsultationDetail, type Opinion, type OpinionAnswer } from './unit-model.tsx';

const NO_PARAMS = {};
const BODY_STYLE = { whiteSpace: 'pre-wrap', background: '#fafbfc', border: '1px solid #eef0f3', borderRadius: 6, padding: '6px 10px', margin: '2px 0 4px' } as const;

function AnswerModal({ opinion, onClose, onDone }: { opinion: Opinion | null; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answer: OpinionAnswer; reason?: string }>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const answer = Form.useWatch('answer', form);

  async function save() {
    const values = await form.validateFields();
    setSaving(true);
    setProblem(null);
    try {
      await api.post(`/opinions/${opinion!.id}/answer`, values);
      message.success('已保存答复');
      onDone();
    } catch (error) {
      if (!showFieldErrors(form, error, ['answer', 'reason'])) setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal title="答复意见" open={!!opinion} onCancel={onClose} onOk={save} okText="保存答复" confirmLoading={saving} destroyOnHidden width={560}>
      {opinion && (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {opinion.authorUnitName} {opinion.authorName} 对“{opinion.itemName}”{opinion.fieldLabel ? `的“${opinion.fieldLabel}”` : ''}的意见：
          </Typography.Paragraph>
          <div style={BODY_STYLE}>{opinion.body}</div>
          {problem && <Alert type="error" showIcon title={problem} style={{ margin: '12px 0' }} />}
          <Form form={form} layout="vertical" initialValues={{ answer: opinion.answer ?? undefined, reason: opinion.answerReason ?? '' }} style={{ marginTop: 16 }}>
            <Form.Item name="answer" label="处理结果" rules={[{ required: true, message: '请选择处理结果' }]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={(Object.keys(ANSWER_LABELS) as OpinionAnswer[]).map((k) => ({ value: k, label: ANSWER_LABELS[k].label }))} />
            </Form.Item>
            <Form.Item
              name="reason"
              label="理由或修改情况"
              rules={[{ required: answer === 'partly' || answer === 'not_adopted', whitespace: true, message: '部分采纳、不采纳须说明理由' }]}
              extra="采纳的，可说明如何修改；部分采纳、不采纳的，须说明理由。"
            >
              <Input.TextArea rows={4} maxLength={2000} showCount />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}

function OpinionForm({ detail, onDone }: { detail: ConsultationDetail; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ itemId: string; fieldPath?: string; body: string }>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const items = detail.items.filter((i) => i.inConsultation);

  async function submit(values: { itemId: string; fieldPath?: string; body: string }) {
    setSaving(true);
    setProblem(null);
    try {
      await api.post(`/consultations/${detail.id}/opinions`, { ...values, fieldPath: values.fieldPath ?? null });
      message.success('意见已提交，对方单位将收到通知');
      form.resetFields(['fieldPath', 'body']);
      onDone();
    } catch (error) {
      if (!showFieldErrors(form, error, ['itemId', 'fieldPath', 'body'])) setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  if (items.length === 0) return <Alert type="info" showIcon title="该征求意见中已没有可提意见的事项" />;
  return (
    <Card size="small" type="inner" title={<><MessageOutlined /> 提出意见</>} style={{ marginTop: 16 }}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ itemId: items.length === 1 ? items[0].itemId : undefined }}>
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name="itemId" label="事项" rules={[{ required: true, message: '请选择事项' }]}>
              <Select placeholder="选择要提意见的事项" options={items.map((i) => ({ value: i.itemId, label: `${i.name}（第${i.versionNumber}版）` }))} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="fieldPath" label="针对要素（可不选）">
              <Select allowClear placeholder="整个事项" options={FIELD_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="body" label="意见内容" rules={[{ required: true, whitespace: true, message: '请填写意见内容' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder="请写明问题所在和修改建议，如依据的法规条款" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          提交意见
        </Button>
      </Form>
    </Card>
  );
}

/**
 * A consultation card. `mode` 'own': the unit's answers, 撤回 per item and 结束征求意见; 'other': the
 * opinions so far and a form to add one.
 */
export function ConsultationCard({ id, mode, canWork, onChanged }: { id: string; mode: 'own' | 'other'; canWork: boolean; onChanged: () => void }) {
  const { message, modal } = App.useApp();
  const { data, loading, problem, load } = useQuery<ConsultationDetail>(`/consultations/${id}`, NO_PARAMS);
  const [answering, setAnswering] = useState<Opinion | null>(null);

  const refresh = () => {
    void load();
    onChanged();
  };

  if (!data) return <Card loading={loading}>{problem ? <Alert type="error" showIcon title={problem} /> : <Skeleton active />}</Card>;
  const d = data;
  const counts = new Map<string, number>();
  for (const o of d.opinions) counts.set(o.itemId, (counts.get(o.itemId) ?? 0) + 1);

  function close() {
    modal.confirm({
      title: '结束征求意见？',
      content: `结束后，仍在本次征求意见中的 ${d.items.filter((i) => i.inConsultation).length} 个事项转入“单位审核”，等待班子会议审议；意见答复不能再修改。`,
      okText: '结束征求意见',
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await api.post<{ moved: number }>(`/consultations/${d.id}/close`);
          message.success(`已结束征求意见，${r.moved} 个事项转入单位审核`);
          refresh();
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  }

  function withdraw(item: ConsultationDetail['items'][number]) {
    modal.confirm({
      title: `撤回“${item.name}”？`,
      content: '撤回后该事项回到草稿，可以修改；修改后需重新发起征求意见。已收到的意见仍保留，须在下次征求意见结束前答复。',
      okText: '撤回修改',
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.post(`/items/${item.itemId}/withdraw`, { comment: '征求意见期间撤回修改' });
          message.success(`已撤回“${item.name}”`);
          refresh();
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  }

  const itemColumns: TableColumnsType<ConsultationDetail['items'][number]> = [
    { title: '事项编码', dataIndex: 'code', width: 150, render: (v: string) => <span className="qd-mono qd-code">{v}</span> },
    { title: '事项名称', dataIndex: 'name', render: (v: string, r) => `${v}（第${r.versionNumber}版）` },
    { title: '状态', dataIndex: 'state', width: 120, render: (s: string) => <Tag color={STATE_COLORS[s]}>{STATE_LABELS[s] ?? s}</Tag> },
    { title: '意见', key: 'n', width: 70, align: 'right', render: (_, r) => counts.get(r.itemId) ?? 0 },
    ...(mode === 'own' && canWork
      ? [
          {
            title: '操作',
            key: 'op',
            width: 90,
            render: (_: unknown, r: ConsultationDetail['items'][number]) =>
              r.inConsultation ? (
                <Button size="small" type="link" icon={<RollbackOutlined />} onClick={() => withdraw(r)}>
                  撤回
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const opinionColumns: TableColumnsType<Opinion> = [
    {
      title: '意见',
      key: 'body',
      render: (_, o) => (
        <div>
          <Space size={4} wrap style={{ marginBottom: 4 }}>
            <Typography.Text strong>{o.itemName}</Typography.Text>
            {o.fieldLabel && <Tag>{o.fieldLabel}</Tag>}
          </Space>
          <div style={BODY_STYLE}>{o.body}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.authorUnitName} · {o.authorName} · {formatDateTime(o.createdAt)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '答复',
      key: 'answer',
      width: '38%',
      render: (_, o) =>
        o.answer ? (
          <div>
            <Space size={4}>
              <Tag color={ANSWER_LABELS[o.answer].color}>{ANSWER_LABELS[o.answer].label}</Tag>
              {mode === 'own' && o.canAnswer && (
                <Button size="small" type="link" onClick={() => setAnswering(o)}>
                  修改
                </Button>
              )}
            </Space>
            {o.answerReason && <div style={{ marginTop: 4 }}>{o.answerReason}</div>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.answeredByName} · {formatDateTime(o.answeredAt)}
            </Typography.Text>
          </div>
        ) : mode === 'own' && o.canAnswer ? (
          <Button size="small" type="primary" ghost onClick={() => setAnswering(o)}>
            答复
          </Button>
        ) : (
          <Tag color="orange">待答复</Tag>
        ),
    },
  ];

  const closeHint = !d.canClose ? `征求意见期至 ${d.endsOn} 结束，期满后才能结束` : d.unansweredCount > 0 ? `还有 ${d.unansweredCount} 条意见未答复，逐条答复后才能结束` : null;

  return (
    <Card
      data-testid={`consultation-${d.id}`}
      title={
        <Space wrap size={8}>
          <span>{mode === 'other' ? `${d.unitName}：${d.title}` : d.title}</span>
          <ConsultationStatusTag status={d.status} />
          {d.isPublic && <Tag color="purple">向社会公开</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Typography.Text type="secondary">
            {d.startsOn} 至 {d.endsOn}
          </Typography.Text>
          {mode === 'own' && canWork && !d.closedAt && (
            <Tooltip title={closeHint ?? '期满且意见已全部答复，可以结束'}>
              <Button type="primary" icon={<CheckCircleOutlined />} disabled={!d.canClose || d.unansweredCount > 0} onClick={close}>
                结束征求意见
              </Button>
            </Tooltip>
          )}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      <Table rowKey="versionId" size="small" columns={itemColumns} dataSource={d.items} pagination={false} />
      <Typography.Title level={5} style={{ margin: '16px 0 8px' }}>
        意见及答复（{d.opinions.length} 条{d.unansweredCount > 0 ? `，${d.unansweredCount} 条待答复` : ''}）
      </Typography.Title>
      {d.opinions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={d.status === 'upcoming' ? '征求意见尚未开始' : '暂无意见'} />
      ) : (
        <Table rowKey="id" size="small" columns={opinionColumns} dataSource={d.opinions} pagination={false} />
      )}
      {mode === 'other' && d.canComment && <OpinionForm detail={d} onDone={() => void load()} />}
      <AnswerModal
        opinion={answering}
        onClose={() => setAnswering(null)}
        onDone={() => {
          setAnswering(null);
          refresh();
        }}
      />
    </Card>
  );
}
