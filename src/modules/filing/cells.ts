/**
 * How each field of an item is written into a cell of the filing form (备案表) and read back. The
 * exporter renders with these functions and the importer parses with their counterparts, so an
 * exported form reads back to the same values (round trip).
 */
import { CATEGORY_LABELS, SERVICE_OBJECTS, type ItemDraft, type LegalBasis } from '../../domain/catalog/item.ts';

/** 办理依据, one basis: 《文件名称》（文号）第…条：条款内容. */
export function renderBasis(b: LegalBasis): string {
  const text = b.articleText ? `：${b.articleText.replace(/\s*\n\s*/g, ' ')}` : '';
  const doc = b.docNumber ? (b.title ? `（${b.docNumber}）` : b.docNumber) : '';
  return `${b.title}${doc}${b.article ?? ''}${text}`;
}

/** 办理依据 cell: one basis a line. */
export function renderBases(bases: LegalBasis[]): string {
  return bases.map(renderBasis).join('\n');
}

/** 类别 cell: 依申请类 / 主动服务类 (empty when not chosen yet). */
export function renderCategory(category: ItemDraft['category']): string {
  return category ? CATEGORY_LABELS[category] : '';
}

/** 实施（共同实施）单位 cell: the owner unit's full name first, then the co-implementing units. */
export function renderUnits(unitFullName: string, coUnits: string[]): string {
  return [unitFullName, ...coUnits].join('、');
}

/** 服务对象 cell, in the canonical order of R4. */
export function renderServiceObjects(objects: ItemDraft['serviceObjects']): string {
  return SERVICE_OBJECTS.filter((o) => objects.includes(o)).join('、');
}

export const NO_BASIS_LABEL = '无文件依据：';

/** 备注 cell: the remarks, then the reason for having no document basis (R2) on its own line. */
export function renderRemarks(remarks: string | null, noBasisReason: string | null): string {
  return [remarks?.trim() || null, noBasisReason ? `${NO_BASIS_LABEL}${noBasisReason}` : null].filter(Boolean).join('\n');
}

// The phrases extractNoBasisReason recognizes as “there is no document basis”.
const NO_BASIS_PHRASE = /无\s*(?:任何)?(?:文件|法定|法律|政策|办理|明确|上位法|相关)?(?:文件)?依据/u;

/**
 * The remarks of a 备注 cell without its no-basis statement: “省市县同步实施\n无文件依据：…” keeps
 * “省市县同步实施”. Called only when a reason was found in the cell.
 */
export function remarksWithoutReason(cell: string): string | null {
  const lines = cell.split('\n');
  const k = lines.findIndex((l) => NO_BASIS_PHRASE.test(l));
  if (k < 0) return cell.trim() || null;
  const line = lines[k];
  const m = NO_BASIS_PHRASE.exec(line)!;
  const after = line.slice(m.index + m[0].length).replace(/[\s，,：:；;。、]/gu, '');
  // When nothing follows the phrase the reason came before it on the same line (经常性…，无文件依据).
  const before = after === '' ? '' : line.slice(0, m.index).replace(/[\s，,：:；;。、]+$/u, '');
  const kept = [...lines.slice(0, k), before].join('\n').trim();
  return kept === '' ? null : kept;
}

/** Splits a 实施（共同实施）单位 cell at 、，；/ and line breaks outside brackets; drops 共同实施单位： labels. */
export function splitUnits(cell: string): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of cell) {
    if ('（(【['.includes(ch)) depth++;
    else if ('）)】]'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;\n/／]/u.test(ch)) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts
    .map((p) => p.replace(/^[\s\u3000]*(?:共同实施(?:单位|部门)?|实施(?:单位|部门)|牵头(?:单位|部门)|配合(?:单位|部门))\s*[:：]/u, '').trim())
    .filter((p) => p !== '');
}
