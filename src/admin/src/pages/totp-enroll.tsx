import { Alert } from 'antd';
import { useAuth, useMe } from '../auth.tsx';
import { AuthShell, Who } from '../components/auth-shell.tsx';
import { TotpSetup } from '../components/totp-setup.tsx';

/** Administrators must bind a second factor before anything else (等保 2.0 双因素认证). */
export function TotpEnrollPage() {
  const me = useMe();
  const { refresh } = useAuth();
  return (
    <AuthShell title="绑定动态口令" subtitle={<Who name={me.user.displayName} username={me.user.username} unit={me.user.unitName} />}>
      <Alert
        type="warning"
        showIcon
        title="您的账户须使用双因素认证"
        description="系统管理员登录时除密码外，还须输入身份验证器生成的动态口令。完成绑定后方可进入管理后台。"
        style={{ marginBottom: 20 }}
      />
      <TotpSetup onDone={async () => void (await refresh())} />
    </AuthShell>
  );
}
