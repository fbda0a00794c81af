import { InfoCircleOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Form, Input, Modal, Radio, Row, Select, Skeleton, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { api } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { useQuery } from '../use-query.ts';
import { errorText } from '../util.ts';

type DayType = 'holiday' | 'makeup_workday' | 'weekend' | 'workday';

interface MonthDay {
  day: string;
  weekday: number;
  type: DayType;
  isWorkingDay: boolean;
  name: string | null;
}

interface CalendarDay {
  day: string;
  kind: 'holiday' | 'workday';
  name: string | null;
  source: 'chinese-days' | 'admin';
  updatedAt: string;
}

interface CalendarYear {
  year: number;
  hasData: boolean;
  days: CalendarDay[];
  months: { month: number; workingDays: number; days: MonthDay[] }[];
  workingDays: number;
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const COLORS = {
  holiday: { bg: '#fff1f0', border: '#ffccc7', text: '#a8071a' },
  makeup_workday: { bg: '#e6f0ff', border: '#a9c6f5', text: '#0b4aa2' },
  weekend: { bg: 'transparent', border: 'transparent', text: 'rgba(0,0,0,0.5)' },
  workday: { bg: 'transparent', border: 'transparent', text: 'rgba(0,0,0,0.88)' },
} as const;
const TYPE_LABELS: Record<DayType, string> = { holiday: '法定节假日', makeup_workday: '调休上班日', weekend: '周末休息', workday: '工作日' };

type Choice = 'holiday' | 'workday' | 'normal';

function dateLabel(day: string): string {
  const d = dayjs(day);
  return `${d.year()}年${d.month() + 1}月${d.date()}日 ${WEEKDAY_NAMES[d.day()]}`;
}

/** 一个月: a Monday-first grid; holidays red (休), make-up workdays blue (班). */
function MonthGrid({ month, workingDays, days, today, edited, onPick }: { month: number; workingDays: number; days: MonthDay[]; today: string; edited: Set<string>; onPick?: (d: MonthDay) => void }) {
  const lead = (days[0].weekday + 6) % 7;
  return (
    <Card
      size="small"
      title={`${month}月`}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          工作日 {workingDays} 天
        </Typography.Text>
      }
      style={{ height: '100%' }}
      styles={{ body: { padding: 8 } }}
    >
      <div role="grid" aria-label={`${month}月`} style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, textAlign: 'center' }}>
        {WEEKDAYS.map((w, i) => (
          <div key={w} role="columnheader" style={{ fontSize: 12, color: i >= 5 ? '#a8071a' : 'rgba(0,0,0,0.6)', padding: '2px 0' }}>
            {w}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`lead-${i}`} />
        ))}
        {days.map((d) => {
          const c = COLORS[d.type];
          const mark = d.type === 'holiday' ? '休' : d.type === 'makeup_workday' ? '班' : null;
          const tip = `${dateLabel(d.day)}：${TYPE_LABELS[d.type]}${d.name ? `（${d.name}）` : ''}${edited.has(d.day) ? '，管理员已修改' : ''}`;
          return (
            <Tooltip key={d.day} title={tip} mouseEnterDelay={0.4}>
              <button
                type="button"
                role="gridcell"
                aria-label={tip}
                data-day={d.day}
                disabled={!onPick}
                onClick={() => onPick?.(d)}
                style={{
                  position: 'relative',
                  height: 34,
                  border: `1px solid ${d.day === today ? '#1a56a8' : c.border}`,
                  boxShadow: d.day === today ? 'inset 0 0 0 1px #1a56a8' : undefined,
                  borderRadius: 4,
                  background: c.bg,
                  color: c.text,
                  fontWeight: d.type === 'holiday' || d.type === 'makeup_workday' ? 600 : 400,
                  cursor: onPick ? 'pointer' : 'default',
                  padding: 0,
                  fontSize: 13,
                  lineHeight: '32px',
                }}
              >
                {Number(d.day.slice(8))}
                {mark && <span style={{ position: 'absolute', top: 0, right: 2, fontSize: 9, lineHeight: '12px' }}>{mark}</span>}
                {edited.has(d.day) && <span style={{ position: 'absolute', bottom: 3, left: '50%', marginLeft: -2, width: 4, height: 4, borderRadius: 2, background: '#d46b08' }} />}
              </button>
            </Tooltip>
          );
        })}
      </div>
    </Card>
  );
}

/**
 * The year's arrangements the way the State Council's notice reads them: each run of consecutive
 * holidays (国庆节、中秋节 10月1日—10月8日) with the make-up workdays that carry one of its names.
 */
