import { App, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../api.ts';
import { SEPARATED_ROLES, SEPARATION_NOTE } from '../roles.ts';
import type { RoleCode, Unit, User } from '../types.ts';
import { errorText, PASSWORD_HINT, passwordProblem, showFieldErrors } from '../util.ts';
import { RolePicker } from './role-picker.tsx';
import { FormDrawer } from './form-drawer.tsx';

export type UserFormMode = { type: 'create' } | { type: 'edit'; user: User };

interface Values {
  username: string;
  displayName: string;
  unitId: string;
  roles: RoleCode[];
  phone: string;
  email: string;
  passwordMode: 'generate' | 'manual';
  password: string;
}

const FIELDS = ['username', 'displayName', 'unitId', 'roles', 'phone', 'email', 'password'] as const;

function initialValues(mode: UserFormMode): Partial<Values> {
  if (mode.type === 'create') return { roles: [], passwordMode: 'generate' };
  const u = mode.user;
  return { username: u.username, displayName: u.displayName, unitId: u.unitId, roles: u.roles, phone: u.phone ?? '', email: u.email ?? '' };
}

const blank = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

/** 新增用户 / 编辑用户 (系统管理员). On create the server may return a one-time initial password. */
export function UserFormDrawer({
  mode,
  units,
  roleNames,
  onClose,
  onSaved,
}: {
  mode: UserFormMode | null;
  units: Unit[];
  roleNames: Partial<Record<RoleCode, string>>;
  onClose: () => void;
  onSaved: (user: User, initialPassword: string | null) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { message } = App.useApp();
  const passwordMode = Form.useWatch('passwordMode', form);

  useEffect(() => {
    if (!mode) return;
    // The form store outlives the drawer's content: start each opening afresh.
    form.resetFields();
    setProblem(null);
  }, [mode, form]);
  const unitOptions = useMemo(
    () => units.map((u) => ({ value: u.id, label: u.fullName, search: [u.fullName, u.shortName, ...u.aliases].join(' ') })),
    [units],
  );

  async function submit(values: Values) {
    if (!mode) return;
    setSaving(true);
    setProblem(null);
    try {
      if (mode.type === 'create') {
        const result = await api.post<{ user: User; initialPassword: string | null }>('/users', {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          unitId: values.unitId,
          roles: values.roles,
          phone: blank(values.phone),
          email: blank(values.email),
          ...(values.passwordMode === 'manual' ? { password: values.password } : {}),
        });
        message.success(`已新增用户“${result.user.displayName}”`);
        onSaved(result.user, result.initialPassword);
      } else {
        const u = mode.user;
        const body: Record<string, unknown> = { version: u.version };
        if (values.displayName.trim() !== u.displayName) body.displayName = values.displayName.trim();
        if (values.unitId !== u.unitId) body.unitId = values.unitId;
        if ([...values.roles].sort().join() !== [...u.roles].sort().join()) body.roles = values.roles;
        if (blank(values.phone) !== u.phone) body.phone = blank(values.phone);
        if (blank(values.email) !== u.email) body.email = blank(values.email);
        if (Object.keys(body).length === 1) {
          message.info('没有需要保存的修改');
          onClose();
          return;
        }
        const saved = await api.patch<User>(`/users/${u.id}`, body);
        message.success('用户信息已保存');
        onSaved(saved, null);
      }
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') setProblem(`${error.detail}（请关闭后刷新列表）`);
      else if (!showFieldErrors(form, error, FIELDS)) setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  const editing = mode?.type === 'edit';
  return (
    <FormDrawer title={editing ? `编辑用户 · ${mode.user.displayName}` : '新增用户'} open={!!mode} size={640} saving={saving} problem={problem} onClose={onClose} onSave={() => form.submit()}>
      <Form<Values> form={form} layout="vertical" initialValues={mode ? initialValues(mode) : undefined} onFinish={submit} disabled={saving} data-testid="user-form">
        <Form.Item
          label="用户名"
          name="username"
          extra={editing ? '用户名创建后不能修改' : '3–32位字母、数字、下划线、点或连字符，以字母开头'}
          rules={[
            { required: true, whitespace: true, message: '请填写用户名' },
            { pattern: /^[A-Za-z][A-Za-z0-9_.-]{2,31}$/, message: '用户名为3–32位字母、数字、下划线、点或连字符，以字母开头' },
          ]}
        >
          <Input disabled={editing} autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 50, message: '姓名不超过50个字' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="所属单位" name="unitId" rules={[{ required: true, message: '请选择所属单位' }]}>
          <Select options={unitOptions} showSearch={{ optionFilterProp: ['label', 'search'] }} placeholder="输入全称、简称或别名查找" />
        </Form.Item>
        <Form.Item
          label="角色"
          name="roles"
          extra={SEPARATION_NOTE}
          rules={[
            { required: true, type: 'array', min: 1, message: '至少选择一个角色' },
            {
              validator: (_r, value: RoleCode[] = []) =>
                value.filter((r) => SEPARATED_ROLES.includes(r)).length > 1 ? Promise.reject(new Error('系统管理员、安全管理员、安全审计员不能兼任')) : Promise.resolve(),
            },
          ]}
        >
          <RolePicker names={roleNames} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="手机号码" name="phone" rules={[{ max: 30, message: '不超过30个字符' }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="电子邮箱" name="email" rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        {!editing && (
          <>
            <Form.Item label="初始密码" name="passwordMode">
              <Radio.Group
                options={[
                  { value: 'generate', label: '自动生成（推荐，仅显示一次，首次登录须修改）' },
                  { value: 'manual', label: '手动设置' },
                ]}
              />
            </Form.Item>
            {passwordMode === 'manual' && (
              <Form.Item
                label="密码"
                name="password"
                dependencies={['username']}
                extra={`${PASSWORD_HINT}，且不能包含用户名`}
                rules={[
                  { required: true, message: '请输入密码' },
                  ({ getFieldValue }) => ({
                    validator: (_r, value: string | undefined) => {
                      const p = value ? passwordProblem(value, getFieldValue('username')) : null;
                      return p ? Promise.reject(new Error(p)) : Promise.resolve();
                    },
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" maxLength={128} />
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </FormDrawer>
  );
}
