import { EditOutlined, FlagOutlined, PlusOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useAuth, useMe } from '../auth.tsx';
import { CampaignFormDrawer, type CampaignFormMode } from '../components/campaigns/campaign-form.tsx';
import { DashboardStats, QueueCard, StateBar } from '../components/campaigns/dashboard-cards.tsx';
import type { Campaign, Dashboard, UnitState } from '../components/campaigns/model.ts';
import { UnitTable } from '../components/campaigns/unit-table.tsx';
import type { Unit } from '../types.ts';
import { errorText } from '../util.ts';

function reviewWindow(c: Campaign): string {
  if (!c.reviewStartsOn && !c.reviewEndsOn) return '未定';
  return `${c.reviewStartsOn ?? '…'} 至 ${c.reviewEndsOn ?? '…'}`;
}

/** 梳理工作: pick a campaign, see every unit's progress, the overdue ones and the reviewers' queues. */
export function CampaignsPage() {
  const me = useMe();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const canCreate = hasRole('admin', 'district_reviewer');
  const [params, setParams] = useSearchParams();
  const [list, setList] = useState<Campaign[] | null>(null);
  const [listProblem, setListProblem] = useState<string | null>(null);
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [formMode, setFormMode] = useState<CampaignFormMode | null>(null);
  const [stateFilter, setStateFilter] = useState<UnitState | null>(null);
  const [closing, setClosing] = useState(false);

  const loadList = useCallback(async () => {
    try {
      setList((await api.get<{ items: Campaign[] }>('/campaigns')).items);
      setListProblem(null);
    } catch (error) {
      setListProblem(errorText(error));
    }
  }, []);

  useEffect(() => {
    void loadList();
    api
      .get<{ items: Unit[] }>('/units', { region: me.user.regionCode })
      .then((r) => setUnits(r.items))
      .catch(() => undefined);
  }, [loadList, me.user.regionCode]);

  // The campaign in the address (so a link or a reload keeps it), else the first open one.
  const selectedId = params.get('id') ?? list?.[0]?.id ?? null;
  const select = (id: string) => setParams({ id }, { replace: true });

  const loadDashboard = useCallback(async () => {
    if (!selectedId) return;
    setLoading(true);
    try {
      setDashboard(await api.get<Dashboard>(`/campaigns/${selectedId}/dashboard`));
      setProblem(null);
    } catch (error) {
      setDashboard(null);
      setProblem(errorText(error));
    } finally {
      setLoading(false);
    }
  }, [selectedId]);

  useEffect(() => {
    setStateFilter(null);
    void loadDashboard();
  }, [loadDashboard]);

  const campaign = dashboard?.campaign;
  const options = useMemo(
    () =>
      (list ?? []).map((c) => ({
        value: c.id,
        label: (
          <Space size={6}>
            {c.isClosed ? <Tag style={{ marginInlineEnd: 0 }}>已结束</Tag> : <Tag color="blue" style={{ marginInlineEnd: 0 }}>进行中</Tag>}
            {c.name}
          </Space>
        ),
        search: `${c.name} ${c.docNumber ?? ''}`,
      })),
    [list],
  );

  async function close() {
    if (!campaign) return;
    setClosing(true);
    try {
      await api.post(`/campaigns/${campaign.id}/close`);
      message.success(`“${campaign.name}”已结束`);
      await Promise.all([loadList(), loadDashboard()]);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setClosing(false);
    }
  }

  if (list === null && !listProblem) return <Card loading />;

  if (list && list.length === 0) {
    return (
      <Card title="梳理工作">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={canCreate ? '尚未部署梳理工作。新建后，可在这里跟踪各单位的报送进度。' : '尚未部署梳理工作'}>
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormMode({ type: 'create' })} data-testid="campaign-create">
              新建梳理工作
            </Button>
          )}
        </Empty>
        <CampaignFormDrawer
          mode={formMode}
          units={units}
          onClose={() => setFormMode(null)}
          onSaved={(c) => {
            setFormMode(null);
            void loadList().then(() => select(c.id));
          }}
        />
      </Card>
    );
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="campaigns-page">
      <Card size="small" styles={{ body: { padding: '14px 20px' } }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
          <FlagOutlined style={{ fontSize: 18, color: '#1a56a8' }} />
          <Select
            style={{ minWidth: 420, flex: '0 1 560px' }}
            value={selectedId ?? undefined}
            options={options}
            onChange={select}
            showSearch={{ optionFilterProp: ['search'] }}
            aria-label="选择梳理工作"
            data-testid="campaign-select"
          />
          <div style={{ flex: 1 }} />
          <Button icon={<ReloadOutlined />} onClick={() => void loadDashboard()} loading={loading}>
            刷新
          </Button>
          {campaign?.actions.includes('update') && (
            <Button icon={<EditOutlined />} onClick={() => setFormMode({ type: 'edit', campaign })}>
              编辑
            </Button>
          )}
          {campaign?.actions.includes('close') && (
            <Popconfirm
              title="结束这项梳理工作？"
              description={
                <div style={{ maxWidth: 320 }}>
                  结束后不能再修改名称、参与单位和各项日期；进度看板仍可查看。
                  {dashboard && dashboard.totals.units - dashboard.totals.unitsByState.approved > 0 && (
                    <div style={{ color: '#cf1322', marginTop: 4 }}>尚有 {dashboard.totals.units - dashboard.totals.unitsByState.approved} 个单位的事项未全部审核通过。</div>
                  )}
                </div>
              }
              okText="结束"
              okButtonProps={{ danger: true }}
              onConfirm={close}
            >
              <Button danger icon={<StopOutlined />} loading={closing} data-testid="campaign-close">
                结束
              </Button>
            </Popconfirm>
          )}
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormMode({ type: 'create' })} data-testid="campaign-create">
              新建梳理工作
            </Button>
          )}
        </div>
        {campaign && (
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 5 }} style={{ marginTop: 12 }} data-testid="campaign-facts">
            <Descriptions.Item label="部署文件">{campaign.docNumber ?? <Typography.Text type="secondary">—</Typography.Text>}</Descriptions.Item>
            <Descriptions.Item label="报送截止">
              <Typography.Text strong>{campaign.submissionDeadline}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="集中审核">{reviewWindow(campaign)}</Descriptions.Item>
            <Descriptions.Item label="发布目标">{campaign.publicationTarget ?? '未定'}</Descriptions.Item>
            <Descriptions.Item label="统计日期">
              {dashboard?.today}
              {campaign.isClosed && (
                <Tag style={{ marginInlineStart: 8 }} color="default">
                  已结束
                </Tag>
              )}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>

      {listProblem && <Alert type="error" showIcon title={listProblem} />}
      {problem && <Alert type="error" showIcon title={problem} />}

      {!dashboard && loading && <Skeleton active paragraph={{ rows: 8 }} />}

      {dashboard && (
        <>
          <DashboardStats d={dashboard} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <StateBar d={dashboard} active={stateFilter} onPick={setStateFilter} />
            </Col>
            <Col xs={24} xl={9}>
              <QueueCard d={dashboard} />
            </Col>
          </Row>
          <UnitTable d={dashboard} state={stateFilter} onState={setStateFilter} />
        </>
      )}

      <CampaignFormDrawer
        mode={formMode}
        units={units}
        onClose={() => setFormMode(null)}
        onSaved={(c) => {
          setFormMode(null);
          void loadList();
          if (c.id === selectedId) void loadDashboard();
          else select(c.id);
        }}
      />
    </Space>
  );
}
