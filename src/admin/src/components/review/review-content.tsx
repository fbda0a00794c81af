import { Descriptions, Empty, Table, Tag, Typography } from 'antd';
import type { ItemDraft, LegalBasis, Material, TimeLimit } from '../../../../domain/catalog/item.ts';
import { CATEGORY_COLORS, CATEGORY_LABELS, HANDLING_FORM_LABELS, ONLINE_DEPTH_LABELS } from '../catalog/labels.ts';

const MEDIA: Record<Material['media'], string> = { paper: '纸质', electronic: '电子', either: '纸质或电子' };

function limitText(l: TimeLimit | null): string {
  if (!l) return '未填写';
  if (l.unit === 'immediate') return '即办（当场办结）';
  return `${l.value ?? '—'}个${l.unit === 'natural_day' ? '自然日' : '工作日'}`;
}

const orDash = (v: string | null | undefined) => (v && v.trim() ? v : <Typography.Text type="secondary">未填写</Typography.Text>);

function Basis({ b, i }: { b: LegalBasis; i: number }) {
  return (
    <div className="qd-review-basis">
      <div>
        <Typography.Text strong>
          {i + 1}. {b.title}
        </Typography.Text>
        {b.docNumber && <Typography.Text type="secondary">（{b.docNumber}）</Typography.Text>}
        {b.article && <Tag style={{ marginInlineStart: 8 }}>{b.article}</Tag>}
        {b.kind && <Tag color="geekblue">{b.kind}</Tag>}
      </div>
      {b.articleText ? <div className="qd-review-article">{b.articleText}</div> : <Typography.Text type="warning">未填写条款内容</Typography.Text>}
    </div>
  );
}

/** 事项内容: what the reviewer reads before deciding: the filing-form fields and the guide's essentials. */
export function ReviewContent({ draft, unitName }: { draft: ItemDraft; unitName: string }) {
  const g = draft.guide;
  return (
    <div data-testid="review-content">
      <Descriptions
        size="small"
        bordered
        column={2}
        styles={{ label: { width: 128, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'name', label: '事项名称', span: 2, children: <Typography.Text strong>{draft.name}</Typography.Text> },
          { key: 'category', label: '类别', children: draft.category ? <Tag color={CATEGORY_COLORS[draft.category]}>{CATEGORY_LABELS[draft.category]}</Tag> : '未选择' },
          { key: 'objects', label: '服务对象', children: draft.serviceObjects.join('、') || '未填写' },
          { key: 'unit', label: '实施单位', children: unitName },
          { key: 'co', label: '共同实施单位', children: draft.coImplementingUnits.join('、') || '无' },
          { key: 'content', label: '服务内容', span: 2, children: <div className="qd-review-pre">{orDash(draft.serviceContent)}</div> },
          {
            key: 'bases',
            label: '办理依据',
            span: 2,
            children:
              draft.legalBases.length > 0 ? (
                draft.legalBases.map((b, i) => <Basis key={i} b={b} i={i} />)
              ) : (
                <span>
                  <Tag color="orange">无文件依据</Tag>
                  {draft.noBasisReason ?? '未说明理由'}
                </span>
              ),
          },
          { key: 'legal', label: '法定办结时限', children: limitText(g.legalLimit) },
          { key: 'committed', label: '承诺办结时限', children: limitText(g.committedLimit) },
          { key: 'conditions', label: '申请条件', span: 2, children: <div className="qd-review-pre">{orDash(g.applicationConditions)}</div> },
          { key: 'fee', label: '收费', children: g.fee ? (g.fee.isFree ? '不收费' : `${g.fee.standard ?? ''}（依据：${g.fee.basis ?? '未填写'}）`) : '未填写' },
          { key: 'forms', label: '办理形式', children: g.handlingForms.map((f) => HANDLING_FORM_LABELS[f]).join('、') || '未填写' },
          { key: 'depth', label: '网办深度', children: g.onlineDepth ? ONLINE_DEPTH_LABELS[g.onlineDepth] : '未填写' },
          { key: 'visits', label: '到现场次数', children: g.visits ?? '未填写' },
          { key: 'place', label: '办理地点', span: 2, children: orDash(g.place) },
          { key: 'consult', label: '咨询方式', span: 2, children: orDash(g.consultation) },
          { key: 'remarks', label: '备注', span: 2, children: orDash(draft.remarks) },
        ]}
      />
      <Typography.Title level={5} style={{ margin: '20px 0 8px' }}>
        申报材料（{draft.materials.length}）
      </Typography.Title>
      {draft.materials.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未列申报材料" />
      ) : (
        <Table<Material>
          size="small"
          rowKey={(_m, i) => String(i)}
          pagination={false}
          dataSource={draft.materials}
          columns={[
            { title: '序号', width: 56, render: (_v, _m, i) => i + 1 },
            { title: '材料名称', dataIndex: 'name' },
            { title: '来源', dataIndex: 'source', width: 120, render: (v: string | null) => v ?? '—' },
            { title: '份数', width: 110, render: (_v, m) => `原件${m.originalCount} / 复印件${m.copyCount}` },
            { title: '形式', dataIndex: 'media', width: 100, render: (v: Material['media']) => MEDIA[v] },
            { title: '要求', width: 120, render: (_v, m) => (m.requirement === 'required' ? '必要' : <Typography.Text type="secondary">按情形：{m.condition ?? '—'}</Typography.Text>) },
          ]}
        />
      )}
    </div>
  );
}
