import { ApartmentOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import type { Unit, UnitDetail } from '../types.ts';

function orDash(value: string | null) {
  return value ? value : <Typography.Text type="secondary">未填写</Typography.Text>;
}

/** The selected unit: names, kind, level and contact details, with the buttons the caller may use. */
export function UnitDetailPanel({
  unit,
  units,
  loading,
  onSelect,
  onEdit,
  onAddChild,
}: {
  unit: UnitDetail | null;
  units: Unit[];
  loading: boolean;
  onSelect: (id: string) => void;
  onEdit: () => void;
  onAddChild: () => void;
}) {
  if (!unit) {
    return (
      <Card loading={loading} data-testid="unit-detail">
        <Empty description="请在左侧选择一个单位" style={{ padding: '48px 0' }} />
      </Card>
    );
  }
  const parent = unit.parentId ? units.find((u) => u.id === unit.parentId) : undefined;
  const children = units.filter((u) => u.parentId === unit.id);
  const canEdit = unit.actions.includes('update') || unit.actions.includes('update_contact');
  const canAddChild = unit.actions.includes('add_child') && unit.kind !== 'sub_unit' && unit.kind !== 'township';
  return (
    <Card
      loading={loading}
      data-testid="unit-detail"
      title={
        <Space size={8} wrap>
          <span>{unit.fullName}</span>
          <Tag color="blue">{unit.kindLabel}</Tag>
        </Space>
      }
      extra={
        <Space>
          {canAddChild && (
            <Button icon={<PlusOutlined />} onClick={onAddChild}>
              新增下属单位
            </Button>
          )}
          {canEdit && (
            <Button type="primary" icon={<EditOutlined />} onClick={onEdit} data-testid="unit-edit">
              {unit.actions.includes('update') ? '编辑' : '维护联系方式'}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions bordered column={1} size="middle" styles={{ label: { width: 180, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label="规范全称">
          <Typography.Text strong copyable={{ tooltips: ['复制', '已复制'] }}>
            {unit.fullName}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="简称">{unit.shortName}</Descriptions.Item>
        <Descriptions.Item label="别名">
          {unit.aliases.length > 0 ? (
            <Space size={[4, 4]} wrap>
              {unit.aliases.map((alias) => (
                <Tag key={alias}>{alias}</Tag>
              ))}
            </Space>
          ) : (
            <Typography.Text type="secondary">无</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="类别">{unit.kindLabel}</Descriptions.Item>
        <Descriptions.Item label="层级">{unit.levelLabel}</Descriptions.Item>
        {parent && (
          <Descriptions.Item label="主管部门">
            <Typography.Link onClick={() => onSelect(parent.id)}>{parent.fullName}</Typography.Link>
          </Descriptions.Item>
        )}
        <Descriptions.Item label="统一社会信用代码">
          {unit.creditCode ? <Typography.Text code>{unit.creditCode}</Typography.Text> : orDash(null)}
        </Descriptions.Item>
        <Descriptions.Item label="电话">{orDash(unit.phone)}</Descriptions.Item>
        <Descriptions.Item label="地址">{orDash(unit.address)}</Descriptions.Item>
      </Descriptions>
      {(children.length > 0 || canAddChild) && (
        <div style={{ marginTop: 24 }}>
          <Typography.Title level={5}>
            <ApartmentOutlined /> 部门管理机构、所属事业单位（{children.length}）
          </Typography.Title>
          {children.length > 0 ? (
            <Space size={[8, 8]} wrap>
              {children.map((child) => (
                <Tag key={child.id} style={{ cursor: 'pointer', padding: '2px 10px' }} onClick={() => onSelect(child.id)}>
                  {child.fullName}
                </Tag>
              ))}
            </Space>
          ) : (
            <Typography.Text type="secondary">暂无下属单位</Typography.Text>
          )}
        </div>
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '16px 0 0', fontSize: 12 }}>
        版本 {unit.version} · 行政区划代码 {unit.regionCode}
      </Typography.Paragraph>
    </Card>
  );
}
