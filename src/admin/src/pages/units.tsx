import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Input, Row, Space, Spin, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useCallback, useEffect, useMemo, useState, type Key, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api.ts';
import { useAuth, useMe } from '../auth.tsx';
import { UnitDetailPanel } from '../components/unit-detail.tsx';
import { UnitFormDrawer, type UnitFormMode } from '../components/unit-form.tsx';
import { ancestorKeys, buildUnitTree, countMatches, filterUnitTree, normalize, parentKeys, type UnitNode } from '../components/unit-tree.ts';
import type { Unit, UnitDetail, UnitSuggestion } from '../types.ts';
import { errorText } from '../util.ts';

type Resolution = { state: 'idle' } | { state: 'loading' } | { state: 'found'; unit: Unit; matchedName: string } | { state: 'suggest'; suggestions: UnitSuggestion[] };

/** Marks the part of `text` matching the search. */
function highlight(text: string, query: string): ReactNode {
  const q = query.trim();
  if (!q) return text;
  const i = text.toLowerCase().indexOf(q.toLowerCase());
  if (i < 0) return text;
  return (
    <>
      {text.slice(0, i)}
      <span className="qd-highlight">{text.slice(i, i + q.length)}</span>
      {text.slice(i + q.length)}
    </>
  );
}

function toTreeData(nodes: UnitNode[], query: string): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.key,
    title: (
      <span title={n.unit.fullName}>
        {highlight(n.unit.shortName, query)}
        {n.matchedName && (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
            {highlight(n.matchedName, query)}
          </Typography.Text>
        )}
      </span>
    ),
    children: n.children.length > 0 ? toTreeData(n.children, query) : undefined,
  }));
}

