import { createHash } from 'node:crypto';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/client.ts';
import { files } from '../../db/schema/index.ts';
import type { ItemDraft } from '../../domain/catalog/item.ts';
import { AppError } from '../../domain/errors.ts';
import { recordAudit } from '../audit/record.ts';
import { authorId } from '../catalog/commands/save-helpers.ts';
import { canCreateItem } from '../catalog/policy.ts';
import { loadUnitChain } from '../catalog/unit-chain.ts';
import type { Actor } from '../identity/actor.ts';
import { assertAllowed } from '../identity/policy.ts';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** File kinds a material template, sample or result sample may be; served with exactly this type, never as HTML. */
export const ALLOWED_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.wps': 'application/vnd.ms-works',
  '.ofd': 'application/ofd',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

/** 上传附件: stores a template or sample file of the actor's unit and returns its id. */
export async function uploadFile(ctx: AppContext, actor: Actor, input: { fileName: string; content: Buffer }): Promise<{ id: string; filename: string; size: number; mimeType: string }> {
  assertAllowed(canCreateItem(actor, await loadUnitChain(ctx.db, actor.unitId)), '只有单位填报员和单位负责人可以上传材料样表');
  const filename = path.basename(input.fileName.trim()).slice(0, 200);
  const ext = path.extname(filename).toLowerCase();
  const mimeType = ALLOWED_TYPES[ext];
  if (!filename || !mimeType) {
    throw new AppError('validation', `不支持的文件类型：请上传 ${Object.keys(ALLOWED_TYPES).join('、')} 文件`, [{ path: 'fileName', message: '不支持的文件类型' }]);
  }
  if (input.content.length === 0) throw new AppError('validation', '文件为空', [{ path: 'file', message: '文件为空' }]);
  if (input.content.length > MAX_FILE_BYTES) throw new AppError('validation', '文件不能超过10MB', [{ path: 'file', message: '文件过大' }]);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(files)
      .values({ unitId: actor.unitId, filename, mimeType, size: input.content.length, sha256, content: input.content, uploadedBy: authorId(actor), createdAt: ctx.clock.now() })
      .returning({ id: files.id });
    await recordAudit(tx, actor, { action: 'file.upload', targetType: 'file', targetId: row.id, newValues: { filename, size: input.content.length, sha256 } });
    return { id: row.id, filename, size: input.content.length, mimeType };
  });
}

/** The file ids a draft refers to. */
export function fileIdsOf(draft: ItemDraft): string[] {
  const ids = draft.materials.flatMap((m) => [m.templateFileId, m.sampleFileId]);
  ids.push(draft.guide.resultSampleFileId);
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/** Refuses a draft that points at files that do not exist or belong to another unit. */
export async function checkDraftFiles(db: Db, unitId: string, draft: ItemDraft): Promise<void> {
  const ids = fileIdsOf(draft);
  if (ids.length === 0) return;
  const found = await db.select({ id: files.id, unitId: files.unitId }).from(files).where(inArray(files.id, ids));
  const ok = new Set(found.filter((f) => f.unitId === unitId).map((f) => f.id));
  const bad = ids.filter((id) => !ok.has(id));
  if (bad.length > 0) throw new AppError('validation', '引用的附件不存在或不属于本单位，请重新上传', [{ path: 'materials', message: '附件不存在' }]);
}

export async function getFile(db: Db, id: string) {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row ?? null;
}
