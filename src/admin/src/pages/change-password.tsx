import { Alert } from 'antd';
import { useAuth, useMe } from '../auth.tsx';
import { AuthShell, Who } from '../components/auth-shell.tsx';
import { PasswordForm } from '../components/password-form.tsx';

/** An initial or reset password is a one-time secret: its owner sets their own before going on. */
export function ChangePasswordPage() {
  const me = useMe();
  const { refresh } = useAuth();
  return (
    <AuthShell title="设置新密码" subtitle={<Who name={me.user.displayName} username={me.user.username} unit={me.user.unitName} />} width={480}>
      <Alert
        type="warning"
        showIcon
        title="请先修改初始密码"
        description="您正在使用管理员设置的初始密码或临时密码，修改后方可继续使用。"
        style={{ marginBottom: 20 }}
      />
      <PasswordForm onDone={async () => void (await refresh())} submitText="修改密码并继续" />
    </AuthShell>
  );
}
