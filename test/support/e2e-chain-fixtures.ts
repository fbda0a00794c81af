/**
 * Fixtures of the review chain's browser test (test/e2e/review-chain.test.ts), made in the e2e global
 * setup through the real commands: a sub-unit of 区交通运输局, the people of every step of the chain
 * with known passwords, and four draft items (two per unit) that pass every rule. From draft on,
 * everything happens in the browser.
 */
import type { AppContext } from '../../src/app-context.ts';
import type { ItemDraft } from '../../src/domain/catalog/item.ts';
import type { Role } from '../../src/domain/roles.ts';
import { createItem } from '../../src/modules/catalog/commands/create-item.ts';
import { findingsFor } from '../../src/modules/catalog/findings.ts';
import type { Actor } from '../../src/modules/identity/actor.ts';
import { createUnit } from '../../src/modules/org/commands/create-unit.ts';
import { buildBasis, buildDraft, buildMaterial, buildProactiveDraft, buildStep } from '../factories/item-draft.ts';
import { makeUser, unitIdOf, type TestUser } from '../factories/users.ts';

const REGION = '430811';
export const CHAIN_PARENT = { shortName: '区交通运输局', fullName: '张家界市武陵源区交通运输局' };
export const CHAIN_SUB_UNIT = { shortName: '区公路养护中心', fullName: '张家界市武陵源区公路建设养护中心' };

/** The people of the chain; the passwords never contain the user name. */
export const CHAIN_USERS = {
  parentEditor: { username: 'e2e_jt_editor', password: 'Jiaotong-Tianbao-26', unit: CHAIN_PARENT.shortName, roles: ['unit_editor'] },
  parentHead: { username: 'e2e_jt_head', password: 'Jiaotong-Fuzeren-26', unit: CHAIN_PARENT.shortName, roles: ['unit_head'] },
  parentReviewer: { username: 'e2e_jt_reviewer', password: 'Zhuguan-Shenhe-2026', unit: CHAIN_PARENT.shortName, roles: ['parent_reviewer'] },
  subEditor: { username: 'e2e_gl_editor', password: 'Gonglu-Tianbao-2026', unit: CHAIN_SUB_UNIT.shortName, roles: ['unit_editor'] },
  subHead: { username: 'e2e_gl_head', password: 'Gonglu-Fuzeren-2026', unit: CHAIN_SUB_UNIT.shortName, roles: ['unit_head'] },
  districtReviewer: { username: 'e2e_district_reviewer', password: 'Jizhong-Shenhe-2026', unit: '区政务公开政务服务管理办公室', roles: ['district_reviewer'] },
  publisher: { username: 'e2e_publisher', password: 'Mulu-Fabu-2026!', unit: '区政务公开政务服务管理办公室', roles: ['publisher'] },
  legalReviewer: { username: 'e2e_legal_reviewer', password: 'Hefaxing-Shencha-26', unit: '区政府法制办', roles: ['legal_reviewer'] },
  commenter: { username: 'e2e_cz_editor', password: 'Caizheng-Yijian-2026', unit: '区财政局', roles: ['unit_editor'] },
} as const satisfies Record<string, { username: string; password: string; unit: string; roles: Role[] }>;

export type ChainUser = keyof typeof CHAIN_USERS;

/** The drafts the test takes through the chain, by unit. */
export const CHAIN_ITEMS = {
  parent: ['道路运输从业人员从业资格证补证', '出租汽车驾驶员从业资格注册'],
  sub: ['公路超限运输许可咨询', '农村公路养护信息公开'],
} as const;

const ADJUSTMENT = { trigger: 'functions_changed', reason: '交通运输领域公共服务事项梳理，补充列入本单位承担的公共服务事项。' } as const;

function actorOf(user: TestUser): Actor {
  return { userId: user.id, username: user.username, displayName: `测试${user.username}`, unitId: user.unitId, regionCode: REGION, roles: user.roles };
}

const WINDOW = '张家界市武陵源区政务服务中心二楼交通运输窗口';
const TRANSPORT_GUIDE = {
  handlingAgency: CHAIN_PARENT.fullName,
  consultation: '咨询电话：0744-5612315；地址：张家界市武陵源区政务服务中心二楼交通运输窗口',
  complaint: '投诉电话：0744-12345（区政务服务热线）',
  place: WINDOW,
  hours: '工作日 上午8:00-12:00，下午14:30-17:30（法定节假日除外）',
};

