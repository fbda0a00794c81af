import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useRef, useState } from 'react';
import { api, ApiError } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { Logo } from '../components/logo.tsx';
import type { Me } from '../types.ts';

interface Credentials {
  username: string;
  password: string;
}

interface Problem {
  type: 'error' | 'warning' | 'info';
  title: string;
  description?: string;
}

function problemOf(error: unknown): Problem {
  if (!(error instanceof ApiError)) return { type: 'error', title: '登录失败，请稍后重试' };
  if (error.code === 'locked' || error.status === 423) {
    return { type: 'error', title: '账户已锁定', description: error.detail };
  }
  if (error.status === 429) return { type: 'warning', title: error.detail };
  const remaining = error.problem.remainingAttempts;
  if (typeof remaining === 'number') {
    return {
      type: 'error',
      title: error.detail,
      description: remaining > 0 ? `还可尝试 ${remaining} 次，连续失败5次账户将锁定15分钟。` : undefined,
    };
  }
  return { type: 'error', title: error.detail };
}

/** 登录: username and password, then the 6-digit 动态口令 when the account has one. */
export function LoginPage() {
  const { signedIn, notice, clearNotice } = useAuth();
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [otp, setOtp] = useState('');
  const [otpKey, setOtpKey] = useState(0);
  const credentials = useRef<Credentials | null>(null);
  const busy = useRef(false);

  async function attempt(totp?: string) {
    if (!credentials.current || busy.current) return;
    busy.current = true;
    setSubmitting(true);
    setProblem(null);
    clearNotice();
    try {
      const me = await api.post<Me>('/auth/login', { ...credentials.current, ...(totp ? { totp } : {}) });
      credentials.current = null;
      signedIn(me);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'totp_required') {
        setStep('totp');
      } else {
        setProblem(problemOf(error));
        if (step === 'totp') clearOtp();
        if (error instanceof ApiError && error.status === 423) backToPassword(false);
      }
    } finally {
      busy.current = false;
      setSubmitting(false);
    }
  }

  function clearOtp() {
    setOtp('');
    setOtpKey((k) => k + 1);
  }

  function backToPassword(clearProblem = true) {
    setStep('password');
    clearOtp();
    if (clearProblem) setProblem(null);
  }

  return (
    <div className="qd-auth-bg">
      <main className="qd-auth-main">
        <Card style={{ width: 460, maxWidth: '100%', boxShadow: '0 18px 48px rgba(4, 22, 52, 0.35)' }} styles={{ body: { padding: '40px 40px 28px' } }}>
          <div style={{ textAlign: 'center', marginBottom: 28 }}>
            <Logo size={52} />
            <Typography.Title level={1} className="qd-login-title">
              武陵源区公共服务事项清单管理平台
            </Typography.Title>
            <Typography.Text type="secondary" style={{ letterSpacing: 2 }}>
              清单 Qingdan
            </Typography.Text>
          </div>

          {notice && !problem && <Alert type={notice.includes('超时') ? 'warning' : 'info'} title={notice} showIcon style={{ marginBottom: 20 }} />}
          {problem && <Alert type={problem.type} title={problem.title} description={problem.description} showIcon style={{ marginBottom: 20 }} role="alert" />}

          {step === 'password' ? (
            <Form<Credentials>
              data-testid="login-form"
              layout="vertical"
              requiredMark={false}
              size="large"
              disabled={submitting}
              onFinish={(values) => {
                credentials.current = { username: values.username.trim(), password: values.password };
                void attempt();
              }}
            >
              <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus placeholder="请输入用户名" maxLength={64} />
              </Form.Item>
              <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder="请输入密码" maxLength={256} />
              </Form.Item>
              <Form.Item style={{ marginBottom: 12, marginTop: 8 }}>
                <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
                  登 录
                </Button>
              </Form.Item>
            </Form>
          ) : (
            <Form
              data-testid="login-form"
              layout="vertical"
              requiredMark={false}
              size="large"
              disabled={submitting}
              onFinish={() => void attempt(otp)}
            >
              <Alert type="info" showIcon icon={<SafetyCertificateOutlined />} title="请打开身份验证器，输入“清单 Qingdan”的6位动态口令" style={{ marginBottom: 20 }} />
              <Form.Item label="动态口令" required>
                <Input.OTP
                  key={otpKey}
                  length={6}
                  autoFocus
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  formatter={(s) => s.replace(/\D/g, '')}
                  onChange={(value) => {
                    setOtp(value);
                    if (/^\d{6}$/.test(value)) void attempt(value);
                  }}
                  onInput={(cells) => setOtp(cells.join(''))}
                  aria-label="6位动态口令"
                  data-testid="login-totp"
                />
              </Form.Item>
              <Form.Item style={{ marginBottom: 8 }}>
                <Button type="primary" htmlType="submit" block loading={submitting} disabled={!/^\d{6}$/.test(otp)}>
                  验证并登录
                </Button>
              </Form.Item>
              <Button type="link" block onClick={() => backToPassword()}>
                返回，使用其他账户登录
              </Button>
            </Form>
          )}

          <Typography.Paragraph type="secondary" style={{ fontSize: 12, textAlign: 'center', margin: '16px 0 0' }}>
            本系统仅限授权工作人员使用，所有操作均记入审计日志。
            <br />
            忘记密码或账户被锁定，请联系系统管理员或安全管理员。
          </Typography.Paragraph>
        </Card>
      </main>
      <footer className="qd-auth-footer">张家界市武陵源区人民政府 · 等保二级</footer>
    </div>
  );
}
