/**
 * Builders of item drafts (公共服务事项) that pass every rule: a real 依申请类 item of the district's
 * 人力资源和社会保障局 and a real 主动服务类 one. Override what a test is about; nested `guide` and
 * `screening` overrides are merged into the complete ones. Every call returns fresh objects, so a test
 * may mutate what it gets.
 */
import type { Guide, ItemDraft, LegalBasis, Material, ProcessStep, Screening } from '../../src/domain/catalog/item.ts';

export const OWNER_UNIT = '张家界市武陵源区人力资源和社会保障局';

export type DraftOverrides = Partial<Omit<ItemDraft, 'guide' | 'screening'>> & { guide?: Partial<Guide>; screening?: Partial<Screening> };

/** A legal basis with its document, number, article and text: 国发〔2014〕8号 第三条 unless overridden. */
export function buildBasis(overrides: Partial<LegalBasis> = {}): LegalBasis {
  return {
    kind: '规范性文件（含"三定"规定）',
    title: '《国务院关于建立统一的城乡居民基本养老保险制度的意见》',
    docNumber: '国发〔2014〕8号',
    article: '第三条',
    articleText: '年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，可以在户籍地参加城乡居民养老保险。',
    ...overrides,
  };
}

/** One required paper material: the applicant's ID card unless overridden. */
export function buildMaterial(overrides: Partial<Material> = {}): Material {
  return {
    name: '居民身份证',
    source: '申请人自备',
    originalCount: 1,
    copyCount: 1,
    media: 'paper',
    requirement: 'required',
    condition: null,
    templateFileId: null,
    sampleFileId: null,
    notes: '原件核验后退还',
    ...overrides,
  };
}

/** One step of the process: 受理 at the window unless overridden. */
export function buildStep(overrides: Partial<ProcessStep> = {}): ProcessStep {
  return { name: '受理', actor: '区政务服务中心人社窗口工作人员', timeLimitDays: 1, description: '核对申请材料，材料齐全的当场受理', ...overrides };
}

function guideOf(overrides: Partial<Guide> = {}): Guide {
  return {
    handlingAgency: OWNER_UNIT,
    applicationConditions: '年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，可在户籍地申请参保。',
    legalLimit: { value: 15, unit: 'working_day' },
    committedLimit: { value: 5, unit: 'working_day' },
    caseType: 'promised',
    fee: { isFree: true, basis: null, standard: null },
    consultation: '咨询电话：0744-5618000；地址：张家界市武陵源区政务服务中心一楼人社窗口',
    complaint: '投诉电话：0744-5618001（区政务公开政务服务管理办公室）',
    place: '张家界市武陵源区政务服务中心一楼人社窗口；各乡（镇、街道）劳动保障服务站',
    hours: '工作日 上午8:00-12:00，下午14:30-17:30（法定节假日除外）',
    handlingForms: ['window', 'online'],
    onlineDepth: 3,
    visits: 1,
    visitsReason: '首次参保须核验本人身份并现场签字确认',
    resultName: '城乡居民基本养老保险参保登记信息',
    resultSampleFileId: null,
    deliveryMethod: null,
    offlineChannels: '可到户籍所在乡（镇、街道）劳动保障服务站办理，行动不便的可由村（社区）协办员代办',
    ...overrides,
  };
}

function screeningOf(overrides: Partial<Screening> = {}): Screening {
  return { inPowerList: false, isInternal: false, isTemporary: false, ...overrides };
}

/** 依申请类: 城乡居民基本养老保险参保登记, complete and valid (no error or incomplete finding). */
export function buildDraft(overrides: DraftOverrides = {}): ItemDraft {
  const { guide, screening, ...rest } = overrides;
  return {
    name: '城乡居民基本养老保险参保登记',
    category: 'on_application',
    serviceContent: '为年满16周岁（不含在校学生）、不属于职工基本养老保险制度覆盖范围的城乡居民办理城乡居民基本养老保险参保登记。',
    legalBases: [
      buildBasis(),
      buildBasis({
        kind: '法律',
        title: '《中华人民共和国社会保险法》',
        docNumber: null,
        article: '第二十条',
        articleText: '国家建立和完善新型农村社会养老保险制度。新型农村社会养老保险实行个人缴费、集体补助和政府补贴相结合。',
      }),
    ],
    noBasisReason: null,
    coImplementingUnits: [],
    serviceObjects: ['个人（公民）'],
    remarks: '省市县同步实施',
    level: 'district',
    screening: screeningOf(screening),
    provincialRefCode: null,
    basicCode: null,
    implementationCode: null,
    guide: guideOf(guide),
    materials: [
      buildMaterial(),
      buildMaterial({ name: '居民户口簿', notes: '户主页及本人页' }),
      buildMaterial({
        name: '《城乡居民基本养老保险参保登记表》',
        source: '窗口领取或网上下载',
        copyCount: 0,
        media: 'either',
        notes: '本人签字，代办的由代办人签字并注明关系',
      }),
    ],
    steps: [
      buildStep({ name: '申请', actor: '申请人', timeLimitDays: null, description: '携带申报材料到窗口或在网上提交参保申请' }),
      buildStep(),
      buildStep({ name: '审核', actor: '区社会保险经办机构审核人员', timeLimitDays: 2, description: '审核参保资格，核对户籍和参保信息' }),
      buildStep({ name: '登记', actor: '区社会保险经办机构经办人员', timeLimitDays: 1, description: '在社会保险信息系统中办理参保登记' }),
      buildStep({ name: '办结', actor: '区政务服务中心人社窗口工作人员', timeLimitDays: 1, description: '告知参保结果和缴费档次、缴费方式' }),
    ],
    ...rest,
  };
}

/** 主动服务类: 人力资源市场供求信息发布, complete and valid (no error or incomplete finding). */
export function buildProactiveDraft(overrides: DraftOverrides = {}): ItemDraft {
  const { guide, ...rest } = overrides;
  return buildDraft({
    name: '人力资源市场供求信息发布',
    category: 'proactive',
    serviceContent: '定期收集、整理并免费发布本区人力资源市场岗位供求信息和职业培训信息。',
    legalBases: [
      buildBasis({
        kind: '部门规章',
        title: '《就业服务与就业管理规定》',
        docNumber: '劳动和社会保障部令第28号',
        article: '第二十五条',
        articleText: '公共就业服务机构应当免费为劳动者提供以下服务：（一）就业政策法规咨询；（二）职业供求信息、市场工资指导价位信息和职业培训信息发布；',
      }),
    ],
    serviceObjects: ['个人（公民）', '法人'],
    remarks: null,
    materials: [],
    steps: [],
    guide: {
      handlingAgency: null,
      applicationConditions: null,
      legalLimit: null,
      committedLimit: null,
      caseType: null,
      fee: null,
      handlingForms: [],
      onlineDepth: 1,
      visits: 0,
      visitsReason: null,
      resultName: null,
      deliveryMethod: '每月通过区政府门户网站和区人力资源市场服务大厅电子显示屏发布',
      offlineChannels: '可到区人力资源市场服务大厅查阅或拨打咨询电话',
      ...guide,
    },
    ...rest,
  });
}
