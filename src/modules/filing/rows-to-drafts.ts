/**
 * 备案表行 → 事项草稿: gives each row of a filing form its meaning — normalized name, category, bases,
 * units, service objects, remarks — and reports every normalization, problem and rule finding at the
 * row and column where the department can see it.
 */
import { emptyDraft, type Finding, type ItemDraft, type ItemLevel, type LegalBasis, type Severity } from '../../domain/catalog/item.ts';
import { extractNoBasisReason, normalizeCategory, normalizeItemName, normalizeServiceObjects, parseLegalBases } from '../../domain/catalog/normalize.ts';
import { checkItem } from '../../domain/catalog/rules.ts';
import { nameKey } from '../../domain/text.ts';
import type { UnitRegistryView } from '../org/unit-registry.ts';
import { remarksWithoutReason, renderBasis, renderBases, renderCategory, renderRemarks, renderServiceObjects, renderUnits, splitUnits } from './cells.ts';
import { FILING_HEADERS, type FilingColumn, type FilingRow, type FilingSheet } from './read-filing.ts';

/** One finding of the import, where the department can see it. `column` is the header, or null for the row. */
export interface RowFinding {
  row: number;
  column: string | null;
  code: string;
  message: string;
  severity: Severity;
}

/** An existing item of the unit with the same name (matched by name key), to merge the form into. */
export interface ExistingItem {
  itemId: string;
  state: string;
  draft: ItemDraft;
}

export interface ConvertContext {
  unit: { id: string; fullName: string; level: ItemLevel };
  registry: UnitRegistryView;
  /** 权力清单 of the region (R5): a row naming a power-list item does not belong in the catalog. */
  powerList?: { name: string; unitName?: string | null }[];
  /** Existing items of the unit by name key (nameKey of the item name). */
  existing: Map<string, ExistingItem>;
}

export interface ConvertedRow {
  row: number;
  draft: ItemDraft;
  existing: ExistingItem | null;
  findings: RowFinding[];
}

/** The form's own fields, as read from one row. */
interface FormFields {
  name: string;
  category: ItemDraft['category'];
  serviceContent: string | null;
  legalBases: LegalBasis[];
  noBasisReason: string | null;
  remarks: string | null;
  coImplementingUnits: string[];
  serviceObjects: ItemDraft['serviceObjects'];
}

type Cells = FilingRow['cells'];
type Found = { column: FilingColumn | null; finding: Finding };

// Where a rule's field path shows in the form.
const PATH_COLUMNS: [RegExp, FilingColumn][] = [
  [/^name\b/, 'name'],
  [/^category\b/, 'category'],
  [/^serviceContent\b/, 'content'],
  [/^(legalBases|noBasisReason)\b/, 'basis'],
  [/^coImplementingUnits\b/, 'units'],
  [/^serviceObjects\b/, 'objects'],
  [/^remarks\b/, 'remarks'],
];

function columnOfPath(path: string): FilingColumn | null {
  return PATH_COLUMNS.find(([re]) => re.test(path))?.[1] ?? null;
}

function mk(severity: Severity, code: string, path: string, message: string): Finding {
  return { severity, code, path, message };
}

/** Resolves the units cell (R3): the first unit must be the importing one, the others are co-implementing. */
function readUnits(cells: Cells, ctx: ConvertContext, report: (f: Found) => void): string[] {
  const own = ctx.unit.fullName;
  const first = splitUnits(cells.units ?? '');
  const extra = splitUnits(cells.coUnits ?? '');
  if (first.length === 0) {
    report({ column: 'units', finding: mk('warning', 'R3.unit.missing', 'unit', `未填写实施单位，按导入单位“${own}”处理`) });
  }
  const resolved: string[] = [];
  const names = [...first.map((n) => ({ n, column: 'units' as FilingColumn })), ...extra.map((n) => ({ n, column: 'coUnits' as FilingColumn }))];
  names.forEach(({ n, column }, i) => {
    const isOwner = i === 0 && first.length > 0;
    const r = ctx.registry.resolve(n);
    if (r.fullName === null) {
      const hint = r.suggestions.length > 0 ? `，是否指：${r.suggestions.join('、')}？` : '';
      report({ column, finding: mk('error', 'R3.unit.unknown', isOwner ? 'unit' : 'coImplementingUnits', `单位名录中没有“${n}”${hint}`) });
      return;
    }
    if (r.matchedKind !== 'full') {
      report({ column, finding: mk('warning', 'R3.unit.shortName', isOwner ? 'unit' : 'coImplementingUnits', `“${n}”是简称或别名，已规范为全称“${r.fullName}”`) });
    } else if (r.fullName !== n) {
      report({ column, finding: mk('warning', 'R3.unit.fullName', isOwner ? 'unit' : 'coImplementingUnits', `单位名称“${n}”已规范为“${r.fullName}”`) });
    }
    if (isOwner) {
      if (r.fullName !== own) {
        report({ column, finding: mk('error', 'R3.unit.otherUnit', 'unit', `本行的实施单位是“${r.fullName}”，不是导入单位“${own}”；请由该单位导入，或改正实施单位`) });
      }
      return;
    }
    if (r.fullName === own || resolved.includes(r.fullName)) {
      report({ column, finding: mk('warning', 'R3.unit.duplicate', 'coImplementingUnits', `单位“${n}”重复填写，已忽略`) });
      return;
    }
    resolved.push(r.fullName);
  });
  return resolved;
}

