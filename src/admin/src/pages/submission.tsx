/**
 * 征求意见与报送: the unit's own side of the chain (drafts → 征求意见 → 班子会议 → 签署报送) and the
 * open consultations of other units, where the caller may comment.
 */
import { AuditOutlined, EditOutlined, ReloadOutlined, RollbackOutlined, SendOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Collapse, Empty, Row, Space, Statistic, Steps, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useMe } from '../auth.tsx';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../components/catalog/labels.ts';
import { ConsultationCard } from '../components/review/unit-consultation.tsx';
import { MeetingDrawer, OpenConsultationModal, SignModal } from '../components/review/unit-dialogs.tsx';
import { ConsultationStatusTag, DECISION_LABELS, type Board, type BoardItem, type ConsultationRow, type Meeting, type SubmissionRow } from '../components/review/unit-model.tsx';
import { SubmissionsTable } from '../components/review/unit-submissions.tsx';
import type { Category } from '../../../domain/catalog/item.ts';
import { useQuery } from '../use-query.ts';
import { errorText, formatDateTime } from '../util.ts';

const NO_PARAMS = {};
const OWN = { scope: 'own' } as const;
const OTHERS = { scope: 'others' } as const;
const IN_REVIEW = ['submitted', 'parent_review', 'central_review', 'legal_review'];

function Section({ step, title, extra, children, testId }: { step: number; title: string; extra?: React.ReactNode; children: React.ReactNode; testId: string }) {
  return (
    <Card
      data-testid={testId}
      title={
        <Space>
          <span style={{ display: 'inline-flex', width: 22, height: 22, borderRadius: 11, background: '#1a56a8', color: '#fff', fontSize: 12, alignItems: 'center', justifyContent: 'center' }}>
            {step}
          </span>
          {title}
        </Space>
      }
      extra={extra}
      style={{ marginBottom: 16 }}
    >
      {children}
    </Card>
  );
}

function FindingsCell({ item }: { item: BoardItem }) {
  if (item.errorCount + item.incompleteCount === 0) return <Tag color="success">可发起</Tag>;
  return (
    <Tooltip title="须先在事项清单中改正错误、补齐要素，才能发起征求意见">
      <Space size={4}>
        {item.errorCount > 0 && <span className="qd-count qd-count-error">错误 {item.errorCount}</span>}
        {item.incompleteCount > 0 && <span className="qd-count qd-count-incomplete">待补充 {item.incompleteCount}</span>}
      </Space>
    </Tooltip>
  );
}

const nameColumn = {
  title: '事项名称',
  dataIndex: 'name',
  render: (name: string, r: BoardItem) => (
    <Space size={6} wrap>
      <Link to={`/catalog/items/${r.id}`}>{name}</Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        第{r.versionNumber}版
      </Typography.Text>
      {r.category && <Tag color={CATEGORY_COLORS[r.category as Category]}>{CATEGORY_LABELS[r.category as Category]}</Tag>}
    </Space>
  ),
};
const codeColumn = { title: '事项编码', dataIndex: 'code', width: 150, render: (v: string) => <span className="qd-mono qd-code">{v}</span> };

