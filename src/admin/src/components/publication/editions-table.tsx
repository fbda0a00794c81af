import { DiffOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { formatDateTime } from '../../util.ts';
import type { Edition } from './model.ts';

/** 目录版本列表: number, document number, dates, item count and 已生效 / 待生效. */
export function EditionsTable({ editions, onCompare }: { editions: Edition[]; onCompare: (from: number, to: number) => void }) {
  const columns: TableColumnsType<Edition> = [
    {
      title: '版本',
      dataIndex: 'number',
      width: 120,
      render: (n: number, e) => (
        <Space size={6}>
          <Typography.Text strong>第{n}版</Typography.Text>
          {e.isCurrent && <Tag color="blue">现行</Tag>}
        </Space>
      ),
    },
    { title: '目录名称', dataIndex: 'title', ellipsis: true },
    { title: '发文字号', dataIndex: 'docNumber', width: 200 },
    { title: '发布日期', dataIndex: 'publishedOn', width: 110 },
    { title: '生效日期', dataIndex: 'effectiveOn', width: 110 },
    { title: '事项数', dataIndex: 'itemCount', width: 80, align: 'right' },
    {
      title: '状态',
      dataIndex: 'state',
      width: 200,
      render: (s: Edition['state'], e) =>
        s === 'live' ? (
          <Space size={4}>
            <Tag color="success">已生效</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(e.wentLiveAt).slice(0, 16)}
            </Typography.Text>
          </Space>
        ) : (
          <Tag color="orange">待生效</Tag>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 130,
      render: (_, e) =>
        e.number > 1 ? (
          <Button type="link" size="small" icon={<DiffOutlined />} style={{ paddingInline: 0 }} onClick={() => onCompare(e.number - 1, e.number)}>
            与上一版比较
          </Button>
        ) : (
          <Typography.Text type="secondary">首版</Typography.Text>
        ),
    },
  ];
  return (
    <Table<Edition>
      size="middle"
      rowKey="number"
      columns={columns}
      dataSource={editions}
      pagination={editions.length > 10 ? { pageSize: 10 } : false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未发布目录版本" /> }}
      data-testid="editions-table"
    />
  );
}
