import { Alert, App, Button, DatePicker, Descriptions, Drawer, Form, Input, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { parseDocNumber } from '../../../../domain/review/doc-number.ts';
import { api, ApiError } from '../../api.ts';
import { errorText } from '../../util.ts';
import { ChangeKindTag } from './candidates-table.tsx';
import { daysBetween, type Candidate, type Candidates, type Edition } from './model.ts';

interface Values {
  title: string;
  docNumber: string;
  publishedOn: Dayjs | null;
  effectiveOn: Dayjs | null;
}

const FIELDS: (keyof Values)[] = ['title', 'docNumber', 'publishedOn', 'effectiveOn'];

/** The same checks the server makes, as the publisher types: format (GB/T 9704) and the year. */
function docNumberProblem(value: string, publishedOn: Dayjs | null): string | null {
  if (!value?.trim()) return '请填写发文字号';
  const parsed = parseDocNumber(value);
  if (!parsed.ok) return parsed.error;
  if (publishedOn && parsed.value.year !== publishedOn.year()) return `发文字号的年份（${parsed.value.year}）与发布日期的年份（${publishedOn.year()}）不一致`;
  return null;
}

/** 发布新版本: title, document number, dates; a confirmation says it cannot be changed afterwards. */
export function PublishDrawer(props: { open: boolean; candidates: Candidates; selected: Candidate[]; onClose: () => void; onPublished: (e: Edition) => void }) {
  const { candidates, selected } = props;
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const effectiveOn = Form.useWatch('effectiveOn', form);
  const today = candidates.today;
  const n = candidates.nextNumber;
  const count = (kind: string) => selected.filter((c) => c.changeKind === kind).length;
  const after = (candidates.live?.itemCount ?? 0) + count('new') - count('cancel');

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    setProblem(null);
  }, [props.open, form]);

  const effectiveNote = (() => {
    if (!effectiveOn) return '生效日期可以晚于发布日期；到期当日零时起自动生效';
    const days = daysBetween(today, effectiveOn.format('YYYY-MM-DD'));
    return days <= 0 ? '生效日期为今天或之前：确认发布后立即生效，公众目录随即更新' : `将于 ${effectiveOn.format('YYYY-MM-DD')} 零时自动生效（还有 ${days} 天），生效前公众看到的仍是现行目录`;
  })();

  async function publish(values: Values) {
    const body = {
      title: values.title.trim(),
      docNumber: values.docNumber.trim(),
      publishedOn: values.publishedOn!.format('YYYY-MM-DD'),
      effectiveOn: values.effectiveOn!.format('YYYY-MM-DD'),
      versionIds: selected.map((c) => c.versionId),
    };
    const immediate = body.effectiveOn <= today;
    modal.confirm({
      title: `确认发布第${n}版目录？`,
      width: 520,
      okText: '确认发布',
      cancelText: '再检查一下',
      content: (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="目录名称">{body.title}</Descriptions.Item>
            <Descriptions.Item label="发文字号">{body.docNumber}</Descriptions.Item>
            <Descriptions.Item label="发布日期">{body.publishedOn}</Descriptions.Item>
            <Descriptions.Item label="生效日期">
              {body.effectiveOn}
              {immediate ? '（立即生效）' : '（到期自动生效）'}
            </Descriptions.Item>
            <Descriptions.Item label="本次调整">
              新增 {count('new')} 项，变更 {count('change')} 项，取消 {count('cancel')} 项；发布后目录共 {after} 项
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="danger">目录版本以政府文件发布，一经发布不能修改、撤回或删除；如有错误，只能通过发布新的版本更正。</Typography.Text>
        </Space>
      ),
      onOk: async () => {
        setSaving(true);
        setProblem(null);
        try {
          const e = await api.post<Edition>('/editions', body);
          message.success(e.state === 'live' ? `第${e.number}版目录已发布并生效` : `第${e.number}版目录已发布，将于 ${e.effectiveOn} 生效`);
          props.onPublished(e);
        } catch (error) {
          const fields = error instanceof ApiError ? error.errors.filter((p) => FIELDS.includes(p.path as keyof Values)) : [];
          if (fields.length > 0) form.setFields(fields.map((p) => ({ name: p.path as keyof Values, errors: [p.message] })));
          else setProblem(errorText(error));
        } finally {
          setSaving(false);
        }
      },
    });
  }

  return (
    <Drawer
      title={`发布新版本：第${n}版目录`}
      open={props.open}
      onClose={props.onClose}
      size={620}
      destroyOnHidden
      mask={{ closable: !saving }}
      extra={
        <Space>
          <Button onClick={props.onClose} disabled={saving}>
            取消
          </Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="publish-submit">
            发布
          </Button>
        </Space>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 20 }}>
        <Descriptions.Item label="所选事项">{selected.length} 项</Descriptions.Item>
        <Descriptions.Item label="发布后目录">{after} 项</Descriptions.Item>
        <Descriptions.Item label="调整类型" span={2}>
          <Space size={4} wrap>
            <ChangeKindTag kind="new" />
            {count('new')} 项
            <ChangeKindTag kind="change" />
            {count('change')} 项
            <ChangeKindTag kind="cancel" />
            {count('cancel')} 项
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="上一版本" span={2}>
          {candidates.live ? `第${candidates.live.number}版（${candidates.live.docNumber}，${candidates.live.itemCount}项）` : <Tag>首次发布</Tag>}
        </Descriptions.Item>
      </Descriptions>
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={saving}
        onFinish={(v) => void publish(v)}
        initialValues={{ title: candidates.defaultTitle, docNumber: '', publishedOn: dayjs(today), effectiveOn: dayjs(today) }}
        data-testid="publish-form"
      >
        <Form.Item label="目录名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写目录名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="发文字号"
          name="docNumber"
          required
          dependencies={['publishedOn']}
          extra="机关代字〔年份〕序号号，年份用六角括号〔〕，序号不编虚位、不加“第”"
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string) => {
                const p = docNumberProblem(value, getFieldValue('publishedOn'));
                return p ? Promise.reject(new Error(p)) : Promise.resolve();
              },
            }),
          ]}
        >
          <Input maxLength={60} placeholder="如：张武政办发〔2017〕12号" data-testid="doc-number" />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <Form.Item label="发布日期" name="publishedOn" rules={[{ required: true, message: '请选择发布日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label="生效日期"
            name="effectiveOn"
            dependencies={['publishedOn']}
            rules={[
              { required: true, message: '请选择生效日期' },
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null) => {
                  const pub: Dayjs | null = getFieldValue('publishedOn');
                  return value && pub && value.isBefore(pub, 'day') ? Promise.reject(new Error('生效日期不能早于发布日期')) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Alert type={effectiveOn && daysBetween(today, effectiveOn.format('YYYY-MM-DD')) > 0 ? 'info' : 'warning'} showIcon title={effectiveNote} />
      </Form>
    </Drawer>
  );
}
