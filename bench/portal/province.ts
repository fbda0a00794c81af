/**
 * A province-scale published catalog for the portal benchmark: the 121 county-level regions of Hunan
 * under their 14 cities, each with 30 units (those of 张武审改办发〔2017〕1号, renamed for the county)
 * and about 41 items a unit, 150,000 items in all. Every county has one live edition; the search
 * index is written by the real indexer (`reindexEdition`), as when an edition goes live.
 *
 * Item names: the demo catalog's real items for the units that have them, then names built from each
 * unit's own subjects and actions (义务教育入学申请, 农村危房改造补助申请 …), a different pick in every
 * county. Content: the guide of a demo item of the same unit (or category), with the county's names.
 * Region codes follow GB/T 2260 where known; they are illustrative, not authoritative.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { editionItems, editions, items, itemVersions, legalBases, materials, processSteps, regions, unitNames, units } from '../../src/db/schema/index.ts';
import { BASE_UNITS, type BaseUnit } from '../../src/db/seed/base-units.ts';
import { DEMO_CATALOG } from '../../src/db/seed/demo-catalog.ts';
import type { ItemDraft } from '../../src/domain/catalog/item.ts';
import { nameKey } from '../../src/domain/text.ts';
import { versionColumns } from '../../src/modules/catalog/repository.ts';
import { reindexEdition } from '../../src/modules/portal/search/indexer.ts';

export interface County {
  code: string;
  name: string;
  city: string;
  cityCode: string;
}

const CITIES: [string, string, string[]][] = [
  ['430100', '长沙市', ['芙蓉区', '天心区', '岳麓区', '开福区', '雨花区', '望城区', '长沙县', '浏阳市', '宁乡市']],
  ['430200', '株洲市', ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '攸县', '茶陵县', '炎陵县', '醴陵市']],
  ['430300', '湘潭市', ['雨湖区', '岳塘区', '湘潭县', '湘乡市', '韶山市']],
  ['430400', '衡阳市', ['珠晖区', '雁峰区', '石鼓区', '蒸湘区', '南岳区', '衡阳县', '衡南县', '衡山县', '衡东县', '祁东县', '耒阳市', '常宁市']],
  ['430500', '邵阳市', ['双清区', '大祥区', '北塔区', '新邵县', '邵阳县', '隆回县', '洞口县', '绥宁县', '新宁县', '城步苗族自治县', '武冈市', '邵东市']],
  ['430600', '岳阳市', ['岳阳楼区', '云溪区', '君山区', '岳阳县', '华容县', '湘阴县', '平江县', '汨罗市', '临湘市']],
  ['430700', '常德市', ['武陵区', '鼎城区', '安乡县', '汉寿县', '澧县', '临澧县', '桃源县', '石门县', '津市市']],
  ['430800', '张家界市', ['永定区', '慈利县', '桑植县']],
  ['430900', '益阳市', ['资阳区', '赫山区', '南县', '桃江县', '安化县', '沅江市']],
  ['431000', '郴州市', ['北湖区', '苏仙区', '桂阳县', '宜章县', '永兴县', '嘉禾县', '临武县', '汝城县', '桂东县', '安仁县', '资兴市']],
  ['431100', '永州市', ['零陵区', '冷水滩区', '东安县', '双牌县', '道县', '江永县', '宁远县', '蓝山县', '新田县', '江华瑶族自治县', '祁阳市']],
  ['431200', '怀化市', ['鹤城区', '中方县', '沅陵县', '辰溪县', '溆浦县', '会同县', '麻阳苗族自治县', '新晃侗族自治县', '芷江侗族自治县', '靖州苗族侗族自治县', '通道侗族自治县', '洪江市']],
  ['431300', '娄底市', ['娄星区', '双峰县', '新化县', '冷水江市', '涟源市']],
  ['433100', '湘西土家族苗族自治州', ['吉首市', '泸溪县', '凤凰县', '花垣县', '保靖县', '古丈县', '永顺县', '龙山县']],
];

/** The 121 counties; codes numbered within each city, skipping 430811 (the deployment's own 武陵源区). */
export function hunanCounties(): County[] {
  const out: County[] = [];
  for (const [cityCode, city, names] of CITIES) {
    let n = 1;
    for (const name of names) {
      let code = `${cityCode.slice(0, 4)}${String(n).padStart(2, '0')}`;
      if (code === '430811') code = `${cityCode.slice(0, 4)}${String(++n).padStart(2, '0')}`;
      out.push({ code, name, city, cityCode });
      n++;
    }
  }
  return out;
}

