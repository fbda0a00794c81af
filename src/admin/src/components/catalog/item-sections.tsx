/** The sections (tabs) of the item editor: 基本信息, 办理依据, 筛查, 服务指南, 申报材料, 服务流程. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Col,
  Divider,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Space,
  Steps,
  Tooltip,
  Typography,
  type FormInstance,
} from 'antd';
import { useMemo } from 'react';
import { BASIS_KINDS, SERVICE_OBJECTS } from '../../../../domain/catalog/item.ts';
import type { Unit } from '../../types.ts';
import { AttachmentField } from './attachment.tsx';
import { CATEGORY_LABELS, HANDLING_FORM_LABELS, MATERIAL_SOURCES, MEDIA_OPTIONS, ONLINE_DEPTH_LABELS, REQUIREMENT_OPTIONS, TIME_UNIT_OPTIONS } from './labels.ts';
import { emptyBasis, emptyMaterial, emptyStep, type FormValues } from './model.ts';

const { TextArea } = Input;

function SectionTitle({ children, extra }: { children: string; extra?: React.ReactNode }) {
  return (
    <Divider titlePlacement="start" style={{ marginTop: 8 }}>
      <Space size={8}>
        <span className="qd-section-title">{children}</span>
        {extra}
      </Space>
    </Divider>
  );
}

// ---------------------------------------------------------------------------------------------
// 基本信息

export function BasicSection({ units, ownUnitName, ownUnitId, readOnly }: { units: Unit[]; ownUnitName: string; ownUnitId: string; readOnly: boolean }) {
  const unitOptions = useMemo(
    () =>
      units
        .filter((u) => u.id !== ownUnitId)
        .map((u) => ({ value: u.fullName, label: u.fullName, search: [u.fullName, u.shortName, ...u.aliases].join(' ') })),
    [units, ownUnitId],
  );
  return (
    <>
      <Form.Item
        label="事项名称"
        name="name"
        rules={[{ required: true, whitespace: true, message: '请填写事项名称' }]}
        extra="应为具体的服务行为，如“学生资助申请受理”；不要使用“其他服务”“相关工作”等笼统名称"
      >
        <Input data-testid="item-name" maxLength={200} showCount placeholder="如：义务教育阶段学校入学登记" />
      </Form.Item>
      <Row gutter={24}>
        <Col xs={24} md={14}>
          <Form.Item label="类别" name="category" extra="依申请类：群众申请后提供；主动服务类：部门主动提供">
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'on_application', label: CATEGORY_LABELS.on_application },
                { value: 'proactive', label: CATEGORY_LABELS.proactive },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item label="层级" name="level">
            <Radio.Group
              options={[
                { value: 'district', label: '区级' },
                { value: 'township', label: '乡级' },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="服务内容" name="serviceContent">
        <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} placeholder="简要说明该事项为服务对象提供什么服务" />
      </Form.Item>
      <Form.Item label="服务对象" name="serviceObjects" extra="可多选">
        <Checkbox.Group options={SERVICE_OBJECTS.map((o) => ({ value: o, label: o }))} />
      </Form.Item>
      <Row gutter={24}>
        <Col xs={24} md={10}>
          <Form.Item label="实施单位">
            <Input value={ownUnitName} disabled aria-label="实施单位" />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item label="共同实施单位" name="coImplementingUnits" extra="填写单位规范全称；可输入简称或别名查找">
            <Select
              mode="multiple"
              allowClear
              options={unitOptions}
              showSearch={{ optionFilterProp: ['label', 'search'] }}
              placeholder={readOnly ? '无' : '选择共同实施单位（可多选）'}
              maxCount={20}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="备注" name="remarks" extra="需要补充说明的事项，如“省市县同步实施”">
        <TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
      </Form.Item>
      <Row gutter={24}>
        <Col xs={24} md={8}>
          <Form.Item label="基本编码" name="basicCode" rules={[{ pattern: /^[0-9A-Za-z-]*$/, message: '只能由数字、英文字母和“-”组成' }]}>
            <Input maxLength={60} className="qd-mono" placeholder="国家基本目录编码" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="实施编码" name="implementationCode" rules={[{ pattern: /^[0-9A-Za-z-]*$/, message: '只能由数字、英文字母和“-”组成' }]}>
            <Input maxLength={60} className="qd-mono" placeholder="实施清单编码" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="省级参照事项编码" name="provincialRefCode">
            <Input maxLength={50} className="qd-mono" placeholder="可选" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// 办理依据

export function BasisSection({ readOnly }: { readOnly: boolean }) {
  return (
    <>
      <Alert
        type="info"
        showIcon
        title="填写法律法规规章以及规范性文件或承诺书的名称、具体条款及内容；无文件依据的，应说明该事项是经常性、常态化、为群众认可的公共服务事项的理由。"
        style={{ marginBottom: 16 }}
      />
      <div id="section-legalBases" tabIndex={-1}>
        <Form.List name="legalBases">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未填写办理依据" style={{ margin: '8px 0 16px' }} />}
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  id={`row-legalBases-${field.name}`}
                  size="small"
                  className="qd-row-card"
                  title={`依据 ${index + 1}`}
                  extra={
                    !readOnly && (
                      <Popconfirm title="删除这条办理依据？" okText="删除" okButtonProps={{ danger: true }} onConfirm={() => remove(field.name)}>
                        <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={`删除依据 ${index + 1}`}>
                          删除
                        </Button>
                      </Popconfirm>
                    )
                  }
                >
                  <Row gutter={16}>
                    <Col xs={24} md={8}>
                      <Form.Item label="依据类别" name={[field.name, 'kind']}>
                        <Select allowClear placeholder="选择类别" options={BASIS_KINDS.map((k) => ({ value: k, label: k }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={16}>
                      <Form.Item label="文件名称" name={[field.name, 'title']}>
                        <Input maxLength={300} placeholder="如：《中华人民共和国教育法》" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label="文号" name={[field.name, 'docNumber']}>
                        <Input maxLength={100} placeholder="如：国发〔2014〕8号（法律可不填）" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item label="条款" name={[field.name, 'article']}>
                        <Input maxLength={100} placeholder="如：第三十八条" />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item label="条款内容" name={[field.name, 'articleText']} style={{ marginBottom: 0 }}>
                        <TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={8000} placeholder="摘录该条款的原文" />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              {!readOnly && (
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(emptyBasis())} style={{ marginBottom: 16 }} data-testid="basis-add">
                  添加办理依据
                </Button>
              )}
            </>
          )}
        </Form.List>
      </div>
      <Form.Item label="无文件依据理由" name="noBasisReason" extra="仅在没有文件依据时填写">
        <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder="说明该事项为经常性、常态化、为群众认可的公共服务事项的理由" />
      </Form.Item>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// 筛查

const YES_NO = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];

export function ScreeningSection({ form }: { form: FormInstance<FormValues> }) {
  const screening = Form.useWatch('screening', form);
  const excluded = screening && (screening.inPowerList === true || screening.isInternal === true || screening.isTemporary === true);
  return (
    <>
      <Alert
        type="info"
        showIcon
        title="以下三类事项不列入公共服务事项目录：已列入权力清单的事项、内部管理事项、临时性工作。请逐项回答。"
        style={{ marginBottom: 16 }}
      />
      <Form.Item label="是否已列入权力清单" name={['screening', 'inPowerList']}>
        <Radio.Group options={YES_NO} />
      </Form.Item>
      <Form.Item label="是否为内部管理事项" name={['screening', 'isInternal']} extra="服务对象为行政机关、事业单位工作人员的管理、考核、奖惩、培训等">
        <Radio.Group options={YES_NO} />
      </Form.Item>
      <Form.Item label="是否为临时性工作" name={['screening', 'isTemporary']}>
        <Radio.Group options={YES_NO} />
      </Form.Item>
      {excluded && <Alert type="error" showIcon title="按规定，该事项不列入公共服务事项目录。如确属公共服务事项，请核实筛查答案。" />}
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// 服务指南

function LimitInput({ name, label, extra }: { name: 'legalLimit' | 'committedLimit'; label: string; extra?: string }) {
  return (
    <Form.Item label={label} extra={extra} required={false}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item noStyle dependencies={[['guide', name, 'unit']]}>
          {({ getFieldValue }) => {
            const immediate = getFieldValue(['guide', name, 'unit']) === 'immediate';
            return (
              <Form.Item name={['guide', name, 'value']} noStyle>
                <InputNumber min={0} max={3650} precision={0} disabled={immediate || undefined} placeholder={immediate ? '当场办结' : '天数'} style={{ width: '60%' }} aria-label={`${label}天数`} />
              </Form.Item>
            );
          }}
        </Form.Item>
        <Form.Item name={['guide', name, 'unit']} noStyle>
          <Select options={TIME_UNIT_OPTIONS} style={{ width: '40%' }} aria-label={`${label}单位`} />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}

export function GuideSection({ form, readOnly = false }: { form: FormInstance<FormValues>; readOnly?: boolean }) {
  const category = Form.useWatch('category', form);
  const isFree = Form.useWatch(['guide', 'fee', 'isFree'], form);
  const visits = Form.useWatch(['guide', 'visits'], form);
  return (
    <>
      <SectionTitle>承办与条件</SectionTitle>
      <Form.Item label="承办机构" name={['guide', 'handlingAgency']}>
        <Input maxLength={200} placeholder="如：区教育局学生资助管理中心" />
      </Form.Item>
      <Form.Item label="申请条件" name={['guide', 'applicationConditions']}>
        <TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} placeholder="逐条写明申请人应当具备的条件" />
      </Form.Item>

      <SectionTitle>办理时限</SectionTitle>
      <Row gutter={24}>
        <Col xs={24} md={8}>
          <Form.Item label="办件类型" name={['guide', 'caseType']}>
            <Radio.Group
              options={[
                { value: 'immediate', label: '即办件' },
                { value: 'promised', label: '承诺件' },
              ]}
              onChange={(e) => {
                if (e.target.value === 'immediate') form.setFieldValue(['guide', 'committedLimit'], { value: null, unit: 'immediate' });
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <LimitInput name="legalLimit" label="法定办结时限" extra="法律法规未规定的可不填" />
        </Col>
        <Col xs={24} md={8}>
          <LimitInput name="committedLimit" label="承诺办结时限" extra="不得超过法定办结时限" />
        </Col>
      </Row>

      <SectionTitle>收费</SectionTitle>
      <Form.Item label="是否收费" name={['guide', 'fee', 'isFree']}>
        <Radio.Group
          options={[
            { value: true, label: '不收费' },
            { value: false, label: '收费' },
          ]}
        />
      </Form.Item>
      {isFree === false && (
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item label="收费依据" name={['guide', 'fee', 'basis']}>
              <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder="收费的文件依据" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="收费标准" name={['guide', 'fee', 'standard']}>
              <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder="如：每件10元" />
            </Form.Item>
          </Col>
        </Row>
      )}

      <SectionTitle>办理方式</SectionTitle>
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item label="办理形式" name={['guide', 'handlingForms']}>
            <Checkbox.Group options={(['window', 'online', 'mail'] as const).map((v) => ({ value: v, label: HANDLING_FORM_LABELS[v] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="网办深度" name={['guide', 'onlineDepth']}>
            <Select allowClear placeholder="选择网办深度" options={([1, 2, 3, 4] as const).map((v) => ({ value: v, label: ONLINE_DEPTH_LABELS[v] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="到办事现场次数" name={['guide', 'visits']} extra="全程网办（Ⅳ级）应为0次">
            <InputNumber min={0} max={20} precision={0} suffix="次" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="必须现场办理原因" name={['guide', 'visitsReason']} extra={typeof visits === 'number' && visits > 0 ? '需到现场的，请说明原因' : undefined}>
            <Input maxLength={500} placeholder="如：需现场核验原件" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="线下办理渠道" name={['guide', 'offlineChannels']} extra="不会上网的群众如何办理：窗口、电话、帮办代办等">
        <Input maxLength={1000} />
      </Form.Item>
      {category === 'proactive' && (
        <Form.Item label="服务提供方式" name={['guide', 'deliveryMethod']} extra="主动服务类事项如何送达服务对象">
          <TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      )}

      <SectionTitle>地点与咨询</SectionTitle>
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item label="办理地点" name={['guide', 'place']}>
            <Input maxLength={500} placeholder="如：武陵源区政务服务中心二楼教育窗口" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="办公时间" name={['guide', 'hours']}>
            <Input maxLength={500} placeholder="如：工作日 8:00–12:00，14:30–17:30" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="咨询方式" name={['guide', 'consultation']}>
            <TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} placeholder="咨询电话、地址等" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="监督投诉方式" name={['guide', 'complaint']}>
            <TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} placeholder="投诉电话、12345热线等" />
          </Form.Item>
        </Col>
      </Row>

      <SectionTitle>办理结果</SectionTitle>
      <Row gutter={24}>
        <Col xs={24} md={14}>
          <Form.Item label="结果名称" name={['guide', 'resultName']}>
            <Input maxLength={200} placeholder="如：资助资金发放、证明材料" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item label="结果样本" name={['guide', 'resultSampleFileId']} extra={readOnly ? undefined : '可上传办理结果的样本（pdf、Word、Excel、图片等，不超过 10 MB）'}>
            <AttachmentField label="结果样本" readOnly={readOnly} testId="result-sample" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// 申报材料

/** One row of an editable list: its number on the left, its fields on the right, its actions at the end. */
function ListRow({ id, index, actions, children }: { id: string; index: number; actions?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="qd-list-row" id={id}>
      <span className="qd-step-no" aria-hidden>
        {index + 1}
      </span>
      <div className="qd-list-row-body">{children}</div>
      {actions && <div className="qd-list-row-actions">{actions}</div>}
    </div>
  );
}

