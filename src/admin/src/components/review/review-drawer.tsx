import { CheckOutlined, CloseCircleFilled, ExclamationCircleFilled, InfoCircleFilled, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Empty, Skeleton, Space, Table, Tabs, Tag, Tooltip } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { FieldChange } from '../../../../domain/catalog/diff.ts';
import type { Category, Finding, HandlingForm, OnlineDepth, Severity } from '../../../../domain/catalog/item.ts';
import { TRANSITIONS, type VersionAction } from '../../../../domain/review/workflow.ts';
import { api, ApiError } from '../../api.ts';
import { errorText, formatDateTime } from '../../util.ts';
import { formatValue } from '../catalog/item-history.tsx';
import { CATEGORY_LABELS, HANDLING_FORM_LABELS, ONLINE_DEPTH_LABELS, STATE_COLORS, STATE_LABELS } from '../catalog/labels.ts';
import { ReviewContent } from './review-content.tsx';
import { ReviewDecisions, ReviewOpinions } from './review-history.tsx';
import { ReturnForm, type ReturnValues } from './review-return-form.tsx';
import { APPROVE_NEXT, CHANGE_KIND_COLORS, DECISION_STAGE_LABELS, CHANGE_KIND_LABELS, CHANGE_TRIGGER_LABELS, type DecisionResult, type ItemReview, type ReviewStage } from './review-types.ts';

const SEVERITY: Record<Severity, { label: string; icon: ReactNode }> = {
  error: { label: '错误', icon: <CloseCircleFilled style={{ color: '#cf1322' }} /> },
  incomplete: { label: '待补充', icon: <ExclamationCircleFilled style={{ color: '#d46b08' }} /> },
  warning: { label: '提示', icon: <InfoCircleFilled style={{ color: '#d4b106' }} /> },
};

const LEVELS: Record<string, string> = { district: '区级', township: '乡级' };
const CASE_TYPES: Record<string, string> = { immediate: '即办件', promised: '承诺件' };

/** A changed field's value as a reviewer reads it: codes shown by their Chinese names. */
function display(path: string, v: unknown): string {
  if (v === null || v === undefined) return '（空）';
  if (path === 'category') return CATEGORY_LABELS[v as Category] ?? String(v);
  if (path === 'level') return LEVELS[String(v)] ?? String(v);
  if (path === 'guide.caseType') return CASE_TYPES[String(v)] ?? String(v);
  if (path === 'guide.onlineDepth') return ONLINE_DEPTH_LABELS[v as OnlineDepth] ?? String(v);
  if (path === 'guide.visits') return `${String(v)}次`;
  if (path === 'guide.handlingForms' && Array.isArray(v)) return v.map((f: HandlingForm) => HANDLING_FORM_LABELS[f] ?? f).join('、') || '（空）';
  if (path === 'screening' && typeof v === 'object') {
    const sc = v as Record<string, boolean | null>;
    const yn = (b: boolean | null) => (b === null ? '未答' : b ? '是' : '否');
    return `属于权力清单：${yn(sc.inPowerList)}；内部事项：${yn(sc.isInternal)}；临时性工作：${yn(sc.isTemporary)}`;
  }
  return formatValue(v);
}

function DiffTable({ diff }: { diff: FieldChange[] | null }) {
  if (diff === null) {
    return <Alert type="info" showIcon title="首次列入目录" description="该事项此前没有发布过的版本，请在“事项内容”中审核全部内容。" data-testid="review-diff-new" />;
  }
  if (diff.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="与已发布版本相比没有变化" />;
  return (
    <Table<FieldChange>
      data-testid="review-diff"
      size="small"
      rowKey="path"
      pagination={false}
      dataSource={diff}
      columns={[
        { title: '字段', dataIndex: 'label', width: 170 },
        { title: '原内容', render: (_v, c) => <span className="qd-diff-old qd-review-pre">{display(c.path, c.before)}</span> },
        { title: '新内容', render: (_v, c) => <span className="qd-diff-new qd-review-pre">{display(c.path, c.after)}</span> },
      ]}
    />
  );
}

function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <Alert type="success" showIcon title="规则检查未发现问题" />;
  return (
    <ul className="qd-review-findings" data-testid="review-findings">
      {findings.map((f, i) => (
        <li key={`${f.code}:${i}`}>
          {SEVERITY[f.severity].icon}
          <Tag style={{ marginInline: 8 }}>{SEVERITY[f.severity].label}</Tag>
          {f.message}
        </li>
      ))}
    </ul>
  );
}

