import { randomInt } from 'node:crypto';
import { and, count, eq, gte } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import { errorReports, items } from '../../../db/schema/index.ts';
import { AppError, type FieldProblem } from '../../../domain/errors.ts';
import { chinaDate } from '../../../domain/working-days.ts';
import { notify } from '../../notify/notify.ts';
import { catalogItem, liveEdition } from '../../publication/queries.ts';
import { addressHash } from '../address.ts';
import { BODY_MAX, BODY_MIN, fieldLabel, isValidPhone, normalizePhone, PHONE_MESSAGE, REPORT_FIELD_PATHS } from '../fields.ts';
import { INBOX_ROLES } from '../policy.ts';

export interface FileReportInput {
  /** The item's stable code (unique across regions). */
  itemCode: string;
  fieldPath?: string | null;
  body: string;
  contactName?: string | null;
  contactPhone?: string | null;
}

/** Where a report comes from: the visitor's address (only its keyed hash is kept). */
export interface ReportSource {
  address: string;
}

/** Successful reports one address may file in an hour, whichever form or API it uses. */
export const REPORTS_PER_HOUR = 5;

/** JC + yyyymmdd (China date) + 5 random digits: JC2026112704217. */
export function newReference(now: Date): string {
  return `JC${chinaDate(now).replace(/-/g, '')}${String(randomInt(0, 100_000)).padStart(5, '0')}`;
}

const trimmed = (s: string | null | undefined) => {
  const t = (s ?? '').trim();
  return t === '' ? null : t;
};

/** Checks what a person typed; every problem in words, with its field. */
export function checkReportInput(input: FileReportInput): { fieldPath: string | null; body: string; contactName: string | null; contactPhone: string | null } {
  const problems: FieldProblem[] = [];
  const fieldPath = trimmed(input.fieldPath);
  if (fieldPath && !(REPORT_FIELD_PATHS as readonly string[]).includes(fieldPath)) problems.push({ path: 'fieldPath', message: '请从列表中选择有误的内容' });
  const body = (input.body ?? '').trim();
  const length = Array.from(body).length;
  if (length < BODY_MIN) problems.push({ path: 'body', message: length === 0 ? '请填写纠错内容' : `纠错内容至少${BODY_MIN}个字，请写明哪里有误、正确的是什么` });
  if (length > BODY_MAX) problems.push({ path: 'body', message: `纠错内容不超过${BODY_MAX}个字（现有${length}个字）` });
  const contactName = trimmed(input.contactName);
  if (contactName && Array.from(contactName).length > 30) problems.push({ path: 'contactName', message: '姓名不超过30个字' });
  const phone = trimmed(input.contactPhone);
  const contactPhone = phone ? normalizePhone(phone) : null;
  if (phone && !isValidPhone(phone)) problems.push({ path: 'contactPhone', message: PHONE_MESSAGE });
  if (problems.length > 0) throw new AppError('validation', problems[0].message, problems);
  return { fieldPath, body, contactName, contactPhone };
}

/**
 * 提交纠错: a member of the public reports a mistake in an item of the current catalog. The report
 * gets a reference number, goes to the owning unit's inbox and its editors and head are told. An
 * address may file {@link REPORTS_PER_HOUR} reports an hour.
 */
export async function fileReport(ctx: AppContext, source: ReportSource, input: FileReportInput): Promise<{ id: string; reference: string; regionCode: string; itemName: string }> {
  const clean = checkReportInput(input);
  // Item codes are unique across regions, so the code says which region's catalog to look in.
  const [item] = await ctx.db.select({ regionCode: items.regionCode }).from(items).where(eq(items.code, input.itemCode));
  const edition = item ? await liveEdition(ctx.db, item.regionCode) : null;
  const line = edition ? await catalogItem(ctx.db, edition.id, input.itemCode) : null;
  if (!item || !line) throw new AppError('not_found', `现行目录中没有编码为${input.itemCode}的事项`);
  const regionCode = item.regionCode;
  const hash = await addressHash(ctx.db, source.address);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [{ recent }] = await tx
      .select({ recent: count() })
      .from(errorReports)
      .where(and(eq(errorReports.sourceHash, hash), gte(errorReports.createdAt, new Date(now.getTime() - 3_600_000))));
    if (Number(recent) >= REPORTS_PER_HOUR) throw new AppError('rate_limited', `同一网络地址一小时内最多提交${REPORTS_PER_HOUR}条纠错，请稍后再试`);
    // The reference is random, so it cannot be guessed from another; a clash just draws again.
    for (let attempt = 0; attempt < 10; attempt++) {
      const [row] = await tx
        .insert(errorReports)
        .values({
          reference: newReference(now),
          regionCode,
          itemId: line.line.itemId,
          versionId: line.version.id,
          unitId: line.line.unitId,
          ...clean,
          sourceHash: hash,
          createdAt: now,
        })
        .onConflictDoNothing({ target: errorReports.reference })
        .returning({ id: errorReports.id, reference: errorReports.reference });
      if (!row) continue;
      await notify(
        tx,
        now,
        { roles: INBOX_ROLES, unitId: line.line.unitId },
        {
          kind: 'error_report.filed',
          title: `收到纠错：${line.line.name}`,
          body: `公众对事项“${line.line.name}”（${line.line.code}）的“${fieldLabel(clean.fieldPath)}”提出纠错（编号 ${row.reference}）：${clean.body.slice(0, 120)}`,
          link: `/error-reports?id=${row.id}`,
          regionCode,
        },
      );
      return { ...row, regionCode, itemName: line.line.name };
    }
    throw new AppError('conflict', '纠错编号生成失败，请重试');
  });
}
