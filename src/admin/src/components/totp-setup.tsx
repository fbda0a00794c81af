import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Skeleton, Space, Typography } from 'antd';
import QRCode from 'qrcode';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api.ts';
import { errorText } from '../util.ts';

interface Setup {
  secret: string;
  uri: string;
}

/** 绑定动态口令: a new secret as a QR code and as text, confirmed by the first 6-digit code. */
export function TotpSetup({ onDone }: { onDone: () => void | Promise<void> }) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeKey, setCodeKey] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const started = useRef(false);
  const { message } = App.useApp();

  const generate = useCallback(async () => {
    setProblem(null);
    setSetup(null);
    setQr(null);
    try {
      const fresh = await api.post<Setup>('/auth/totp/setup');
      setSetup(fresh);
      setQr(await QRCode.toDataURL(fresh.uri, { width: 200, margin: 1, errorCorrectionLevel: 'M' }));
    } catch (error) {
      setProblem(errorText(error));
    }
  }, []);

  useEffect(() => {
    // Each call replaces the stored secret, so only one may run (StrictMode runs effects twice in development).
    if (started.current) return;
    started.current = true;
    void generate();
  }, [generate]);

  async function confirm(value: string) {
    if (!/^\d{6}$/.test(value) || confirming) return;
    setConfirming(true);
    setProblem(null);
    try {
      await api.post('/auth/totp/confirm', { code: value });
      message.success('动态口令已绑定，今后登录时需输入身份验证器中的6位数字');
      await onDone();
    } catch (error) {
      setProblem(errorText(error));
      setCode('');
      setCodeKey((k) => k + 1);
    } finally {
      setConfirming(false);
    }
  }

  return (
    <div data-testid="totp-setup">
      <ol style={{ paddingInlineStart: 20, margin: '0 0 16px', lineHeight: 1.9 }}>
        <li>在手机上安装身份验证器应用（如 Microsoft Authenticator、Google Authenticator、FreeOTP 等）。</li>
        <li>在应用中扫描下方二维码；无法扫描时，选择“手动输入密钥”并输入下方密钥。</li>
        <li>输入应用中显示的6位动态口令，完成绑定。</li>
      </ol>
      <div style={{ display: 'flex', gap: 24, alignItems: 'center', flexWrap: 'wrap', marginBottom: 16 }}>
        <div style={{ width: 200, height: 200, border: '1px solid #e8ebf0', borderRadius: 8, display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#fff' }}>
          {qr ? <img src={qr} width={200} height={200} alt="动态口令绑定二维码" style={{ borderRadius: 8 }} /> : <Skeleton.Image active />}
        </div>
        <div style={{ flex: 1, minWidth: 220 }}>
          <Typography.Text type="secondary">密钥（手动输入）</Typography.Text>
          <div style={{ margin: '4px 0 8px' }}>
            {setup ? (
              <Typography.Text className="qd-secret" copyable={{ text: setup.secret, tooltips: ['复制密钥', '已复制'] }}>
                <span data-testid="totp-secret">{setup.secret}</span>
              </Typography.Text>
            ) : (
              <Skeleton.Input active size="small" />
            )}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            类型：基于时间（TOTP） · 6位数字 · 30秒
          </Typography.Text>
          <div>
            <Button type="link" size="small" icon={<ReloadOutlined />} style={{ paddingInline: 0 }} onClick={() => void generate()} disabled={confirming}>
              重新生成密钥
            </Button>
          </div>
        </div>
      </div>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        6位动态口令
      </Typography.Text>
      <Space wrap>
        <Input.OTP
          key={codeKey}
          length={6}
          size="large"
          inputMode="numeric"
          autoComplete="one-time-code"
          formatter={(s) => s.replace(/\D/g, '')}
          disabled={!setup || confirming}
          onInput={(cells) => setCode(cells.join(''))}
          onChange={(value) => {
            setCode(value);
            void confirm(value);
          }}
          aria-label="6位动态口令"
          data-testid="totp-code"
        />
        <Button type="primary" size="large" loading={confirming} disabled={!setup || !/^\d{6}$/.test(code)} onClick={() => void confirm(code)}>
          确认绑定
        </Button>
      </Space>
    </div>
  );
}
