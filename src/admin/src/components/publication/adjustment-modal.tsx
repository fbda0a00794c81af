import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { TRIGGER_OPTIONS, type ChangeTrigger } from './model.ts';

export interface AdjustmentValues {
  kind: 'change' | 'cancel';
  trigger: ChangeTrigger;
  reason: string;
}

const EXPLAIN = {
  change: '将以现行版本为基础生成新版本草稿。修改后按原流程征求意见、单位审核、报送和审核，随新的目录版本发布后生效；在此之前现行版本继续对外公开。',
  cancel: '将生成取消申请，按原流程征求意见、单位审核、报送和审核；随新的目录版本生效后，该事项从目录中移除。在此之前现行版本继续对外公开。',
  add: '目录已经发布，新增事项属于动态调整：须说明调整事由和理由，经审核后随新的目录版本发布。',
};

/**
 * 申请动态调整: the kind (变更 / 取消), the trigger and the reason. In `add` mode (a new item after
 * the catalog was published) only the trigger and the reason are asked.
 */
export function AdjustmentModal(props: { open: boolean; mode: 'adjust' | 'add'; itemName: string; onCancel: () => void; onSubmit: (values: AdjustmentValues) => Promise<void> }) {
  const [form] = Form.useForm<AdjustmentValues>();
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form) ?? 'change';

  useEffect(() => {
    if (props.open) form.resetFields();
  }, [props.open, form]);

  async function ok() {
    const values = await form.validateFields();
    setBusy(true);
    try {
      await props.onSubmit({ ...values, kind: props.mode === 'add' ? 'change' : values.kind, reason: values.reason.trim() });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      title={props.mode === 'add' ? `新增事项“${props.itemName}”：填写调整事由` : `申请调整“${props.itemName}”`}
      open={props.open}
      onCancel={props.onCancel}
      onOk={() => void ok().catch(() => undefined)}
      okText={props.mode === 'add' ? '保存事项' : '提交申请'}
      cancelText="取消"
      confirmLoading={busy}
      destroyOnHidden
      width={560}
      data-testid="adjustment-modal"
    >
      <Form<AdjustmentValues> form={form} layout="vertical" initialValues={{ kind: 'change' }} disabled={busy}>
        {props.mode === 'adjust' && (
          <Form.Item label="调整类型" name="kind" rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'change', label: '变更' },
                { value: 'cancel', label: '取消' },
              ]}
            />
          </Form.Item>
        )}
        <Alert type={props.mode === 'adjust' && kind === 'cancel' ? 'warning' : 'info'} showIcon style={{ marginBottom: 16 }} title={EXPLAIN[props.mode === 'add' ? 'add' : kind]} />
        <Form.Item label="调整事由" name="trigger" rules={[{ required: true, message: '请选择调整事由' }]}>
          <Select options={TRIGGER_OPTIONS} placeholder="法律法规立改废、上级调整、职能调整、群众反馈等" />
        </Form.Item>
        <Form.Item label={props.mode === 'add' ? '新增理由' : '调整理由'} name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder="如：《××条例》第×条修改，办理时限由15个工作日缩短为10个工作日" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