const count = (findings: Finding[], s: Severity) => findings.filter((f) => f.severity === s).length;

/**
 * 审核详情 drawer: the item under review (content, findings, change against the published version,
 * earlier decisions and consultation opinions) with 通过 / 退回修改 when the caller may decide.
 */
export function ReviewDrawer({ itemId, onClose, onDecided }: { itemId: string | null; onClose: () => void; onDecided: (r: DecisionResult) => void }) {
  const { message, modal } = App.useApp();
  const [view, setView] = useState<ItemReview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tab, setTab] = useState('content');
  const [returning, setReturning] = useState(false);
  const [saving, setSaving] = useState(false);
  const [returnProblem, setReturnProblem] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!itemId) return;
    setView(null);
    setProblem(null);
    try {
      const v = await api.get<ItemReview>(`/review/items/${itemId}`);
      setView(v);
      setTab(v.diff && v.diff.length > 0 ? 'diff' : 'content');
    } catch (error) {
      setProblem(errorText(error));
    }
  }, [itemId]);

  useEffect(() => {
    void load();
  }, [load]);

  const stage = view?.version.state as ReviewStage | undefined;
  const approveAction = view?.actions.find((a) => TRANSITIONS[a as VersionAction]?.decision?.decision === 'approve') as VersionAction | undefined;
  const returnAction = view?.actions.find((a) => TRANSITIONS[a as VersionAction]?.decision?.decision === 'return');

  async function post(decision: 'approve' | 'return', extra: Partial<ReturnValues> = {}) {
    if (!view) return;
    setSaving(true);
    try {
      const r = await api.post<DecisionResult>(`/items/${view.item.id}/decisions`, { versionId: view.version.id, revision: view.version.revision, decision, ...extra });
      message.success(decision === 'approve' ? `“${view.draft.name}”已审核通过` : `“${view.draft.name}”已退回修改，单位将收到通知`);
      setReturning(false);
      onDecided(r);
    } catch (error) {
      if (decision === 'return') setReturnProblem(errorText(error));
      else message.error(errorText(error));
      // Someone else decided first, or the unit changed it: show what is there now.
      if (error instanceof ApiError && error.status === 409) void load();
    } finally {
      setSaving(false);
    }
  }

  function confirmApprove() {
    if (!view || !approveAction || !stage) return;
    const blocking = count(view.findings, 'error') + count(view.findings, 'incomplete');
    modal.confirm({
      title: `确认${TRANSITIONS[approveAction].label}？`,
      content: (
        <div>
          <p style={{ margin: '4px 0' }}>
            事项：<b>{view.draft.name}</b>（第{view.version.number}版）
          </p>
          <p style={{ margin: '4px 0' }}>{APPROVE_NEXT[stage]}。</p>
          {blocking > 0 && <Alert type="warning" showIcon title={`该事项仍有${blocking}个错误或待补充的问题`} style={{ marginTop: 8 }} />}
        </div>
      ),
      okText: '确认通过',
      cancelText: '取消',
      onOk: () => post('approve'),
    });
  }

  const v = view?.version;
  const suggested = [...(view?.diff ?? []).map((d) => d.path), ...(view?.findings ?? []).map((f) => f.path.split('.').slice(0, f.path.startsWith('guide.') ? 2 : 1).join('.'))];
  const canDecide = Boolean(approveAction || returnAction);
  const lastReturn = view?.decisions.find((d) => d.decision === 'return' && d.versionNumber < view.version.number);

  return (
    <Drawer
      open={itemId !== null}
      onClose={onClose}
      size={1080}
      destroyOnHidden
      data-testid="review-drawer"
      title={
        view ? (
          <Space size={8} wrap>
            <span>{view.draft.name}</span>
            <Tag color={CHANGE_KIND_COLORS[view.version.changeKind]}>{CHANGE_KIND_LABELS[view.version.changeKind] ?? view.version.changeKind}</Tag>
            <Tag color={STATE_COLORS[view.version.state] ?? 'default'}>{STATE_LABELS[view.version.state] ?? view.version.state}</Tag>
          </Space>
        ) : (
          '审核详情'
        )
      }
      extra={
        canDecide && (
          <Space>
            {returnAction && (
              <Button danger icon={<RollbackOutlined />} disabled={saving} onClick={() => {
                  setReturnProblem(null);
                  setReturning(true);
                }} data-testid="review-return">
                退回修改
              </Button>
            )}
            {approveAction && (
              <Tooltip title={TRANSITIONS[approveAction].label}>
                <Button type="primary" icon={<CheckOutlined />} loading={saving && !returning} onClick={confirmApprove} data-testid="review-approve">
                  通过
                </Button>
              </Tooltip>
            )}
          </Space>
        )
      }
    >
      {problem && <Alert type="error" showIcon title={`无法加载审核详情：${problem}`} action={<Button size="small" onClick={() => void load()}>重试</Button>} />}
      {!view && !problem && <Skeleton active paragraph={{ rows: 10 }} />}
      {view && v && (
        <>
          {view.isAuthor && <Alert type="warning" showIcon title="您是该版本的编写人，按规定不能审核本人编写的事项" style={{ marginBottom: 16 }} />}
          {!canDecide && !view.isAuthor && (
            <Alert
              type="info"
              showIcon
              title={v.state === 'submitted' ? '该事项所在的送审稿尚未签收，签收后即可审核' : `该事项当前处于“${STATE_LABELS[v.state] ?? v.state}”，不在您的审核环节`}
              style={{ marginBottom: 16 }}
            />
          )}
          {lastReturn && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={`第${lastReturn.versionNumber}版曾被${DECISION_STAGE_LABELS[lastReturn.stage] ?? ''}退回（${lastReturn.decidedByName}，${formatDateTime(lastReturn.decidedAt).slice(0, 10)}），请核对是否已按意见修改`}
              description={lastReturn.comment ?? undefined}
              action={
                <Button size="small" onClick={() => setTab('decisions')}>
                  查看审核记录
                </Button>
              }
            />
          )}
          <Descriptions
            size="small"
            column={3}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'code', label: '事项编码', children: <span className="qd-mono qd-code">{view.item.code}</span> },
              { key: 'unit', label: '实施单位', children: view.item.unitName },
              { key: 'version', label: '版本', children: `第${v.number}版${v.basedOnNumber ? `（据第${v.basedOnNumber}版修改）` : ''}` },
              {
                key: 'submission',
                label: '送审稿',
                children: v.submission ? `第${v.submission.number}次报送 · ${v.submission.signedByName} ${formatDateTime(v.submission.signedAt).slice(0, 16)}` : '—',
              },
              { key: 'published', label: '已发布版本', children: view.published ? `第${view.published.number}版` : '无（首次列入）' },
              { key: 'since', label: '进入本环节', children: formatDateTime(v.updatedAt).slice(0, 16) },
              ...(v.changeReason || v.changeTrigger
                ? [{ key: 'reason', label: '调整理由', span: 3, children: `${v.changeTrigger ? `【${CHANGE_TRIGGER_LABELS[v.changeTrigger] ?? v.changeTrigger}】` : ''}${v.changeReason ?? ''}` }]
                : []),
            ]}
          />
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'content', label: '事项内容', children: <ReviewContent draft={view.draft} unitName={view.item.unitName} /> },
              { key: 'diff', label: view.diff === null ? '变更对比（首次列入）' : `变更对比（${view.diff.length}）`, children: <DiffTable diff={view.diff} /> },
              {
                key: 'findings',
                label: (
                  <span>
                    检查结果
                    {count(view.findings, 'error') + count(view.findings, 'incomplete') > 0 ? (
                      <span className="qd-tab-count qd-count-error">{count(view.findings, 'error') + count(view.findings, 'incomplete')}</span>
                    ) : view.findings.length > 0 ? (
                      <span className="qd-tab-count qd-count-warning">{view.findings.length}</span>
                    ) : null}
                  </span>
                ),
                children: <FindingList findings={view.findings} />,
              },
              { key: 'decisions', label: `审核记录（${view.decisions.length}）`, children: <ReviewDecisions decisions={view.decisions} currentVersion={v.number} /> },
              { key: 'opinions', label: `征求意见（${view.opinions.length}）`, children: <ReviewOpinions opinions={view.opinions} /> },
            ]}
          />
          <ReturnForm
            open={returning}
            itemName={view.draft.name}
            stageLabel={STATE_LABELS[v.state] ?? ''}
            suggested={suggested}
            saving={saving}
            problem={returnProblem}
            onCancel={() => setReturning(false)}
            onSubmit={(values) => void post('return', values)}
          />
        </>
      )}
    </Drawer>
  );
}