/** 本单位事项流转. */
function OwnUnitFlow() {
  const me = useMe();
  const { message, modal } = App.useApp();
  const unitId = me.user.unitId;
  const board = useQuery<Board>(`/units/${unitId}/workflow`, NO_PARAMS);
  const consultations = useQuery<{ items: ConsultationRow[] }>('/consultations', OWN);
  const meetings = useQuery<{ items: Meeting[] }>(`/units/${unitId}/meetings`, NO_PARAMS);
  const subParams = useMemo(() => ({ unitId }), [unitId]);
  const submissions = useQuery<{ items: SubmissionRow[] }>('/submissions', subParams);
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'consult' | 'meeting' | 'sign' | null>(null);

  const reload = () => {
    void board.load();
    void consultations.load();
    void meetings.load();
    void submissions.load();
  };

  const b = board.data;
  if (!b) return <Card loading={board.loading}>{board.problem && <Alert type="error" showIcon title={board.problem} />}</Card>;

  const count = (...states: string[]) => states.reduce((n, s) => n + (b.counts[s] ?? 0), 0);
  const drafts = b.items.filter((i) => i.state === 'draft');
  const reviewing = b.items.filter((i) => i.state === 'unit_review');
  const active = (consultations.data?.items ?? []).filter((c) => !c.closedAt);
  const closed = (consultations.data?.items ?? []).filter((c) => c.closedAt);
  const signable = (meetings.data?.items ?? []).find((m) => m.awaitingSignature > 0) ?? null;
  const chosen = drafts.filter((d) => selected.includes(d.id));
  const reviewer = b.firstReviewer === 'parent' ? '主管部门' : '区政务服务管理办';

  const current = count('draft') > 0 ? 0 : count('consultation') > 0 ? 1 : count('unit_review') > 0 ? (signable ? 3 : 2) : 4;

  function withdraw(item: BoardItem) {
    modal.confirm({
      title: `撤回“${item.name}”？`,
      content: '撤回后该事项回到草稿，可以修改；修改后需重新征求意见、重新经班子会议审议。',
      okText: '撤回修改',
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.post(`/items/${item.id}/withdraw`, { comment: '单位审核期间撤回修改' });
          message.success(`已撤回“${item.name}”`);
          reload();
        } catch (error) {
          message.error(errorText(error));
        }
      },
    });
  }

  const draftColumns: TableColumnsType<BoardItem> = [codeColumn, nameColumn, { title: '完整度', dataIndex: 'completeness', width: 90, render: (n: number) => `${n}%` }, { title: '检查', key: 'f', width: 180, render: (_, r) => <FindingsCell item={r} /> }];
  const reviewColumns: TableColumnsType<BoardItem> = [
    codeColumn,
    nameColumn,
    {
      title: '班子会议',
      key: 'meeting',
      width: 190,
      render: (_, r) => (r.meetingId ? <Tag color="green">已审议通过，待签署</Tag> : <Tag color="orange">待班子会议审议</Tag>),
    },
    ...(b.canWork
      ? [
          {
            title: '操作',
            key: 'op',
            width: 90,
            render: (_: unknown, r: BoardItem) => (
              <Button size="small" type="link" icon={<RollbackOutlined />} onClick={() => withdraw(r)}>
                撤回
              </Button>
            ),
          },
        ]
      : []),
  ];

  const signHint = !b.canSign ? '签署报送须由单位负责人进行' : !signable ? '须先记录审议通过的班子会议' : `签署 ${signable.heldOn} 班子会议审议通过的 ${signable.awaitingSignature} 个事项`;

  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {[
          { title: '草稿', value: count('draft'), hint: '编制中，可发起征求意见' },
          { title: '征求意见', value: count('consultation'), hint: '其他单位提意见，本单位答复' },
          { title: '单位审核', value: count('unit_review'), hint: '待班子会议审议和负责人签署' },
          { title: '已报送，审核中', value: count(...IN_REVIEW), hint: `${reviewer}等审核中` },
          { title: '审核通过', value: count('approved'), hint: '待发布' },
          { title: '已发布', value: count('published'), hint: '已在目录中公布' },
        ].map((s) => (
          <Col key={s.title} xs={12} md={8} xl={4}>
            <Card size="small" styles={{ body: { padding: '12px 16px' } }}>
              <Statistic title={s.title} value={s.value} suffix="项" />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {s.hint}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={current}
          items={[
            { title: '编制草稿', content: `${count('draft')} 项` },
            { title: '征求意见', content: `${count('consultation')} 项` },
            { title: '班子会议审议', content: `${reviewing.filter((i) => !i.meetingId).length} 项待审议` },
            { title: '负责人签署报送', content: `${reviewing.filter((i) => i.meetingId).length} 项待签署` },
            { title: `${reviewer}审核`, content: `${count(...IN_REVIEW)} 项` },
          ]}
        />
      </Card>

      <Section
        step={1}
        testId="section-drafts"
        title={`草稿（${drafts.length}）`}
        extra={
          b.canWork && (
            <Button type="primary" icon={<TeamOutlined />} disabled={chosen.length === 0} onClick={() => setDialog('consult')}>
              发起征求意见{chosen.length > 0 ? `（${chosen.length}项）` : ''}
            </Button>
          )
        }
      >
        <Table
          rowKey="id"
          size="small"
          columns={draftColumns}
          dataSource={drafts}
          pagination={drafts.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          rowSelection={
            b.canWork
              ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (r) => ({ disabled: r.errorCount + r.incompleteCount > 0 }) }
              : undefined
          }
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有草稿状态的事项" /> }}
        />
      </Section>

      <Section step={2} testId="section-consultations" title={`征求意见（进行中 ${active.length}）`}>
        {active.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有进行中的征求意见：在上方选择草稿事项后发起" />
        ) : (
          active.map((c) => <ConsultationCard key={c.id} id={c.id} mode="own" canWork={b.canWork} onChanged={reload} />)
        )}
        {closed.length > 0 && (
          <Collapse
            size="small"
            items={[
              {
                key: 'closed',
                label: `已结束的征求意见（${closed.length}）`,
                children: (
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={closed}
                    columns={[
                      { title: '标题', dataIndex: 'title' },
                      { title: '征求意见期', key: 'w', render: (_, c) => `${c.startsOn} 至 ${c.endsOn}` },
                      { title: '事项', dataIndex: 'itemCount', width: 70, align: 'right' },
                      { title: '意见', dataIndex: 'opinionCount', width: 70, align: 'right' },
                      { title: '状态', key: 's', width: 100, render: (_, c) => <ConsultationStatusTag status={c.status} /> },
                      { title: '结束时间', dataIndex: 'closedAt', width: 170, render: (v: string) => formatDateTime(v) },
                    ]}
                  />
                ),
              },
            ]}
          />
        )}
      </Section>

      <Section
        step={3}
        testId="section-unit-review"
        title={`单位审核：班子会议与签署（${reviewing.length}）`}
        extra={
          <Space>
            {b.canWork && (
              <Tooltip title={reviewing.length === 0 ? '没有处于单位审核的事项' : undefined}>
                <Button icon={<AuditOutlined />} disabled={reviewing.length === 0} onClick={() => setDialog('meeting')}>
                  记录班子会议
                </Button>
              </Tooltip>
            )}
            {(b.canSign || b.canWork) && (
              <Tooltip title={signHint}>
                <Button type="primary" icon={<EditOutlined />} disabled={!b.canSign || !signable} onClick={() => setDialog('sign')}>
                  签署报送
                </Button>
              </Tooltip>
            )}
          </Space>
        }
      >
        <Table
          rowKey="id"
          size="small"
          columns={reviewColumns}
          dataSource={reviewing}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有处于单位审核的事项：征求意见结束后，事项转入这里" /> }}
        />
        {(meetings.data?.items.length ?? 0) > 0 && (
          <>
            <Typography.Title level={5} style={{ margin: '16px 0 8px' }}>
              班子会议记录
            </Typography.Title>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={meetings.data?.items.slice(0, 5)}
              columns={[
                { title: '会议日期', dataIndex: 'heldOn', width: 110 },
                { title: '审议结论', dataIndex: 'decision', width: 110, render: (d: Meeting['decision']) => <Tag color={DECISION_LABELS[d].color}>{DECISION_LABELS[d].label}</Tag> },
                { title: '参会人员', dataIndex: 'attendees', ellipsis: true },
                { title: '纪要', dataIndex: 'minutes', ellipsis: true, render: (v: string | null) => v ?? '—' },
                { title: '审议事项', key: 'n', width: 90, align: 'right', render: (_, m) => m.items.length },
                { title: '待签署', dataIndex: 'awaitingSignature', width: 80, align: 'right' },
                { title: '记录人', dataIndex: 'recordedByName', width: 140 },
              ]}
            />
          </>
        )}
      </Section>

      <Section step={4} testId="section-submissions" title={`送审稿（${submissions.data?.items.length ?? 0}）`}>
        <SubmissionsTable rows={submissions.data?.items ?? []} loading={submissions.loading} canSign={b.canSign} onChanged={reload} />
      </Section>

      <OpenConsultationModal
        board={b}
        items={chosen}
        open={dialog === 'consult'}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          setSelected([]);
          reload();
        }}
      />
      <MeetingDrawer
        board={b}
        open={dialog === 'meeting'}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          reload();
        }}
      />
      <SignModal
        board={b}
        meeting={signable}
        open={dialog === 'sign'}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          reload();
        }}
      />
    </>
  );
}