/** The 28 units of Attachment 1 and two of the offices: 30 a county. */
const UNIT_TEMPLATES: BaseUnit[] = BASE_UNITS.filter((u) => u.kind !== 'office' || u.shortName !== '区审改办');

/** Subjects and actions each unit's generated item names are built from (subject + action). */
const POOLS: Record<string, [string[], string[]]> = {
  区政府办: [['政府信息公开', '金融消费权益', '政务服务热线', '应急避难场所', '重大行政决策', '防范非法集资', '普惠金融'], ['申请', '咨询', '查询', '宣传', '意见征集', '投诉受理', '信息发布', '线索受理']],
  区发展改革和科学技术局: [['科技特派员', '价格争议', '粮食收购', '高新技术企业', '科技成果', '成品油供应', '重点项目'], ['申报', '调解', '信息查询', '政策咨询', '认定指导', '登记', '服务', '信息发布']],
  区旅外局: [['旅游景区', '导游人员', '旅行社', '因私出入境', '华侨', '归侨侨眷', '旅游安全'], ['咨询服务', '投诉受理', '信息查询', '证明开具', '权益维护', '政策宣传', '预警发布', '培训']],
  区教育局: [['义务教育入学', '学前教育资助', '普通高中国家助学金', '中职学校免学费', '教师资格认定', '校外培训机构', '学生学籍'], ['申请', '咨询', '查询', '登记', '补助发放', '证明开具', '信息变更', '投诉受理']],
  区监察局: [['党风廉政', '行政效能', '违纪违法线索', '廉政教育', '干部作风', '政务服务监督', '纪律审查'], ['举报受理', '投诉受理', '咨询', '信息公开', '宣传', '回访', '申诉受理', '结果告知']],
  区民宗局: [['少数民族', '宗教活动场所', '民族团结', '少数民族学生', '清真食品', '宗教教职人员', '民族村寨'], ['政策咨询', '信息查询', '补助申请', '认定', '宣传教育', '备案', '帮扶', '信息公开']],
  区公安分局: [['户口迁移', '居民身份证', '居住证', '出入境证件', '无犯罪记录证明', '机动车驾驶证', '养犬登记'], ['办理', '补领', '换领', '查询', '预约', '证明开具', '变更登记', '咨询']],
  区司法局: [['法律援助', '人民调解', '公证', '社区矫正', '安置帮教', '法治宣传', '基层法律服务'], ['申请', '咨询', '信息查询', '受理', '服务', '投诉处理', '预约', '指引']],
  区财政局: [['会计从业人员', '政府采购', '惠民惠农补贴', '财政票据', '农业保险保费补贴', '会计人员继续教育', '非税收入'], ['信息查询', '咨询', '登记', '发放', '信息公开', '培训', '核验', '投诉受理']],
  区人社局: [['城乡居民基本养老保险', '失业保险', '工伤保险', '就业困难人员', '职业技能培训', '劳动人事争议', '高校毕业生就业'], ['参保登记', '待遇申领', '认定', '补贴申领', '信息查询', '政策咨询', '转移接续', '证明开具']],
  区环保分局: [['环境信访', '环境质量', '建设项目环境影响', '排污许可', '环境监测', '突发环境事件', '生态文明'], ['投诉受理', '信息公开', '咨询', '信息查询', '宣传教育', '信息发布', '举报受理', '公众参与']],
  区住建局: [['公共租赁住房', '住宅专项维修资金', '农村危房改造', '住房公积金', '物业服务', '建筑工人', '城镇老旧小区改造'], ['申请', '资格审核', '补助申请', '信息查询', '投诉受理', '政策咨询', '登记', '提取']],
  区交通运输局: [['道路运输从业人员', '农村公路', '公共交通', '出租汽车', '道路客运', '交通运输信息', '普通货运车辆'], ['信息查询', '投诉受理', '咨询', '培训', '服务', '服务质量监督', '从业资格证换发', '年审']],
  区农业农村工作局: [['耕地地力保护补贴', '农机购置补贴', '农业技术', '农产品质量安全', '动物防疫', '农村土地承包', '新型职业农民'], ['申请', '咨询', '培训', '信息查询', '指导服务', '纠纷调解', '检测', '登记']],
  区水利局: [['水旱灾害', '农村饮水安全', '小型水利工程', '河道采砂', '水土保持', '防汛抗旱', '河长制'], ['预警信息发布', '咨询', '投诉受理', '信息查询', '技术指导', '服务', '举报受理', '宣传']],
  区林业局: [['林木采伐', '森林防火', '林权', '生态公益林补偿', '野生动物', '林业有害生物', '退耕还林补助'], ['申请', '咨询', '信息查询', '登记', '兑现', '救护', '技术指导', '宣传']],
  区文广新局: [['公共图书馆', '文化馆', '农家书屋', '广播电视', '非物质文化遗产', '电影放映', '群众文化活动'], ['免费开放', '借阅', '培训', '咨询', '信息查询', '报名', '服务', '展览']],
  区卫计局: [['基本公共卫生', '预防接种', '孕产妇健康管理', '计划生育家庭', '老年人健康管理', '慢性病患者', '医疗机构'], ['服务', '咨询', '登记', '奖励扶助申请', '特别扶助申请', '证明开具', '信息查询', '投诉受理']],
  区审计局: [['审计结果', '审计信访', '审计法规', '内部审计', '审计整改', '经济责任审计', '政府投资审计'], ['公告', '受理', '咨询', '指导', '信息公开', '宣传', '信息查询', '告知']],
  区安监局: [['安全生产', '危险化学品', '特种作业人员', '生产安全事故', '安全生产标准化', '烟花爆竹', '职业健康'], ['举报受理', '咨询', '培训', '信息查询', '宣传教育', '信息公开', '指导服务', '考核']],
  区食药监局: [['食品安全', '药品安全', '餐饮服务', '保健食品', '医疗器械', '化妆品', '食品生产企业'], ['投诉举报受理', '咨询', '信息查询', '抽检信息公开', '宣传', '培训', '预警发布', '科普']],
  区统计局: [['统计数据', '统计调查', '统计执法', '统计咨询', '统计年鉴', '统计信用', '统计法'], ['查询', '公布', '举报受理', '服务', '借阅', '信息公开', '宣传', '解读']],
  区供销联社: [['农资供应', '农产品流通', '农民专业合作社', '再生资源回收', '农村综合服务社', '庄稼医院', '电子商务'], ['服务', '咨询', '信息查询', '培训', '指导', '信息发布', '对接', '推广']],
  区扶贫办: [['建档立卡贫困户', '扶贫小额信贷', '雨露计划', '易地扶贫搬迁', '产业扶贫', '光伏扶贫', '扶贫项目'], ['信息查询', '申请', '补助发放', '政策咨询', '认定', '公示', '投诉受理', '培训']],
  区信访局: [['来信', '来访', '网上信访', '信访事项', '信访复查', '信访复核', '领导接访'], ['受理', '办理', '查询', '告知', '申请', '预约', '答复', '评价']],
  区档案局: [['档案查阅', '婚姻档案', '知青档案', '档案寄存', '档案鉴定', '地方志', '档案展览'], ['服务', '查询', '证明开具', '咨询', '借阅', '指导', '利用', '开放']],
  区委党史研究室: [['党史资料', '党史宣传教育', '革命遗址', '党史人物', '党史研究成果', '红色文化', '党史文献'], ['查阅', '服务', '咨询', '征集', '讲座', '信息查询', '展览', '借阅']],
  区机关事务服务中心: [['公务用车', '机关食堂', '办公用房', '节能公共机构', '机关幼儿园', '公共机构节能', '会议室'], ['信息公开', '服务', '咨询', '宣传', '报名', '预约', '信息查询', '投诉受理']],
  区政务公开政务服务管理办公室: [['政务服务中心', '网上政务服务', '12345热线', '政务公开', '便民服务', '好差评', '帮办代办'], ['咨询', '投诉受理', '预约', '信息查询', '服务', '评价', '指引', '信息公开']],
  区政府法制办: [['行政复议', '行政应诉', '规范性文件', '行政执法', '法律顾问', '行政执法人员', '法治政府'], ['申请', '咨询', '备案审查', '投诉受理', '信息公开', '证件查询', '宣传', '监督']],
};

