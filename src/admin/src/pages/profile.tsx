import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Modal, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api.ts';
import { useAuth, useMe } from '../auth.tsx';
import { PasswordForm } from '../components/password-form.tsx';
import { TotpSetup } from '../components/totp-setup.tsx';
import { roleColor } from '../roles.ts';
import { errorText, showFieldErrors } from '../util.ts';

function DisableTotp({ onDone }: { onDone: () => Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<{ password: string }>();
  const { message } = App.useApp();

  async function submit({ password }: { password: string }) {
    setSaving(true);
    setProblem(null);
    try {
      await api.delete('/auth/totp', { password });
      message.success('已解除动态口令');
      setOpen(false);
      await onDone();
    } catch (error) {
      if (!showFieldErrors(form, error, ['password'])) setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        解除绑定
      </Button>
      <Modal
        title="解除动态口令"
        open={open}
        onCancel={() => setOpen(false)}
        okText="解除绑定"
        okButtonProps={{ danger: true, loading: saving }}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph>解除后登录时只需密码，账户安全性会降低。请输入登录密码确认。</Typography.Paragraph>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item label="登录密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 个人中心: own account, password, and the second factor. */
export function ProfilePage() {
  const me = useMe();
  const { refresh, hasRole } = useAuth();
  const [enrolling, setEnrolling] = useState(false);
  const mfaRequired = hasRole('admin');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title="基本信息" style={{ marginBottom: 16 }}>
          <Descriptions column={1} bordered size="middle" styles={{ label: { width: 140, whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label="姓名">{me.user.displayName}</Descriptions.Item>
            <Descriptions.Item label="用户名">{me.user.username}</Descriptions.Item>
            <Descriptions.Item label="所属单位">{me.user.unitName}</Descriptions.Item>
            <Descriptions.Item label="角色">
              <Space size={[4, 4]} wrap>
                {me.user.roles.map((code, i) => (
                  <Tag key={code} color={roleColor(code)}>
                    {me.user.roleLabels[i] ?? code}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="行政区划代码">{me.user.regionCode}</Descriptions.Item>
            <Descriptions.Item label="会话超时">{me.idleTimeoutMinutes} 分钟无操作自动退出</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card
          title={
            <Space>
              <SafetyCertificateOutlined />
              动态口令（双因素认证）
            </Space>
          }
        >
          {me.user.totpEnabled ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space>
                <Tag color="green">已绑定</Tag>
                <Typography.Text>登录时需输入身份验证器中的6位动态口令。</Typography.Text>
              </Space>
              {mfaRequired ? (
                <Typography.Text type="secondary">系统管理员必须使用动态口令，不能解除绑定。</Typography.Text>
              ) : (
                <DisableTotp onDone={refresh} />
              )}
            </Space>
          ) : enrolling ? (
            <TotpSetup
              onDone={async () => {
                setEnrolling(false);
                await refresh();
              }}
            />
          ) : (
            <Space orientation="vertical">
              <Space>
                <Tag>未绑定</Tag>
                <Typography.Text>绑定后登录时除密码外还需输入动态口令，账户更安全。</Typography.Text>
              </Space>
              <Button type="primary" onClick={() => setEnrolling(true)}>
                绑定动态口令
              </Button>
            </Space>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title="修改密码">
          <PasswordForm onDone={async () => void (await refresh())} />
        </Card>
      </Col>
    </Row>
  );
}