/** 单位管理: the region's units as a tree by kind, and the selected unit's details. */
export function UnitsPage() {
  const me = useMe();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('unit') ?? me.user.unitId;
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [detail, setDetail] = useState<UnitDetail | null>(null);
  const [detailLoading, setDetailLoading] = useState(false);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<Key[] | null>(null);
  const [resolution, setResolution] = useState<Resolution>({ state: 'idle' });
  const [formMode, setFormMode] = useState<UnitFormMode | null>(null);

  const loadUnits = useCallback(async () => {
    try {
      const data = await api.get<{ items: Unit[] }>('/units', { region: me.user.regionCode });
      setUnits(data.items);
      setLoadError(null);
    } catch (error) {
      setLoadError(errorText(error));
    }
  }, [me.user.regionCode]);

  const loadDetail = useCallback(async (id: string) => {
    setDetailLoading(true);
    try {
      setDetail(await api.get<UnitDetail>(`/units/${id}`));
    } catch (error) {
      setDetail(null);
      if (!(error instanceof ApiError && error.status === 401)) message.error(errorText(error));
    } finally {
      setDetailLoading(false);
    }
  }, [message]);

  useEffect(() => {
    void loadUnits();
  }, [loadUnits]);

  useEffect(() => {
    void loadDetail(selectedId);
  }, [selectedId, loadDetail]);

  const groups = useMemo(() => (units ? buildUnitTree(units) : []), [units]);
  const visible = useMemo(() => filterUnitTree(groups, query), [groups, query]);
  const matches = query.trim() ? countMatches(visible) : null;

  // Nothing matches locally: ask the server, which knows former names and near misses (是否指…).
  useEffect(() => {
    const name = query.trim();
    if (!name || matches !== 0) {
      setResolution({ state: 'idle' });
      return;
    }
    setResolution({ state: 'loading' });
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const r = await api.get<{ unit: Unit; matchedName: string }>('/units/resolve', { name, region: me.user.regionCode });
        if (!cancelled) setResolution({ state: 'found', unit: r.unit, matchedName: r.matchedName });
      } catch (error) {
        const suggestions = error instanceof ApiError && Array.isArray(error.problem.suggestions) ? (error.problem.suggestions as UnitSuggestion[]) : [];
        if (!cancelled) setResolution({ state: 'suggest', suggestions });
      }
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, matches, me.user.regionCode]);

  const select = useCallback(
    (id: string) => {
      setParams((p) => {
        const next = new URLSearchParams(p);
        next.set('unit', id);
        return next;
      });
    },
    [setParams],
  );

  // Everything starts expanded; whatever gets selected (also a unit just created) has its ancestors opened
  // and is scrolled into view.
  useEffect(() => {
    if (!units) return;
    setExpanded((keys) => [...new Set([...(keys ?? parentKeys(groups)), ...ancestorKeys(units, selectedId)])]);
    const timer = setTimeout(() => document.querySelector('.qd-tree-scroll .ant-tree-treenode-selected')?.scrollIntoView({ block: 'nearest' }), 50);
    return () => clearTimeout(timer);
  }, [units, groups, selectedId]);

  const pick = (id: string) => {
    setQuery('');
    select(id);
  };

  const expandedKeys = query.trim() ? parentKeys(visible) : (expanded ?? parentKeys(groups));
  const isAdmin = hasRole('admin');

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9} xxl={7}>
        <Card
          title="本区单位"
          extra={
            <Space>
              {units && <Typography.Text type="secondary">共 {units.length} 个</Typography.Text>}
              {isAdmin && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setFormMode({ type: 'create', kind: 'township' })}>
                  新增乡镇
                </Button>
              )}
            </Space>
          }
          styles={{ body: { paddingTop: 16 } }}
        >
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder="按全称、简称或别名搜索，如“区金融办”"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-label="搜索单位"
            data-testid="unit-search"
          />
          <div style={{ minHeight: 22, margin: '8px 0' }}>
            {matches !== null && matches > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                找到 {matches} 个单位
              </Typography.Text>
            )}
          </div>
          {loadError && <Alert type="error" showIcon title={loadError} action={<Button size="small" onClick={() => void loadUnits()}>重试</Button>} />}
          {!units && !loadError && (
            <div style={{ textAlign: 'center', padding: 48 }}>
              <Spin />
            </div>
          )}
          {units && (
            <div className="qd-tree-scroll" data-testid="unit-tree">
              {visible.length > 0 ? (
                <Tree
                  blockNode
                  showLine={{ showLeafIcon: false }}
                  selectedKeys={[selectedId]}
                  expandedKeys={expandedKeys}
                  onExpand={(keys) => setExpanded(keys)}
                  onSelect={(keys) => {
                    const key = keys[0];
                    if (typeof key === 'string' && !key.startsWith('group:')) select(key);
                  }}
                  treeData={visible.map((g) => ({
                    key: g.key,
                    selectable: false,
                    title: (
                      <span style={{ fontWeight: 600 }}>
                        {g.title}
                        <Tag variant="filled" style={{ marginInlineStart: 8 }}>
                          {g.count}
                        </Tag>
                      </span>
                    ),
                    children: toTreeData(g.children, query),
                  }))}
                />
              ) : (
                <NoMatch query={query} resolution={resolution} onPick={pick} />
              )}
            </div>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={15} xxl={17}>
        <UnitDetailPanel
          unit={detail}
          units={units ?? []}
          loading={detailLoading && !detail}
          onSelect={select}
          onEdit={() => detail && setFormMode({ type: 'edit', unit: detail, contactOnly: !detail.actions.includes('update') })}
          onAddChild={() => detail && setFormMode({ type: 'create', kind: 'sub_unit', parent: detail })}
        />
      </Col>
      <UnitFormDrawer
        mode={formMode}
        onClose={() => setFormMode(null)}
        onConflict={() => {
          setFormMode(null);
          void loadUnits();
          void loadDetail(selectedId);
        }}
        onSaved={(unit) => {
          setFormMode(null);
          void loadUnits();
          if (unit.id === selectedId) void loadDetail(unit.id);
          else select(unit.id);
        }}
      />
    </Row>
  );
}

function NoMatch({ query, resolution, onPick }: { query: string; resolution: Resolution; onPick: (id: string) => void }) {
  if (!normalize(query)) return <Empty description="暂无单位" />;
  return (
    <Empty description={`未找到名称包含“${query.trim()}”的单位`} style={{ padding: '24px 0' }}>
      {resolution.state === 'loading' && <Spin size="small" />}
      {resolution.state === 'found' && (
        <Typography.Paragraph>
          “{resolution.matchedName}”即：<Typography.Link onClick={() => onPick(resolution.unit.id)}>{resolution.unit.fullName}</Typography.Link>
        </Typography.Paragraph>
      )}
      {resolution.state === 'suggest' && resolution.suggestions.length > 0 && (
        <div data-testid="unit-suggestions">
          <Typography.Text type="secondary">是否指：</Typography.Text>
          <Space orientation="vertical" size={4} style={{ marginTop: 6 }}>
            {resolution.suggestions.map((s) => (
              <Typography.Link key={s.unitId} onClick={() => onPick(s.unitId)}>
                {s.fullName}
                {s.matchedName !== s.fullName && <Typography.Text type="secondary">（{s.matchedName}）</Typography.Text>}
              </Typography.Link>
            ))}
          </Space>
        </div>
      )}
    </Empty>
  );
}
