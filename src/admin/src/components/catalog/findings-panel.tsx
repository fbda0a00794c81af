import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, InfoCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Finding, Severity } from '../../../../domain/catalog/item.ts';
import type { Completeness } from '../../types.ts';
import { SEVERITY_LABELS, SEVERITY_ORDER, TAB_LABELS, tabOf } from './model.ts';

const ICONS: Record<Severity, ReactNode> = {
  error: <CloseCircleFilled style={{ color: '#cf1322' }} />,
  incomplete: <ExclamationCircleFilled style={{ color: '#d46b08' }} />,
  warning: <InfoCircleFilled style={{ color: '#d4b106' }} />,
};

const HINTS: Record<Severity, string> = {
  error: '须改正；报送前必须全部解决',
  incomplete: '可先保存为草稿，报送前须补齐',
  warning: '请核实，不影响保存和报送',
};

function meterColor(percent: number): string {
  if (percent >= 100) return '#389e0d';
  if (percent >= 60) return '#1a56a8';
  return '#d46b08';
}

/** 完整度: the share of the category's required guide elements that are filled, and which are missing. */
export function CompletenessMeter({ completeness, onPickMissing }: { completeness: Completeness | null; onPickMissing: (label: string) => void }) {
  const percent = completeness?.percent ?? 0;
  return (
    <div data-testid="completeness-meter" className="qd-meter" aria-label={`完整度 ${percent}%`}>
      <Progress type="dashboard" percent={percent} size={96} strokeColor={meterColor(percent)} format={(p) => <span className="qd-meter-value">{p}%</span>} />
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text strong>完整度</Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {completeness ? `必备要素已填 ${completeness.filled} / ${completeness.required} 项` : '正在计算…'}
          </Typography.Text>
        </div>
        {completeness && completeness.missing.length > 0 && (
          <div style={{ marginTop: 6 }} data-testid="completeness-missing">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              尚缺：
            </Typography.Text>
            <Space size={[4, 4]} wrap>
              {completeness.missing.map((label) => (
                <Tag key={label} color="orange" className="qd-clickable-tag" onClick={() => onPickMissing(label)}>
                  {label}
                </Tag>
              ))}
            </Space>
          </div>
        )}
        {completeness && completeness.missing.length === 0 && (
          <div style={{ marginTop: 6 }}>
            <Tag color="success" icon={<CheckCircleFilled />}>
              必备要素齐全
            </Tag>
          </div>
        )}
      </div>
    </div>
  );
}

/** 检查结果: the live findings of R1–R10, grouped by severity; a click leads to the field. */
export function FindingsList({ findings, checking, problem, onPick }: { findings: Finding[]; checking: boolean; problem: string | null; onPick: (finding: Finding) => void }) {
  const groups = SEVERITY_ORDER.map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) })).filter((g) => g.items.length > 0);
  return (
    <div data-testid="findings-panel" aria-live="polite">
      <div className="qd-findings-head">
        <Typography.Text strong>检查结果</Typography.Text>
        <Space size={6}>
          {checking && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <LoadingOutlined /> 检查中
            </Typography.Text>
          )}
          {SEVERITY_ORDER.map((s) => {
            const n = findings.filter((f) => f.severity === s).length;
            return n > 0 ? (
              <Tooltip key={s} title={HINTS[s]}>
                <span className={`qd-count qd-count-${s}`} data-testid={`findings-count-${s}`}>
                  {SEVERITY_LABELS[s]} {n}
                </span>
              </Tooltip>
            ) : null;
          })}
        </Space>
      </div>
      {problem && <Alert type="warning" showIcon title={problem} style={{ marginBottom: 8 }} />}
      {groups.length === 0 && !problem && (
        <Empty image={<CheckCircleFilled style={{ fontSize: 40, color: '#52c41a' }} />} styles={{ image: { height: 44 } }} description="未发现问题" style={{ margin: '16px 0' }} />
      )}
      {groups.map((g) => (
        <section key={g.severity} className="qd-finding-group" data-severity={g.severity}>
          <div className={`qd-finding-group-title qd-sev-${g.severity}`}>
            {ICONS[g.severity]} {SEVERITY_LABELS[g.severity]}（{g.items.length}）
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400, marginInlineStart: 6 }}>
              {HINTS[g.severity]}
            </Typography.Text>
          </div>
          <ul className="qd-finding-list">
            {g.items.map((f, i) => (
              <li key={`${f.code}:${f.path}:${i}`}>
                <button type="button" className={`qd-finding qd-finding-${f.severity}`} data-code={f.code} data-path={f.path} onClick={() => onPick(f)}>
                  <span className="qd-finding-where">{TAB_LABELS[tabOf(f.path)]}</span>
                  <span className="qd-finding-text">{f.message}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The editor's side panel: completeness meter above, findings below, sticky while the form scrolls. */
export function CheckPanel(props: {
  completeness: Completeness | null;
  findings: Finding[];
  checking: boolean;
  problem: string | null;
  onPick: (finding: Finding) => void;
  onPickMissing: (label: string) => void;
  footer?: ReactNode;
}) {
  return (
    <Card className="qd-check-panel" size="small" styles={{ body: { padding: 16 } }}>
      <CompletenessMeter completeness={props.completeness} onPickMissing={props.onPickMissing} />
      <div className="qd-check-divider" />
      <FindingsList findings={props.findings} checking={props.checking} problem={props.problem} onPick={props.onPick} />
      {props.footer}
    </Card>
  );
}
