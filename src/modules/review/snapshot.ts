/**
 * 送审稿快照: what the unit head signs is frozen at the moment of signing — the filing form (.xlsx) and
 * the guides compilation (.docx) of exactly the versions submitted — and kept as files with their
 * SHA-256, so anyone can later show that the documents reviewed are the documents signed.
 */
import { createHash } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { files, items, itemVersions } from '../../db/schema/index.ts';
import { loadDrafts } from '../catalog/repository.ts';
import { writeFilingWorkbook } from '../filing/write-filing.ts';
import { allGuidesDocx } from '../guides/guide-docx.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface StoredFile {
  id: string;
  sha256: string;
}

export interface Snapshot {
  filing: StoredFile;
  guides: StoredFile;
}

export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

async function store(tx: Db, input: { unitId: string; filename: string; mimeType: string; content: Buffer; by: string | null; now: Date }): Promise<StoredFile> {
  const digest = sha256(input.content);
  const [row] = await tx
    .insert(files)
    .values({ unitId: input.unitId, filename: input.filename, mimeType: input.mimeType, size: input.content.length, sha256: digest, content: input.content, uploadedBy: input.by, createdAt: input.now })
    .returning({ id: files.id });
  return { id: row.id, sha256: digest };
}

/**
 * Writes the filing form and the guides compilation of `versionIds` (in item-code order) and stores
 * both as files of the unit, inside the signing transaction.
 */
export async function freezeSnapshot(
  tx: Db,
  input: { unit: { id: string; fullName: string; shortName: string }; versionIds: string[]; number: number; signedBy: string | null; now: Date },
): Promise<Snapshot> {
  const rows = await tx
    .select({ code: items.code, version: itemVersions })
    .from(itemVersions)
    .innerJoin(items, eq(items.id, itemVersions.itemId))
    .where(inArray(itemVersions.id, input.versionIds))
    .orderBy(asc(items.code));
  const drafts = await loadDrafts(
    tx,
    rows.map((r) => r.version),
  );
  const filing = await writeFilingWorkbook({ fullName: input.unit.fullName }, drafts, { date: input.now });
  const guides = await allGuidesDocx({
    unitName: input.unit.fullName,
    guides: rows.map((r, i) => ({ code: r.code, unitName: input.unit.fullName, draft: drafts[i], versionNumber: r.version.number })),
    date: input.now,
  });
  const base = `${input.unit.shortName.replace(/[\\/:*?"<>|]/g, '_')}-第${input.number}次报送`;
  return {
    filing: await store(tx, { unitId: input.unit.id, filename: `备案表-${base}.xlsx`, mimeType: XLSX_TYPE, content: filing, by: input.signedBy, now: input.now }),
    guides: await store(tx, { unitId: input.unit.id, filename: `服务指南汇编-${base}.docx`, mimeType: DOCX_TYPE, content: guides, by: input.signedBy, now: input.now }),
  };
}
