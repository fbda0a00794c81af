import { ArrowLeftOutlined, FileWordOutlined, FormOutlined, PrinterOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Result, Row, Skeleton, Space, Tabs, Tag, Tooltip, Typography, type FormInstance } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Finding } from '../../../../domain/catalog/item.ts';
import { requiredGuideElements } from '../../../../domain/catalog/rules.ts';
import { api, ApiError } from '../../api.ts';
import { useAuth, useMe } from '../../auth.tsx';
import { downloadFile, fileErrorText, openPrintView } from '../../components/catalog/files.ts';
import { CheckPanel } from '../../components/catalog/findings-panel.tsx';
import { ItemHistory } from '../../components/catalog/item-history.tsx';
import { BasicSection, BasisSection, GuideSection, MaterialsSection, ScreeningSection, StepsSection } from '../../components/catalog/item-sections.tsx';
import { ReturnNotice } from '../../components/catalog/return-notice.tsx';
import { STATE_COLORS, STATE_LABELS } from '../../components/catalog/labels.ts';
import { domIdsOf, fieldNameOf, FORM_NAME, newFormValues, SEVERITY_ORDER, TAB_LABELS, tabOf, toDraft, toFormValues, type FormValues, type TabKey } from '../../components/catalog/model.ts';
import { useGuardedNavigate, useLeaveGuard } from '../../components/nav-guard.tsx';
import { AdjustmentModal, type AdjustmentValues } from '../../components/publication/adjustment-modal.tsx';
import type { CheckResult, Completeness, ItemDetail, Unit } from '../../types.ts';
import { errorText, formatDateTime } from '../../util.ts';

/** Guide element label (as completeness.missing names it) → the path of its field. */
const ELEMENT_PATHS: Record<string, string> = Object.fromEntries(
  [...requiredGuideElements('on_application'), ...requiredGuideElements('proactive'), ...requiredGuideElements(null)].map((e) => [e.label, e.path]),
);

/** Puts every top-level value in place exactly (setFieldsValue would merge arrays index by index) and clears old errors. */
function replaceValues(form: FormInstance<FormValues>, values: FormValues): void {
  const stale = form
    .getFieldsError()
    .filter((f) => f.errors.length > 0 || f.warnings.length > 0)
    .map((f) => ({ name: f.name, errors: [], warnings: [] }));
  const fields = [...stale, ...Object.entries(values).map(([key, value]) => ({ name: [key], value, errors: [] }))];
  form.setFields(fields as unknown as Parameters<FormInstance<FormValues>['setFields']>[0]);
}

/** Briefly marks the field a finding points to, after scrolling it into view. */
function revealField(path: string): boolean {
  for (const id of domIdsOf(path)) {
    const el = document.getElementById(id);
    if (!el) continue;
    const box = (el.closest('.ant-form-item') as HTMLElement | null) ?? el;
    box.scrollIntoView({ behavior: 'smooth', block: 'center' });
    const focusable = el.matches('input, textarea, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input, textarea, button');
    focusable?.focus({ preventScroll: true });
    box.classList.remove('qd-flash');
    void box.offsetWidth;
    box.classList.add('qd-flash');
    return true;
  }
  return false;
}

