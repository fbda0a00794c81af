/** The unit side's forms: 发起征求意见, 班子会议记录, 签署报送. */
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Radio, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api.ts';
import { errorText, showFieldErrors } from '../../util.ts';
import { AttachmentField } from '../catalog/attachment.tsx';
import { FormDrawer } from '../form-drawer.tsx';
import { beijingToday, DECISION_LABELS, type Board, type BoardItem, type Meeting, type MeetingDecision } from './unit-model.tsx';

const itemColumns = [
  { title: '事项编码', dataIndex: 'code', width: 150, render: (v: string) => <span className="qd-mono qd-code">{v}</span> },
  { title: '事项名称', dataIndex: 'name', render: (v: string, r: BoardItem) => `${v}（第${r.versionNumber}版）` },
];

const beforeToday = (d: Dayjs) => d.format('YYYY-MM-DD') < beijingToday();
const afterToday = (d: Dayjs) => d.format('YYYY-MM-DD') > beijingToday();

/** 发起征求意见: title, window (from today), and the drafts chosen on the board. */
export function OpenConsultationModal({ board, items, open, onClose, onDone }: { board: Board; items: BoardItem[]; open: boolean; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string; window: [Dayjs, Dayjs]; isPublic: boolean }>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function save() {
    const v = await form.validateFields();
    setSaving(true);
    setProblem(null);
    try {
      const r = await api.post<{ id: string; itemCount: number }>('/consultations', {
        unitId: board.unitId,
        title: v.title,
        startsOn: v.window[0].format('YYYY-MM-DD'),
        endsOn: v.window[1].format('YYYY-MM-DD'),
        isPublic: v.isPublic,
        itemIds: items.map((i) => i.id),
      });
      message.success(`已发起征求意见，${r.itemCount} 个事项进入征求意见`);
      onDone();
    } catch (error) {
      if (!showFieldErrors(form, error, ['title'])) setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  const today = dayjs(beijingToday());
  return (
    <Modal title="发起征求意见" open={open} onCancel={onClose} onOk={save} okText="发起征求意见" confirmLoading={saving} destroyOnHidden width={680}>
      <Typography.Paragraph type="secondary">征求意见期内，本区其他单位的工作人员可以对这些事项及其具体要素提出意见；本单位须逐条答复（采纳、部分采纳或不采纳并说明理由），期满且全部答复后才能结束征求意见、提交班子会议审议。</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ title: `${board.unitName}公共服务事项清单征求意见`, window: [today, today.add(7, 'day')], isPublic: false }}>
        <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="window" label="征求意见期（含首尾两日）" rules={[{ required: true, message: '请选择征求意见期' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} disabledDate={beforeToday} />
        </Form.Item>
        <Form.Item name="isPublic" valuePropName="checked" style={{ marginBottom: 12 }}>
          <Checkbox>同时向社会公开征求意见</Checkbox>
        </Form.Item>
      </Form>
      <Typography.Text strong>征求意见的事项（{items.length} 项）</Typography.Text>
      <Table rowKey="id" size="small" columns={itemColumns} dataSource={items} pagination={false} scroll={{ y: 240 }} style={{ marginTop: 8 }} />
    </Modal>
  );
}

/** 班子会议记录: covers every item now in unit review; 未通过 sends them back to draft. */
export function MeetingDrawer({ board, open, onClose, onDone }: { board: Board; open: boolean; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ heldOn: Dayjs; attendees: string; decision: MeetingDecision; minutes?: string; minutesFileId?: string | null }>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const decision = Form.useWatch('decision', form);
  const reviewed = board.items.filter((i) => i.state === 'unit_review');

  async function save() {
    const v = await form.validateFields();
    setSaving(true);
    setProblem(null);
    try {
      await api.post(`/units/${board.unitId}/meetings`, { ...v, heldOn: v.heldOn.format('YYYY-MM-DD'), minutesFileId: v.minutesFileId ?? null });
      message.success(v.decision === 'not_passed' ? `已记录班子会议：未通过，${reviewed.length} 个事项退回草稿` : `已记录班子会议：${DECISION_LABELS[v.decision].label}`);
      onDone();
    } catch (error) {
      if (!showFieldErrors(form, error, ['heldOn', 'attendees', 'decision', 'minutes', 'minutesFileId'])) setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormDrawer title="记录班子会议" open={open} size={620} saving={saving} problem={problem} onClose={onClose} onSave={save}>
      <Alert
        type="info"
        showIcon
        title={`本次会议审议本单位处于“单位审核”的全部 ${reviewed.length} 个事项`}
        description={reviewed.slice(0, 8).map((i) => i.name).join('、') + (reviewed.length > 8 ? ` 等 ${reviewed.length} 项` : '')}
        style={{ marginBottom: 16 }}
      />
      <Form form={form} layout="vertical" initialValues={{ heldOn: dayjs(beijingToday()), decision: 'passed' }}>
        <Form.Item name="heldOn" label="会议日期" rules={[{ required: true, message: '请选择会议日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
        </Form.Item>
        <Form.Item name="attendees" label="参会人员" rules={[{ required: true, whitespace: true, message: '请填写参会人员' }]}>
          <Input.TextArea rows={2} maxLength={1000} placeholder="如：局长张某某，副局长李某某、王某某，各股室负责人" />
        </Form.Item>
        <Form.Item name="decision" label="审议结论" rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={(Object.keys(DECISION_LABELS) as MeetingDecision[]).map((k) => ({ value: k, label: DECISION_LABELS[k].label }))} />
        </Form.Item>
        {decision === 'not_passed' && <Alert type="warning" showIcon title="审议未通过的，上述事项将全部退回草稿，修改后需重新征求意见。" style={{ marginBottom: 16 }} />}
        <Form.Item name="minutes" label="会议纪要摘要">
          <Input.TextArea rows={4} maxLength={10000} placeholder="审议意见、要求修改的内容等" />
        </Form.Item>
        <Form.Item name="minutesFileId" label="会议纪要文件（可选）">
          <AttachmentField label="会议纪要" readOnly={false} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** 签署报送: the head re-enters their password; lists exactly what is submitted and that it cannot be undone. */
export function SignModal({ board, meeting, open, onClose, onDone }: { board: Board; meeting: Meeting | null; open: boolean; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string; sealedScanFileId?: string | null }>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const items = meeting ? board.items.filter((i) => i.meetingId === meeting.id) : [];
  const reviewer = board.firstReviewer === 'parent' ? '主管部门' : '区政务公开政务服务管理办公室';

  async function save() {
    if (!meeting) return;
    const v = await form.validateFields();
    setSaving(true);
    setProblem(null);
    try {
      const r = await api.post<{ number: number; itemCount: number }>(`/units/${board.unitId}/submissions`, { meetingId: meeting.id, password: v.password, sealedScanFileId: v.sealedScanFileId ?? null });
      message.success(`已签署报送第 ${r.number} 次送审稿（${r.itemCount} 个事项），已通知${reviewer}`);
      onDone();
    } catch (error) {
      if (!showFieldErrors(form, error, ['password', 'sealedScanFileId'])) setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      title="签署报送"
      open={open}
      onCancel={onClose}
      onOk={save}
      okText="确认签署并报送"
      okButtonProps={{ disabled: items.length === 0 }}
      confirmLoading={saving}
      destroyOnHidden
      width={680}
    >
      {meeting && (
        <Typography.Paragraph>
          依据 {meeting.heldOn} 班子会议（<Tag color={DECISION_LABELS[meeting.decision].color}>{DECISION_LABELS[meeting.decision].label}</Tag>）， 以 {board.unitFullName} 名义报送以下 {items.length} 个事项：
        </Typography.Paragraph>
      )}
      <Table rowKey="id" size="small" columns={itemColumns} dataSource={items} pagination={false} scroll={{ y: 220 }} />
      <Alert
        type="warning"
        showIcon
        style={{ margin: '16px 0' }}
        title="签署后不可撤销"
        description={`签署时将冻结备案表和服务指南汇编并记录其哈希值，事项转为“已报送”，不能再修改，由${reviewer}签收审核；如需修改，只能等审核退回。编写人不得签署本人编写的事项。`}
      />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="password" label="请输入您的登录密码确认签署" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="sealedScanFileId" label="盖章扫描件（可选，也可签署后上传）">
          <AttachmentField label="盖章扫描件" readOnly={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