/** Reads the form's fields of one row, reporting normalizations and problems of the cells. */
function readFields(cells: Cells, ctx: ConvertContext, report: (f: Found) => void): FormFields {
  const name = normalizeItemName(cells.name ?? '');
  if (name.finding) report({ column: 'name', finding: name.finding });
  const category = normalizeCategory(cells.category ?? null);
  if (category.finding) report({ column: 'category', finding: category.finding });

  const basisCell = cells.basis ?? '';
  const legalBases = parseLegalBases(basisCell);
  const remarksCell = cells.remarks ?? '';
  let noBasisReason = extractNoBasisReason(remarksCell);
  let remarks = remarksCell.trim() === '' ? null : remarksCell.trim();
  if (noBasisReason !== null) remarks = remarksWithoutReason(remarksCell);
  else if (legalBases.length === 0) noBasisReason = extractNoBasisReason(basisCell);

  const objects = normalizeServiceObjects(cells.objects ?? null);
  for (const f of objects.findings) report({ column: 'objects', finding: f });

  const content = (cells.content ?? '').trim();
  return {
    name: name.value,
    category: category.value,
    serviceContent: content === '' ? null : content,
    legalBases,
    noBasisReason,
    remarks,
    coImplementingUnits: readUnits(cells, ctx, report),
    serviceObjects: objects.values,
  };
}

/** The cells an existing item would be exported as, so that “the form says what we hold” is testable. */
function cellsOf(draft: ItemDraft, unitFullName: string): Cells {
  return {
    name: draft.name,
    category: renderCategory(draft.category),
    content: draft.serviceContent ?? '',
    basis: renderBases(draft.legalBases),
    units: renderUnits(unitFullName, draft.coImplementingUnits),
    objects: renderServiceObjects(draft.serviceObjects),
    remarks: renderRemarks(draft.remarks, draft.noBasisReason),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges the form into an existing item: the form's fields replace the item's, the rest (guide,
 * materials, steps, screening, codes, level) stays. Where the form says what the item already holds —
 * read the same way the item would be exported — the stored value is kept as it is, so an exported
 * form imports back without a change, and a basis keeps its kind unless its text changed.
 */
export function mergeForm(existing: ItemDraft, form: FormFields, ctx: ConvertContext): ItemDraft {
  const held = readFields(cellsOf(existing, ctx.unit.fullName), ctx, () => {});
  const keep = <T>(formValue: T, heldValue: T, stored: T): T => (same(formValue, heldValue) ? stored : formValue);
  const storedBases = new Map<string, LegalBasis>();
  for (const b of existing.legalBases) {
    const parsed = parseLegalBases(renderBasis(b));
    if (parsed.length === 1 && !storedBases.has(JSON.stringify(parsed[0]))) storedBases.set(JSON.stringify(parsed[0]), b);
  }
  const remarksSame = same([form.remarks, form.noBasisReason], [held.remarks, held.noBasisReason]);
  return {
    ...existing,
    name: keep(form.name, held.name, existing.name),
    category: keep(form.category, held.category, existing.category),
    serviceContent: keep(form.serviceContent, held.serviceContent, existing.serviceContent),
    legalBases: same(form.legalBases, held.legalBases) ? existing.legalBases : form.legalBases.map((b) => storedBases.get(JSON.stringify(b)) ?? b),
    noBasisReason: remarksSame ? existing.noBasisReason : form.noBasisReason,
    remarks: remarksSame ? existing.remarks : form.remarks,
    coImplementingUnits: keep(form.coImplementingUnits, held.coImplementingUnits, existing.coImplementingUnits),
    serviceObjects: keep(form.serviceObjects, held.serviceObjects, existing.serviceObjects),
  };
}

/**
 * Turns the rows of a filing form into drafts of the importing unit, merged into the unit's
 * existing items of the same name, with the findings of the cells and of the rules (R1–R10).
 */
export function rowsToDrafts(sheet: FilingSheet, ctx: ConvertContext): ConvertedRow[] {
  const header = (column: FilingColumn | null): string | null => (column === null ? null : (sheet.headers[column] ?? (column === 'coUnits' ? '共同实施单位' : FILING_HEADERS[column])));
  const firstRowOf = new Map<string, number>();
  return sheet.rows.map((r) => {
    const found: Found[] = [];
    const form = readFields(r.cells, ctx, (f) => found.push(f));
    const key = nameKey(form.name);
    const earlier = key === '' ? undefined : firstRowOf.get(key);
    if (earlier !== undefined) {
      found.push({ column: 'name', finding: mk('error', 'R6.name.duplicate', 'name', `事项名称“${form.name}”与第${earlier}行重复`) });
    } else if (key !== '') {
      firstRowOf.set(key, r.row);
    }
    const existing = key === '' ? null : (ctx.existing.get(key) ?? null);
    const draft: ItemDraft = existing ? mergeForm(existing.draft, form, ctx) : { ...emptyDraft(form.name), ...form, level: ctx.unit.level };
    // The cells' own findings come first; the rules do not say the same thing twice (R1.category.missing).
    const reported = new Set(found.map((f) => f.finding.code));
    for (const f of checkItem(draft, { units: ctx.registry, powerList: ctx.powerList })) {
      if (reported.has(f.code)) continue;
      const column = columnOfPath(f.path);
      // A finding about what the form does not carry (the guide, materials…) cannot be fixed in the
      // form and the import leaves those fields as they are: it is reported, never blocking.
      const finding = column === null && f.severity === 'error' ? { ...f, severity: 'warning' as const } : f;
      found.push({ column, finding });
    }
    const findings = found.map(({ column, finding }) => ({ row: r.row, column: header(column), code: finding.code, message: finding.message, severity: finding.severity }));
    return { row: r.row, draft, existing, findings };
  });
}
