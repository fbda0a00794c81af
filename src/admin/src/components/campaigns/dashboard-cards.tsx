import { ClockCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Badge, Card, Col, Empty, Row, Space, Statistic, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { QUEUE_REMINDER_WORKING_DAYS, STAGE_COLUMNS, UNIT_STATE, UNIT_STATE_ORDER, type Dashboard, type ItemStage, type UnitState } from './model.ts';

const RED = '#cf1322';

/** Items from the furthest along to the least, as the unit bar. */
const ITEM_BAR_ORDER: ItemStage[] = ['approved', 'submitted', 'unit_review', 'consultation', 'draft', 'returned'];

function StatCard({ testId, children, footer }: { testId: string; children: ReactNode; footer: ReactNode }) {
  return (
    <Card size="small" data-testid={testId} style={{ height: '100%' }} styles={{ body: { padding: '14px 18px' } }}>
      {children}
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 4 }}>
        {footer}
      </Typography.Text>
    </Card>
  );
}

/** The five figures the district office looks at first. */
export function DashboardStats({ d }: { d: Dashboard }) {
  const { totals, deadline } = d;
  const notSubmitted = totals.units - totals.submittedUnits;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} lg={5}>
        <StatCard testId="stat-units" footer={`未开始 ${totals.unitsByState.not_started} 个 · 审核通过 ${totals.unitsByState.approved} 个`}>
          <Statistic title="参与单位" value={totals.units} suffix="个" />
        </StatCard>
      </Col>
      <Col xs={12} lg={5}>
        <StatCard testId="stat-submitted" footer={notSubmitted > 0 ? `尚有 ${notSubmitted} 个单位未报送` : '全部单位均已报送'}>
          <Statistic title="已报送" value={totals.submittedUnits} suffix={`/ ${totals.units} 个`} />
        </StatCard>
      </Col>
      <Col xs={12} lg={4}>
        <StatCard testId="stat-overdue" footer={deadline.isPast ? `截止日 ${deadline.date} 已过` : '截止日前不计逾期'}>
          <Statistic title="逾期未报送" value={totals.overdueUnits} suffix="个" styles={{ content: { color: totals.overdueUnits > 0 ? RED : undefined } }} />
        </StatCard>
      </Col>
      <Col xs={12} lg={5}>
        <StatCard
          testId="stat-items"
          footer={
            <>
              依申请类 {totals.byCategory.on_application} · 主动服务类 {totals.byCategory.proactive}
              {totals.byCategory.uncategorized > 0 && ` · 未分类 ${totals.byCategory.uncategorized}`}
            </>
          }
        >
          <Statistic title="事项总数" value={totals.items} suffix="项" />
        </StatCard>
      </Col>
      <Col xs={24} lg={5}>
        <StatCard
          testId="stat-deadline"
          footer={deadline.isPast ? `已过 ${deadline.daysOverdue} 天（${deadline.workingDaysOverdue} 个工作日）` : `截止 ${deadline.date}，含 ${deadline.workingDaysLeft} 个工作日`}
        >
          {deadline.isPast ? (
            <Statistic title="报送截止" value="已截止" styles={{ content: { color: RED } }} />
          ) : (
            <Statistic title="距截止日" value={deadline.daysLeft} suffix="天" styles={{ content: { color: deadline.workingDaysLeft <= 3 ? '#d46b08' : undefined } }} />
          )}
        </StatCard>
      </Col>
    </Row>
  );
}

interface Segment {
  key: string;
  label: string;
  count: number;
  color: string;
  hint?: string;
}

