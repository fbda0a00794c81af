import { AlertOutlined, CheckCircleOutlined, FlagOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Input, Row, Select, Space, Statistic, Tabs } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useMe } from '../auth.tsx';
import type { Inbox, InboxTab } from '../components/feedback/model.ts';
import { ReportDrawer } from '../components/feedback/report-drawer.tsx';
import { ReportTable } from '../components/feedback/report-table.tsx';
import type { Unit } from '../types.ts';
import { useQuery } from '../use-query.ts';

const TABS: InboxTab[] = ['open', 'answered', 'flagged', 'all'];

/**
 * 纠错处理: the error reports the public filed on the unit's items (the district office and the
 * administrator see the whole region and decide on reported texts), answered one by one in a drawer.
 */
export function ErrorReportsPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tab = (TABS.includes(params.get('tab') as InboxTab) ? params.get('tab') : 'open') as InboxTab;
  const openId = params.get('id');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [q, setQ] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const query = useMemo(() => ({ tab, q: q || undefined, unitId, ...paging }), [tab, q, unitId, paging]);
  const { data, loading, problem, load } = useQuery<Inbox>('/error-reports/inbox', query);
  const [units, setUnits] = useState<Unit[]>([]);
  const regionView = data?.canModerate ?? false;

  useEffect(() => {
    if (!regionView) return;
    api
      .get<{ items: Unit[] }>('/units', { region: me.user.regionCode })
      .then((r) => setUnits(r.items))
      .catch(() => setUnits([]));
  }, [regionView, me.user.regionCode]);

  const go = (next: Record<string, string | null>) =>
    setParams((p) => {
      const n = new URLSearchParams(p);
      for (const [k, v] of Object.entries(next)) {
        if (v === null) n.delete(k);
        else n.set(k, v);
      }
      return n;
    });

  const counts = data?.counts;
  const label = (t: InboxTab, text: string) => `${text}${counts ? `（${counts[t]}）` : ''}`;
  const tabs = [
    { key: 'open', label: label('open', '待答复') },
    { key: 'answered', label: label('answered', '已答复') },
    ...(regionView ? [{ key: 'flagged', label: label('flagged', '举报待处理') }] : []),
    { key: 'all', label: label('all', '全部') },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="error-reports-page">
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={regionView ? 6 : 8}>
          <Card size="small">
            <Statistic title="待答复" value={counts?.open ?? 0} prefix={<InboxOutlined />} styles={{ content: { color: counts?.open ? '#d46b08' : undefined } }} />
          </Card>
        </Col>
        <Col xs={12} lg={regionView ? 6 : 8}>
          <Card size="small">
            <Statistic title="已答复" value={counts?.answered ?? 0} prefix={<CheckCircleOutlined />} />
          </Card>
        </Col>
        {regionView && (
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic title="举报待处理" value={counts?.flagged ?? 0} prefix={<FlagOutlined />} styles={{ content: { color: counts?.flagged ? '#cf1322' : undefined } }} />
            </Card>
          </Col>
        )}
        <Col xs={12} lg={regionView ? 6 : 8}>
          <Card size="small">
            <Statistic title={regionView ? '全区纠错' : '本单位纠错'} value={counts?.all ?? 0} prefix={<AlertOutlined />} />
          </Card>
        </Col>
      </Row>
      <Card title={regionView ? '纠错处理（全区）' : `纠错处理：${me.user.unitName}`} styles={{ body: { paddingTop: 4 } }}>
        {problem && <Alert type="error" showIcon title={`无法加载纠错：${problem}`} style={{ margin: '12px 0' }} />}
        <Tabs
          activeKey={tab}
          onChange={(key) => {
            setPaging((p) => ({ ...p, page: 1 }));
            go({ tab: key });
          }}
          items={tabs}
          tabBarExtraContent={
            <Space wrap>
              {regionView && (
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="全部单位"
                  style={{ width: 220 }}
                  value={unitId}
                  onChange={(v) => {
                    setUnitId(v);
                    setPaging((p) => ({ ...p, page: 1 }));
                  }}
                  options={units.map((u) => ({ value: u.id, label: u.fullName }))}
                  aria-label="按单位筛选"
                />
              )}
              <Input.Search
                allowClear
                placeholder="纠错编号、事项名称或内容"
                style={{ width: 240 }}
                onSearch={(v) => {
                  setQ(v.trim());
                  setPaging((p) => ({ ...p, page: 1 }));
                }}
                aria-label="搜索纠错"
              />
              <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
                刷新
              </Button>
            </Space>
          }
        />
        <ReportTable
          tab={tab}
          items={data?.items ?? []}
          total={data?.total ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          loading={loading}
          showUnit={regionView}
          onOpen={(r) => go({ id: r.id })}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
        />
      </Card>
      <ReportDrawer id={openId} onClose={() => go({ id: null })} onChanged={() => void load()} />
    </Space>
  );
}