export function MaterialsSection({ readOnly }: { readOnly: boolean }) {
  return (
    <div id="section-materials" tabIndex={-1}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        逐项列明申请人需提交的材料；只在特定情形下才需要的材料，请选择“按情形”并写明情形。
      </Typography.Paragraph>
      <Form.List name="materials">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未填写申报材料" style={{ margin: '8px 0 16px' }} />}
            {fields.map((field, i) => (
              <ListRow
                key={field.key}
                id={`row-materials-${field.name}`}
                index={i}
                actions={
                  !readOnly && (
                    <Popconfirm title="删除这项材料？" okText="删除" okButtonProps={{ danger: true }} onConfirm={() => remove(field.name)}>
                      <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={`删除第${i + 1}项材料`} />
                    </Popconfirm>
                  )
                }
              >
                <Row gutter={[12, 8]}>
                  <Col xs={24} md={15}>
                    <Form.Item name={[field.name, 'name']} className="qd-cell-item">
                      <Input maxLength={300} placeholder="材料名称，如：居民身份证" aria-label="材料名称" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item name={[field.name, 'source']} className="qd-cell-item">
                      <AutoComplete options={MATERIAL_SOURCES.map((v) => ({ value: v }))} placeholder="来源" aria-label="来源" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[field.name, 'originalCount']} className="qd-cell-item">
                      <InputNumber min={0} max={99} precision={0} prefix="原件" suffix="份" style={{ width: '100%' }} aria-label="原件份数" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item name={[field.name, 'copyCount']} className="qd-cell-item">
                      <InputNumber min={0} max={99} precision={0} prefix="复印件" suffix="份" style={{ width: '100%' }} aria-label="复印件份数" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[field.name, 'media']} className="qd-cell-item">
                      <Select options={MEDIA_OPTIONS} aria-label="纸质或电子" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[field.name, 'requirement']} className="qd-cell-item">
                      <Select options={REQUIREMENT_OPTIONS} aria-label="必要或按情形" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={7}>
                    <Form.Item noStyle dependencies={[['materials', field.name, 'requirement']]}>
                      {({ getFieldValue }) =>
                        getFieldValue(['materials', field.name, 'requirement']) === 'conditional' ? (
                          <Form.Item name={[field.name, 'condition']} className="qd-cell-item">
                            <Input maxLength={500} placeholder="何种情形下提交" aria-label="情形" />
                          </Form.Item>
                        ) : null
                      }
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'templateFileId']} className="qd-cell-item">
                      <AttachmentField label="样表" readOnly={readOnly} testId={`material-${field.name}-template`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'sampleFileId']} className="qd-cell-item">
                      <AttachmentField label="示例" readOnly={readOnly} testId={`material-${field.name}-sample`} />
                    </Form.Item>
                  </Col>
                </Row>
              </ListRow>
            ))}
            {!readOnly && (
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(emptyMaterial())} style={{ marginTop: 4 }} data-testid="material-add">
                添加申报材料
              </Button>
            )}
          </>
        )}
      </Form.List>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// 服务流程

