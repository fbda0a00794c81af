import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { units } from '../../../db/schema/index.ts';
import { AppError, type FieldProblem } from '../../../domain/errors.ts';
import { parseDocNumber } from '../../../domain/review/doc-number.ts';
import type { CampaignInput } from '../schemas.ts';

export interface CampaignFields {
  name: string;
  docNumber: string | null;
  unitIds: string[];
  submissionDeadline: string;
  reviewStartsOn: string | null;
  reviewEndsOn: string | null;
  publicationTarget: string | null;
}

const DATE_ORDER = [
  ['submissionDeadline', '报送截止日期'],
  ['reviewStartsOn', '集中审核开始日期'],
  ['reviewEndsOn', '集中审核结束日期'],
  ['publicationTarget', '发布目标日期'],
] as const;

/** The notice's sequence: submit, then review, then publish; each date given may not precede an earlier one. */
export function dateOrderProblems(f: Pick<CampaignFields, (typeof DATE_ORDER)[number][0]>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  let previous: { key: string; label: string; date: string } | null = null;
  for (const [key, label] of DATE_ORDER) {
    const date = f[key];
    if (!date) continue;
    if (previous && date < previous.date) problems.push({ path: key, message: `${label}不能早于${previous.label}（${previous.date}）` });
    else previous = { key, label, date };
  }
  return problems;
}

/**
 * Checks and normalizes a campaign's fields: at least one participating unit, all of the caller's
 * region; the dates in order; the document number in the 〔YYYY〕N号 form. Throws `validation` with
 * every problem found.
 */
export async function checkCampaign(db: Db, regionCode: string, input: CampaignInput): Promise<CampaignFields> {
  const problems: FieldProblem[] = [];
  const unitIds = [...new Set(input.unitIds)];
  if (unitIds.length === 0) problems.push({ path: 'unitIds', message: '请至少选择一个参与单位' });
  else {
    const found = await db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.regionCode, regionCode), inArray(units.id, unitIds)));
    const known = new Set(found.map((u) => u.id));
    const unknown = unitIds.filter((id) => !known.has(id));
    if (unknown.length > 0) problems.push({ path: 'unitIds', message: `有${unknown.length}个参与单位不存在或不属于本行政区划` });
  }
  let docNumber: string | null = null;
  if (input.docNumber?.trim()) {
    const parsed = parseDocNumber(input.docNumber);
    if (parsed.ok) docNumber = parsed.normalized;
    else problems.push({ path: 'docNumber', message: parsed.error });
  }
  const fields: CampaignFields = {
    name: input.name.trim(),
    docNumber,
    unitIds,
    submissionDeadline: input.submissionDeadline,
    reviewStartsOn: input.reviewStartsOn ?? null,
    reviewEndsOn: input.reviewEndsOn ?? null,
    publicationTarget: input.publicationTarget ?? null,
  };
  if (!fields.name) problems.push({ path: 'name', message: '请填写名称' });
  problems.push(...dateOrderProblems(fields));
  if (problems.length > 0) throw new AppError('validation', problems.map((p) => p.message).join('；'), problems);
  return fields;
}
