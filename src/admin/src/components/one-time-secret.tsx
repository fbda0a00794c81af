import { CopyOutlined, KeyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { copyText } from '../util.ts';

/** Shows a generated password once (初始密码 / 临时密码); it cannot be read again after closing. */
export function OneTimeSecretModal({ secret, title, who, onClose }: { secret: string | null; title: string; who: string; onClose: () => void }) {
  const { message } = App.useApp();
  return (
    <Modal
      open={!!secret}
      title={
        <Space>
          <KeyOutlined />
          {title}
        </Space>
      }
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          我已妥善保存
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title="该密码只显示这一次，关闭后无法再次查看"
        description="请立即复制，并通过安全渠道交给用户本人。用户首次登录后须修改密码。"
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {who}
      </Typography.Paragraph>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, background: '#f5f7fa', border: '1px dashed #c5cdd8', borderRadius: 8, padding: '12px 16px' }}>
        <span className="qd-secret" data-testid="one-time-password" style={{ flex: 1 }}>
          {secret}
        </span>
        <Button
          icon={<CopyOutlined />}
          onClick={async () => {
            if (secret && (await copyText(secret))) message.success('已复制到剪贴板');
            else message.warning('复制失败，请手动选中密码复制');
          }}
        >
          复制
        </Button>
      </div>
    </Modal>
  );
}