function parentDrafts(): ItemDraft[] {
  const reissue = buildDraft({
    name: CHAIN_ITEMS.parent[0],
    serviceContent: '道路运输从业人员从业资格证件遗失、毁损的，为其补发从业资格证件。',
    legalBases: [
      buildBasis({
        kind: '部门规章',
        title: '《道路运输从业人员管理规定》',
        docNumber: '交通运输部令2022年第38号',
        article: '第二十四条',
        articleText: '道路运输从业人员从业资格证件遗失、毁损的，应当到原发证机关办理证件补发手续。',
      }),
    ],
    serviceObjects: ['个人（公民）'],
    remarks: null,
    guide: {
      ...TRANSPORT_GUIDE,
      applicationConditions: '在本区取得道路运输从业人员从业资格证件，证件遗失或毁损的持证人。',
      legalLimit: { value: 10, unit: 'working_day' },
      committedLimit: { value: 3, unit: 'working_day' },
      visits: 1,
      visitsReason: '须现场核验申请人身份并采集照片',
      resultName: '道路运输从业人员从业资格证',
      offlineChannels: '可通过湖南省道路运输从业人员从业资格管理系统在线申请，到窗口领取证件',
    },
    materials: [
      buildMaterial({ notes: '原件核验后退还' }),
      buildMaterial({ name: '《道路运输从业人员从业资格证补证申请表》', source: '窗口领取或网上下载', copyCount: 0, media: 'either', notes: '本人签字' }),
      buildMaterial({ name: '近期一寸免冠彩色照片', originalCount: 2, copyCount: 0, notes: '白底' }),
    ],
    steps: [
      buildStep({ name: '申请', actor: '申请人', timeLimitDays: null, description: '到窗口或网上提交补证申请' }),
      buildStep({ name: '受理', actor: '区政务服务中心交通运输窗口工作人员', timeLimitDays: 1, description: '核对身份和申请材料，材料齐全的当场受理' }),
      buildStep({ name: '审核', actor: '区交通运输局运输管理股工作人员', timeLimitDays: 1, description: '核对从业资格档案信息' }),
      buildStep({ name: '办结', actor: '区政务服务中心交通运输窗口工作人员', timeLimitDays: 1, description: '制发证件，通知申请人领取' }),
    ],
  });
  const taxi = buildDraft({
    name: CHAIN_ITEMS.parent[1],
    serviceContent: '为取得出租汽车驾驶员从业资格证、受聘于本区出租汽车经营者的驾驶员办理从业资格注册。',
    legalBases: [
      buildBasis({
        kind: '部门规章',
        title: '《出租汽车驾驶员从业资格管理规定》',
        docNumber: '交通运输部令2021年第15号',
        article: '第十八条',
        articleText: '取得从业资格证的出租汽车驾驶员，应当经出租汽车行政主管部门从业资格注册后，方可从事出租汽车客运服务。',
      }),
    ],
    serviceObjects: ['个人（公民）'],
    remarks: null,
    guide: {
      ...TRANSPORT_GUIDE,
      applicationConditions: '已取得出租汽车驾驶员从业资格证，并与本区出租汽车经营者签订劳动合同或者经营合同。',
      legalLimit: { value: 5, unit: 'working_day' },
      committedLimit: { value: 2, unit: 'working_day' },
      visits: 1,
      visitsReason: '须由出租汽车经营者与驾驶员共同到窗口确认聘用关系',
      resultName: '出租汽车驾驶员从业资格注册信息（在从业资格证上签注）',
      offlineChannels: '可由受聘的出租汽车经营者统一代为申请',
    },
    materials: [
      buildMaterial({ notes: '原件核验后退还' }),
      buildMaterial({ name: '出租汽车驾驶员从业资格证', copyCount: 0, notes: '原件' }),
      buildMaterial({ name: '劳动合同或者经营合同', source: '出租汽车经营者', notes: '加盖经营者公章' }),
    ],
    steps: [
      buildStep({ name: '申请', actor: '出租汽车经营者', timeLimitDays: null, description: '为聘用的驾驶员提出从业资格注册申请' }),
      buildStep({ name: '受理', actor: '区政务服务中心交通运输窗口工作人员', timeLimitDays: 1, description: '核对证件和合同，材料齐全的当场受理' }),
      buildStep({ name: '注册', actor: '区交通运输局运输管理股工作人员', timeLimitDays: 1, description: '在从业资格证上签注注册信息' }),
    ],
  });
  return [reissue, taxi];
}

