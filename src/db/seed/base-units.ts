/**
 * The region and units of 张武审改办发〔2017〕1号: the 28 units of Attachment 1 and the three offices
 * that run the work. Aliases include the second name of units that carry two (一个机构两块牌子).
 */
export interface BaseUnit {
  shortName: string;
  fullName: string;
  kind: 'department' | 'institution' | 'other' | 'office';
  aliases: string[];
}

export const BASE_REGIONS = [
  { code: '430000', name: '湖南省', parentCode: null, level: 'province' },
  { code: '430800', name: '张家界市', parentCode: '430000', level: 'city' },
  { code: '430811', name: '武陵源区', parentCode: '430800', level: 'county' },
] as const;

const P = '张家界市武陵源区';

export const BASE_UNITS: BaseUnit[] = [
  // 一、区政府工作部门（22个）
  { shortName: '区政府办', fullName: `${P}人民政府办公室`, kind: 'department', aliases: ['区金融办', '区政府办（区金融办）', `${P}金融工作办公室`] },
  {
    shortName: '区发展改革和科学技术局',
    fullName: `${P}发展改革和科学技术局`,
    kind: 'department',
    aliases: ['区商务和粮食局', '区发展改革和科学技术局（区商务和粮食局）', `${P}商务和粮食局`, '区发改科技局'],
  },
  { shortName: '区旅外局', fullName: `${P}旅游外事侨务局`, kind: 'department', aliases: ['区旅游外事侨务局'] },
  { shortName: '区教育局', fullName: `${P}教育局`, kind: 'department', aliases: [] },
  { shortName: '区监察局', fullName: `${P}监察局`, kind: 'department', aliases: [] },
  { shortName: '区民宗局', fullName: `${P}民族宗教事务局`, kind: 'department', aliases: ['区民族宗教事务局'] },
  { shortName: '区公安分局', fullName: '张家界市公安局武陵源分局', kind: 'department', aliases: ['武陵源公安分局'] },
  { shortName: '区司法局', fullName: `${P}司法局`, kind: 'department', aliases: [] },
  { shortName: '区财政局', fullName: `${P}财政局`, kind: 'department', aliases: [] },
  { shortName: '区人社局', fullName: `${P}人力资源和社会保障局`, kind: 'department', aliases: ['区人力资源和社会保障局'] },
  { shortName: '区环保分局', fullName: '张家界市环境保护局武陵源分局', kind: 'department', aliases: ['武陵源环保分局'] },
  { shortName: '区住建局', fullName: `${P}住房和城乡建设局`, kind: 'department', aliases: ['区住房和城乡建设局'] },
  { shortName: '区交通运输局', fullName: `${P}交通运输局`, kind: 'department', aliases: ['区交通局'] },
  { shortName: '区农业农村工作局', fullName: `${P}农业农村工作局`, kind: 'department', aliases: ['区农业局'] },
  { shortName: '区水利局', fullName: `${P}水利局`, kind: 'department', aliases: [] },
  { shortName: '区林业局', fullName: `${P}林业局`, kind: 'department', aliases: [] },
  { shortName: '区文广新局', fullName: `${P}文化广电新闻出版局`, kind: 'department', aliases: ['区文化广电新闻出版局'] },
  { shortName: '区卫计局', fullName: `${P}卫生和计划生育局`, kind: 'department', aliases: ['区卫生计生局', '区卫生和计划生育局'] },
  { shortName: '区审计局', fullName: `${P}审计局`, kind: 'department', aliases: [] },
  { shortName: '区安监局', fullName: `${P}安全生产监督管理局`, kind: 'department', aliases: ['区安全生产监督管理局'] },
  { shortName: '区食药监局', fullName: `${P}食品药品监督管理局`, kind: 'department', aliases: ['区食品药品监督管理局'] },
  { shortName: '区统计局', fullName: `${P}统计局`, kind: 'department', aliases: [] },
  // 二、区政府直属事业单位（2个）
  { shortName: '区供销联社', fullName: `${P}供销合作联社`, kind: 'institution', aliases: ['区供销社'] },
  { shortName: '区扶贫办', fullName: `${P}扶贫开发办公室`, kind: 'institution', aliases: [] },
  // 三、其他单位（4个）
  { shortName: '区信访局', fullName: `${P}信访局`, kind: 'other', aliases: [] },
  { shortName: '区档案局', fullName: `${P}档案局`, kind: 'other', aliases: [] },
  { shortName: '区委党史研究室', fullName: '中共张家界市武陵源区委党史研究室', kind: 'other', aliases: ['区党史研究室'] },
  { shortName: '区机关事务服务中心', fullName: `${P}机关事务服务中心`, kind: 'other', aliases: [] },
  // The offices that run the work.
  { shortName: '区政务公开政务服务管理办公室', fullName: `${P}政务公开政务服务管理办公室`, kind: 'office', aliases: ['区政务服务管理办'] },
  {
    shortName: '区审改办',
    fullName: `${P}人民政府行政审批制度改革工作领导小组办公室`,
    kind: 'office',
    aliases: ['区编办', `${P}机构编制委员会办公室`],
  },
  { shortName: '区政府法制办', fullName: `${P}人民政府法制办公室`, kind: 'office', aliases: ['区法制办'] },
];

/** The unit the first administrator belongs to. */
export const ADMIN_UNIT_SHORT_NAME = '区政务公开政务服务管理办公室';
