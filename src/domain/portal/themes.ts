/**
 * 主题分类: the portal's browsing by theme, as national practice sorts government services: life
 * events (人生事件) for 个人 and business events (企业经营事件) for 法人. An item's themes come from
 * keyword rules on its name and service content, for the audiences its service objects name; an item
 * that no rule of an audience catches falls under that audience's 其他.
 */
import type { ItemDraft, ServiceObject } from '../catalog/item.ts';

/** 个人 (individuals) or 法人 (companies, social and other organizations). */
export type ThemeAudience = 'personal' | 'business';
export const THEME_AUDIENCE_LABELS: Record<ThemeAudience, string> = { personal: '个人办事', business: '法人办事' };

export interface Theme {
  code: string;
  label: string;
  audience: ThemeAudience;
  /** Words that put an item under this theme (matched in the name and the service content). */
  keywords: readonly string[];
}

const personal = (code: string, label: string, keywords: string[]): Theme => ({ code: `p-${code}`, label, audience: 'personal', keywords });
const business = (code: string, label: string, keywords: string[]): Theme => ({ code: `b-${code}`, label, audience: 'business', keywords });

/** Every theme, 个人 first, each audience in the order the portal lists them (其他 last). */
export const THEMES: readonly Theme[] = [
  personal('birth', '生育收养', ['生育', '出生', '收养', '孕', '产妇', '婚前医学', '计划生育', '儿童健康', '预防接种', '母婴', '新生儿']),
  personal('household', '户籍办理', ['户籍', '户口', '落户', '迁入', '迁出', '居住证']),
  personal('education', '教育科研', ['入学', '送教', '学生', '教育', '学校', '助学', '转学', '休学', '升入', '高中', '小学', '初中', '幼儿园', '学历', '科研', '职业培训']),
  personal('employment', '就业创业', ['就业', '创业', '失业', '招聘', '职业介绍', '求职', '岗位', '职业技能', '人才']),
  personal('marriage', '婚姻登记', ['婚姻', '结婚', '离婚', '婚前']),
  personal('social-security', '社会保障', ['社会保险', '社会保障', '养老保险', '医疗保险', '失业保险', '工伤', '参保', '救助', '低保', '津贴', '高龄', '特困', '残疾', '扶贫', '贫困', '扶助', '补助']),
  personal('health', '医疗卫生', ['医疗', '医学', '健康', '疾病', '疫苗', '接种', '卫生', '就医', '医保', '体检']),
  personal('housing', '住房保障', ['住房', '租赁', '房屋', '危房', '公租房', '维修资金', '住宅', '不动产']),
  personal('documents', '证件办理', ['身份证', '居住证', '证明', '证件', '护照', '通行证', '读者证', '换领', '补领', '补发', '保障卡', '证》']),
  personal('transport', '交通出行', ['交通', '驾驶', '机动车', '车辆', '出行', '公交', '道路']),
  personal('justice', '司法公证', ['法律援助', '公证', '调解', '司法', '法律服务', '仲裁', '诉讼', '无犯罪记录']),
  personal('culture', '文化体育', ['文化', '图书馆', '体育', '电影', '艺术', '非物质文化遗产', '博物馆', '展览', '旅游', '借阅', '文艺']),
  personal('veterans', '优待抚恤', ['优待', '抚恤', '优抚', '退役军人', '烈士', '军人', '归侨', '侨眷']),
  personal('retirement', '离职退休', ['退休', '离休', '养老金', '养老保险待遇', '待遇申领']),
  personal('death', '死亡殡葬', ['死亡', '殡葬', '丧葬', '火化', '墓', '遗属']),
  personal('other', '其他', []),
  business('setup', '设立变更', ['设立', '变更', '注销', '开办', '营业执照', '成立', '合作社']),
  business('licensing', '准营准办', ['许可', '经营', '准营', '备案', '开业']),
  business('qualification', '资质认证', ['资质', '资格', '认定', '认证', '评定']),
  business('inspection', '年检年审', ['年检', '年审', '年报', '年度报告']),
  business('tax', '税收财务', ['税', '发票', '财务', '会计', '财政', '贷款', '信贷', '资金']),
  business('hr', '人力资源', ['招聘', '用工', '劳动', '人才', '就业', '职业', '岗位']),
  business('social-security', '社会保障', ['社会保险', '社会保障', '参保', '公积金', '工伤']),
  business('investment', '投资审批', ['投资', '立项', '项目审批', '核准']),
  business('agriculture', '农林牧渔', ['农业', '农村', '农民', '农机', '林业', '森林', '畜牧', '动物', '渔业', '土地承包', '野生', '种子']),
  business('construction', '规划建设', ['规划', '建设', '建筑', '施工', '工程', '房地产']),
  business('transport', '交通运输', ['交通', '运输', '道路', '车辆', '物流']),
  business('environment', '环保绿化', ['环保', '环境', '排污', '绿化', '生态', '林木', '有害生物']),
  business('health', '医疗卫生', ['医疗', '卫生', '药品', '医院', '诊所', '疫病', '疾病', '健康']),
  business('culture-education', '文体教育', ['文化', '体育', '教育', '学校', '旅游', '出版', '演出', '艺术', '培训']),
  business('safety', '安全生产', ['安全', '消防', '危险化学品', '防火', '应急', '风险']),
  business('utilities', '公用事业', ['供水', '供电', '燃气', '通信', '公用', '排水']),
  business('justice', '司法公证', ['公证', '法律', '调解', '仲裁', '纠纷', '投诉']),
  business('other', '其他', []),
];

export const THEME_CODES: readonly string[] = THEMES.map((t) => t.code);
const BY_CODE = new Map(THEMES.map((t) => [t.code, t]));

/** The theme of a code, or undefined. */
export function themeOf(code: string): Theme | undefined {
  return BY_CODE.get(code);
}

/** The themes of one audience, in the portal's order. */
export function themesFor(audience: ThemeAudience): Theme[] {
  return THEMES.filter((t) => t.audience === audience);
}

/** Which audiences an item's service objects reach; none named means both. */
export function audiencesOf(objects: readonly ServiceObject[]): ThemeAudience[] {
  const out: ThemeAudience[] = [];
  if (objects.length === 0 || objects.includes('个人（公民）')) out.push('personal');
  if (objects.length === 0 || objects.some((o) => o !== '个人（公民）')) out.push('business');
  return out;
}

/**
 * 主题: the theme codes of an item. The name decides; only when no rule of an audience catches the
 * name does the service content (a longer, vaguer text) get asked; then the audience's 其他.
 */
export function themesOf(draft: Pick<ItemDraft, 'name' | 'serviceContent' | 'serviceObjects'>): string[] {
  const out: string[] = [];
  for (const audience of audiencesOf(draft.serviceObjects)) {
    const themes = themesFor(audience);
    const caught = (text: string) => themes.filter((t) => t.keywords.some((k) => text.includes(k)));
    let hits = caught(draft.name);
    if (hits.length === 0) hits = caught(draft.serviceContent ?? '');
    if (hits.length === 0) hits = themes.filter((t) => t.keywords.length === 0);
    out.push(...hits.map((t) => t.code));
  }
  return out;
}