/** A small deterministic random (mulberry32): the same province on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** How many items each of `units` units lists: 30 to 52, summing to `total`. */
export function itemCounts(units: number, total: number, rand: () => number): number[] {
  const counts = Array.from({ length: units }, () => 30 + Math.floor(rand() * 23));
  let diff = total - counts.reduce((s, n) => s + n, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % units) {
    const step = diff > 0 ? 1 : -1;
    if (counts[i] + step >= 25 && counts[i] + step <= 55) {
      counts[i] += step;
      diff -= step;
    }
  }
  return counts;
}

const DEMO_BY_UNIT = new Map<string, ItemDraft[]>();
for (const e of DEMO_CATALOG) DEMO_BY_UNIT.set(e.unitShortName, [...(DEMO_BY_UNIT.get(e.unitShortName) ?? []), e.draft]);

/** The county's form of a 武陵源区 text: its names, its 区/县/市. */
function localizer(county: County) {
  const kind = county.name.endsWith('县') ? '县' : county.name.endsWith('市') ? '市' : '区';
  const stem = county.name.replace(/(自治县|县|区|市)$/u, '');
  return (text: string) =>
    text
      .replaceAll('张家界市武陵源区', `${county.city}${county.name}`)
      .replaceAll('武陵源区', county.name)
      .replaceAll('武陵源', stem)
      .replace(/^区/u, kind);
}