export function StepsSection({ form, readOnly }: { form: FormInstance<FormValues>; readOnly: boolean }) {
  const steps = Form.useWatch('steps', form) as FormValues['steps'] | undefined;
  const total = (steps ?? []).reduce((sum, s) => sum + (typeof s?.timeLimitDays === 'number' ? s.timeLimitDays : 0), 0);
  return (
    <div id="section-steps" tabIndex={-1}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        按办理顺序填写各环节；可用上移、下移调整顺序。各环节时限合计不应超过承诺办结时限。
      </Typography.Paragraph>
      <Form.List name="steps">
        {(fields, { add, remove, move }) => (
          <>
            {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未填写办理环节" style={{ margin: '8px 0 16px' }} />}
            {fields.map((field, i) => (
              <ListRow
                key={field.key}
                id={`row-steps-${field.name}`}
                index={i}
                actions={
                  !readOnly && (
                    <Space size={0} orientation="vertical">
                      <Tooltip title="上移" placement="left">
                        <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`上移第${i + 1}步`} />
                      </Tooltip>
                      <Tooltip title="下移" placement="left">
                        <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label={`下移第${i + 1}步`} />
                      </Tooltip>
                      <Popconfirm title="删除这个环节？" okText="删除" okButtonProps={{ danger: true }} onConfirm={() => remove(field.name)}>
                        <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={`删除第${i + 1}步`} />
                      </Popconfirm>
                    </Space>
                  )
                }
              >
                <Row gutter={[12, 8]}>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'name']} className="qd-cell-item">
                      <Input maxLength={100} placeholder="环节名称，如：受理" aria-label="环节名称" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item name={[field.name, 'actor']} className="qd-cell-item">
                      <Input maxLength={100} placeholder="办理人，如：窗口受理人员" aria-label="办理人" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name={[field.name, 'timeLimitDays']} className="qd-cell-item">
                      <InputNumber min={0} max={3650} precision={0} placeholder="时限" suffix="工作日" style={{ width: '100%' }} aria-label="时限（工作日）" />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item name={[field.name, 'description']} className="qd-cell-item">
                      <TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={2000} placeholder="办理内容：该环节做什么、标准是什么" aria-label="办理内容" />
                    </Form.Item>
                  </Col>
                </Row>
              </ListRow>
            ))}
            {!readOnly && (
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(emptyStep())} style={{ marginTop: 4 }} data-testid="step-add">
                添加办理环节
              </Button>
            )}
          </>
        )}
      </Form.List>
      {steps && steps.length > 0 && (
        <div className="qd-flow-preview">
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            流程图预览{total > 0 ? `（各环节时限合计 ${total} 个工作日）` : ''}
          </Typography.Text>
          <Steps
            size="small"
            current={steps.length}
            style={{ marginTop: 12 }}
            items={steps.map((s, i) => ({
              title: s?.name?.trim() || `第${i + 1}步`,
              content: [s?.actor, typeof s?.timeLimitDays === 'number' ? `${s.timeLimitDays}个工作日` : null].filter(Boolean).join(' · ') || undefined,
            }))}
          />
        </div>
      )}
    </div>
  );
}
