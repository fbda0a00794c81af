import { Alert, App, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, ApiError } from '../api.ts';
import type { Unit, UnitDetail } from '../types.ts';
import { errorText, showFieldErrors } from '../util.ts';
import { FormDrawer } from './form-drawer.tsx';

export type UnitFormMode =
  | { type: 'edit'; unit: UnitDetail; contactOnly: boolean }
  | { type: 'create'; kind: 'sub_unit' | 'township'; parent?: Unit };

interface Values {
  fullName: string;
  shortName: string;
  aliases: string[];
  creditCode: string;
  phone: string;
  address: string;
}

const FIELDS = ['fullName', 'shortName', 'aliases', 'creditCode', 'phone', 'address'] as const;
const OPTIONAL = ['creditCode', 'phone', 'address'] as const;
const NAME_RULES = [
  { required: true, whitespace: true, message: '请填写名称' },
  { min: 2, message: '名称至少2个字' },
  { max: 100, message: '名称不超过100个字' },
];

function initialValues(mode: UnitFormMode): Values {
  if (mode.type === 'create') return { fullName: '', shortName: '', aliases: [], creditCode: '', phone: '', address: '' };
  const u = mode.unit;
  return { fullName: u.fullName, shortName: u.shortName, aliases: u.aliases, creditCode: u.creditCode ?? '', phone: u.phone ?? '', address: u.address ?? '' };
}

/** The changed fields only, blanks as null, so a unit head's PATCH carries nothing they may not change. */
function changes(before: Values, after: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FIELDS) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    out[key] = (OPTIONAL as readonly string[]).includes(key) ? (typeof b === 'string' && b.trim() ? b.trim() : null) : b;
  }
  return out;
}

function title(mode: UnitFormMode): string {
  if (mode.type === 'edit') return mode.contactOnly ? '维护联系方式' : '编辑单位';
  return mode.kind === 'township' ? '新增乡镇（街道）' : `新增下属单位 · ${mode.parent?.shortName ?? ''}`;
}

/** 编辑单位 / 新增下属单位 / 新增乡镇 in a drawer; PATCH carries `version` for optimistic locking. */
export function UnitFormDrawer({ mode, onClose, onSaved, onConflict }: { mode: UnitFormMode | null; onClose: () => void; onSaved: (unit: Unit) => void; onConflict: () => void }) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { message } = App.useApp();

  useEffect(() => {
    if (!mode) return;
    // The form store outlives the drawer's content: start each opening from this unit's values.
    form.resetFields();
    setProblem(null);
  }, [mode, form]);

  async function submit(values: Values) {
    if (!mode) return;
    setSaving(true);
    setProblem(null);
    try {
      let saved: Unit;
      if (mode.type === 'edit') {
        const body = changes(initialValues(mode), values);
        if (Object.keys(body).length === 0) {
          message.info('没有需要保存的修改');
          onClose();
          return;
        }
        saved = await api.patch<Unit>(`/units/${mode.unit.id}`, { version: mode.unit.version, ...body });
        message.success('单位信息已保存');
      } else {
        saved = await api.post<Unit>('/units', {
          kind: mode.kind,
          parentId: mode.parent?.id ?? null,
          fullName: values.fullName.trim(),
          shortName: values.shortName.trim(),
          aliases: values.aliases ?? [],
          creditCode: values.creditCode?.trim() || null,
          phone: values.phone?.trim() || null,
          address: values.address?.trim() || null,
        });
        message.success(`已新增“${saved.fullName}”`);
      }
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') {
        message.error('该单位已被他人修改，请刷新后重试');
        onConflict();
        return;
      }
      if (!showFieldErrors(form, error, FIELDS)) setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  const namesLocked = mode?.type === 'edit' && mode.contactOnly;
  return (
    <FormDrawer title={mode ? title(mode) : ''} open={!!mode} size={560} saving={saving} problem={problem} onClose={onClose} onSave={() => form.submit()}>
      {namesLocked && <Alert type="info" showIcon title="单位负责人可维护本单位的统一社会信用代码、联系电话和办公地址；名称变更请联系系统管理员。" style={{ marginBottom: 16 }} />}
      {mode?.type === 'create' && mode.parent && <Alert type="info" showIcon title={`主管部门：${mode.parent.fullName}`} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={mode ? initialValues(mode) : undefined} onFinish={submit} disabled={saving} data-testid="unit-form">
        <Form.Item label="规范全称" name="fullName" rules={NAME_RULES} extra="以机构编制部门批复的名称为准，如“张家界市武陵源区财政局”">
          <Input disabled={namesLocked} maxLength={100} showCount />
        </Form.Item>
        <Form.Item label="简称" name="shortName" rules={NAME_RULES}>
          <Input disabled={namesLocked} maxLength={100} />
        </Form.Item>
        <Form.Item label="别名" name="aliases" extra="一个机构两块牌子的另一名称、常用旧称等；输入后按回车添加">
          <Select mode="tags" disabled={namesLocked} tokenSeparators={[',', '，', '、']} open={false} placeholder="输入别名后按回车" suffixIcon={null} />
        </Form.Item>
        <Form.Item
          label="统一社会信用代码"
          name="creditCode"
          normalize={(v?: string) => v?.toUpperCase()}
          rules={[{ pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/, message: '统一社会信用代码为18位数字或大写字母（不含I、O、Z、S、V）' }]}
        >
          <Input maxLength={18} placeholder="18位" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item label="联系电话" name="phone" rules={[{ max: 50, message: '不超过50个字符' }]}>
          <Input placeholder="如 0744-5612345" />
        </Form.Item>
        <Form.Item label="办公地址" name="address" rules={[{ max: 200, message: '不超过200个字' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
