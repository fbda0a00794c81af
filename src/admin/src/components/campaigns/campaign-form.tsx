import { Alert, App, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api.ts';
import type { Unit } from '../../types.ts';
import { errorText } from '../../util.ts';
import { FormDrawer } from '../form-drawer.tsx';
import type { Campaign } from './model.ts';
import { UnitPicker } from './unit-picker.tsx';

export type CampaignFormMode = { type: 'create' } | { type: 'edit'; campaign: Campaign };

interface Values {
  name: string;
  docNumber: string;
  unitIds: string[];
  submissionDeadline: Dayjs | null;
  reviewWindow: [Dayjs | null, Dayjs | null] | null;
  publicationTarget: Dayjs | null;
}

const day = (s: string | null) => (s ? dayjs(s) : null);
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function initialValues(mode: CampaignFormMode): Values {
  if (mode.type === 'create') return { name: '', docNumber: '', unitIds: [], submissionDeadline: null, reviewWindow: null, publicationTarget: null };
  const c = mode.campaign;
  return {
    name: c.name,
    docNumber: c.docNumber ?? '',
    unitIds: c.unitIds,
    submissionDeadline: day(c.submissionDeadline),
    reviewWindow: c.reviewStartsOn || c.reviewEndsOn ? [day(c.reviewStartsOn), day(c.reviewEndsOn)] : null,
    publicationTarget: day(c.publicationTarget),
  };
}

/** The server's field paths on this form's fields (the two review dates share one range picker). */
const FIELD_OF: Record<string, keyof Values> = {
  name: 'name',
  docNumber: 'docNumber',
  unitIds: 'unitIds',
  submissionDeadline: 'submissionDeadline',
  reviewStartsOn: 'reviewWindow',
  reviewEndsOn: 'reviewWindow',
  publicationTarget: 'publicationTarget',
};

/** 新建梳理工作 / 编辑梳理工作 in a drawer; an edit carries `version` (optimistic locking). */
export function CampaignFormDrawer({ mode, units, onClose, onSaved }: { mode: CampaignFormMode | null; units: Unit[]; onClose: () => void; onSaved: (c: Campaign) => void }) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { message } = App.useApp();

  useEffect(() => {
    if (!mode) return;
    form.resetFields();
    setProblem(null);
  }, [mode, form]);

  async function submit(values: Values) {
    if (!mode) return;
    setSaving(true);
    setProblem(null);
    const body = {
      name: values.name.trim(),
      docNumber: values.docNumber?.trim() || null,
      unitIds: values.unitIds,
      submissionDeadline: iso(values.submissionDeadline),
      reviewStartsOn: iso(values.reviewWindow?.[0]),
      reviewEndsOn: iso(values.reviewWindow?.[1]),
      publicationTarget: iso(values.publicationTarget),
    };
    try {
      const saved =
        mode.type === 'create' ? await api.post<Campaign>('/campaigns', body) : await api.patch<Campaign>(`/campaigns/${mode.campaign.id}`, { version: mode.campaign.version, ...body });
      message.success(mode.type === 'create' ? `已新建“${saved.name}”` : '梳理工作已保存');
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.errors.length > 0) {
        const byField = new Map<keyof Values, string[]>();
        for (const p of error.errors) {
          const field = FIELD_OF[p.path.split('.')[0]];
          if (field) byField.set(field, [...(byField.get(field) ?? []), p.message]);
        }
        form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
        if (byField.size === 0) setProblem(errorText(error));
      } else setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormDrawer title={mode?.type === 'edit' ? '编辑梳理工作' : '新建梳理工作'} open={!!mode} size={640} saving={saving} problem={problem} onClose={onClose} onSave={() => form.submit()}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="梳理工作由区审改办部署、区政务公开政务服务管理办公室组织实施；参与单位的人员登录后可看到本单位的报送截止日期。" />
      <Form<Values> form={form} layout="vertical" initialValues={mode ? initialValues(mode) : undefined} onFinish={submit} disabled={saving} data-testid="campaign-form">
        <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
          <Input maxLength={100} showCount placeholder="如：武陵源区公共服务事项目录梳理工作（2017年）" />
        </Form.Item>
        <Form.Item label="部署文件文号" name="docNumber" extra="年份用六角括号〔〕，序号不编虚位、不加“第”">
          <Input maxLength={40} placeholder="如：张武审改办发〔2017〕1号" />
        </Form.Item>
        <Form.Item label="参与单位" name="unitIds" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个参与单位' }]}>
          <UnitPicker units={units} disabled={saving} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1.6fr', gap: 16 }}>
          <Form.Item label="报送截止日期" name="submissionDeadline" rules={[{ required: true, message: '请选择报送截止日期' }]}>
            <DatePicker style={{ width: '100%' }} placeholder="选择日期" />
          </Form.Item>
          <Form.Item label="集中审核时间" name="reviewWindow">
            <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} placeholder={['开始日期', '结束日期']} />
          </Form.Item>
        </div>
        <Form.Item label="目录发布目标日期" name="publicationTarget" extra="报政府发文公布目录的计划日期">
          <DatePicker style={{ width: 220 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
