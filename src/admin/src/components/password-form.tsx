import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { errorText, PASSWORD_HINT, passwordProblem, showFieldErrors } from '../util.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** 修改密码: current password, a new one meeting the policy, typed twice. */
export function PasswordForm({ onDone, submitText = '修改密码' }: { onDone: () => void | Promise<void>; submitText?: string }) {
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { message } = App.useApp();
  const username = useAuth().me?.user.username;

  async function submit(values: Values) {
    setSaving(true);
    setProblem(null);
    try {
      await api.post('/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      form.resetFields();
      message.success('密码已修改，其他设备上的登录已退出');
      await onDone();
    } catch (error) {
      if (!showFieldErrors(form, error, FIELDS)) setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={saving} style={{ maxWidth: 420 }} data-testid="password-form">
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form.Item label="原密码" name="currentPassword" rules={[{ required: true, message: '请输入原密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        extra={`${PASSWORD_HINT}，且不能包含用户名`}
        rules={[
          { required: true, message: '请输入新密码' },
          {
            validator: (_rule, value: string | undefined) => {
              const p = value ? passwordProblem(value, username) : null;
              return p ? Promise.reject(new Error(p)) : Promise.resolve();
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {submitText}
      </Button>
    </Form>
  );
}