/** 事项编辑: the filing fields and the whole service guide of one item, with live findings and completeness. */
export function ItemEditorPage({ itemId }: { itemId: string | null }) {
  const me = useMe();
  const { hasRole } = useAuth();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const guardedNavigate = useGuardedNavigate();
  const location = useLocation();
  const backTo = (location.state as { from?: string } | null)?.from ?? '/catalog';
  const [form] = Form.useForm<FormValues>();
  const isNew = itemId === null;

  const [detail, setDetail] = useState<ItemDetail | null>(null);
  const [initial, setInitial] = useState<FormValues | null>(() => (isNew ? newFormValues() : null));
  const [loadError, setLoadError] = useState<{ status: number; text: string } | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [completeness, setCompleteness] = useState<Completeness | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkProblem, setCheckProblem] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [revision, setRevision] = useState(0);
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [tab, setTab] = useState<TabKey>('basic');
  const [historyKey, setHistoryKey] = useState(0);
  const [fileBusy, setFileBusy] = useState<'print' | 'docx' | null>(null);
  // 动态调整: a change/cancel proposal of a published item, or the reason a new item is added after publication.
  const [adjusting, setAdjusting] = useState<{ mode: 'adjust' | 'add'; draft?: ReturnType<typeof toDraft> } | null>(null);
  const checkSeq = useRef(0);
  // Whether the form holds an item's values already (a reload then replaces them in place).
  const formReady = useRef(isNew);

  const canCreate = hasRole('unit_editor', 'unit_head');
  const readOnly = isNew ? !canCreate : !detail?.actions.includes('edit');
  const unitId = detail?.unitId ?? me.user.unitId;
  const unitName = detail?.unitName ?? me.user.unitName;

  useLeaveGuard(dirty && !readOnly);

  const load = useCallback(async () => {
    if (!itemId) return;
    try {
      const d = await api.get<ItemDetail>(`/items/${itemId}`);
      const values = toFormValues(d.draft);
      setDetail(d);
      if (formReady.current) replaceValues(form, values);
      else {
        formReady.current = true;
        setInitial(values);
      }
      setFindings(d.findings);
      setCompleteness(d.completeness);
      setDirty(false);
      setConflict(false);
      setLoadError(null);
      checkSeq.current++;
      setChecking(false);
    } catch (error) {
      setLoadError({ status: error instanceof ApiError ? error.status : 0, text: errorText(error) });
    }
  }, [itemId, form]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    api
      .get<{ items: Unit[] }>('/units', { region: me.user.regionCode })
      .then((r) => setUnits(r.items))
      .catch(() => undefined);
  }, [me.user.regionCode]);

  // A new item shows what it still lacks from the start.
  useEffect(() => {
    if (isNew) setRevision((r) => r + 1);
  }, [isNew]);

  // 实时检查: the rules run on the server ~600 ms after the last keystroke; a stale answer is dropped.
  useEffect(() => {
    if (revision === 0) return;
    const seq = ++checkSeq.current;
    setChecking(true);
    const timer = setTimeout(async () => {
      try {
        const draft = toDraft(form.getFieldsValue(true) as FormValues);
        const r = await api.post<CheckResult>('/items/check', { unitId, itemId: itemId ?? undefined, draft });
        if (seq !== checkSeq.current) return;
        setFindings(r.findings);
        setCompleteness(r.completeness);
        setCheckProblem(null);
      } catch (error) {
        if (seq !== checkSeq.current) return;
        setCheckProblem(`实时检查暂不可用：${errorText(error)}`);
      } finally {
        if (seq === checkSeq.current) setChecking(false);
      }
    }, 600);
    return () => clearTimeout(timer);
  }, [revision, form, unitId, itemId]);

  const focusPath = useCallback((path: string) => {
    setTab(tabOf(path));
    // The tab's pane becomes visible on the next render; then the field can scroll into view.
    window.setTimeout(() => {
      if (!revealField(path)) window.setTimeout(() => revealField(path), 150);
    }, 60);
  }, []);

  const pickMissing = useCallback((label: string) => focusPath(ELEMENT_PATHS[label] ?? 'name'), [focusPath]);

  function showServerErrors(error: ApiError): boolean {
    const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
    for (const p of error.errors) {
      const name = fieldNameOf(p.path);
      if (!name) continue;
      const key = JSON.stringify(name);
      const entry = byName.get(key) ?? { name, errors: [] };
      entry.errors.push(p.message);
      byName.set(key, entry);
    }
    if (byName.size > 0) form.setFields([...byName.values()] as Parameters<FormInstance<FormValues>['setFields']>[0]);
    if (error.errors.length > 0) focusPath(error.errors[0].path);
    return error.errors.length > 0;
  }

  async function save() {
    if (savingRef.current || readOnly) return;
    try {
      await form.validateFields();
    } catch (e) {
      const first = (e as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) focusPath(first.name.join('.'));
      return;
    }
    savingRef.current = true;
    setSaving(true);
    setProblem(null);
    const draft = toDraft(form.getFieldsValue(true) as FormValues);
    try {
      if (isNew) {
        const r = await api.post<{ itemId: string; code: string }>('/items', { unitId, draft });
        setDirty(false);
        message.success(`已新增事项“${draft.name}”，事项编码 ${r.code}`);
        navigate(`/catalog/items/${r.itemId}`, { replace: true, state: location.state });
        return;
      }
      if (!detail) return;
      await api.put<{ ok: true }>(`/items/${detail.id}/draft`, { lockVersion: detail.lockVersion, draft });
      message.success('已保存');
      await load();
      setHistoryKey((k) => k + 1);
    } catch (error) {
      if (error instanceof ApiError) {
        if (error.status === 409 && error.code === 'conflict') {
          setConflict(true);
          message.error('该事项已被他人修改，请刷新后重试');
          return;
        }
        if (isNew && error.status === 400 && error.errors.some((p) => p.path.startsWith('change.'))) {
          setAdjusting({ mode: 'add', draft });
          return;
        }
        if (Array.isArray(error.problem.findings)) setFindings(error.problem.findings as Finding[]);
        if (showServerErrors(error)) {
          setProblem(`未能保存：${error.detail}`);
          return;
        }
      }
      setProblem(`保存失败：${errorText(error)}`);
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  }

  async function submitAdjustment(values: AdjustmentValues) {
    try {
      if (adjusting?.mode === 'add' && adjusting.draft) {
        const r = await api.post<{ itemId: string; code: string }>('/items', { unitId, draft: adjusting.draft, change: { trigger: values.trigger, reason: values.reason } });
        setAdjusting(null);
        setDirty(false);
        message.success(`已新增事项“${adjusting.draft.name}”，事项编码 ${r.code}`);
        navigate(`/catalog/items/${r.itemId}`, { replace: true, state: location.state });
        return;
      }
      if (!detail) return;
      const r = await api.post<{ versionNumber: number }>(`/items/${detail.id}/adjustments`, values);
      setAdjusting(null);
      message.success(values.kind === 'cancel' ? `已生成取消申请（第${r.versionNumber}版），请按流程征求意见并报送审核` : `已生成第${r.versionNumber}版草稿，修改后按流程报送审核`);
      await load();
      setHistoryKey((k) => k + 1);
    } catch (error) {
      message.error(errorText(error));
    }
  }

  function reloadAfterConflict() {
    modal.confirm({
      title: '重新加载该事项？',
      content: '将载入他人保存的最新内容，您尚未保存的修改会丢失。',
      okText: '重新加载',
      cancelText: '取消',
      onOk: () => load(),
    });
  }

  async function fileAction(kind: 'print' | 'docx') {
    if (!detail) return;
    if (dirty) message.info('打印和下载的是已保存的内容；本页未保存的修改不包括在内');
    setFileBusy(kind);
    try {
      if (kind === 'print') await openPrintView(`/items/${detail.id}/guide/print`);
      else await downloadFile(`/items/${detail.id}/guide.docx`, {}, `${detail.draft.name}服务指南.docx`);
    } catch (error) {
      message.error(fileErrorText(kind === 'print' ? '打印服务指南' : '下载服务指南', error));
    } finally {
      setFileBusy(null);
    }
  }

  const tabCounts = useMemo(() => {
    const out = new Map<TabKey, { n: number; worst: string }>();
    for (const f of findings) {
      const key = tabOf(f.path);
      const cur = out.get(key);
      const worst = cur && SEVERITY_ORDER.indexOf(cur.worst as Finding['severity']) <= SEVERITY_ORDER.indexOf(f.severity) ? cur.worst : f.severity;
      out.set(key, { n: (cur?.n ?? 0) + 1, worst });
    }
    return out;
  }, [findings]);

  if (loadError) {
    return (
      <Card>
        <Result
          status={loadError.status === 404 ? '404' : loadError.status === 403 ? '403' : 'error'}
          title={loadError.status === 404 ? '事项不存在' : '无法打开该事项'}
          subTitle={loadError.status === 404 ? '该事项不存在，或您没有查看它的权限。' : loadError.text}
          extra={
            <Space>
              <Button onClick={() => navigate(backTo)}>返回事项清单</Button>
              {loadError.status !== 404 && (
                <Button type="primary" onClick={() => void load()}>
                  重试
                </Button>
              )}
            </Space>
          }
        />
      </Card>
    );
  }
  if (isNew && !canCreate) {
    return (
      <Card>
        <Result status="403" title="没有权限" subTitle="只有单位填报员和单位负责人可以新增事项。" extra={<Button onClick={() => navigate('/catalog')}>返回事项清单</Button>} />
      </Card>
    );
  }

  const tabLabel = (key: TabKey) => {
    const c = tabCounts.get(key);
    return (
      <span>
        {TAB_LABELS[key]}
        {c && <span className={`qd-tab-count qd-count-${c.worst}`}>{c.n}</span>}
      </span>
    );
  };

  const title = isNew ? '新增事项' : (detail?.draft.name ?? '');
  const sections: { key: TabKey; node: React.ReactNode }[] = [
    { key: 'basic', node: <BasicSection units={units} ownUnitName={unitName} ownUnitId={unitId} readOnly={readOnly} /> },
    { key: 'basis', node: <BasisSection readOnly={readOnly} /> },
    { key: 'screening', node: <ScreeningSection form={form} /> },
    { key: 'guide', node: <GuideSection form={form} readOnly={readOnly} /> },
    { key: 'materials', node: <MaterialsSection readOnly={readOnly} /> },
    { key: 'steps', node: <StepsSection form={form} readOnly={readOnly} /> },
  ];

  return (
    <div className="qd-editor">
      <div className="qd-editor-bar" data-testid="item-editor-bar">
        <Space size={12} style={{ minWidth: 0 }}>
          <Tooltip title="返回事项清单">
            <Button icon={<ArrowLeftOutlined />} aria-label="返回事项清单" onClick={() => void guardedNavigate(backTo)} />
          </Tooltip>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={4} style={{ margin: 0 }} ellipsis={{ tooltip: title }} data-testid="item-title">
              {title || '\u00a0'}
            </Typography.Title>
            <Space size={[6, 4]} wrap style={{ marginTop: 2 }}>
              {detail && (
                <Typography.Text className="qd-mono" type="secondary" copyable={{ text: detail.code, tooltips: ['复制事项编码', '已复制'] }} style={{ fontSize: 12 }}>
                  {detail.code}
                </Typography.Text>
              )}
              {detail && <Tag color={STATE_COLORS[detail.state] ?? 'default'}>{STATE_LABELS[detail.state] ?? detail.state}</Tag>}
              {detail && <Tag>第 {detail.versionNumber} 版</Tag>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {unitName}
              </Typography.Text>
              {detail && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  · 更新于 {formatDateTime(detail.updatedAt)}
                </Typography.Text>
              )}
              {dirty && !readOnly && (
                <Tag color="orange" data-testid="unsaved-tag">
                  未保存
                </Tag>
              )}
            </Space>
          </div>
        </Space>
        <Space wrap>
          {detail && (
            <>
              <Button icon={<PrinterOutlined />} loading={fileBusy === 'print'} onClick={() => void fileAction('print')} data-testid="guide-print">
                打印服务指南
              </Button>
              <Button icon={<FileWordOutlined />} loading={fileBusy === 'docx'} onClick={() => void fileAction('docx')} data-testid="guide-download">
                下载服务指南(.docx)
              </Button>
            </>
          )}
          {detail?.actions.includes('adjust') && (
            <Button icon={<FormOutlined />} onClick={() => setAdjusting({ mode: 'adjust' })} data-testid="item-adjust">
              申请调整
            </Button>
          )}
          {!readOnly && (
            <Button type="primary" icon={<SaveOutlined />} loading={saving} disabled={saving || (!dirty && !isNew)} onClick={() => void save()} data-testid="item-save">
              {isNew ? '保存事项' : '保存'}
            </Button>
          )}
        </Space>
      </div>

      {conflict && (
        <Alert
          type="error"
          showIcon
          title="该事项已被他人修改，请刷新后重试"
          description="您的修改尚未保存。可先复制需要保留的内容，再重新加载最新版本。"
          action={
            <Button danger icon={<ReloadOutlined />} onClick={reloadAfterConflict} data-testid="conflict-reload">
              重新加载
            </Button>
          }
          style={{ marginBottom: 16 }}
          data-testid="conflict-alert"
        />
      )}
      {problem && <Alert type="error" showIcon closable={{ onClose: () => setProblem(null) }} title={problem} style={{ marginBottom: 16 }} data-testid="save-problem" />}
      {!isNew && detail?.lastReturn && <ReturnNotice notice={detail.lastReturn} />}
      {!isNew && detail && readOnly && (
        <Alert
          type="info"
          showIcon
          title={
            detail.state === 'draft'
              ? '您可以查看该事项；只有本单位的填报员和单位负责人可以修改。'
              : `该事项当前为“${STATE_LABELS[detail.state] ?? detail.state}”状态，不能修改。${detail.actions.includes('adjust') ? '如需变更或取消，请点击“申请调整”。' : ''}`
          }
          style={{ marginBottom: 16 }}
        />
      )}

      <Row gutter={16} align="top">
        <Col xs={24} xl={17}>
          <Card className="qd-editor-card" styles={{ body: { paddingTop: 4 } }}>
            {!initial ? (
              <Skeleton active paragraph={{ rows: 12 }} />
            ) : (
              <Form<FormValues>
                form={form}
                name={FORM_NAME}
                layout="vertical"
                initialValues={initial}
                disabled={readOnly || saving}
                onValuesChange={() => {
                  setDirty(true);
                  setRevision((r) => r + 1);
                }}
                onFinish={() => void save()}
                data-testid="item-form"
                className={readOnly ? 'qd-item-form qd-readonly' : 'qd-item-form'}
                requiredMark={!readOnly}
              >
                <Tabs
                  activeKey={tab}
                  onChange={(key) => setTab(key as TabKey)}
                  items={[
                    ...sections.map((s) => ({ key: s.key, label: tabLabel(s.key), forceRender: true, children: s.node })),
                    ...(detail ? [{ key: 'history', label: TAB_LABELS.history, children: <ItemHistory itemId={detail.id} refreshKey={historyKey} /> }] : []),
                  ]}
                />
              </Form>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <div className="qd-sticky-panel">
            <CheckPanel
              completeness={completeness}
              findings={findings}
              checking={checking}
              problem={checkProblem}
              onPick={(f) => focusPath(f.path)}
              onPickMissing={pickMissing}
              footer={
                !readOnly && (
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
                    填写有误的“错误”须改正后才能保存；“待补充”可先保存为草稿，报送前须补齐。点击问题可定位到对应栏目。
                  </Typography.Paragraph>
                )
              }
            />
          </div>
        </Col>
      </Row>
      <AdjustmentModal
        open={adjusting !== null}
        mode={adjusting?.mode ?? 'adjust'}
        itemName={adjusting?.draft?.name ?? detail?.draft.name ?? ''}
        onCancel={() => setAdjusting(null)}
        onSubmit={submitAdjustment}
      />
    </div>
  );
}