function subDrafts(): ItemDraft[] {
  const delivery = '通过区政府门户网站、区政务服务中心公示栏和咨询电话提供';
  const permitAdvice = buildProactiveDraft({
    name: CHAIN_ITEMS.sub[0],
    serviceContent: '为需要在本区公路上进行超限运输的承运人讲解许可条件、申请材料、通行路线和办理流程。',
    legalBases: [
      buildBasis({
        kind: '部门规章',
        title: '《超限运输车辆行驶公路管理规定》',
        docNumber: '交通运输部令2016年第62号',
        article: '第九条',
        articleText: '公路管理机构应当在官方网站公布超限运输许可的办理程序、申请材料、受理地点和联系方式等，并提供咨询服务。',
      }),
    ],
    serviceObjects: ['个人（公民）', '法人'],
    guide: { handlingAgency: CHAIN_SUB_UNIT.fullName, deliveryMethod: delivery, offlineChannels: '可到区公路建设养护中心路政股当面咨询' },
  });
  const maintenance = buildProactiveDraft({
    name: CHAIN_ITEMS.sub[1],
    serviceContent: '定期公开本区农村公路养护计划、养护资金使用和路况信息，方便群众监督和出行。',
    legalBases: [
      buildBasis({
        kind: '部门规章',
        title: '《农村公路养护管理办法》',
        docNumber: '交通运输部令2015年第22号',
        article: '第二十七条',
        articleText: '县级交通运输主管部门应当将农村公路养护计划、养护资金使用和养护质量检查等情况向社会公开，接受社会监督。',
      }),
    ],
    serviceObjects: ['个人（公民）', '法人'],
    guide: { handlingAgency: CHAIN_SUB_UNIT.fullName, deliveryMethod: '每季度通过区政府门户网站和乡（镇、街道）政务公开栏发布', offlineChannels: '可到区公路建设养护中心查阅' },
  });
  return [permitAdvice, maintenance];
}

async function draftsFor(ctx: AppContext, editor: TestUser, drafts: ItemDraft[]): Promise<void> {
  for (const draft of drafts) {
    const blocking = (await findingsFor(ctx.db, REGION, editor.unitId, draft)).filter((f) => f.severity !== 'warning');
    if (blocking.length > 0) throw new Error(`chain fixture “${draft.name}” does not pass the rules: ${blocking.map((f) => f.message).join('；')}`);
    await createItem(ctx, actorOf(editor), editor.unitId, draft, ADJUSTMENT);
  }
}

/** Creates the sub-unit, the users and the four drafts (edition 1 of the demo data is live: they are 新增 adjustments). */
export async function createChainFixtures(ctx: AppContext): Promise<void> {
  const parentId = await unitIdOf(ctx, CHAIN_PARENT.shortName);
  const admin: Actor = { userId: '00000000-0000-0000-0000-000000000000', username: 'system', displayName: '系统', unitId: parentId, regionCode: REGION, roles: ['admin'] };
  await createUnit(ctx, admin, { kind: 'sub_unit', parentId, fullName: CHAIN_SUB_UNIT.fullName, shortName: CHAIN_SUB_UNIT.shortName, aliases: [] });
  const made = {} as Record<ChainUser, TestUser>;
  for (const [key, u] of Object.entries(CHAIN_USERS) as [ChainUser, (typeof CHAIN_USERS)[ChainUser]][]) {
    made[key] = await makeUser(ctx, { unit: u.unit, roles: [...u.roles], username: u.username, password: u.password });
  }
  await draftsFor(ctx, made.parentEditor, parentDrafts());
  await draftsFor(ctx, made.subEditor, subDrafts());
}