function arrangements(days: CalendarDay[]) {
  const blocks: { key: string; names: string[]; off: string[]; on: string[]; edited: boolean }[] = [];
  for (const d of days.filter((x) => x.kind === 'holiday')) {
    const last = blocks[blocks.length - 1];
    const follows = last && dayjs(d.day).diff(dayjs(last.off[last.off.length - 1]), 'day') === 1;
    const block = follows ? last : { key: d.day, names: [], off: [], on: [], edited: false };
    if (!follows) blocks.push(block);
    block.off.push(d.day);
    if (d.name && !block.names.includes(d.name)) block.names.push(d.name);
    if (d.source === 'admin') block.edited = true;
  }
  for (const d of days.filter((x) => x.kind === 'workday')) {
    const home = blocks.find((b) => d.name && b.names.includes(d.name)) ?? null;
    const block = home ?? { key: d.day, names: [d.name ?? '调休'], off: [], on: [], edited: false };
    if (!home) blocks.push(block);
    block.on.push(d.day);
    if (d.source === 'admin') block.edited = true;
  }
  return blocks.map((b) => ({ ...b, name: b.names.join('、') || '节假日' })).sort((a, b) => (a.off[0] ?? a.on[0]).localeCompare(b.off[0] ?? b.on[0]));
}

function shortDate(day: string): string {
  const d = dayjs(day);
  return `${d.month() + 1}月${d.date()}日`;
}

/** Consecutive days as ranges: 10月1日—10月8日. */
function ranges(days: string[]): string {
  const sorted = [...days].sort();
  const parts: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (const day of [...sorted.slice(1), '']) {
    if (day && dayjs(day).diff(dayjs(prev), 'day') === 1) {
      prev = day;
      continue;
    }
    parts.push(start === prev ? shortDate(start) : `${shortDate(start)}—${shortDate(prev)}`);
    start = day;
    prev = day;
  }
  return parts.join('、');
}

