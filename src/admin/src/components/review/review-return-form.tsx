import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { DRAFT_FIELD_LABELS, GUIDE_FIELD_LABELS } from '../catalog/labels.ts';
import { fieldLabel } from '../catalog/item-history.tsx';

export interface ReturnValues {
  comment: string;
  fieldComments: { path: string; comment: string }[];
}

const ALL_PATHS = [...Object.keys(DRAFT_FIELD_LABELS).filter((k) => k !== 'code' && k !== 'guide'), ...Object.keys(GUIDE_FIELD_LABELS).map((k) => `guide.${k}`)];

/**
 * 退回修改: the overall comment (required) and, optionally, comments on single fields, which the unit
 * sees next to the field. Fields that changed or have findings are offered first.
 */
export function ReturnForm(props: { open: boolean; itemName: string; stageLabel: string; suggested: string[]; saving: boolean; problem: string | null; onCancel: () => void; onSubmit: (v: ReturnValues) => void }) {
  const [form] = Form.useForm<ReturnValues>();
  const options = useMemo(() => {
    const first = [...new Set(props.suggested.filter((p) => ALL_PATHS.includes(p)))];
    const rest = ALL_PATHS.filter((p) => !first.includes(p));
    const opt = (p: string) => ({ value: p, label: fieldLabel(p) });
    type Group = { label: string; options: { value: string; label: string }[] };
    const groups: Group[] = [
      { label: '有变更或问题的字段', options: first.map(opt) },
      { label: first.length > 0 ? '其他字段' : '全部字段', options: rest.map(opt) },
    ];
    return groups.filter((g) => g.options.length > 0);
  }, [props.suggested]);

  return (
    <Modal
      title={`退回修改：${props.itemName}`}
      open={props.open}
      width={680}
      okText="确认退回"
      okButtonProps={{ danger: true, loading: props.saving }}
      cancelButtonProps={{ disabled: props.saving }}
      onCancel={props.onCancel}
      onOk={() => void form.validateFields().then((v) => props.onSubmit({ comment: v.comment.trim(), fieldComments: (v.fieldComments ?? []).filter((c) => c?.path && c.comment?.trim()) }))}
      destroyOnHidden
      mask={{ closable: !props.saving }}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
        {props.stageLabel}退回后，本版本保留原样并附上您的意见，单位将在新生成的草稿上修改后重新报送。
      </Typography.Paragraph>
      {props.problem && <Alert type="error" showIcon title={props.problem} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ comment: '', fieldComments: [] }} data-testid="return-form">
        <Form.Item name="comment" label="退回意见" rules={[{ required: true, whitespace: true, message: '请填写退回意见' }, { max: 2000, message: '意见不超过2000字' }]}>
          <Input.TextArea rows={4} placeholder="请写明需要修改的内容和理由，例如：办理依据未写明条款内容，请补充。" showCount maxLength={2000} />
        </Form.Item>
        <Form.List name="fieldComments">
          {(fields, { add, remove }) => (
            <>
              <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
                <Typography.Text strong>逐项意见（可选）</Typography.Text>
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ path: undefined, comment: '' })} data-testid="field-comment-add">
                  添加字段意见
                </Button>
              </div>
              {fields.length === 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  可针对具体字段（如承诺办结时限、申报材料）提出意见，单位修改时会在对应字段旁看到。
                </Typography.Text>
              )}
              {fields.map((field) => (
                <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 8 }}>
                  <Form.Item name={[field.name, 'path']} rules={[{ required: true, message: '请选择字段' }]} style={{ marginBottom: 0, width: 210 }}>
                    <Select<string> placeholder="选择字段" options={options} showSearch={{ optionFilterProp: 'label' }} aria-label="字段" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'comment']} rules={[{ required: true, whitespace: true, message: '请填写意见' }]} style={{ marginBottom: 0, width: 360 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder="对该字段的意见" aria-label="字段意见" />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} aria-label="删除该条字段意见" onClick={() => remove(field.name)} />
                </Space>
              ))}
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