/** 他单位征求意见: the region's other units' open consultations; pick one to read and comment. */
function OthersConsultations() {
  const { data, loading, problem, load } = useQuery<{ items: ConsultationRow[] }>('/consultations', OTHERS);
  const [picked, setPicked] = useState<string | null>(null);
  const rows = data?.items ?? [];
  const current = picked && rows.some((r) => r.id === picked) ? picked : (rows[0]?.id ?? null);
  if (problem) return <Alert type="error" showIcon title={problem} />;
  return (
    <Row gutter={16}>
      <Col xs={24} xl={9}>
        <Card title="正在征求意见" size="small" data-testid="others-list" style={{ marginBottom: 16 }}>
          <Table
            rowKey="id"
            size="small"
            loading={loading}
            dataSource={rows}
            pagination={false}
            onRow={(r) => ({ onClick: () => setPicked(r.id), style: { cursor: 'pointer', background: r.id === current ? '#e6f0ff' : undefined } })}
            columns={[
              {
                title: '单位 / 标题',
                key: 't',
                render: (_, r) => (
                  <div>
                    <Typography.Text strong>{r.unitName}</Typography.Text>
                    <div style={{ fontSize: 12 }}>{r.title}</div>
                  </div>
                ),
              },
              { title: '截止', dataIndex: 'endsOn', width: 100 },
              { title: '事项', dataIndex: 'itemCount', width: 56, align: 'right' },
              { title: '意见', dataIndex: 'opinionCount', width: 56, align: 'right' },
            ]}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="目前没有其他单位在征求意见" /> }}
          />
        </Card>
      </Col>
      <Col xs={24} xl={15}>
        {current ? (
          <ConsultationCard key={current} id={current} mode="other" canWork={false} onChanged={() => void load()} />
        ) : (
          <Card>
            <Empty description="选择左侧的征求意见，查看事项并提出意见" />
          </Card>
        )}
      </Col>
    </Row>
  );
}

/** 征求意见与报送. */
export function SubmissionPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'others' ? 'others' : 'own';
  const [refreshKey, setRefreshKey] = useState(0);
  return (
    <Card
      title={
        <Space>
          <SendOutlined />
          征求意见与报送
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {me.user.unitName}
          </Typography.Text>
        </Space>
      }
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => setRefreshKey((k) => k + 1)}>
          刷新
        </Button>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'own' ? {} : { tab: k }, { replace: true })}
        items={[
          { key: 'own', label: '本单位事项流转', children: <OwnUnitFlow key={refreshKey} /> },
          { key: 'others', label: '他单位征求意见', children: <OthersConsultations key={refreshKey} /> },
        ]}
      />
    </Card>
  );
}
