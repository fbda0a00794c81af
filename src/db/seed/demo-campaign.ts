/**
 * The notice's own campaign (张武审改办发〔2017〕1号): the 28 units of its Attachment 1, which submit to
 * the district office by 2017-12-08. The three offices that run the work (区政务公开政务服务管理办公室,
 * 区审改办, 区政府法制办) are not on Attachment 1 and do not take part.
 *
 * Dates: the notice gives the deadline to the day (于2017年12月8日前) but the review and publication
 * only by 旬: central review and legality review "12月中旬" (中旬 = the 11th to the 20th), publication
 * "12月下旬". The review window is therefore 2017-12-11 (Monday) to 2017-12-20, and the publication
 * target 2017-12-29, the last working day of 下旬 in 2017 (the 30th and 31st are a weekend).
 */
import type { AppContext } from '../../app-context.ts';
import { recordAudit } from '../../modules/audit/record.ts';
import { resolveUnitName } from '../../modules/org/queries.ts';
import { appMeta, campaigns } from '../schema/index.ts';

const DEMO_KEY = 'seed:demo-campaign';

/** Attachment 1 (梳理公开区级公共服务事项单位名单) as the notice writes the names, in its order. */
export const ATTACHMENT_1 = [
  // 一、区政府工作部门（22个）
  '区政府办（区金融办）',
  '区发展改革和科学技术局（区商务和粮食局）',
  '区旅外局',
  '区教育局',
  '区监察局',
  '区民宗局',
  '区公安分局',
  '区司法局',
  '区财政局',
  '区人社局',
  '区环保分局',
  '区住建局',
  '区交通运输局',
  '区农业农村工作局',
  '区水利局',
  '区林业局',
  '区文广新局',
  '区卫计局',
  '区审计局',
  '区安监局',
  '区食药监局',
  '区统计局',
  // 二、区政府直属事业单位（2个）
  '区供销联社',
  '区扶贫办',
  // 三、其他单位（4个）
  '区信访局',
  '区档案局',
  '区委党史研究室',
  '区机关事务服务中心',
] as const;

export const DEMO_CAMPAIGN = {
  name: '武陵源区公共服务事项目录梳理工作（2017年）',
  docNumber: '张武审改办发〔2017〕1号',
  submissionDeadline: '2017-12-08',
  reviewStartsOn: '2017-12-11',
  reviewEndsOn: '2017-12-20',
  publicationTarget: '2017-12-29',
} as const;

/** Seeds the notice's 2017 campaign once (an app_meta marker keeps a second start from adding another). */
export async function seedDemoCampaign(ctx: AppContext, regionCode = '430811'): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const inserted = await tx.insert(appMeta).values({ key: DEMO_KEY, value: { at: ctx.clock.now().toISOString() } }).onConflictDoNothing().returning();
    if (inserted.length === 0) return false;
    const unitIds: string[] = [];
    for (const name of ATTACHMENT_1) {
      const r = await resolveUnitName(tx, regionCode, name);
      if (!r.found) throw new Error(`demo campaign: unknown unit ${name}`);
      unitIds.push(r.unit.id);
    }
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(campaigns)
      .values({ regionCode, ...DEMO_CAMPAIGN, unitIds, createdAt: now, updatedAt: now })
      .returning({ id: campaigns.id });
    await recordAudit(
      tx,
      { username: 'system', regionCode },
      { action: 'campaign.create', targetType: 'campaign', targetId: row.id, newValues: { ...DEMO_CAMPAIGN, unitIds }, detail: `载入演示梳理工作“${DEMO_CAMPAIGN.name}”，参与单位${unitIds.length}个` },
    );
    return true;
  });
}