/** The items one unit of a county lists: its demo items first, then built names. */
function unitDrafts(template: BaseUnit, county: County, fullName: string, count: number, rand: () => number): ItemDraft[] {
  const local = localizer(county);
  const demos = DEMO_BY_UNIT.get(template.shortName) ?? [];
  const out: ItemDraft[] = demos.slice(0, count).map((d) => JSON.parse(local(JSON.stringify(d))) as ItemDraft);
  const [subjects, actions] = POOLS[template.shortName];
  const taken = new Set(out.map((d) => d.name));
  const names = shuffle(
    subjects.flatMap((s) => actions.map((a) => `${s}${a}`)),
    rand,
  ).filter((n) => !taken.has(n));
  const models = demos.length > 0 ? demos : DEMO_CATALOG.map((e) => e.draft);
  for (let i = 0; out.length < count; i++) {
    const name = names[i];
    const model = JSON.parse(local(JSON.stringify(models[i % models.length]))) as ItemDraft;
    const proactive = /宣传|公开|发布|公告|服务$|培训|展览|开放/u.test(name);
    out.push({
      ...model,
      name,
      category: proactive ? 'proactive' : 'on_application',
      serviceContent: `${fullName}依法为群众和企业提供${name}，${proactive ? '定期主动开展，免费向社会提供' : '申请人按要求提交材料，符合条件的按时限办结'}`,
      guide: { ...model.guide, handlingAgency: fullName, resultName: proactive ? null : `${name}办理结果` },
    });
  }
  return out;
}

export interface ProvinceReport {
  counties: number;
  units: number;
  items: number;
  indexed: number;
  seconds: number;
}

const BATCH = 500;
async function insertAll<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/**
 * Writes the province into `db` (after the base seed): regions, units, items with one published
 * version each, one live edition a county, and the search entries. `counties` limits how many counties
 * (for a quicker run); `total` is the number of items over all 121 counties.
 */
