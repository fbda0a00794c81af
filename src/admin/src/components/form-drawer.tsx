import { Alert, Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';

/** A side drawer holding an edit form: 取消 / 保存 on top, the server's problem above the form. */
export function FormDrawer(props: { title: ReactNode; open: boolean; size: number; saving: boolean; problem: string | null; onClose: () => void; onSave: () => void; children: ReactNode }) {
  return (
    <Drawer
      title={props.title}
      open={props.open}
      onClose={props.onClose}
      size={props.size}
      destroyOnHidden
      mask={{ closable: !props.saving }}
      extra={
        <Space>
          <Button onClick={props.onClose} disabled={props.saving}>
            取消
          </Button>
          <Button type="primary" loading={props.saving} onClick={props.onSave}>
            保存
          </Button>
        </Space>
      }
    >
      {props.problem && <Alert type="error" showIcon title={props.problem} style={{ marginBottom: 16 }} />}
      {props.children}
    </Drawer>
  );
}