/** 工作日历 (系统管理员): the year's statutory holidays and make-up workdays, used for every working-day count. */
export function CalendarPage() {
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const canEdit = hasRole('admin');
  const thisYear = dayjs().year();
  const today = dayjs().format('YYYY-MM-DD');
  const [year, setYear] = useState(thisYear);
  const params = useMemo(() => ({ year }), [year]);
  const { data, loading, problem, load } = useQuery<CalendarYear>('/calendar', params);
  const [picked, setPicked] = useState<MonthDay | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ choice: Choice; name?: string }>();
  const choice = Form.useWatch('choice', form);

  const edited = useMemo(() => new Set((data?.days ?? []).filter((d) => d.source === 'admin').map((d) => d.day)), [data]);
  const groups = useMemo(() => arrangements(data?.days ?? []), [data]);
  const holidayCount = data?.months.flatMap((m) => m.days).filter((d) => d.type === 'holiday' && d.weekday !== 0 && d.weekday !== 6).length ?? 0;
  const makeupCount = data?.days.filter((d) => d.kind === 'workday').length ?? 0;
  const isWeekend = picked ? picked.weekday === 0 || picked.weekday === 6 : false;

  function pick(d: MonthDay) {
    setPicked(d);
    form.setFieldsValue({ choice: d.type === 'holiday' ? 'holiday' : d.type === 'makeup_workday' ? 'workday' : 'normal', name: d.name ?? '' });
  }

  async function save() {
    if (!picked) return;
    const values = await form.validateFields();
    setSaving(true);
    try {
      if (values.choice === 'normal') {
        if (picked.type !== 'holiday' && picked.type !== 'makeup_workday') {
          message.info('未作修改');
          setPicked(null);
          return;
        }
        await api.delete(`/calendar/${picked.day}`);
      } else {
        await api.put(`/calendar/${picked.day}`, { kind: values.choice, name: values.name?.trim() || null });
      }
      message.success(`已修改 ${dateLabel(picked.day)}`);
      setPicked(null);
      await load();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  const unchanged = picked !== null && ((choice === 'holiday' && picked.type === 'holiday') || (choice === 'workday' && picked.type === 'makeup_workday'));
  const effect = unchanged
    ? '当前已是此设置，保存只修改节日名称。'
    : choice === 'holiday'
      ? '保存后该日放假，不计入工作日：已受理办件的办理期限、审核督办的计时都将顺延。'
      : choice === 'workday'
        ? '保存后该日按调休上班计算，计入工作日：办理期限和督办计时将相应提前。'
        : isWeekend
          ? '保存后该日恢复为普通周末，不计入工作日。'
          : '保存后该日恢复为普通工作日，计入工作日。';

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space wrap size={24} style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space size={8}>
            <Button aria-label="上一年" icon={<LeftOutlined />} onClick={() => setYear(year - 1)} disabled={year <= 2004} />
            <Select
              aria-label="年份"
              value={year}
              onChange={setYear}
              style={{ width: 120 }}
              options={Array.from({ length: thisYear + 2 - 2004 + 1 }, (_, i) => 2004 + i)
                .reverse()
                .map((y) => ({ value: y, label: `${y}年` }))}
            />
            <Button aria-label="下一年" icon={<RightOutlined />} onClick={() => setYear(year + 1)} disabled={year >= thisYear + 2} />
            {year !== thisYear && <Button onClick={() => setYear(thisYear)}>回到今年</Button>}
          </Space>
          <Space size={32} wrap>
            <Statistic title="全年工作日" value={data?.workingDays ?? '—'} suffix="天" />
            <Statistic title="工作日放假" value={data ? holidayCount : '—'} suffix="天" />
            <Statistic title="调休上班" value={data ? makeupCount : '—'} suffix="天" />
          </Space>
        </Space>
        <Space size={16} wrap style={{ marginTop: 16 }}>
          <Space size={6}>
            <span style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, background: COLORS.holiday.bg, border: `1px solid ${COLORS.holiday.border}` }} />
            <Typography.Text>法定节假日（休）</Typography.Text>
          </Space>
          <Space size={6}>
            <span style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, background: COLORS.makeup_workday.bg, border: `1px solid ${COLORS.makeup_workday.border}` }} />
            <Typography.Text>调休上班日（班）</Typography.Text>
          </Space>
          <Space size={6}>
            <span style={{ display: 'inline-block', width: 14, height: 14, borderRadius: 3, border: '2px solid #1a56a8' }} />
            <Typography.Text>今天</Typography.Text>
          </Space>
          <Space size={6}>
            <span style={{ display: 'inline-block', width: 6, height: 6, borderRadius: 3, background: '#d46b08' }} />
            <Typography.Text>管理员修改过</Typography.Text>
          </Space>
          {canEdit && <Typography.Text type="secondary">点击日期可设为节假日、调休上班日或恢复普通日</Typography.Text>}
        </Space>
      </Card>

      <Alert
        type="info"
        showIcon
        icon={<InfoCircleOutlined />}
        title="每年秋季，国务院办公厅发布下一年度部分节假日安排的通知"
        description="系统已随软件载入 2004 年以来的法定节假日和调休上班日。通知发布后，请核对下一年度的日历，缺少或不一致的日期请逐日点击修改。办件办理时限、审核督办均按此日历计算工作日。"
      />

      {problem && <Alert type="error" showIcon title={problem} />}
      {data && !data.hasData && (
        <Alert type="warning" showIcon title={`${year}年尚无节假日安排`} description="该年度的节假日安排尚未公布或尚未录入，目前按周一至周五为工作日计算。通知发布后请逐日录入放假和调休上班日期。" />
      )}

      {!data && loading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : data ? (
        <Row gutter={[12, 12]}>
          {data.months.map((m) => (
            <Col key={m.month} xs={24} sm={12} lg={8} xxl={6}>
              <MonthGrid month={m.month} workingDays={m.workingDays} days={m.days} today={today} edited={edited} onPick={canEdit ? pick : undefined} />
            </Col>
          ))}
        </Row>
      ) : null}

      {data && (
        <Card title={`${year}年节假日安排`} size="small">
          {groups.length === 0 ? (
            <Empty description="本年度没有节假日或调休安排" />
          ) : (
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={groups}
              columns={[
                {
                  title: '节日',
                  dataIndex: 'name',
                  width: 180,
                  render: (name: string, g) => (
                    <Space>
                      {name}
                      {g.edited && <Tag color="orange">已修改</Tag>}
                    </Space>
                  ),
                },
                { title: '放假', key: 'off', render: (_, g) => (g.off.length ? `${ranges(g.off)}，共${g.off.length}天` : '—') },
                { title: '调休上班', key: 'on', render: (_, g) => (g.on.length ? g.on.map((d) => `${shortDate(d)}（${WEEKDAY_NAMES[dayjs(d).day()]}）`).join('、') : '不调休') },
              ]}
            />
          )}
        </Card>
      )}

      <Modal
        open={picked !== null}
        title={picked ? `修改日历：${dateLabel(picked.day)}` : ''}
        okText="确认修改"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => void save()}
        onCancel={() => setPicked(null)}
        destroyOnHidden
      >
        {picked && (
          <Form form={form} layout="vertical" preserve={false} style={{ marginTop: 16 }}>
            <Typography.Paragraph>
              当前：<Tag color={picked.type === 'holiday' ? 'red' : picked.type === 'makeup_workday' ? 'blue' : 'default'}>{TYPE_LABELS[picked.type]}</Tag>
              {picked.name}
            </Typography.Paragraph>
            <Form.Item name="choice" label="设为" rules={[{ required: true, message: '请选择' }]}>
              <Radio.Group
                options={[
                  { value: 'holiday', label: '法定节假日（放假）' },
                  { value: 'workday', label: '调休上班日', disabled: !isWeekend },
                  { value: 'normal', label: isWeekend ? '普通周末' : '普通工作日' },
                ]}
              />
            </Form.Item>
            {choice !== 'normal' && (
              <Form.Item name="name" label="节日名称" rules={[{ max: 30, message: '名称不超过30个字' }]} extra="如：国庆节、春节">
                <Input placeholder="节日名称" maxLength={30} />
              </Form.Item>
            )}
            <Alert type="warning" showIcon title={effect} />
          </Form>
        )}
      </Modal>
    </Space>
  );
}