export async function generateProvince(db: Db, opts: { counties?: number; total?: number; onCounty?: (done: number, of: number) => void } = {}): Promise<ProvinceReport> {
  const started = Date.now();
  const all = hunanCounties();
  const counties = all.slice(0, opts.counties ?? all.length);
  const rand = rng(20171);
  const counts = itemCounts(all.length * UNIT_TEMPLATES.length, opts.total ?? 150_000, rand);
  const now = new Date('2018-01-01T00:00:00+08:00');
  await db.insert(regions).values({ code: '430000', name: '湖南省', parentCode: null, level: 'province' }).onConflictDoNothing();
  await db
    .insert(regions)
    .values(CITIES.map(([code, name]) => ({ code, name, parentCode: '430000', level: 'city' })))
    .onConflictDoNothing();
  const report: ProvinceReport = { counties: 0, units: 0, items: 0, indexed: 0, seconds: 0 };
  let seq = 0;
  for (const [ci, county] of counties.entries()) {
    const local = localizer(county);
    await db.transaction(async (tx) => {
      await tx.insert(regions).values({ code: county.code, name: county.name, parentCode: county.cityCode, level: 'county' });
      const unitRows = UNIT_TEMPLATES.map((t, i) => ({
        id: randomUUID(),
        regionCode: county.code,
        kind: t.kind,
        fullName: local(t.fullName),
        shortName: local(t.shortName),
        phone: `0${700 + (ci % 99)}-${String(5_610_000 + i * 17).slice(0, 7)}`,
        address: `${county.city}${county.name}政务服务中心`,
        sortOrder: i + 1,
      }));
      await tx.insert(units).values(unitRows);
      await tx.insert(unitNames).values(
        unitRows.flatMap((u) => [
          { unitId: u.id, regionCode: county.code, name: u.fullName, nameKey: nameKey(u.fullName), kind: 'full' },
          { unitId: u.id, regionCode: county.code, name: u.shortName, nameKey: nameKey(u.shortName), kind: 'short' },
        ]),
      );
      const itemRows: (typeof items.$inferInsert)[] = [];
      const versionRows: (typeof itemVersions.$inferInsert)[] = [];
      const bases: (typeof legalBases.$inferInsert)[] = [];
      const mats: (typeof materials.$inferInsert)[] = [];
      const steps: (typeof processSteps.$inferInsert)[] = [];
      const lines: Omit<typeof editionItems.$inferInsert, 'editionId'>[] = [];
      for (const [ui, template] of UNIT_TEMPLATES.entries()) {
        const unit = unitRows[ui];
        const drafts = unitDrafts(template, county, unit.fullName, counts[ci * UNIT_TEMPLATES.length + ui], rand);
        for (const draft of drafts) {
          const itemId = randomUUID();
          const versionId = randomUUID();
          const code = `${county.code}-QD-${String(++seq).padStart(6, '0')}`;
          itemRows.push({ id: itemId, regionCode: county.code, unitId: unit.id, code, nameKey: nameKey(draft.name), createdAt: now, updatedAt: now });
          versionRows.push({ id: versionId, itemId, number: 1, state: 'published', ...versionColumns(draft), completeness: 100, createdAt: now, updatedAt: now });
          draft.legalBases.forEach((b, position) => bases.push({ versionId, position, ...b }));
          draft.materials.forEach((m, position) => mats.push({ versionId, position, ...m }));
          draft.steps.forEach((s, position) => steps.push({ versionId, position, ...s }));
          lines.push({ itemId, versionId, unitId: unit.id, code, name: draft.name, category: draft.category, position: lines.length + 1 });
        }
      }
      await insertAll(itemRows, (c) => tx.insert(items).values(c));
      await insertAll(versionRows, (c) => tx.insert(itemVersions).values(c));
      await insertAll(bases, (c) => tx.insert(legalBases).values(c));
      await insertAll(mats, (c) => tx.insert(materials).values(c));
      await insertAll(steps, (c) => tx.insert(processSteps).values(c));
      const [edition] = await tx
        .insert(editions)
        .values({
          regionCode: county.code,
          number: 1,
          title: `${county.name}公共服务事项目录（2017年版）`,
          docNumber: `${county.name.slice(0, 2)}政办发〔2017〕${20 + (ci % 30)}号`,
          publishedOn: '2017-12-29',
          effectiveOn: '2018-01-01',
          wentLiveAt: now,
          itemCount: lines.length,
          createdByName: '基准测试',
        })
        .returning();
      await insertAll(lines, (c) => tx.insert(editionItems).values(c.map((l) => ({ ...l, editionId: edition.id }))));
      const r = await reindexEdition(tx, edition, { now });
      report.indexed += r.indexed;
      report.items += lines.length;
      report.units += unitRows.length;
    });
    report.counties++;
    opts.onCounty?.(report.counties, counties.length);
  }
  // As after any bulk load: statistics for the planner, and the visibility map set, so autovacuum
  // does not start in the middle of the measurements.
  await db.execute(sql`vacuum (analyze)`);
  report.seconds = (Date.now() - started) / 1000;
  return report;
}
