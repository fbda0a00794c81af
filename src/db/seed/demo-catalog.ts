/**
 * Demo catalog: a plausible 2017 区级公共服务事项目录 for 武陵源区 (region 430811), written the way the
 * units of 张武审改办发〔2017〕1号 Attachment 1 would have filed it. Demo data only: contact numbers,
 * addresses, windows, codes and the local 公开承诺 documents are illustrative; national laws are cited
 * by their usual article numbers with a short, conservative gist of the article (not verbatim text).
 *
 * Items that later catalogs give to units created after 2018 (民政、医保、退役军人…) are assigned to a
 * unit that existed in 2017 (health to 区卫计局, 就业救助 and 高龄津贴 to 区人社局) or left out.
 */
import type {
  BasisKind,
  Category,
  Fee,
  HandlingForm,
  ItemDraft,
  ItemLevel,
  LegalBasis,
  Material,
  OnlineDepth,
  ProcessStep,
  ServiceObject,
  TimeLimit,
} from '../../domain/catalog/item.ts';
import { BASE_UNITS } from './base-units.ts';

export interface DemoCatalogEntry {
  unitShortName: string;
  draft: ItemDraft;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const LAW: BasisKind = '法律';
const REG: BasisKind = '行政法规';
const RULE: BasisKind = '部门规章';
const NORM: BasisKind = '规范性文件（含"三定"规定）';
const PLEDGE: BasisKind = '公开承诺';

function basis(kind: BasisKind, title: string, article: string, articleText: string, docNumber: string | null = null): LegalBasis {
  return { kind, title, docNumber, article, articleText };
}

const wd = (value: number): TimeLimit => ({ value, unit: 'working_day' });
const nd = (value: number): TimeLimit => ({ value, unit: 'natural_day' });

export const STANDARD_HOURS = '周一至周五 上午8:00—12:00，下午14:30—17:30（法定节假日除外）';
const COMPLAINT = '区政务服务中心监督电话 0744-5612345；12345 政务服务便民热线；区监察局（区纪委）监督电话 0744-5612311';
const CENTER = '武陵源区政务服务中心';

const P: Record<'personal' | 'legal' | 'social' | 'other', ServiceObject> = {
  personal: '个人（公民）',
  legal: '法人',
  social: '社会组织',
  other: '其他组织',
};
const PERSON: ServiceObject[] = [P.personal];
const PERSON_ORG: ServiceObject[] = [P.personal, P.legal];
const EVERYONE: ServiceObject[] = [P.personal, P.legal, P.social, P.other];

const FREE: Fee = { isFree: true, basis: null, standard: null };

/** Resolve a short name to the registry's full standard name (规范全称). */
function fullName(shortName: string): string {
  const unit = BASE_UNITS.find((u) => u.shortName === shortName);
  if (!unit) throw new Error(`demo catalog: unknown unit ${shortName}`);
  return unit.fullName;
}

function mat(
  name: string,
  source: string,
  originalCount: number,
  copyCount: number,
  opts: Partial<Pick<Material, 'media' | 'notes'>> & { condition?: string } = {},
): Material {
  return {
    name,
    source,
    originalCount,
    copyCount,
    media: opts.media ?? 'paper',
    requirement: opts.condition ? 'conditional' : 'required',
    condition: opts.condition ?? null,
    templateFileId: null,
    sampleFileId: null,
    notes: opts.notes ?? null,
  };
}

/** Common materials. */
const M = {
  id: (who = '申请人', condition?: string) =>
    mat(`${who}居民身份证`, '公安机关核发', 1, 1, { notes: '原件现场核验后退回', condition }),
  hukou: (who = '申请人') => mat(`${who}居民户口簿`, '公安机关核发', 1, 1, { notes: '原件现场核验后退回' }),
  form: (name: string) => mat(name, '窗口领取或网上下载', 1, 0, { notes: '申请人如实填写并签字（盖章）', media: 'either' }),
  photo: (spec = '近期免冠一寸彩色照片') => mat(spec, '申请人自备', 2, 0),
  bank: (what = '本人银行账户（社会保障卡或银行存折）') => mat(what, '申请人自备', 0, 1, { notes: '用于资金发放，须为本人账户' }),
  proxy: () =>
    mat('授权委托书及受托人居民身份证', '申请人自备', 1, 1, { condition: '委托他人代为办理的', notes: '委托书须由委托人签字' }),
  license: () => mat('营业执照或统一社会信用代码证书', '市场监督管理部门核发', 0, 1, { condition: '申请人为法人或其他组织的' }),
};

type StepRow = [name: string, actor: string, days: number | null, description: string];
function flow(...rows: StepRow[]): ProcessStep[] {
  return rows.map(([name, actor, timeLimitDays, description]) => ({ name, actor, timeLimitDays, description }));
}

/** 即办件 flow: every step on the spot. */
function immediateFlow(result: string): ProcessStep[] {
  return flow(
    ['受理', '窗口受理人员', 0, '查验申请材料，材料不全的一次性告知需补正的全部内容'],
    ['审核', '窗口受理人员', 0, '对申请材料进行审核，符合条件的当场办理'],
    ['办结', '窗口受理人员', 0, `当场出具${result}，不符合条件的当场说明理由`],
  );
}

/** 受理 → 审核 → 决定 → 办结送达, with the days of each step. */
function stdFlow(days: [number, number, number, number], what: { review?: string; decide?: string; deliver?: string } = {}): ProcessStep[] {
  return flow(
    ['受理', '窗口受理人员', days[0], '查验申请材料，材料齐全、符合法定形式的予以受理；不全的一次性告知需补正的全部内容'],
    ['审核', '业务股室经办人员', days[1], what.review ?? '对申请材料进行实质审核，必要时进行调查核实'],
    ['决定', '业务股室负责人及分管领导', days[2], what.decide ?? '作出同意或不同意的决定，不同意的书面说明理由'],
    ['办结', '窗口工作人员', days[3], what.deliver ?? '通知申请人窗口领取结果，或按申请人选择邮寄送达'],
  );
}

/** 主动服务类 flow. */
function proactiveFlow(plan: string, deliver: string, feedback = '收集群众意见建议，改进服务'): ProcessStep[] {
  return flow(
    ['制定计划', '业务股室', null, plan],
    ['组织实施', '业务股室及相关服务机构', null, deliver],
    ['反馈评价', '业务股室', null, feedback],
  );
}

interface UnitContact {
  phone: string;
  address: string;
  place: string;
}

interface Spec {
  name: string;
  cat: Category;
  content: string;
  bases: LegalBasis[];
  objects: ServiceObject[];
  /** 股室, appended to the unit's full name unless it already names an organization (张家界… / 各…). */
  office: string;
  conditions?: string;
  /** 承诺件 limits; omitted for 即办件 (on_application) and for 主动服务类. */
  limits?: { legal: TimeLimit; committed: TimeLimit };
  forms?: HandlingForm[];
  depth?: OnlineDepth;
  visits?: number;
  visitsReason?: string;
  result?: string;
  delivery?: string;
  materials?: Material[];
  steps?: ProcessStep[];
  /** Co-implementing units by short name; stored as full names. */
  co?: string[];
  remarks?: string;
  level?: ItemLevel;
  codes?: [basic: string, implementation: string | null];
  fee?: Fee;
  noBasisReason?: string;
  place?: string;
  phone?: string;
}

function unit(shortName: string, contact: UnitContact): (s: Spec) => DemoCatalogEntry {
  const full = fullName(shortName);
  return (s) => {
    const proactive = s.cat === 'proactive';
    const immediate = !proactive && !s.limits;
    const onTheSpot: TimeLimit = { value: 0, unit: 'immediate' };
    const legalLimit = proactive ? null : (s.limits?.legal ?? onTheSpot);
    const committedLimit = proactive ? null : (s.limits?.committed ?? onTheSpot);
    const place = s.place ?? contact.place;
    const phone = s.phone ?? contact.phone;
    const visits = s.visits ?? (proactive ? 0 : 1);
    const result = s.result ?? null;
    const draft: ItemDraft = {
      name: s.name,
      category: s.cat,
      serviceContent: s.content,
      legalBases: s.bases,
      noBasisReason: s.noBasisReason ?? null,
      coImplementingUnits: (s.co ?? []).map(fullName),
      serviceObjects: s.objects,
      remarks: s.remarks ?? null,
      level: s.level ?? 'district',
      screening: { inPowerList: false, isInternal: false, isTemporary: false },
      provincialRefCode: null,
      basicCode: s.codes?.[0] ?? null,
      implementationCode: s.codes?.[1] ?? null,
      guide: {
        handlingAgency: /^(张家界|各)/.test(s.office) ? s.office : `${full}${s.office}`,
        applicationConditions: s.conditions ?? null,
        legalLimit,
        committedLimit,
        caseType: proactive ? null : immediate ? 'immediate' : 'promised',
        fee: s.fee ?? FREE,
        consultation: `咨询电话：${phone}；咨询地址：${contact.address}`,
        complaint: COMPLAINT,
        place,
        hours: STANDARD_HOURS,
        handlingForms: s.forms ?? (proactive ? ['window', 'online'] : ['window']),
        onlineDepth: s.depth ?? (proactive ? 1 : 2),
        visits,
        visitsReason: visits > 0 ? (s.visitsReason ?? '需现场核验身份证件和申请材料原件并签字确认') : null,
        resultName: result,
        resultSampleFileId: null,
        deliveryMethod: s.delivery ?? null,
        offlineChannels:
          `窗口：${place}；电话：${phone}；不会使用网络的群众可直接到窗口办理，` +
          '或由所在社区（村）便民服务代办员帮办代办；老年人、残疾人等行动不便的可电话预约上门服务',
      },
      materials: s.materials ?? [],
      steps: s.steps ?? (immediate && result ? immediateFlow(result) : []),
    };
    return { unitShortName: shortName, draft };
  };
}

// ---------------------------------------------------------------------------------------------
// Legal bases used by several items
// ---------------------------------------------------------------------------------------------

const T = {
  jycj: '《中华人民共和国就业促进法》',
  jyfw: '《就业服务与就业管理规定》',
  sbf: '《中华人民共和国社会保险法》',
  jmyl: '《国务院关于建立统一的城乡居民基本养老保险制度的意见》',
  shjz: '《社会救助暂行办法》',
  jyf: '《中华人民共和国义务教育法》',
  edu: '《中华人民共和国教育法》',
  mybj: '《中华人民共和国母婴保健法》',
  rkjs: '《中华人民共和国人口与计划生育法》',
  ggwh: '《中华人民共和国公共文化服务保障法》',
  lyf: '《中华人民共和国旅游法》',
  slf: '《中华人民共和国森林法》',
  yszw: '《中华人民共和国野生动物保护法》',
  njtg: '《中华人民共和国农业技术推广法》',
  xxgk: '《中华人民共和国政府信息公开条例》',
  daf: '《中华人民共和国档案法》',
  tpjz: '《中共中央 国务院关于打赢脱贫攻坚战的决定》',
};

const B = {
  jycj35: basis(
    LAW,
    T.jycj,
    '第三十五条',
    '县级以上人民政府建立健全公共就业服务体系，设立公共就业服务机构，为劳动者免费提供就业政策法规咨询，职业供求信息、市场工资指导价位信息和职业培训信息发布，职业指导和职业介绍，对就业困难人员实施就业援助，办理就业登记、失业登记等事务以及其他公共就业服务。',
  ),
  jycj52: basis(
    LAW,
    T.jycj,
    '第五十二条',
    '各级人民政府建立健全就业援助制度，采取税费减免、贷款贴息、社会保险补贴、岗位补贴等办法，通过公益性岗位安置等途径，对就业困难人员实行优先扶持和重点帮助。',
  ),
  jycj7: basis(
    LAW,
    T.jycj,
    '第七条',
    '国家倡导劳动者树立正确的择业观念，提高就业能力和创业能力；鼓励劳动者自主创业、自谋职业。各级人民政府和有关部门应当简化程序，提高效率，为劳动者自主创业、自谋职业提供便利。',
  ),
  jyfw61: basis(
    RULE,
    T.jyfw,
    '第六十一条',
    '公共就业服务机构负责就业登记与失业登记工作；就业登记和失业登记在各省、自治区、直辖市范围内实行统一的就业失业登记证，向劳动者免费发放，并注明可享受的相应扶持政策。',
    '劳动和社会保障部令第28号',
  ),
  jyfw62: basis(
    RULE,
    T.jyfw,
    '第六十二条',
    '劳动者被用人单位招用的，由用人单位为劳动者办理就业登记；劳动者从事个体经营或灵活就业的，由本人在街道、乡镇公共就业服务机构办理就业登记。',
    '劳动和社会保障部令第28号',
  ),
  jyfw63: basis(
    RULE,
    T.jyfw,
    '第六十三条',
    '在法定劳动年龄内，有劳动能力，有就业要求，处于无业状态的城镇常住人员，可以到公共就业服务机构进行失业登记。',
    '劳动和社会保障部令第28号',
  ),
  sbf20: basis(LAW, T.sbf, '第二十条', '国家建立和完善新型农村社会养老保险制度。新型农村社会养老保险实行个人缴费、集体补助和政府补贴相结合。'),
  sbf21: basis(
    LAW,
    T.sbf,
    '第二十一条',
    '新型农村社会养老保险待遇由基础养老金和个人账户养老金组成。参加新型农村社会养老保险的农村居民，符合国家规定条件的，按月领取新型农村社会养老保险待遇。',
  ),
  sbf22: basis(
    LAW,
    T.sbf,
    '第二十二条',
    '国家建立和完善城镇居民社会养老保险制度。省、自治区、直辖市人民政府根据实际情况，可以将城镇居民社会养老保险和新型农村社会养老保险合并实施。',
  ),
  sbf25: basis(
    LAW,
    T.sbf,
    '第二十五条',
    '国家建立和完善城镇居民基本医疗保险制度，实行个人缴费和政府补贴相结合；享受最低生活保障的人、丧失劳动能力的残疾人、低收入家庭六十周岁以上的老年人和未成年人等所需个人缴费部分，由政府给予补贴。',
  ),
  sbf45: basis(
    LAW,
    T.sbf,
    '第四十五条',
    '失业人员符合下列条件的，从失业保险基金中领取失业保险金：失业前用人单位和本人已经缴纳失业保险费满一年的；非因本人意愿中断就业的；已经进行失业登记，并有求职要求的。',
  ),
  sbf50: basis(
    LAW,
    T.sbf,
    '第五十条',
    '失业人员应当持本单位为其出具的终止或者解除劳动关系的证明，及时到指定的公共就业服务机构办理失业登记；失业人员凭失业登记证明和个人身份证明，到社会保险经办机构办理领取失业保险金的手续。',
  ),
  sbf58: basis(LAW, T.sbf, '第五十八条', '国家建立全国统一的个人社会保障号码。个人社会保障号码为公民身份号码。'),
  sbf74: basis(
    LAW,
    T.sbf,
    '第七十四条',
    '社会保险经办机构应当及时、完整、准确地记录个人缴费和享受社会保险待遇等个人权益记录；用人单位和个人可以免费向社会保险经办机构查询、核对其缴费和享受社会保险待遇记录，要求社会保险经办机构提供社会保险咨询等相关服务。',
  ),
  jmyl3: basis(
    NORM,
    T.jmyl,
    '第三条',
    '参保范围：年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，可以在户籍地参加城乡居民养老保险。',
    '国发〔2014〕8号',
  ),
  jmyl7: basis(
    NORM,
    T.jmyl,
    '第七条',
    '养老保险待遇领取条件：参加城乡居民养老保险的个人，年满60周岁、累计缴费满15年，且未领取国家规定的基本养老保障待遇的，可以按月领取城乡居民养老保险待遇。',
    '国发〔2014〕8号',
  ),
  shjz38: basis(REG, T.shjz, '第三十八条', '国家对符合规定标准的住房困难的最低生活保障家庭、分散供养的特困人员，给予住房救助。', '国务院令第649号'),
  shjz40: basis(REG, T.shjz, '第四十条', '住房救助通过配租公共租赁住房、发放住房租赁补贴、农村危房改造等方式实施。', '国务院令第649号'),
  edu38: basis(LAW, T.edu, '第三十八条', '国家、社会对符合入学条件、家庭经济困难的儿童、少年、青年，提供各种形式的资助。'),
  jyf12: basis(
    LAW,
    T.jyf,
    '第十二条',
    '适龄儿童、少年免试入学。地方各级人民政府应当保障适龄儿童、少年在户籍所在地学校就近入学；父母或者其他法定监护人在非户籍所在地工作或者居住的，当地人民政府应当为其提供平等接受义务教育的条件。',
  ),
  rkjs27: basis(
    LAW,
    T.rkjs,
    '第二十七条',
    '获得《独生子女父母光荣证》的夫妻，按照国家和省、自治区、直辖市有关规定享受独生子女父母奖励；按照规定应当享受计划生育家庭老年人奖励扶助的，继续享受相关奖励扶助；独生子女发生意外伤残、死亡的，按照规定获得扶助。',
  ),
  ggwh29: basis(
    LAW,
    T.ggwh,
    '第二十九条',
    '公益性文化单位应当完善服务项目、丰富服务内容，创造条件向公众提供免费或者优惠的文艺演出、陈列展览、电影放映、广播电视节目收听收看、阅读服务、艺术培训等，并为公众开展文化活动提供支持和帮助。',
  ),
  xxgk10: basis(
    REG,
    T.xxgk,
    '第十条',
    '县级以上各级人民政府及其部门应当在各自职责范围内确定主动公开的政府信息的具体内容，并重点公开扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况等政府信息。',
    '国务院令第492号',
  ),
  yszw15: basis(
    LAW,
    T.yszw,
    '第十五条',
    '国家或者地方重点保护野生动物因自然灾害、重大环境污染事故等受到威胁时，当地人民政府应当及时采取应急救助措施；县级以上人民政府野生动物保护主管部门应当按照国家有关规定组织开展野生动物收容救护工作。',
  ),
  tpjz6: basis(
    NORM,
    T.tpjz,
    '第（六）条',
    '健全精准扶贫工作机制，抓好精准识别、建档立卡这个关键环节，对建档立卡贫困村、贫困户和贫困人口定期进行全面核查，建立精准扶贫台账，实行有进有出的动态管理。',
    '中发〔2015〕34号',
  ),
};

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

const renshe = unit('区人社局', {
  phone: '0744-5612333',
  address: '武陵源区政务服务中心一楼人社综合窗口（军地坪街道）',
  place: `${CENTER}一楼5号、6号窗口`,
});
const jiaoyu = unit('区教育局', {
  phone: '0744-5612806',
  address: '武陵源区军地坪街道区教育局一楼服务大厅',
  place: `${CENTER}二楼12号窗口`,
});
const weiji = unit('区卫计局', {
  phone: '0744-5616120',
  address: '武陵源区军地坪街道区卫计局二楼',
  place: `${CENTER}二楼14号窗口`,
});
const gongan = unit('区公安分局', {
  phone: '0744-5612110',
  address: '武陵源区军地坪街道张家界市公安局武陵源分局户政服务大厅',
  place: `${CENTER}一楼公安户政窗口`,
});
const sifa = unit('区司法局', {
  phone: '0744-5612148',
  address: '武陵源区军地坪街道区公共法律服务中心',
  place: '武陵源区公共法律服务中心法律援助窗口',
});
const zhujian = unit('区住建局', {
  phone: '0744-5613260',
  address: '武陵源区军地坪街道区住建局三楼住房保障股',
  place: `${CENTER}二楼16号窗口`,
});
const nongye = unit('区农业农村工作局', {
  phone: '0744-5612531',
  address: '武陵源区军地坪街道区农业农村工作局二楼',
  place: `${CENTER}二楼18号窗口`,
});
const linye = unit('区林业局', {
  phone: '0744-5612670',
  address: '武陵源区军地坪街道区林业局一楼',
  place: `${CENTER}二楼19号窗口`,
});
const lvwai = unit('区旅外局', {
  phone: '0744-5612301',
  address: '武陵源区军地坪街道区旅游外事侨务局（区旅游咨询服务中心）',
  place: '武陵源区游客服务中心旅游咨询台',
});
const wenguang = unit('区文广新局', {
  phone: '0744-5618326',
  address: '武陵源区军地坪街道区文化广电新闻出版局',
  place: '武陵源区图书馆一楼服务台',
});
const fupin = unit('区扶贫办', {
  phone: '0744-5629801',
  address: '武陵源区军地坪街道区扶贫开发办公室',
  place: `${CENTER}二楼20号窗口`,
});
const zhengfuban = unit('区政府办', {
  phone: '0744-5612201',
  address: '武陵源区军地坪街道区人民政府办公室政府信息公开办公室',
  place: `${CENTER}一楼政府信息公开受理窗口`,
});
const dangan = unit('区档案局', {
  phone: '0744-5612609',
  address: '武陵源区军地坪街道区档案馆一楼查阅大厅',
  place: '武陵源区档案馆一楼查阅大厅',
});
const xinfang = unit('区信访局', {
  phone: '0744-5612790',
  address: '武陵源区军地坪街道区人民来访接待中心',
  place: '武陵源区人民来访接待中心',
});

// ---------------------------------------------------------------------------------------------
// The items
// ---------------------------------------------------------------------------------------------

const VISIT_PORTRAIT = '需现场核验身份并采集人像';

export const DEMO_CATALOG: DemoCatalogEntry[] = [
  // ---------------- 区人社局 ----------------
  renshe({
    name: '就业登记',
    cat: 'on_application',
    content: '为被用人单位招用的劳动者和从事个体经营、灵活就业的劳动者办理就业登记，记录就业状态并落实相应扶持政策',
    bases: [B.jycj35, B.jyfw62],
    objects: PERSON_ORG,
    office: '就业促进股',
    conditions: '在法定劳动年龄内、已实现就业的劳动者；用人单位应自录用之日起30日内为招用人员办理',
    forms: ['window', 'online'],
    depth: 3,
    result: '就业登记信息（在《就业创业证》上记载）',
    materials: [
      M.id('劳动者'),
      mat('劳动合同或用工证明', '用人单位提供', 0, 1, { condition: '被用人单位招用的' }),
      mat('个体工商户营业执照或灵活就业情况说明', '申请人自备', 0, 1, { condition: '从事个体经营或灵活就业的' }),
      mat('《就业创业证》', '公共就业服务机构核发', 1, 0, { condition: '已办理过《就业创业证》的' }),
    ],
    codes: ['000137001000', null],
    remarks: '省市县同步实施',
  }),
  renshe({
    name: '失业登记',
    cat: 'on_application',
    content: '为在法定劳动年龄内、有劳动能力和就业要求、处于无业状态的城镇常住人员办理失业登记，提供就业服务',
    bases: [B.jycj35, B.jyfw63, B.sbf50],
    objects: PERSON,
    office: '就业促进股',
    conditions: '在法定劳动年龄内，有劳动能力，有就业要求，处于无业状态的本区城镇常住人员',
    forms: ['window', 'online'],
    depth: 3,
    result: '失业登记信息（在《就业创业证》上记载）',
    materials: [
      M.id(),
      mat('终止或者解除劳动关系的证明', '原用人单位出具', 1, 0, { condition: '曾与用人单位建立劳动关系的' }),
      mat('居住证', '公安机关核发', 1, 1, { condition: '非本区户籍的常住人员' }),
    ],
    remarks: '省市县同步实施',
  }),
  renshe({
    name: '《就业创业证》申领',
    cat: 'on_application',
    content: '为办理就业登记或失业登记的劳动者免费发放《就业创业证》，记载就业失业状态和享受的扶持政策',
    bases: [B.jyfw61],
    objects: PERSON,
    office: '就业促进股',
    conditions: '已办理就业登记或失业登记的劳动者',
    limits: { legal: wd(5), committed: wd(2) },
    result: '《就业创业证》',
    materials: [M.id(), M.photo(), M.form('《就业创业证》申领登记表')],
    steps: stdFlow([0, 1, 0, 1], { review: '核对就业或失业登记信息', decide: '确认发证', deliver: '打印制作《就业创业证》，通知申请人领取' }),
    visitsReason: VISIT_PORTRAIT,
  }),
  renshe({
    name: '失业保险金申领',
    cat: 'on_application',
    content: '对符合条件的失业人员审核确认并按月发放失业保险金，同时代缴失业期间基本医疗保险费',
    bases: [
      B.sbf45,
      B.sbf50,
      basis(
        REG,
        '《失业保险条例》',
        '第十四条',
        '具备下列条件的失业人员，可以领取失业保险金：按照规定参加失业保险，所在单位和本人已按照规定履行缴费义务满1年的；非因本人意愿中断就业的；已办理失业登记，并有求职要求的。',
        '国务院令第258号',
      ),
    ],
    objects: PERSON,
    office: '社会保险股',
    conditions: '失业前用人单位和本人已缴纳失业保险费满一年；非因本人意愿中断就业；已办理失业登记并有求职要求',
    limits: { legal: wd(10), committed: wd(5) },
    forms: ['window', 'online'],
    depth: 3,
    result: '失业保险金核定通知',
    materials: [
      M.id(),
      mat('终止或者解除劳动关系的证明', '原用人单位出具', 1, 0),
      mat('《就业创业证》（已办理失业登记）', '公共就业服务机构核发', 1, 0),
      M.bank(),
    ],
    steps: stdFlow([1, 2, 1, 1], { review: '核查参保缴费记录和失业原因', decide: '核定领取期限和标准' }),
    codes: ['000137004000', '430811000137004000'],
    remarks: '省市县同步实施',
  }),
  renshe({
    name: '城乡居民基本养老保险参保登记',
    cat: 'on_application',
    content: '为符合条件的城乡居民办理城乡居民基本养老保险参保登记，确定缴费档次',
    bases: [B.sbf20, B.sbf22, B.jmyl3],
    objects: PERSON,
    office: '城乡居民养老保险股',
    conditions: '年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的本区户籍城乡居民',
    forms: ['window', 'online'],
    depth: 3,
    result: '城乡居民基本养老保险参保登记信息',
    materials: [M.id(), M.hukou(), M.form('《城乡居民基本养老保险参保登记表》')],
    remarks: '省市县同步实施；可在户籍所在街道（乡）劳动保障服务站就近办理',
  }),
  renshe({
    name: '城乡居民基本养老保险待遇申领',
    cat: 'on_application',
    content: '为年满60周岁、符合领取条件的参保人员核定并按月发放城乡居民基本养老保险待遇',
    bases: [B.sbf21, B.jmyl7],
    objects: PERSON,
    office: '城乡居民养老保险股',
    conditions: '参保人年满60周岁、累计缴费满15年（或符合过渡政策），且未领取国家规定的基本养老保障待遇',
    limits: { legal: wd(20), committed: wd(10) },
    result: '城乡居民基本养老保险待遇核定表',
    materials: [M.id(), M.hukou(), M.bank(), M.form('《城乡居民基本养老保险待遇领取申请表》'), M.proxy()],
    steps: stdFlow([1, 4, 3, 2], { review: '核查参保缴费记录、年龄及是否领取其他基本养老保障待遇', decide: '核定待遇标准，自符合条件次月起发放' }),
    codes: ['000137005000', null],
  }),
  renshe({
    name: '社会保障卡申领',
    cat: 'on_application',
    content: '为参保人员申领制发社会保障卡，用于社会保险业务办理、待遇领取和就医结算',
    bases: [B.sbf58],
    objects: PERSON,
    office: '社会保险股',
    conditions: '已参加社会保险的人员',
    limits: { legal: wd(30), committed: wd(20) },
    forms: ['window', 'mail'],
    visitsReason: VISIT_PORTRAIT,
    result: '社会保障卡',
    materials: [M.id(), M.photo('近期免冠白底彩色照片（或现场采集）'), M.form('《社会保障卡申领登记表》')],
    steps: stdFlow([1, 2, 15, 2], { review: '核对参保信息和照片质量', decide: '报送制卡', deliver: '卡片制成后通知领取或邮寄，申请人领卡后激活' }),
  }),
  renshe({
    name: '社会保险个人权益记录查询',
    cat: 'on_application',
    content: '为参保人员提供养老、医疗、失业、工伤等社会保险缴费和待遇享受记录的查询与打印',
    bases: [B.sbf74],
    objects: PERSON_ORG,
    office: '社会保险股',
    conditions: '已参加社会保险的个人或参保单位',
    forms: ['online', 'window'],
    depth: 4,
    visits: 0,
    result: '社会保险个人权益记录单',
    materials: [mat('本人居民身份证或社会保障卡', '公安机关或社会保险经办机构核发', 1, 0, { media: 'either', notes: '网上查询时通过实名认证' })],
    remarks: '可通过湖南省人社网上服务大厅、12333电话和自助终端查询',
  }),
  renshe({
    name: '职业介绍',
    cat: 'on_application',
    content: '为求职者推荐就业岗位，为用人单位推荐求职人员，免费提供职业指导',
    bases: [B.jycj35],
    objects: PERSON_ORG,
    office: '就业促进股',
    conditions: '有就业愿望的劳动者；有招聘需求的用人单位',
    forms: ['window', 'online'],
    depth: 3,
    visits: 0,
    result: '职业介绍信或岗位推荐信息',
    materials: [M.id('求职者', '求职者本人申请的'), mat('招聘简章（岗位、人数、条件、待遇）', '用人单位提供', 1, 0, { condition: '用人单位登记招聘需求的', media: 'either' }), M.license()],
  }),
  renshe({
    name: '公益性招聘会举办及岗位信息发布',
    cat: 'proactive',
    content: '定期举办现场招聘会和专场招聘活动，免费向社会发布用人单位岗位需求和职业培训信息',
    bases: [B.jycj35],
    objects: PERSON_ORG,
    office: '就业促进股',
    conditions: '有求职需求的劳动者和有招聘需求的用人单位均可免费参加',
    delivery: '每年“春风行动”、就业援助月、民营企业招聘周期间举办现场招聘会；通过区人民政府门户网站、政务服务中心电子屏和街道（乡）劳动保障服务站公布岗位信息',
    steps: proactiveFlow('收集辖区用人单位用工需求，确定招聘会时间和场地', '组织用人单位入场、发布岗位、现场对接求职者', '统计达成就业意向人数并跟踪回访'),
  }),
  renshe({
    name: '就业困难人员认定',
    cat: 'on_application',
    content: '对因身体状况、技能水平、家庭因素、失去土地等原因难以实现就业的失业人员进行就业困难人员认定，纳入就业援助',
    bases: [B.jycj52],
    objects: PERSON,
    office: '就业促进股',
    conditions: '已办理失业登记，并属于省人民政府规定的就业困难人员范围',
    limits: { legal: wd(15), committed: wd(10) },
    result: '就业困难人员认定结果（在《就业创业证》上记载）',
    materials: [
      M.id(),
      M.hukou(),
      mat('《就业创业证》', '公共就业服务机构核发', 1, 0),
      mat('残疾人证、低保证或其他困难情形证明', '相关部门核发', 1, 1, { condition: '以残疾、低保等情形申请的' }),
    ],
    steps: stdFlow([1, 4, 3, 2], { review: '街道（乡）劳动保障服务站入户核实并公示', decide: '区人社局审核认定' }),
  }),
  renshe({
    name: '创业担保贷款申请',
    cat: 'on_application',
    content: '为符合条件的自主创业人员和小微企业提供创业担保贷款，并按规定给予财政贴息',
    bases: [B.jycj7],
    objects: PERSON_ORG,
    office: '就业促进股',
    co: ['区财政局'],
    conditions: '城镇登记失业人员、就业困难人员、复员转业退役军人、高校毕业生、返乡创业农民工等自主创业人员，或符合条件的小微企业',
    limits: { legal: wd(20), committed: wd(15) },
    result: '创业担保贷款审核意见',
    materials: [
      M.id(),
      M.form('《创业担保贷款申请表》'),
      mat('营业执照', '市场监督管理部门核发', 1, 1, { condition: '已办理工商登记的' }),
      mat('创业项目计划书', '申请人自备', 1, 0),
      mat('反担保材料', '申请人自备', 1, 1, { condition: '经办银行和担保机构要求提供反担保的' }),
    ],
    steps: stdFlow([1, 5, 5, 4], { review: '审核申请人资格并实地查看经营场所', decide: '出具审核意见，推荐至担保机构和经办银行', deliver: '通知申请人办理担保和放贷手续' }),
  }),
  renshe({
    name: '就业救助',
    cat: 'on_application',
    content: '对最低生活保障家庭中有劳动能力并处于失业状态的成员，提供岗位信息、职业介绍、职业指导，落实培训补贴和公益性岗位安置',
    bases: [
      basis(
        REG,
        T.shjz,
        '第四十二条',
        '国家对最低生活保障家庭中有劳动能力并处于失业状态的成员，通过贴息贷款、费用减免、培训补贴、社会保险补贴、岗位补贴、公益性岗位安置等办法，给予就业救助。',
        '国务院令第649号',
      ),
      basis(
        REG,
        T.shjz,
        '第四十四条',
        '申请就业救助的，应当向住所地街道、社区公共就业服务机构提出，公共就业服务机构核实后予以登记，并免费提供就业岗位信息、职业介绍、职业指导等就业服务。',
        '国务院令第649号',
      ),
    ],
    objects: PERSON,
    office: '就业促进股',
    conditions: '最低生活保障家庭中有劳动能力、处于失业状态的成员',
    limits: { legal: wd(10), committed: wd(5) },
    result: '就业救助登记及援助措施',
    materials: [M.id(), mat('最低生活保障证或相关证明', '低保审批部门核发', 1, 1), mat('《就业创业证》', '公共就业服务机构核发', 1, 0)],
    steps: stdFlow([1, 2, 1, 1], { review: '核实低保身份和失业状态', decide: '制定援助计划' }),
  }),
  renshe({
    name: '80周岁以上老年人高龄津贴发放',
    cat: 'on_application',
    content: '对本区户籍80周岁以上老年人经申请审核后按月发放高龄津贴',
    bases: [
      basis(
        LAW,
        '《中华人民共和国老年人权益保障法》',
        '第三十三条',
        '国家建立和完善老年人福利制度，根据经济社会发展水平和老年人的实际需要，增加老年人的社会福利；国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。',
      ),
    ],
    objects: PERSON,
    office: '社会福利股',
    co: ['区财政局'],
    conditions: '具有本区户籍、年满80周岁的老年人',
    limits: { legal: wd(30), committed: wd(22) },
    result: '高龄津贴审批表（按月发放至本人账户）',
    materials: [
      M.form('高龄津贴申请书'),
      mat('《高龄津贴审批表》', '街道（乡）便民服务中心领取', 1, 0),
      mat('老年人居民身份证、户口簿复印件', '申请人自备', 0, 1),
      M.bank('本人银行卡（存折）'),
      M.photo('近期免冠一寸照片'),
    ],
    steps: flow(
      ['受理', '街道（乡）便民服务中心', 1, '老年人或其家属提出申请，受理材料'],
      ['初审', '街道（乡）民政（社会事务）办', 5, '核实年龄、户籍并在社区（村）公示'],
      ['审核', '区人社局社会福利股', 5, '审核申报材料和公示结果'],
      ['审批', '区人社局分管领导', 5, '审批确定享受对象和标准'],
      ['办结', '区人社局社会福利股', 5, '录入发放系统，自批准次月起按月发放'],
    ),
    remarks: '由户籍所在街道（乡）受理初审，区级审核审批后按月发放',
  }),
  renshe({
    name: '城乡居民基本医疗保险参保登记',
    cat: 'on_application',
    content: '为未参加职工基本医疗保险的城乡居民办理城乡居民基本医疗保险参保登记',
    bases: [B.sbf25],
    objects: PERSON,
    office: '社会保险股',
    conditions: '本区户籍或持本区居住证、未参加职工基本医疗保险的城乡居民',
    forms: ['window', 'online'],
    depth: 3,
    result: '城乡居民基本医疗保险参保登记信息',
    materials: [M.id('参保人', '已满16周岁的'), M.hukou('参保人'), mat('居住证', '公安机关核发', 1, 1, { condition: '非本区户籍的' })],
    remarks: '省市县同步实施；每年集中征缴期内办理',
  }),
  renshe({
    name: '劳动保障政策咨询',
    cat: 'proactive',
    content: '通过窗口、12333 电话和网上渠道，免费解答就业创业、社会保险、劳动关系等劳动保障政策问题',
    bases: [B.sbf74, B.jycj35],
    objects: EVERYONE,
    office: '政策法规股',
    delivery: '政务服务中心人社窗口现场解答；0744-5612333 和 12333 电话咨询；每年集中开展政策宣传进社区、进企业、进景区活动',
    steps: proactiveFlow('梳理常见问题，编印政策问答和宣传资料', '窗口、电话、网上及送政策上门解答咨询', '记录咨询热点，定期更新问答'),
  }),

  // ---------------- 区教育局 ----------------
  jiaoyu({
    name: '小学一年级新生入学',
    cat: 'on_application',
    content: '为年满六周岁的适龄儿童按学区划片免试就近安排公办小学一年级入学',
    bases: [
      basis(
        LAW,
        T.jyf,
        '第十一条',
        '凡年满六周岁的儿童，其父母或者其他法定监护人应当送其入学接受并完成义务教育；条件不具备的地区的儿童，可以推迟到七周岁。',
      ),
      B.jyf12,
    ],
    objects: PERSON,
    office: '基础教育股',
    conditions: '当年8月31日前年满六周岁、户籍或父母居住地在本区学区范围内的适龄儿童',
    limits: { legal: wd(10), committed: wd(5) },
    place: '学区内各公办小学招生报名点',
    result: '入学通知书',
    materials: [
      M.hukou('儿童及其父母'),
      mat('儿童《预防接种证》', '接种单位核发', 1, 0, { notes: '查验后退回' }),
      mat('房屋产权证明或租赁合同及居住证', '申请人自备', 1, 1, { condition: '非本学区户籍、随父母在本区居住的' }),
      mat('父母劳动合同或营业执照', '申请人自备', 0, 1, { condition: '随迁子女入学的' }),
    ],
    steps: stdFlow([1, 2, 1, 1], { review: '学校核验户籍、居住和学区信息', decide: '区教育局统筹确定入学学校', deliver: '学校发放入学通知书' }),
    remarks: '每年6月集中报名，具体时间以区教育局招生公告为准',
  }),
  jiaoyu({
    name: '小学毕业生划片升入初中',
    cat: 'proactive',
    content: '按学区划片为本区小学毕业生统一安排公办初中学位，免试就近升学',
    bases: [B.jyf12],
    objects: PERSON,
    office: '基础教育股',
    conditions: '本区小学应届毕业生',
    delivery: '区教育局每年6月公布初中招生划片方案，由各小学统一报送毕业生名册，初中学校发放录取通知，家长无需另行申请',
    steps: proactiveFlow('制定并公布当年初中招生学区划片方案', '汇总毕业生名册，按学区分配学位并由学校通知家长', '受理家长咨询和学位异议'),
  }),
  jiaoyu({
    name: '义务教育阶段学生转学',
    cat: 'on_application',
    content: '为因家庭搬迁、父母工作调动等原因需要转学的义务教育阶段学生办理转入、转出手续',
    bases: [B.jyf12],
    objects: PERSON,
    office: '基础教育股',
    conditions: '在籍义务教育阶段学生，因户籍迁移、家庭搬迁或父母工作地变化等原因需转学',
    limits: { legal: wd(10), committed: wd(5) },
    forms: ['window', 'online'],
    depth: 3,
    result: '转学联系函（学籍系统转学确认）',
    materials: [
      M.form('《义务教育阶段学生转学申请表》'),
      M.hukou('学生'),
      mat('转入学校同意接收证明', '转入学校出具', 1, 0),
      mat('房屋产权证明、租赁合同或父母工作证明', '申请人自备', 0, 1, { condition: '因搬迁或工作调动转学的' }),
    ],
    steps: stdFlow([1, 2, 1, 1], { review: '转出、转入学校审核学籍信息', decide: '区教育局在学籍系统中核准转学', deliver: '通知学生到转入学校报到' }),
  }),
  jiaoyu({
    name: '适龄儿童少年延缓入学或休学申请',
    cat: 'on_application',
    content: '为因身体状况需要延缓入学或者休学的适龄儿童、少年办理审批手续，保留学籍或入学资格',
    bases: [
      basis(
        LAW,
        T.jyf,
        '第十一条',
        '适龄儿童、少年因身体状况需要延缓入学或者休学的，其父母或者其他法定监护人应当提出申请，由当地乡镇人民政府或者县级人民政府教育行政部门批准。',
      ),
    ],
    objects: PERSON,
    office: '基础教育股',
    conditions: '因身体状况等原因不能正常入学或继续学习的义务教育阶段适龄儿童、少年',
    limits: { legal: wd(10), committed: wd(5) },
    result: '延缓入学（休学）批复',
    materials: [
      M.form('《延缓入学（休学）申请表》'),
      mat('县级以上医疗机构出具的诊断证明', '医疗机构出具', 1, 0),
      M.id('监护人'),
      M.hukou('儿童'),
    ],
    steps: stdFlow([1, 2, 1, 1]),
  }),
  jiaoyu({
    name: '适龄残疾儿童少年送教上门',
    cat: 'proactive',
    content: '对不能到校就读的重度残疾适龄儿童、少年，组织教师定期送教上门，保障其接受义务教育',
    bases: [
      basis(
        LAW,
        T.jyf,
        '第十九条',
        '县级以上地方人民政府根据需要设置相应的实施特殊教育的学校（班），对视力残疾、听力语言残疾和智力残疾的适龄儿童、少年实施义务教育；普通学校应当接收具有接受普通教育能力的残疾适龄儿童、少年随班就读。',
      ),
    ],
    objects: PERSON,
    office: '基础教育股',
    conditions: '本区户籍、经评估不能到校就读的重度残疾适龄儿童、少年',
    delivery: '区教育局每学期摸排建档，由就近学校组建送教小组，每月不少于2次上门送教，并提供康复指导',
    steps: proactiveFlow('会同街道（乡）摸排残疾适龄儿童少年，建立一人一案', '学校教师定期上门开展送教和康复训练', '学期末评估送教效果并听取家长意见'),
  }),
  jiaoyu({
    name: '普通高中国家助学金申请',
    cat: 'on_application',
    content: '对在校就读的普通高中家庭经济困难学生评审发放国家助学金',
    bases: [B.edu38],
    objects: PERSON,
    office: '学生资助股',
    conditions: '具有正式学籍的普通高中在校家庭经济困难学生；建档立卡贫困家庭、低保家庭、特困供养等学生优先',
    limits: { legal: wd(30), committed: wd(20) },
    place: '学生就读学校学生资助办公室',
    result: '国家助学金评审结果（资金发放至学生账户）',
    materials: [
      M.form('《普通高中国家助学金申请表》'),
      mat('家庭经济困难情况证明材料', '街道（乡）或相关部门出具', 1, 0),
      M.bank('学生本人或监护人银行卡'),
    ],
    steps: flow(
      ['受理', '就读学校', 2, '学生提出申请，学校受理'],
      ['评审', '学校资助评审小组', 8, '班级民主评议、学校评审并公示不少于5个工作日'],
      ['审核', '区教育局学生资助股', 7, '审核学校上报名单'],
      ['发放', '区教育局学生资助股', 3, '按学期将助学金发放至学生账户'],
    ),
  }),
  jiaoyu({
    name: '义务教育阶段家庭经济困难寄宿生生活补助申请',
    cat: 'on_application',
    content: '对义务教育阶段家庭经济困难的寄宿生按学期发放生活费补助',
    bases: [
      B.edu38,
      basis(
        REG,
        T.shjz,
        '第三十三条',
        '国家对在义务教育阶段就学的最低生活保障家庭成员、特困供养人员，给予教育救助。',
        '国务院令第649号',
      ),
    ],
    objects: PERSON,
    office: '学生资助股',
    conditions: '在本区义务教育学校寄宿就读、家庭经济困难的学生',
    limits: { legal: wd(30), committed: wd(20) },
    place: '学生就读学校学生资助办公室',
    result: '寄宿生生活补助评审结果',
    materials: [M.form('《家庭经济困难学生认定申请表》'), mat('家庭经济困难情况证明材料', '街道（乡）或相关部门出具', 1, 0)],
    steps: flow(
      ['受理', '就读学校', 2, '学生（监护人）提出申请'],
      ['评审', '学校资助评审小组', 8, '评议认定并公示'],
      ['审核', '区教育局学生资助股', 7, '审核汇总'],
      ['发放', '区教育局学生资助股', 3, '按学期发放补助'],
    ),
  }),
  jiaoyu({
    name: '生源地信用助学贷款办理',
    cat: 'on_application',
    content: '为考入全日制普通高校、家庭经济困难的本区户籍学生办理生源地信用助学贷款受理和资格初审',
    bases: [B.edu38],
    objects: PERSON,
    office: '学生资助股',
    conditions: '本区户籍、被全日制普通高校录取或在读的家庭经济困难学生，共同借款人为其父母或其他法定监护人',
    limits: { legal: wd(10), committed: wd(5) },
    forms: ['window', 'online'],
    depth: 3,
    visits: 1,
    visitsReason: '借款学生和共同借款人须到现场签订借款合同',
    result: '生源地信用助学贷款借款合同及受理证明',
    materials: [
      M.id('学生及共同借款人'),
      M.hukou('学生'),
      mat('高校录取通知书或学生证', '就读高校核发', 1, 1),
      mat('网上申请后打印的贷款申请表', '学生资助管理系统打印', 1, 0),
    ],
    steps: stdFlow([1, 2, 1, 1], { review: '核验身份、录取和家庭情况', decide: '资格初审并签订借款合同', deliver: '出具受理证明，学生交至就读高校' }),
    remarks: '每年7—9月集中办理',
  }),
  jiaoyu({
    name: '学生资助政策宣传',
    cat: 'proactive',
    content: '向学生和家长宣传学前教育至高等教育各学段资助政策，公布资助申请渠道和咨询电话',
    bases: [B.edu38, B.xxgk10],
    objects: PERSON,
    office: '学生资助股',
    delivery: '每年春季、秋季开学和高考录取期间，通过学校发放《致家长的一封信》、区政府门户网站和资助热线集中宣传',
    steps: proactiveFlow('编印资助政策宣传资料', '通过学校、网站、热线和进村入户宣传', '汇总家长咨询问题，完善宣传内容'),
  }),

  // ---------------- 区卫计局 ----------------
  weiji({
    name: '《出生医学证明》补发',
    cat: 'on_application',
    content: '对在本区助产机构出生、《出生医学证明》遗失的新生儿，经核实后补发《出生医学证明》',
    bases: [
      basis(
        LAW,
        T.mybj,
        '第二十三条',
        '医疗保健机构和从事家庭接生的人员按照国务院卫生行政部门的规定，出具统一制发的新生儿出生医学证明。',
      ),
    ],
    objects: PERSON,
    office: '妇幼健康服务股',
    conditions: '在本区依法设立的助产机构出生，《出生医学证明》遗失且尚未办理户口登记',
    limits: { legal: wd(20), committed: wd(10) },
    result: '《出生医学证明》（补发）',
    materials: [
      M.form('《出生医学证明》补发申请表'),
      M.id('新生儿父母'),
      mat('出生医院出具的分娩记录复印件', '助产机构出具', 0, 1),
      mat('遗失声明', '申请人自备', 1, 0),
    ],
    steps: stdFlow([1, 5, 2, 2], { review: '核查助产机构存档的出生信息', decide: '签发补发《出生医学证明》' }),
  }),
  weiji({
    name: '《预防接种证》办理',
    cat: 'on_application',
    content: '为辖区内新生儿建立《预防接种证》和预防接种档案，按免疫程序提供国家免疫规划疫苗接种',
    bases: [
      basis(
        LAW,
        '《中华人民共和国传染病防治法》',
        '第十五条',
        '国家实行有计划的预防接种制度；国家对儿童实行预防接种证制度；国家免疫规划项目的预防接种实行免费。医疗机构、疾病预防控制机构与儿童的监护人应当相互配合，保证儿童及时接受预防接种。',
      ),
    ],
    objects: PERSON,
    office: '各街道（乡）社区卫生服务中心、乡镇卫生院预防接种门诊',
    level: 'township',
    conditions: '居住在本区的新生儿（出生后1个月内由监护人办理）',
    place: '各街道（乡）社区卫生服务中心、乡镇卫生院预防接种门诊',
    phone: '0744-5612391',
    result: '《预防接种证》',
    materials: [mat('《出生医学证明》或出院小结', '助产机构出具', 1, 0), M.id('监护人')],
    visitsReason: '需携带儿童到接种门诊现场建档并接种',
  }),
  weiji({
    name: '生育登记服务',
    cat: 'on_application',
    content: '为生育第一个、第二个子女的夫妻提供生育登记，落实孕产期保健和计划生育服务',
    bases: [
      basis(
        LAW,
        T.rkjs,
        '第十八条',
        '国家提倡一对夫妻生育两个子女。符合法律、法规规定条件的，可以要求安排再生育子女，具体办法由省、自治区、直辖市人民代表大会或者其常务委员会规定。',
      ),
    ],
    objects: PERSON,
    office: '计划生育家庭发展股',
    conditions: '一方户籍在本区或在本区居住的夫妻，生育第一个、第二个子女',
    forms: ['online', 'window'],
    depth: 4,
    visits: 0,
    result: '生育服务登记信息',
    materials: [
      mat('夫妻双方居民身份证', '公安机关核发', 1, 0, { media: 'electronic', notes: '网上办理时上传' }),
      mat('结婚证', '婚姻登记机关核发', 1, 0, { media: 'electronic' }),
    ],
    remarks: '省市县同步实施；可在街道（乡）计生服务窗口代办',
  }),
  weiji({
    name: '农村部分计划生育家庭奖励扶助资格确认',
    cat: 'on_application',
    content: '对符合条件的农村独生子女和双女家庭父母，确认奖励扶助资格并按年发放奖励扶助金',
    bases: [B.rkjs27],
    objects: PERSON,
    office: '计划生育家庭发展股',
    co: ['区财政局'],
    conditions: '本区农业户籍，1973年至2001年间没有违反计划生育法律法规和政策规定生育，现存一个子女或两个女孩或子女死亡现无子女，年满60周岁的夫妻',
    limits: { legal: wd(30), committed: wd(20) },
    result: '奖励扶助对象确认名册（资金直接发放至本人账户）',
    materials: [M.id(), M.hukou(), M.form('《农村部分计划生育家庭奖励扶助对象申报表》'), mat('结婚证或婚姻状况证明', '婚姻登记机关或户籍地出具', 0, 1), M.bank()],
    steps: flow(
      ['受理', '街道（乡）计生办', 2, '本人申请，街道（乡）受理'],
      ['评议公示', '村（居）委会', 7, '村（居）民主评议并张榜公示'],
      ['初审', '街道（乡）计生办', 5, '核查生育情况并上报'],
      ['审批', '区卫计局', 5, '审核确认资格'],
      ['办结', '区卫计局', 1, '纳入奖励扶助名册，资金由区财政局直接发放'],
    ),
    remarks: '省市县同步实施；每年集中申报确认一次',
  }),
  weiji({
    name: '计划生育家庭特别扶助金申领',
    cat: 'on_application',
    content: '对独生子女伤残、死亡的计划生育家庭夫妻，经申请确认后按月发放特别扶助金',
    bases: [B.rkjs27],
    objects: PERSON,
    office: '计划生育家庭发展股',
    co: ['区财政局'],
    conditions: '1933年1月1日以后出生，女方年满49周岁，只生育一个子女或合法收养一个子女，现无存活子女或独生子女被依法鉴定为残疾（三级以上）的夫妻',
    limits: { legal: wd(30), committed: wd(20) },
    result: '特别扶助对象确认通知',
    materials: [M.id(), M.hukou(), M.form('《计划生育家庭特别扶助对象申报表》'), mat('子女死亡证明或残疾人证', '相关部门出具', 0, 1), M.bank()],
    steps: flow(
      ['受理', '街道（乡）计生办', 2, '本人申请，街道（乡）受理'],
      ['评议公示', '村（居）委会', 7, '民主评议并公示'],
      ['初审', '街道（乡）计生办', 5, '核查并上报'],
      ['审批', '区卫计局', 5, '审核确认资格'],
      ['办结', '区卫计局', 1, '纳入扶助名册，按规定发放'],
    ),
  }),
  weiji({
    name: '免费婚前医学检查',
    cat: 'on_application',
    content: '为准备结婚的男女双方免费提供婚前卫生指导、婚前卫生咨询和婚前医学检查',
    bases: [
      basis(
        LAW,
        T.mybj,
        '第七条',
        '医疗保健机构应当为公民提供婚前保健服务，包括婚前卫生指导、婚前卫生咨询和婚前医学检查。',
      ),
    ],
    objects: PERSON,
    office: '张家界市武陵源区妇幼保健计划生育服务中心',
    conditions: '一方户籍在本区、准备结婚或已登记结婚未满一年的男女双方',
    limits: { legal: wd(5), committed: wd(3) },
    place: '武陵源区妇幼保健计划生育服务中心婚检门诊',
    phone: '0744-5617810',
    visitsReason: '需本人到场接受体格检查和采血化验',
    result: '《婚前医学检查证明》',
    materials: [M.id('男女双方'), M.hukou('户籍在本区一方'), M.photo('男女双方近期二寸合影照片')],
    steps: flow(
      ['受理登记', '婚检门诊', 0, '核验身份，填写婚前医学检查表'],
      ['检查', '婚检医生', 1, '开展体格检查、实验室检查和健康咨询'],
      ['出具证明', '婚检门诊', 2, '出具《婚前医学检查证明》'],
    ),
  }),
  weiji({
    name: '孕产妇健康管理',
    cat: 'proactive',
    content: '为辖区常住孕产妇建立孕产期保健手册，免费提供孕早期建册、孕期随访、产后访视和产后健康检查',
    bases: [
      basis(
        LAW,
        T.mybj,
        '第十四条',
        '医疗保健机构应当为育龄妇女和孕产妇提供孕产期保健服务，包括母婴保健指导，孕妇、产妇保健，胎儿保健和新生儿保健。',
      ),
    ],
    objects: PERSON,
    office: '基层卫生股',
    conditions: '辖区内常住孕产妇',
    delivery: '由社区卫生服务中心、乡镇卫生院在孕13周前建立保健手册，孕期随访至少5次，产后3—7天和42天上门访视或门诊检查',
    steps: proactiveFlow('摸排辖区孕妇，建立孕产期保健手册', '按规范开展孕期随访、产后访视和健康指导', '开展满意度回访，发现高危孕产妇及时转诊'),
  }),
  weiji({
    name: '0～6岁儿童健康管理',
    cat: 'proactive',
    content: '为辖区内0～6岁常住儿童免费提供新生儿家庭访视、健康检查、生长发育监测和育儿指导',
    bases: [
      basis(
        LAW,
        T.mybj,
        '第二十四条',
        '医疗保健机构对婴儿进行体格检查和预防接种，逐步开展新生儿疾病筛查、婴儿多发病和常见病防治等医疗保健服务。',
      ),
    ],
    objects: PERSON,
    office: '基层卫生股',
    conditions: '辖区内居住的0～6岁儿童',
    delivery: '社区卫生服务中心、乡镇卫生院在新生儿出院后1周内上门访视，按月龄和年龄定期健康检查，结合预防接种同时提供',
    steps: proactiveFlow('建立儿童健康档案', '开展新生儿访视和定期健康检查', '对发现的问题儿童跟踪随访'),
  }),
  weiji({
    name: '65岁及以上老年人健康管理',
    cat: 'proactive',
    content: '每年为辖区65岁及以上常住居民免费提供1次健康管理服务，包括生活方式和健康状况评估、体格检查、辅助检查和健康指导',
    bases: [
      basis(
        NORM,
        '《国家基本公共卫生服务规范（第三版）》',
        '第二条',
        '老年人健康管理服务规范：每年为辖区内65岁及以上常住居民提供1次健康管理服务，包括生活方式和健康状况评估、体格检查、辅助检查和健康指导。',
      ),
    ],
    objects: PERSON,
    office: '基层卫生股',
    conditions: '辖区内65岁及以上常住居民',
    delivery: '由社区卫生服务中心、乡镇卫生院和村卫生室预约组织集中体检，行动不便的上门服务，体检结果当面反馈并纳入居民健康档案',
    result: '老年人健康体检报告',
    steps: proactiveFlow('通知辖区老年人体检时间和地点', '开展体检、评估和健康指导', '反馈体检结果，对异常情况跟踪随访'),
    remarks: '省市县同步实施',
  }),

  // ---------------- 区公安分局 ----------------
  gongan({
    name: '居民身份证换领、补领',
    cat: 'on_application',
    content: '为居民身份证有效期满、证件损坏、登记项目变更或丢失的本区户籍居民办理换领、补领居民身份证',
    bases: [
      basis(
        LAW,
        '《中华人民共和国居民身份证法》',
        '第十一条',
        '居民身份证有效期满、公民姓名变更或者证件严重损坏不能辨认的，应当换领新证；居民身份证登记项目出现错误的，公安机关应当及时更正，换发新证；居民身份证丢失的，应当申请补领。',
      ),
    ],
    objects: PERSON,
    office: '治安户政管理大队',
    conditions: '本区常住户口居民，居民身份证有效期满、损坏、登记项目变更或丢失',
    limits: { legal: nd(60), committed: nd(20) },
    forms: ['window', 'mail'],
    visitsReason: '需现场采集人像和指纹信息并核验身份',
    result: '中华人民共和国居民身份证',
    fee: {
      isFree: false,
      basis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）',
      standard: '换领第二代居民身份证每证20元；丢失补领或损坏换领每证40元；城市低保对象和农村特殊困难居民按规定减免',
    },
    materials: [M.hukou(), mat('原居民身份证', '公安机关核发', 1, 0, { condition: '换领的', notes: '领取新证时交回' })],
    steps: flow(
      ['受理', '户政窗口民警', 1, '核验户口簿，采集人像和指纹，收取工本费'],
      ['审核', '户政窗口民警', 3, '审核申领信息'],
      ['制证', '市公安局制证中心', 15, '制作居民身份证'],
      ['发证', '户政窗口民警', 1, '通知本人领取或按约定邮寄送达'],
    ),
    codes: ['000109002000', null],
  }),
  gongan({
    name: '居住证申领',
    cat: 'on_application',
    content: '为离开常住户口所在地、在本区居住半年以上并符合条件的公民办理居住证',
    bases: [
      basis(
        REG,
        '《居住证暂行条例》',
        '第二条',
        '公民离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以依照本条例的规定申领居住证。',
        '国务院令第663号',
      ),
      basis(
        REG,
        '《居住证暂行条例》',
        '第九条',
        '申领居住证应当向居住地公安派出所或者受公安机关委托的社区服务机构提交本人居民身份证、本人相片以及居住地住址、就业、就读等证明材料；对符合条件的，公安机关应当自受理之日起15日内制作发放居住证。',
        '国务院令第663号',
      ),
    ],
    objects: PERSON,
    office: '张家界市公安局武陵源分局各派出所',
    conditions: '非本区户籍，在本区居住半年以上，有合法稳定就业、合法稳定住所或连续就读条件之一',
    limits: { legal: nd(15), committed: nd(10) },
    place: '居住地派出所户籍窗口',
    visitsReason: VISIT_PORTRAIT,
    result: '居住证',
    materials: [
      M.id(),
      M.photo('近期免冠彩色照片（或现场采集）'),
      mat('合法稳定住所证明（房产证明或租赁合同）', '申请人自备', 1, 1, { condition: '以住所条件申领的' }),
      mat('劳动合同或营业执照', '申请人自备', 1, 1, { condition: '以就业条件申领的' }),
      mat('学生证或在读证明', '就读学校出具', 1, 1, { condition: '以就读条件申领的' }),
    ],
    steps: stdFlow([1, 3, 4, 2], { decide: '县级公安机关签发', deliver: '通知申请人到派出所领取' }),
  }),
  gongan({
    name: '居住证签注',
    cat: 'on_application',
    content: '为居住证持有人每满一年办理签注，延续居住证使用功能和居住年限',
    bases: [
      basis(
        REG,
        '《居住证暂行条例》',
        '第十条',
        '居住证由县级人民政府公安机关签发，每年签注1次；居住证持有人在居住地连续居住的，应当在居住每满1年之日前1个月内办理签注手续。',
        '国务院令第663号',
      ),
    ],
    objects: PERSON,
    office: '张家界市公安局武陵源分局各派出所',
    conditions: '持本区签发的居住证并在本区连续居住',
    place: '居住地派出所户籍窗口或自助签注机',
    visits: 1,
    visitsReason: '需持居住证原件到窗口或自助签注机签注',
    result: '居住证签注',
    materials: [mat('居住证', '公安机关核发', 1, 0), M.id()],
  }),
  gongan({
    name: '无犯罪记录证明开具',
    cat: 'on_application',
    content: '根据本人申请，查询违法犯罪记录信息库，为本区户籍或居住的居民出具有无犯罪记录的证明',
    bases: [],
    noBasisReason:
      '国家层面暂无统一文件规定，但本局多年来应群众就业、出国、入学等需要经常性出具该证明，已形成常态化服务并为群众认可（经常性、常态化、为群众认可）',
    objects: PERSON,
    office: '张家界市公安局武陵源分局各派出所',
    conditions: '本区户籍居民或在本区居住的人员，因就业、出国（境）、入学等需要开具',
    limits: { legal: wd(5), committed: wd(3) },
    place: '户籍地或居住地派出所户籍窗口',
    result: '无犯罪记录证明',
    materials: [M.id(), M.hukou(), mat('用途说明或用人单位、学校出具的要求证明', '申请人自备', 1, 0, { condition: '需注明用途的' }), M.proxy()],
    steps: stdFlow([1, 1, 0, 1], { review: '查询违法犯罪记录信息', decide: '所领导审核签字' }),
  }),
  gongan({
    name: '遗失物品招领',
    cat: 'proactive',
    content: '对群众和景区交送的遗失物品进行登记保管，能确认失主的及时通知领取，不能确认的发布招领公告',
    bases: [
      basis(
        LAW,
        '《中华人民共和国物权法》',
        '第一百一十条',
        '有关部门收到遗失物，知道权利人的，应当及时通知其领取；不知道的，应当及时发布招领公告。',
      ),
    ],
    objects: EVERYONE,
    office: '张家界市公安局武陵源分局各派出所',
    delivery: '派出所和景区警务室登记保管遗失物，通过电话通知失主，或在派出所公告栏、分局官方微博和微信公众号发布招领公告；失主凭有效身份证件认领',
    steps: proactiveFlow('登记拾得物品信息并妥善保管', '查找失主并通知领取，无法联系的发布招领公告', '认领时核验身份并登记'),
  }),

  // ---------------- 区司法局 ----------------
  sifa({
    name: '法律援助申请',
    cat: 'on_application',
    content: '为经济困难或特殊案件当事人免费提供法律咨询、代理、刑事辩护等法律服务',
    bases: [
      basis(
        REG,
        '《法律援助条例》',
        '第十条',
        '公民对依法请求国家赔偿，请求给予社会保险待遇或者最低生活保障待遇，请求发给抚恤金、救济金，请求给付赡养费、抚养费、扶养费，请求支付劳动报酬，主张因见义勇为行为产生的民事权益等需要代理的事项，因经济困难没有委托代理人的，可以向法律援助机构申请法律援助。',
        '国务院令第385号',
      ),
    ],
    objects: PERSON,
    office: '法律援助中心',
    conditions: '因经济困难没有委托代理人，且申请事项属于法律援助范围的公民；农民工讨薪等案件不审查经济困难条件',
    limits: { legal: wd(7), committed: wd(5) },
    result: '给予法律援助决定书或不予法律援助决定书',
    materials: [
      M.form('《法律援助申请表》'),
      M.id(),
      mat('经济困难证明或经济困难状况承诺书', '申请人所在街道（乡）出具或本人承诺', 1, 0),
      mat('与所申请法律援助事项有关的案件材料', '申请人自备', 0, 1),
    ],
    steps: stdFlow([1, 2, 1, 1], { review: '审查经济困难状况和案件事实', decide: '作出是否给予法律援助的决定', deliver: '送达决定书并指派承办律师或法律工作者' }),
    remarks: '省市县同步实施；农民工讨薪案件开通绿色通道当日受理',
  }),
  sifa({
    name: '人民调解申请',
    cat: 'on_application',
    content: '为发生婚姻家庭、邻里、损害赔偿等民间纠纷的当事人免费提供人民调解服务',
    bases: [
      basis(
        LAW,
        '《中华人民共和国人民调解法》',
        '第十七条',
        '当事人可以向人民调解委员会申请调解；人民调解委员会也可以主动调解。当事人一方明确拒绝调解的，不得调解。',
      ),
    ],
    objects: PERSON_ORG,
    office: '各街道（乡）司法所',
    level: 'township',
    conditions: '发生民间纠纷、双方自愿接受调解的当事人',
    limits: { legal: nd(30), committed: nd(20) },
    place: '各街道（乡）人民调解委员会及司法所',
    phone: '0744-5612149',
    visitsReason: '需当事人到场参加调解并签署调解协议',
    result: '人民调解协议书（或口头协议登记）',
    materials: [M.id('当事人'), mat('调解申请书（可口头申请，由调解员记录）', '申请人自备', 1, 0), mat('纠纷相关证据材料', '申请人自备', 0, 1, { condition: '有证据材料的' })],
    steps: flow(
      ['受理', '人民调解委员会', 1, '登记纠纷情况，征询对方当事人意见'],
      ['调查', '人民调解员', 5, '了解纠纷事实'],
      ['调解', '人民调解员', 12, '组织双方协商，达成调解协议'],
      ['回访', '人民调解委员会', 2, '回访协议履行情况'],
    ),
  }),
  sifa({
    name: '公共法律服务咨询',
    cat: 'proactive',
    content: '通过公共法律服务中心窗口、12348 法律服务热线和街道（乡）司法所，为群众和企业免费解答法律问题',
    bases: [
      basis(
        PLEDGE,
        '《张家界市武陵源区司法局公共法律服务承诺书》',
        '第二条',
        '区公共法律服务中心和各街道（乡）司法所在工作时间为群众和企业免费提供法律咨询，做到来访必接、来电必答，当场不能答复的3个工作日内回复。',
      ),
    ],
    objects: EVERYONE,
    office: '基层工作股',
    delivery: '窗口现场解答；12348 热线和 0744-5612148 电话解答；每月组织律师进社区、进景区开展法律咨询活动',
    steps: proactiveFlow('安排律师和法律工作者值班', '窗口、热线和进社区解答法律咨询', '登记咨询情况，对涉及法律援助的引导申请'),
  }),

  // ---------------- 区住建局 ----------------
  zhujian({
    name: '公共租赁住房申请资格审核',
    cat: 'on_application',
    content: '对申请公共租赁住房的城镇中等偏下收入住房困难家庭、新就业无房职工和外来务工人员进行资格审核并纳入轮候',
    bases: [
      basis(
        RULE,
        '《公共租赁住房管理办法》',
        '第七条',
        '申请公共租赁住房，应当符合在本地无住房或者住房面积低于规定标准、收入和财产低于规定标准、外来务工人员在本地稳定就业达到规定年限等条件，具体条件由市、县级人民政府住房保障主管部门确定并向社会公布。',
        '住房和城乡建设部令第11号',
      ),
      B.shjz40,
    ],
    objects: PERSON,
    office: '住房保障股',
    conditions: '在本区无住房或住房面积低于规定标准，家庭收入、财产低于规定标准；外来务工人员在本区稳定就业达到规定年限',
    limits: { legal: wd(30), committed: wd(20) },
    result: '公共租赁住房资格审核结果及轮候登记',
    materials: [
      M.form('《公共租赁住房申请表》'),
      M.id('申请人及共同申请家庭成员'),
      M.hukou(),
      mat('家庭收入证明', '工作单位或街道（乡）出具', 1, 0),
      mat('住房情况证明', '不动产登记机构出具', 1, 0),
      mat('劳动合同及社会保险缴费证明', '用人单位、社会保险经办机构出具', 0, 1, { condition: '外来务工人员申请的' }),
    ],
    steps: flow(
      ['受理', '街道（乡）住房保障窗口', 1, '受理申请材料'],
      ['初审', '街道（乡）', 5, '入户调查并在社区公示'],
      ['审核', '区住建局住房保障股', 7, '会同相关部门核查收入、住房和财产'],
      ['公示', '区住建局', 5, '公示审核结果'],
      ['登记', '区住建局住房保障股', 2, '公示无异议的登记为轮候对象并书面告知'],
    ),
  }),
  zhujian({
    name: '公共租赁住房租赁补贴申请',
    cat: 'on_application',
    content: '对在市场租房居住的低保、低收入住房困难家庭按规定发放住房租赁补贴',
    bases: [
      B.shjz40,
      B.shjz38,
    ],
    objects: PERSON,
    office: '住房保障股',
    co: ['区财政局'],
    conditions: '本区城镇户籍低保、低收入住房困难家庭，未享受其他住房保障，在市场租赁住房居住',
    limits: { legal: wd(30), committed: wd(20) },
    result: '住房租赁补贴审核通知',
    materials: [M.form('《住房租赁补贴申请表》'), M.id(), M.hukou(), mat('房屋租赁合同', '申请人自备', 1, 1), mat('低保证或低收入证明', '相关部门核发', 1, 1), M.bank()],
    steps: stdFlow([1, 10, 5, 4], { review: '街道（乡）初审公示，区住建局审核', decide: '确定补贴标准', deliver: '按季度发放至申请人账户' }),
  }),
  zhujian({
    name: '农村危房改造补助申请',
    cat: 'on_application',
    content: '对居住在危房中的农村建档立卡贫困户、低保户、分散供养特困人员和贫困残疾人家庭给予危房改造补助',
    bases: [
      B.shjz40,
      B.shjz38,
    ],
    objects: PERSON,
    office: '村镇建设股',
    co: ['区扶贫办', '区财政局'],
    conditions: '本区农村户籍，住房经鉴定为C级或D级危房，属于建档立卡贫困户、低保户、分散供养特困人员或贫困残疾人家庭',
    limits: { legal: wd(30), committed: wd(20) },
    result: '农村危房改造补助审批结果',
    materials: [
      M.form('《农村危房改造申请表》'),
      M.id(),
      M.hukou(),
      mat('贫困户、低保或特困供养等身份证明', '相关部门核发', 0, 1),
      mat('房屋现状照片', '申请人自备或村（居）协助拍摄', 1, 0),
    ],
    steps: flow(
      ['申请', '农户', 1, '向村委会提出书面申请'],
      ['评议公示', '村民委员会', 5, '民主评议并公示'],
      ['审核', '街道（乡）', 5, '入户核查并组织危房等级鉴定'],
      ['审批', '区住建局村镇建设股', 7, '会同区扶贫办审批，公布补助对象'],
      ['竣工验收', '区住建局、街道（乡）', 2, '竣工验收合格后由区财政局拨付补助资金'],
    ),
    remarks: '建档立卡贫困户优先',
  }),
  zhujian({
    name: '住宅专项维修资金账户查询',
    cat: 'on_application',
    content: '为业主提供本人名下房屋住宅专项维修资金交存、使用和结存情况查询',
    bases: [
      basis(
        REG,
        '《物业管理条例》',
        '第五十四条',
        '住宅物业、住宅小区内的非住宅物业或者与单幢住宅楼结构相连的非住宅物业的业主，应当按照国家有关规定交纳专项维修资金；专项维修资金属于业主所有，专项用于物业保修期满后物业共用部位、共用设施设备的维修和更新、改造，不得挪作他用。',
        '国务院令第379号',
      ),
    ],
    objects: PERSON_ORG,
    office: '物业管理股',
    conditions: '本区已交存住宅专项维修资金的房屋业主',
    forms: ['online', 'window'],
    depth: 4,
    visits: 0,
    result: '住宅专项维修资金账户信息',
    materials: [mat('业主身份证件及房屋不动产权证书信息', '申请人自备', 1, 0, { media: 'electronic', notes: '网上查询时录入证件号码' })],
  }),
  zhujian({
    name: '保障性住房分配信息公开',
    cat: 'proactive',
    content: '主动公开保障性住房房源、申请条件、审核结果、轮候排序和分配结果，接受社会监督',
    bases: [B.xxgk10],
    objects: EVERYONE,
    office: '住房保障股',
    delivery: '通过区人民政府门户网站、区住建局公示栏和各社区公示栏公开，分配结果公示不少于5个工作日',
    steps: proactiveFlow('整理房源和审核、分配信息', '按规定在网站和公示栏公开', '受理公示期内的异议并核查答复'),
  }),

  // ---------------- 区农业农村工作局 ----------------
  nongye({
    name: '农业机械购置补贴申请',
    cat: 'on_application',
    content: '对购买国家支持推广目录内农业机械的农民和农业生产经营组织，审核后按规定发放购机补贴',
    bases: [
      basis(
        LAW,
        '《中华人民共和国农业机械化促进法》',
        '第二十七条',
        '中央财政、省级财政应当分别安排专项资金，对农民和农业生产经营组织购买国家支持推广的先进适用的农业机械给予补贴；补贴资金的使用应当遵循公开、公正、及时、有效的原则。',
      ),
    ],
    objects: [P.personal, P.legal, P.other],
    office: '农业机械化股',
    co: ['区财政局'],
    conditions: '从事农业生产的个人和农业生产经营组织，在补贴范围内购置农业机械',
    limits: { legal: wd(30), committed: wd(20) },
    forms: ['window', 'online'],
    depth: 3,
    visitsReason: '需现场核验购置的农业机械（人机合影、机具铭牌）',
    result: '农机购置补贴审核结果',
    materials: [
      M.form('《农业机械购置补贴申请表》'),
      M.id('购机者', '个人购机的'),
      M.license(),
      mat('购机发票', '农机经销商开具', 1, 1),
      mat('人机合影照片', '申请人自备', 1, 0),
      M.bank('购机者银行账户'),
    ],
    steps: stdFlow([1, 10, 5, 4], { review: '核验机具并在网上公示', decide: '审核确认补贴金额', deliver: '由区财政局将补贴资金直接拨付至购机者账户' }),
    codes: ['000117002000', null],
  }),
  nongye({
    name: '农村土地承包经营权流转服务',
    cat: 'on_application',
    content: '为土地承包经营权流转双方提供政策咨询、信息发布、合同签订指导和流转合同备案服务',
    bases: [
      basis(
        LAW,
        '《中华人民共和国农村土地承包法》',
        '第三十二条',
        '通过家庭承包取得的土地承包经营权可以依法采取转包、出租、互换、转让或者其他方式流转。',
      ),
      basis(
        LAW,
        '《中华人民共和国农村土地承包法》',
        '第三十七条',
        '土地承包经营权采取转包、出租、互换、转让或者其他方式流转，当事人双方应当签订书面合同。',
      ),
    ],
    objects: [P.personal, P.legal, P.other],
    office: '农村经营管理站',
    conditions: '依法取得农村土地承包经营权的农户及流入方',
    limits: { legal: wd(10), committed: wd(5) },
    result: '土地流转合同备案',
    materials: [M.id('流转双方'), mat('农村土地承包经营权证或承包合同', '区人民政府颁发', 1, 1), mat('土地流转合同', '流转双方签订（可使用示范文本）', 2, 0), M.proxy()],
    steps: stdFlow([1, 2, 1, 1], { review: '核查承包权属和流转合同内容', decide: '登记备案' }),
  }),
  nongye({
    name: '农村土地承包经营纠纷调解',
    cat: 'on_application',
    content: '对农村土地承包经营中发生的纠纷，应当事人申请组织调解',
    bases: [
      basis(
        LAW,
        '《中华人民共和国农村土地承包经营纠纷调解仲裁法》',
        '第三条',
        '发生农村土地承包经营纠纷的，当事人可以自行和解，也可以请求村民委员会、乡（镇）人民政府等调解。',
      ),
    ],
    objects: [P.personal, P.legal, P.other],
    office: '农村经营管理站',
    conditions: '农村土地承包经营纠纷当事人',
    limits: { legal: nd(30), committed: nd(20) },
    visitsReason: '需当事人到场参加调解并签署调解协议',
    result: '调解协议书',
    materials: [mat('调解申请书（可口头申请）', '申请人自备', 1, 0), M.id(), mat('承包合同、权属证明等相关证据', '申请人自备', 0, 1)],
    steps: stdFlow([1, 5, 12, 2], { review: '调查核实纠纷事实', decide: '组织双方调解', deliver: '达成协议的制作调解协议书；调解不成的告知申请仲裁或诉讼' }),
  }),
  nongye({
    name: '动物疫病强制免疫服务',
    cat: 'proactive',
    content: '对辖区饲养的畜禽免费实施口蹄疫、高致病性禽流感等重大动物疫病强制免疫，并建立免疫档案',
    bases: [
      basis(
        LAW,
        '《中华人民共和国动物防疫法》',
        '第十三条',
        '国家对严重危害养殖业生产和人体健康的动物疫病实施强制免疫；饲养动物的单位和个人应当依法履行动物疫病强制免疫义务。',
      ),
      basis(
        LAW,
        '《中华人民共和国动物防疫法》',
        '第十四条',
        '县级以上地方人民政府兽医主管部门组织实施动物疫病强制免疫计划；乡级人民政府、城市街道办事处应当组织本管辖区域内饲养动物的单位和个人做好强制免疫工作。',
      ),
    ],
    objects: [P.personal, P.legal, P.other],
    office: '畜牧水产股',
    delivery: '每年春秋两季集中免疫、每月定期补免，由街道（乡）畜牧兽医站和村级防疫员上门免费免疫，并加施畜禽标识、填写免疫档案',
    steps: proactiveFlow('制定年度强制免疫计划，分发疫苗', '组织防疫员上门免疫、加施标识、建立档案', '开展免疫抗体监测，评估免疫效果'),
    remarks: '省市县同步实施',
  }),
  nongye({
    name: '农业技术推广和咨询服务',
    cat: 'proactive',
    content: '开展农业新品种、新技术引进示范，发布病虫害预报，为农民提供农业技术咨询和培训',
    bases: [
      basis(
        LAW,
        T.njtg,
        '第十一条',
        '各级国家农业技术推广机构属于公共服务机构，履行关键农业技术的引进、试验、示范，植物病虫害、动物疫病及农业灾害的监测、预报和预防，农业公共信息和农业技术宣传教育、培训服务等公益性职责。',
      ),
    ],
    objects: [P.personal, P.legal, P.other],
    office: '农业技术推广中心',
    delivery: '通过科技下乡、田间课堂、病虫情报、农技服务热线和农技推广员包村联户提供技术服务',
    steps: proactiveFlow('制定年度技术推广和培训计划', '示范推广、发布病虫情报、入户指导', '跟踪技术应用效果'),
  }),
  nongye({
    name: '农民专业合作社发展指导服务',
    cat: 'proactive',
    content: '为农民专业合作社提供设立咨询、规范运营指导、财务管理培训和扶持政策宣传',
    bases: [
      basis(
        LAW,
        '《中华人民共和国农民专业合作社法》',
        '第四十九条',
        '县级以上各级人民政府应当组织农业行政主管部门和其他有关部门及有关组织，依照本法规定，依据各自职责，对农民专业合作社的建设和发展给予指导、扶持和服务。',
      ),
    ],
    objects: [P.personal, P.legal, P.other],
    office: '农村经营管理站',
    delivery: '窗口和电话咨询；每年组织合作社负责人和财会人员培训；对申报示范社的合作社上门指导',
    steps: proactiveFlow('摸清辖区合作社运营情况', '开展培训、上门指导和政策宣传', '跟踪规范化建设成效'),
  }),

  // ---------------- 区林业局 ----------------
  linye({
    name: '森林生态效益补偿资金发放',
    cat: 'proactive',
    content: '对纳入公益林区划的集体和个人所有公益林，按核定面积和标准发放森林生态效益补偿资金',
    bases: [
      basis(
        LAW,
        T.slf,
        '第八条',
        '国家设立森林生态效益补偿基金，用于提供生态效益的防护林和特种用途林的森林资源、林木的营造、抚育、保护和管理。',
      ),
    ],
    objects: [P.personal, P.other],
    office: '营林股',
    co: ['区财政局'],
    conditions: '所有或经营纳入公益林区划界定的集体和个人林地的权利人',
    delivery: '按核定的公益林面积和标准，经村组公示后由区财政局通过惠农补贴“一卡通”直接发放到户，无需个人申请',
    steps: proactiveFlow('核定公益林面积和补偿对象', '村组公示后通过“一卡通”发放补偿资金', '受理补偿异议并核查'),
    remarks: '省市县同步实施',
  }),
  linye({
    name: '野生动物收容救护',
    cat: 'on_application',
    content: '接收群众发现或交送的受伤、病弱、饥饿、受困的野生动物，组织收容救护并适时放归',
    bases: [B.yszw15],
    objects: EVERYONE,
    office: '野生动植物保护股',
    conditions: '发现受伤、病弱、受困野生动物的单位和个人',
    forms: ['window'],
    depth: 1,
    visits: 0,
    place: '区林业局野生动植物保护股（或电话求助后工作人员到现场接收）',
    result: '野生动物收容救护登记',
    materials: [mat('野生动物救护登记表（可由工作人员现场代填）', '现场填写', 1, 0, { notes: '记录发现时间、地点和动物状况' })],
    steps: immediateFlow('野生动物收容救护登记'),
  }),
  linye({
    name: '野生动物造成损失补偿申请',
    cat: 'on_application',
    content: '对因保护野生动物造成人员伤亡、农作物或其他财产损失的，受理补偿申请并核定补偿',
    bases: [
      basis(
        LAW,
        T.yszw,
        '第十九条',
        '因保护本法规定保护的野生动物，造成人员伤亡、农作物或者其他财产损失的，由当地人民政府给予补偿，具体办法由省、自治区、直辖市人民政府制定。',
      ),
    ],
    objects: [P.personal, P.other],
    office: '野生动植物保护股',
    co: ['区财政局'],
    conditions: '因受保护野生动物造成人身伤亡、农作物或其他财产损失的受害人',
    limits: { legal: wd(30), committed: wd(20) },
    visitsReason: '需工作人员现场查勘损失，申请人到场确认',
    result: '野生动物致害损失补偿核定书',
    materials: [M.form('《野生动物致害损失补偿申请表》'), M.id(), mat('损失现场照片或医疗机构诊断证明', '申请人自备', 1, 0), M.bank()],
    steps: stdFlow([1, 10, 5, 4], { review: '现场查勘核定损失', decide: '核定补偿金额并公示', deliver: '由区财政局拨付补偿资金' }),
  }),
  linye({
    name: '森林火险预警和防火宣传',
    cat: 'proactive',
    content: '在森林防火期发布森林火险等级和预警信息，开展森林防火宣传',
    bases: [
      basis(
        LAW,
        T.slf,
        '第二十一条',
        '地方各级人民政府应当切实做好森林火灾的预防和扑救工作，规定森林防火期，在森林防火期内禁止在林区野外用火；因特殊情况需要用火的，必须经过县级人民政府或者县级人民政府授权的机关批准。',
      ),
    ],
    objects: EVERYONE,
    office: '森林防火办公室',
    delivery: '通过电视、短信、景区广播、进村入户宣传和林区警示牌发布火险等级和防火须知',
    steps: proactiveFlow('根据气象条件研判森林火险等级', '通过媒体、短信和广播发布预警，开展宣传', '评估宣传效果，调整重点区域'),
  }),
  linye({
    name: '林业有害生物防治技术服务',
    cat: 'proactive',
    content: '开展松材线虫病等林业有害生物监测预报，为林农和林业经营单位提供防治技术指导',
    bases: [basis(LAW, T.slf, '第二十二条', '各级林业主管部门负责组织森林病虫害防治工作，规定林木种苗的检疫对象，划定疫区和保护区，对林木种苗进行检疫。')],
    objects: [P.personal, P.legal, P.other],
    office: '森林病虫害防治检疫站',
    delivery: '定期发布监测预报，技术人员上门指导防治，免费提供防治技术资料',
    steps: proactiveFlow('布设监测点，定期调查', '发布预报，组织技术人员上门指导', '评估防治效果'),
  }),

  // ---------------- 区旅外局 ----------------
  lvwai({
    name: '旅游咨询服务',
    cat: 'proactive',
    content: '无偿向游客提供景区、线路、交通、气象、住宿、安全、医疗急救等旅游信息和咨询服务',
    bases: [
      basis(
        LAW,
        T.lyf,
        '第二十六条',
        '国务院旅游主管部门和县级以上地方人民政府应当根据需要建立旅游公共信息和咨询平台，无偿向旅游者提供旅游景区、线路、交通、气象、住宿、安全、医疗急救等必要信息和咨询服务。',
      ),
    ],
    objects: EVERYONE,
    office: '旅游咨询服务中心',
    delivery: '游客服务中心和景区入口咨询台现场服务；旅游咨询电话和官方网站、微信公众号提供信息',
    steps: proactiveFlow('采集整理景区、交通、气象和住宿信息', '咨询台、电话和网络平台提供咨询', '汇总游客意见建议'),
  }),
  lvwai({
    name: '旅游投诉受理',
    cat: 'on_application',
    content: '受理旅游者对旅游经营者损害其合法权益的投诉，组织调解或移交有关部门处理',
    bases: [
      basis(
        LAW,
        T.lyf,
        '第九十一条',
        '县级以上人民政府应当指定或者设立统一的旅游投诉受理机构；受理机构接到投诉，应当及时进行处理或者移交有关部门处理，并告知投诉者。',
      ),
    ],
    objects: PERSON_ORG,
    office: '旅游质量监督管理所',
    conditions: '与投诉事项有直接利害关系，有明确的被投诉人、具体的投诉请求、事实和理由',
    limits: { legal: nd(60), committed: nd(30) },
    forms: ['window', 'online'],
    depth: 3,
    visits: 0,
    place: '武陵源区旅游质量监督管理所投诉接待室',
    result: '旅游投诉调解书或处理意见',
    materials: [mat('投诉书（可口头投诉，由工作人员记录）', '申请人自备', 1, 0, { media: 'either' }), mat('旅游合同、票据等证据材料', '申请人自备', 0, 1, { media: 'either' }), M.id('投诉人')],
    steps: stdFlow([1, 5, 18, 1], { review: '决定是否受理，通知被投诉人答复', decide: '查清事实，组织双方调解', deliver: '出具调解书或终止调解书并告知投诉人' }),
    remarks: '省市县同步实施；旅游旺季景区设立快速处理点',
  }),
  lvwai({
    name: '旅游安全风险提示发布',
    cat: 'proactive',
    content: '在汛期、旅游高峰、极端天气等情况下向游客和旅游企业发布旅游安全风险提示',
    bases: [
      basis(
        LAW,
        T.lyf,
        '第七十七条',
        '国家建立旅游目的地安全风险提示制度；县级以上人民政府及其有关部门应当将旅游安全作为突发事件监测和评估的重要内容。',
      ),
    ],
    objects: EVERYONE,
    office: '旅游市场股',
    delivery: '通过官方网站、微信公众号、景区电子屏和旅行社群发布安全提示',
    steps: proactiveFlow('会同气象、水利等部门研判风险', '发布安全风险提示，督促企业落实措施', '风险解除后发布解除信息'),
  }),
  lvwai({
    name: '归侨侨眷涉侨事务咨询服务',
    cat: 'on_application',
    content: '为归侨、侨眷和海外侨胞提供涉侨政策咨询，协助办理寻亲、证明材料转递等涉侨事务',
    bases: [
      basis(
        LAW,
        '《中华人民共和国归侨侨眷权益保护法》',
        '第三条',
        '归侨、侨眷享有宪法和法律规定的公民的权利，并履行宪法和法律规定的公民的义务；国家根据实际情况和归侨、侨眷的特点，给予适当照顾。',
      ),
    ],
    objects: PERSON,
    office: '外事侨务股',
    conditions: '归侨、侨眷及海外侨胞',
    forms: ['window', 'online'],
    depth: 2,
    visits: 0,
    place: `${CENTER}二楼外事侨务窗口`,
    result: '咨询答复或事务协办回执',
    materials: [mat('本人身份证件或护照', '申请人自备', 1, 1, { media: 'either' }), mat('与咨询事项有关的材料', '申请人自备', 0, 1, { condition: '办理具体涉侨事务的' })],
  }),

  // ---------------- 区文广新局 ----------------
  wenguang({
    name: '公共图书馆免费借阅',
    cat: 'proactive',
    content: '区图书馆及街道（乡）分馆、农家书屋免费开放，提供图书借阅、报刊阅览和电子阅览服务',
    bases: [B.ggwh29],
    objects: PERSON,
    office: '张家界市武陵源区图书馆',
    delivery: '区图书馆每周开放不少于56小时，街道（乡）分馆和农家书屋定时开放；流动图书车定期进社区、进学校',
    steps: proactiveFlow('公布开放时间和服务项目', '免费提供借阅、阅览和数字资源服务', '开展读者满意度调查'),
  }),
  wenguang({
    name: '图书馆读者证办理',
    cat: 'on_application',
    content: '为读者免费办理区图书馆读者证，凭证可借阅图书和使用数字资源',
    bases: [B.ggwh29],
    objects: PERSON,
    office: '张家界市武陵源区图书馆',
    conditions: '持有效身份证件的读者；未成年人由监护人陪同办理',
    forms: ['window', 'online'],
    depth: 3,
    visitsReason: '需现场核验身份证件并领取读者证',
    result: '读者证',
    materials: [M.id('读者'), mat('监护人居民身份证', '公安机关核发', 1, 0, { condition: '未满16周岁读者办理的' })],
  }),
  wenguang({
    name: '文化馆（站）免费开放和公益性艺术培训',
    cat: 'proactive',
    content: '区文化馆和街道（乡）综合文化站免费开放活动场地，开展舞蹈、声乐、书法、土家族传统技艺等公益性培训',
    bases: [B.ggwh29],
    objects: [P.personal, P.social],
    office: '张家界市武陵源区文化馆',
    delivery: '每季度公布培训课程，群众现场或电话报名后免费参加；场地免费向群众文艺团队开放',
    steps: proactiveFlow('制定并公布季度培训和活动计划', '组织培训、展演和群众文化活动', '收集学员反馈调整课程'),
  }),
  wenguang({
    name: '农村公益电影放映',
    cat: 'proactive',
    content: '按照“一村一月一场”标准在各村（社区）免费放映公益电影',
    bases: [B.ggwh29],
    objects: PERSON,
    office: '文化艺术股',
    delivery: '由农村电影放映队按月到各村（社区）巡回免费放映，放映时间和片目提前在村务公开栏公布',
    steps: proactiveFlow('制定年度放映计划并分配场次', '放映队按计划下村放映，村干部签字确认', '回访群众观影意见'),
  }),
  wenguang({
    name: '非物质文化遗产保护宣传展示',
    cat: 'proactive',
    content: '举办非物质文化遗产展示展演、传承人进校园等活动，普及非物质文化遗产保护知识',
    bases: [
      basis(
        LAW,
        '《中华人民共和国非物质文化遗产法》',
        '第八条',
        '县级以上人民政府应当加强对非物质文化遗产保护工作的宣传，提高全社会保护非物质文化遗产的意识。',
      ),
    ],
    objects: EVERYONE,
    office: '文化艺术股',
    delivery: '结合“文化和自然遗产日”和传统节日举办展示展演，组织传承人进校园、进景区',
    steps: proactiveFlow('制定年度非遗宣传展示计划', '组织展示展演和传承活动', '总结活动效果'),
  }),

  // ---------------- 区扶贫办 ----------------
  fupin({
    name: '建档立卡贫困户识别申请',
    cat: 'on_application',
    content: '对申请纳入扶贫对象的农户，按规定程序进行识别评议，符合条件的纳入建档立卡管理并落实帮扶措施',
    bases: [B.tpjz6],
    objects: PERSON,
    office: '开发股',
    conditions: '本区农村户籍、家庭年人均纯收入低于国家扶贫标准的农户（以户为单位申请）',
    limits: { legal: wd(30), committed: wd(25) },
    place: '户籍所在村（居）委会及街道（乡）扶贫工作站',
    result: '建档立卡贫困户认定结果',
    materials: [M.form('《扶贫对象申请书》'), M.hukou(), M.id('户主'), mat('家庭收入和困难情况说明', '申请人自备', 1, 0)],
    steps: flow(
      ['申请', '农户', 1, '户主向村委会提出书面申请'],
      ['评议', '村民代表大会', 7, '入户调查、民主评议并第一次公示'],
      ['审核', '街道（乡）', 7, '审核并第二次公示'],
      ['审定', '区扶贫办', 7, '复审并公告'],
      ['建档', '区扶贫办、街道（乡）', 3, '录入全国扶贫开发信息系统，确定帮扶责任人'],
    ),
    remarks: '省市县同步实施；实行动态管理，每年集中调整一次',
  }),
  fupin({
    name: '扶贫小额信贷申请',
    cat: 'on_application',
    content: '为有贷款意愿和发展能力的建档立卡贫困户提供免抵押、免担保、财政贴息的扶贫小额信贷',
    bases: [
      basis(
        NORM,
        '《关于创新发展扶贫小额信贷的指导意见》',
        '第二条',
        '对有贷款意愿、有就业创业潜质、技能素质和一定还款能力的建档立卡贫困户，提供5万元以下、3年期以内、免抵押免担保的信用贷款，由财政资金按基准利率给予贴息。',
        '国开办发〔2014〕78号',
      ),
    ],
    objects: PERSON,
    office: '开发股',
    co: ['区财政局'],
    conditions: '建档立卡贫困户，有贷款意愿、发展生产能力和还款能力，年龄在18—60周岁',
    limits: { legal: wd(20), committed: wd(15) },
    result: '扶贫小额信贷评级授信及放贷',
    materials: [M.form('《扶贫小额信贷申请表》'), M.id('借款人'), M.hukou(), mat('产业发展计划', '申请人自备', 1, 0)],
    steps: stdFlow([1, 6, 5, 3], { review: '村、街道（乡）核实贫困户身份和发展项目', decide: '合作银行评级授信', deliver: '放贷并按季度贴息' }),
  }),
  fupin({
    name: '雨露计划职业教育补助申请',
    cat: 'on_application',
    content: '对建档立卡贫困家庭子女接受中、高等职业教育的，按学年给予家庭扶贫助学补助',
    bases: [
      basis(
        NORM,
        '《关于加强雨露计划支持农村贫困家庭新成长劳动力接受职业教育的意见》',
        '第二条',
        '对农村建档立卡贫困家庭子女初、高中毕业后接受中、高等职业教育的，对其家庭给予扶贫助学补助，补助资金直接发放到贫困家庭。',
        '国开办发〔2015〕19号',
      ),
    ],
    objects: PERSON,
    office: '社会扶贫股',
    co: ['区教育局'],
    conditions: '建档立卡贫困家庭子女，在中等职业学校或高等职业院校就读的全日制学生',
    limits: { legal: wd(30), committed: wd(20) },
    result: '雨露计划补助审核结果',
    materials: [M.form('《雨露计划职业教育补助申请表》'), mat('学生学籍证明或在读证明', '就读学校出具', 1, 0), M.hukou(), M.bank('户主“一卡通”账户')],
    steps: stdFlow([1, 8, 7, 4], { review: '街道（乡）核实身份，区教育局核查学籍', decide: '公示后审定补助名单', deliver: '补助资金发放至户主账户' }),
    remarks: '每年春季、秋季学期集中申报',
  }),
  fupin({
    name: '扶贫政策宣传和咨询',
    cat: 'proactive',
    content: '宣传精准扶贫政策和帮扶措施，公开扶贫对象、扶贫项目和资金使用情况',
    bases: [B.xxgk10, B.tpjz6],
    objects: [P.personal, P.other],
    office: '社会扶贫股',
    delivery: '通过村务公开栏、扶贫政策明白卡、驻村工作队入户宣讲和区政府门户网站扶贫专栏公开',
    steps: proactiveFlow('编印政策明白卡和宣传资料', '驻村工作队入户宣讲，网站和公示栏公开', '收集群众意见并及时答复'),
  }),

  // ---------------- 区政府办 ----------------
  zhengfuban({
    name: '政府信息依申请公开',
    cat: 'on_application',
    content: '受理公民、法人和其他组织根据自身生产、生活、科研等特殊需要提出的政府信息公开申请并依法答复',
    bases: [
      basis(
        REG,
        T.xxgk,
        '第十三条',
        '除行政机关主动公开的政府信息外，公民、法人或者其他组织还可以根据自身生产、生活、科研等特殊需要，向地方各级人民政府及县级以上地方人民政府部门申请获取相关政府信息。',
        '国务院令第492号',
      ),
      basis(
        REG,
        T.xxgk,
        '第二十四条',
        '行政机关收到政府信息公开申请，能够当场答复的，应当当场予以答复；不能当场答复的，应当自收到申请之日起15个工作日内予以答复；延长答复期限最长不得超过15个工作日。',
        '国务院令第492号',
      ),
    ],
    objects: EVERYONE,
    office: '政府信息公开办公室',
    conditions: '因自身生产、生活、科研等特殊需要申请获取政府信息的公民、法人和其他组织',
    limits: { legal: wd(15), committed: wd(10) },
    forms: ['online', 'window', 'mail'],
    depth: 4,
    visits: 0,
    result: '政府信息公开申请答复书',
    materials: [
      mat('《政府信息公开申请表》', '网上填写或窗口领取', 1, 0, { media: 'either' }),
      mat('申请人身份证明（居民身份证或营业执照）', '申请人自备', 0, 1, { media: 'either' }),
    ],
    steps: stdFlow([1, 5, 2, 2], { review: '检索信息，征求信息制作机关意见', decide: '确定公开、部分公开、不予公开或告知', deliver: '按申请人要求的方式送达答复' }),
  }),
  zhengfuban({
    name: '政府信息主动公开查阅',
    cat: 'proactive',
    content: '主动公开区人民政府及其部门的规范性文件、规划、财政预决算、民生政策等政府信息，并提供现场查阅',
    bases: [
      B.xxgk10,
      basis(
        REG,
        T.xxgk,
        '第十五条',
        '行政机关应当将主动公开的政府信息，通过政府公报、政府网站、新闻发布会以及报刊、广播、电视等便于公众知晓的方式公开。',
        '国务院令第492号',
      ),
    ],
    objects: EVERYONE,
    office: '政府信息公开办公室',
    delivery: '区人民政府门户网站政府信息公开专栏；区档案馆、区图书馆和政务服务中心设政府信息查阅点，免费查阅',
    steps: proactiveFlow('编制政府信息公开目录和年度报告', '通过网站和查阅点主动公开', '受理公众对公开工作的意见建议'),
  }),

  // ---------------- 区档案局 ----------------
  dangan({
    name: '开放档案查阅利用',
    cat: 'on_application',
    content: '为持合法证明的公民和组织提供区档案馆已开放档案的查阅、摘录和复制服务',
    bases: [
      basis(
        LAW,
        T.daf,
        '第十九条',
        '国家档案馆保管的档案，一般应当自形成之日起满三十年向社会开放；中华人民共和国公民和组织持有合法证明，可以利用已经开放的档案。',
      ),
    ],
    objects: EVERYONE,
    office: '张家界市武陵源区档案馆',
    conditions: '持有合法身份证明或单位介绍信的公民和组织',
    visitsReason: '需现场核验身份并在阅览室查阅档案原件或复制件',
    result: '档案查阅、复制件（加盖档案馆证明章）',
    materials: [M.id('查阅人'), mat('单位介绍信', '所在单位出具', 1, 0, { condition: '代表单位查阅的' }), mat('《档案查阅登记表》', '现场填写', 1, 0)],
  }),
  dangan({
    name: '民生档案查询出证',
    cat: 'on_application',
    content: '为群众查询婚姻登记、知青、招工、退伍安置等民生档案并出具档案证明',
    bases: [
      basis(
        LAW,
        T.daf,
        '第二十条',
        '机关、团体、企业事业单位和其他组织以及公民根据经济建设、国防建设、教学科研和其他各项工作的需要，可以按照有关规定，利用档案馆未开放的档案以及有关机关、团体、企业事业单位和其他组织保存的档案。',
      ),
    ],
    objects: PERSON,
    office: '张家界市武陵源区档案馆',
    conditions: '档案当事人本人或其委托人、法定继承人',
    limits: { legal: wd(5), committed: wd(3) },
    forms: ['window', 'online'],
    depth: 3,
    visitsReason: '需现场核验身份并领取加盖证明章的档案证明',
    result: '档案证明',
    materials: [M.id('查询人'), mat('《民生档案查询申请表》', '现场填写或网上下载', 1, 0, { media: 'either' }), M.proxy()],
    steps: stdFlow([0, 2, 0, 1], { review: '检索档案并核对当事人信息', decide: '馆领导审核出证', deliver: '出具档案证明，可当场或约定时间领取' }),
  }),
  dangan({
    name: '国际档案日开放和档案展览',
    cat: 'proactive',
    content: '每年“6·9国际档案日”开放档案馆库房和展厅，举办档案文献展览，宣传档案知识',
    bases: [],
    noBasisReason:
      '区档案馆自2010年起每年在“6·9国际档案日”组织开放日和档案展览，面向群众免费开放，已成为经常性、常态化并为群众认可的公共服务',
    objects: EVERYONE,
    office: '张家界市武陵源区档案馆',
    delivery: '档案日当天免费开放，提前通过区政府门户网站发布通知；学校和社区可预约集体参观',
    steps: proactiveFlow('确定展览主题并征集展品', '开放日当天组织参观和讲解', '收集参观者意见'),
  }),

  // ---------------- 区信访局 ----------------
  xinfang({
    name: '来信来访事项登记受理',
    cat: 'on_application',
    content: '登记受理群众来信、来访和网上信访事项，按照分级负责、归口办理原则转送交办并督促办理答复',
    bases: [
      basis(
        REG,
        '《信访条例》',
        '第三十三条',
        '信访事项应当自受理之日起60日内办结；情况复杂的，经本行政机关负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由。',
        '国务院令第431号',
      ),
    ],
    objects: EVERYONE,
    office: '来信来访股',
    conditions: '对各级行政机关及其工作人员反映情况，提出建议、意见或者投诉请求的公民、法人和其他组织',
    limits: { legal: nd(60), committed: nd(60) },
    forms: ['window', 'online', 'mail'],
    depth: 3,
    visits: 0,
    result: '信访事项受理告知书及处理意见书',
    materials: [mat('信访材料（来信或来访登记，可由工作人员记录）', '信访人提供', 1, 0, { media: 'either' }), M.id('信访人'), mat('与信访事项有关的证据材料', '信访人自备', 0, 1, { condition: '有证据材料的' })],
    steps: flow(
      ['登记', '来信来访股', 1, '登记信访事项，区分情况予以受理'],
      ['转送交办', '来信来访股', 14, '15日内转送、交办有权处理机关，并书面告知信访人'],
      ['办理', '责任单位', 40, '调查核实，作出处理意见'],
      ['答复', '责任单位', 5, '书面答复信访人并报送办理结果'],
    ),
  }),
];
