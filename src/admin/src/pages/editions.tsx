import { CloudUploadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Skeleton, Space, Statistic, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { CandidatesTable } from '../components/publication/candidates-table.tsx';
import { EditionDiffView } from '../components/publication/edition-diff.tsx';
import { EditionsTable } from '../components/publication/editions-table.tsx';
import { daysBetween, type Candidates, type EditionList } from '../components/publication/model.ts';
import { PublishDrawer } from '../components/publication/publish-drawer.tsx';
import { useQuery } from '../use-query.ts';
import { errorText } from '../util.ts';

const NO_PARAMS = {};

function StatCard({ testId, children, footer }: { testId: string; children: ReactNode; footer: ReactNode }) {
  return (
    <Card size="small" data-testid={testId} style={{ height: '100%' }} styles={{ body: { padding: '14px 18px' } }}>
      {children}
      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, display: 'block', marginTop: 4 }}>
        {footer}
      </Typography.Text>
    </Card>
  );
}

type Changes = { added: number; changed: number; cancelled: number };

/** 现行目录, its document number and size, and the edition waiting for its date (with a countdown). */
function EditionStats({ list, changes, waiting }: { list: EditionList; changes: Changes | null; waiting: number | null }) {
  const current = list.items.find((e) => e.isCurrent) ?? null;
  const pending = list.items.find((e) => e.state === 'pending') ?? null;
  const days = pending ? daysBetween(list.today, pending.effectiveOn) : 0;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} lg={waiting === null ? 6 : 4}>
        <StatCard testId="stat-current" footer={current ? `${current.effectiveOn} 起施行` : '尚无生效的目录'}>
          <Statistic title="现行目录" value={current ? `第${current.number}版` : '尚未发布'} />
        </StatCard>
      </Col>
      <Col xs={12} lg={waiting === null ? 6 : 6}>
        <StatCard testId="stat-doc" footer={current ? `${current.publishedOn} 发布 · ${current.title}` : '—'}>
          <Statistic title="发文字号" value={current?.docNumber ?? '—'} styles={{ content: { fontSize: 19, whiteSpace: 'nowrap' } }} />
        </StatCard>
      </Col>
      <Col xs={12} lg={5}>
        <StatCard testId="stat-items" footer={changes && current && current.number > 1 ? `较上版：新增${changes.added} 变更${changes.changed} 取消${changes.cancelled}` : current ? '首版目录' : '—'}>
          <Statistic title="目录事项" value={current?.itemCount ?? 0} suffix="项" />
        </StatCard>
      </Col>
      <Col xs={12} lg={waiting === null ? 7 : 5}>
        <StatCard testId="stat-pending" footer={pending ? `${pending.effectiveOn} 零时自动生效` : '没有待生效的版本'}>
          {pending ? (
            <Statistic title={`待生效：第${pending.number}版`} value={days} suffix="天后生效" styles={{ content: { color: '#d46b08' } }} />
          ) : (
            <Statistic title="待生效版本" value="无" />
          )}
        </StatCard>
      </Col>
      {waiting !== null && (
        <Col xs={24} lg={4}>
          <StatCard testId="stat-waiting" footer="审核通过、尚未编入目录">
            <Statistic title="待发布事项" value={waiting} suffix="项" styles={{ content: { color: waiting > 0 ? '#1a56a8' : undefined } }} />
          </StatCard>
        </Col>
      )}
    </Row>
  );
}