/** One stacked bar with its legend; clicking a segment or a legend entry picks it (again: unpicks). */
function StackedBar({ testId, title, unit, segments, active, onPick }: { testId: string; title: string; unit: string; segments: Segment[]; active?: string | null; onPick?: (key: string | null) => void }) {
  const total = segments.reduce((n, s) => n + s.count, 0);
  const pick = onPick ? (key: string) => onPick(active === key ? null : key) : undefined;
  const dim = (key: string) => (active && active !== key ? 0.35 : 1);
  return (
    <div data-testid={testId}>
      <div style={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', marginBottom: 6 }}>
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          共 {total} {unit}
        </Typography.Text>
      </div>
      <div style={{ display: 'flex', height: 14, borderRadius: 4, overflow: 'hidden', background: '#f0f0f0' }} role="img" aria-label={`${title}：${segments.map((s) => `${s.label}${s.count}`).join('，')}`}>
        {segments.map((s) =>
          s.count === 0 ? null : (
            <Tooltip key={s.key} title={`${s.label}：${s.count} ${unit}`}>
              <div
                onClick={pick && (() => pick(s.key))}
                style={{ width: `${(s.count / total) * 100}%`, background: s.color, cursor: pick ? 'pointer' : undefined, borderRight: '1px solid #fff', opacity: dim(s.key) }}
              />
            </Tooltip>
          ),
        )}
      </div>
      <Space wrap size={[16, 4]} style={{ marginTop: 8 }}>
        {segments.map((s) => {
          const entry = <Badge color={s.color} text={`${s.label} ${s.count}`} />;
          return (
            <Tooltip key={s.key} title={s.hint}>
              {pick ? (
                <a onClick={() => pick(s.key)} style={{ color: 'inherit', fontWeight: active === s.key ? 600 : undefined, opacity: active && active !== s.key ? 0.55 : 1 }} data-testid={`legend-${s.key}`}>
                  {entry}
                </a>
              ) : (
                entry
              )}
            </Tooltip>
          );
        })}
      </Space>
    </div>
  );
}

/** Units by state (furthest along on the left; a legend entry filters the table) and items by stage. */
export function StateBar({ d, active, onPick }: { d: Dashboard; active: UnitState | null; onPick: (s: UnitState | null) => void }) {
  return (
    <Card size="small" title="整体进度" data-testid="state-bar" style={{ height: '100%' }}>
      <StackedBar
        testId="unit-state-bar"
        title="单位"
        unit="个"
        active={active}
        onPick={(k) => onPick(k as UnitState | null)}
        segments={UNIT_STATE_ORDER.map((s) => ({ key: s, label: UNIT_STATE[s].label, count: d.totals.unitsByState[s], color: UNIT_STATE[s].bar, hint: UNIT_STATE[s].hint }))}
      />
      <div style={{ height: 18 }} />
      <StackedBar
        testId="item-stage-bar"
        title="事项"
        unit="项"
        segments={ITEM_BAR_ORDER.map((stage) => STAGE_COLUMNS.find((c) => c.stage === stage)!).map((c) => ({ key: c.stage, label: c.label, count: d.totals.byStage[c.stage], color: c.color }))}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '14px 0 0' }}>
        单位状态取其进度最慢的事项；有事项被退回且尚未重新报送的单位显示为“退回修改”。点击单位图例可筛选下表。
      </Typography.Paragraph>
    </Card>
  );
}

/** 待审核: each reviewer queue with its size and longest wait, linking to the review desk. */
export function QueueCard({ d }: { d: Dashboard }) {
  const waiting = d.queues.reduce((n, q) => n + q.count, 0);
  return (
    <Card
      size="small"
      title={
        <Space>
          待审核
          <Badge count={waiting} overflowCount={999} showZero color={waiting ? '#1a56a8' : '#bfbfbf'} />
        </Space>
      }
      extra={
        <Link to="/review">
          审核工作台 <RightOutlined />
        </Link>
      }
      data-testid="queue-card"
      style={{ height: '100%' }}
    >
      {waiting === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无等待审核的事项" />
      ) : (
        <div>
          {d.queues.map((q) => {
            const stale = (q.oldestWorkingDays ?? 0) > QUEUE_REMINDER_WORKING_DAYS;
            return (
              <Link key={q.queue} to="/review" style={{ color: 'inherit' }} data-testid={`queue-${q.queue}`}>
                <div style={{ display: 'flex', alignItems: 'center', padding: '7px 0', borderBottom: '1px solid #f0f0f0' }}>
                  <Typography.Text type={q.count ? undefined : 'secondary'} style={{ flex: 1 }}>
                    {q.label}
                  </Typography.Text>
                  {q.oldestSince && (
                    <Tooltip title={`最早一项 ${dayjs(q.oldestSince).format('YYYY-MM-DD HH:mm')} 进入此环节`}>
                      <Typography.Text type={stale ? 'danger' : 'secondary'} style={{ fontSize: 12, marginRight: 12 }}>
                        <ClockCircleOutlined /> 最早 {dayjs(q.oldestSince).format('MM-DD')}
                        {q.oldestWorkingDays ? `，已等 ${q.oldestWorkingDays} 个工作日` : ''}
                      </Typography.Text>
                    </Tooltip>
                  )}
                  <Typography.Text strong={q.count > 0} type={q.count ? undefined : 'secondary'} style={{ minWidth: 36, textAlign: 'right', fontSize: 16 }}>
                    {q.count}
                  </Typography.Text>
                </div>
              </Link>
            );
          })}
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
            等待超过 {QUEUE_REMINDER_WORKING_DAYS} 个工作日的环节以红色标出。
          </Typography.Paragraph>
        </div>
      )}
    </Card>
  );
}