/** 目录发布: the current edition, approved items waiting for the next one, every edition and their differences. */
export function EditionsPage() {
  const { hasRole } = useAuth();
  const canSeeCandidates = hasRole('publisher', 'district_reviewer');
  const canPublish = hasRole('publisher');
  const [params, setParams] = useSearchParams();
  const list = useQuery<EditionList>('/editions', NO_PARAMS);
  const [candidates, setCandidates] = useState<Candidates | null>(null);
  const [candidateProblem, setCandidateProblem] = useState<string | null>(null);
  const [changes, setChanges] = useState<Changes | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [publishing, setPublishing] = useState(false);

  const loadCandidates = useCallback(async () => {
    if (!canSeeCandidates) return;
    try {
      const c = await api.get<Candidates>('/editions/candidates');
      setCandidates(c);
      setCandidateProblem(null);
      const ids = new Set(c.units.flatMap((u) => u.items.map((i) => i.versionId)));
      setSelected((s) => s.filter((id) => ids.has(id)));
    } catch (error) {
      setCandidateProblem(errorText(error));
    }
  }, [canSeeCandidates]);

  useEffect(() => {
    void loadCandidates();
  }, [loadCandidates]);

  const current = list.data?.current ?? null;
  useEffect(() => {
    if (current === null) return;
    api
      .get<{ changes: Changes }>(`/editions/${current}`)
      .then((r) => setChanges(r.changes))
      .catch(() => setChanges(null));
  }, [current]);

  const editions = useMemo(() => list.data?.items ?? [], [list.data]);
  const tab = params.get('tab') ?? (canSeeCandidates ? 'candidates' : 'editions');
  const latest = editions[0]?.number ?? null;
  const from = params.get('from') ? Number(params.get('from')) : latest !== null && latest > 1 ? latest - 1 : null;
  const to = params.get('to') ? Number(params.get('to')) : latest !== null && latest > 1 ? latest : null;
  const go = (next: Record<string, string | null>) =>
    setParams(
      (p) => {
        const q = new URLSearchParams(p);
        for (const [k, v] of Object.entries(next)) {
          if (v === null) q.delete(k);
          else q.set(k, v);
        }
        return q;
      },
      { replace: true },
    );

  const refresh = () => {
    void list.load();
    void loadCandidates();
  };

  const chosen = candidates ? candidates.units.flatMap((u) => u.items).filter((i) => selected.includes(i.versionId)) : [];
  const pending = candidates?.pending ?? null;

  const candidatesTab = (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {candidateProblem && <Alert type="error" showIcon title={`无法加载待发布事项：${candidateProblem}`} />}
      {pending && (
        <Alert
          type="warning"
          showIcon
          title={`第${pending.number}版目录（${pending.docNumber}）将于 ${pending.effectiveOn} 生效。同一时间只能有一个待生效的版本，生效后才能发布新版本。`}
        />
      )}
      {!canPublish && <Alert type="info" showIcon title="此处为只读视图：目录版本由发布员以政府文件发布。" />}
      {candidates ? (
        <>
          {canPublish && candidates.total > 0 && (
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
              <Typography.Text>
                共 {candidates.total} 项审核通过、待发布；已选择 <Typography.Text strong>{selected.length}</Typography.Text> 项
              </Typography.Text>
              <Space>
                <Button onClick={() => setSelected(candidates.units.flatMap((u) => u.items.map((i) => i.versionId)))} disabled={pending !== null}>
                  全选
                </Button>
                <Button onClick={() => setSelected([])} disabled={selected.length === 0}>
                  清除选择
                </Button>
                <Button type="primary" icon={<CloudUploadOutlined />} disabled={selected.length === 0 || pending !== null} onClick={() => setPublishing(true)} data-testid="open-publish">
                  发布新版本
                </Button>
              </Space>
            </div>
          )}
          <CandidatesTable data={candidates} selected={canPublish ? selected : undefined} onSelect={canPublish ? setSelected : undefined} />
        </>
      ) : (
        !candidateProblem && <Skeleton active />
      )}
    </Space>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="editions-page">
      {list.problem && <Alert type="error" showIcon title={`无法加载目录版本：${list.problem}`} />}
      {list.data ? <EditionStats list={list.data} changes={changes} waiting={canSeeCandidates ? (candidates?.total ?? 0) : null} /> : <Skeleton active paragraph={{ rows: 2 }} />}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => go({ tab: key })}
          tabBarExtraContent={
            <Button icon={<ReloadOutlined />} onClick={refresh} loading={list.loading}>
              刷新
            </Button>
          }
          items={[
            ...(canSeeCandidates ? [{ key: 'candidates', label: `待发布事项${candidates ? `（${candidates.total}）` : ''}`, children: candidatesTab }] : []),
            { key: 'editions', label: `目录版本（${editions.length}）`, children: <EditionsTable editions={editions} onCompare={(f, t) => go({ tab: 'diff', from: String(f), to: String(t) })} /> },
            {
              key: 'diff',
              label: '版本比较',
              children: <EditionDiffView editions={editions} from={from} to={to} onChange={(f, t) => go({ from: f === null ? null : String(f), to: t === null ? null : String(t) })} />,
            },
          ]}
        />
      </Card>
      {candidates && (
        <PublishDrawer
          open={publishing}
          candidates={candidates}
          selected={chosen}
          onClose={() => setPublishing(false)}
          onPublished={() => {
            setPublishing(false);
            setSelected([]);
            go({ tab: 'editions' });
            refresh();
          }}
        />
      )}
    </Space>
  );
}
