import { describe, expect, it } from 'vitest';
import { emptyDraft, type ItemDraft } from '../../src/domain/catalog/item.ts';
import { readFilingWorkbook } from '../../src/modules/filing/read-filing.ts';
import { rowsToDrafts, type ConvertedRow, type ExistingItem } from '../../src/modules/filing/rows-to-drafts.ts';
import { buildWorkbook, EDU, FINANCE, HEADER, item, messyForm, testRegistry } from '../fixtures/filing/build-workbook.ts';
import { nameKey } from '../../src/domain/text.ts';

const unit = { id: 'edu', fullName: EDU, level: 'district' as const };

async function convert(buffer: Buffer, existing: ExistingItem[] = []): Promise<ConvertedRow[]> {
  const sheet = await readFilingWorkbook(buffer);
  return rowsToDrafts(sheet, { unit, registry: testRegistry(), existing: new Map(existing.map((e) => [nameKey(e.draft.name), e])) });
}

async function convertRows(...rows: unknown[][]): Promise<ConvertedRow[]> {
  return convert(await buildWorkbook({ rows: [HEADER, ...(rows as never[][])] }));
}

const at = (rows: ConvertedRow[], code: string) => rows.flatMap((r) => r.findings).filter((f) => f.code === code);

describe('turning filing-form rows into items (备案表行 → 事项)', () => {
  it('reports each normalization as a warning at its row and column', async () => {
    const rows = await convert(await messyForm());
    const warnings = rows.flatMap((r) => r.findings).filter((f) => f.severity === 'warning' && f.column !== null);
    expect(warnings.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 5, column: '类别', code: 'R1.category.normalized' },
      { row: 5, column: '服务对象', code: 'R4.objects.normalized' },
      { row: 7, column: '实施（共同实施）单位', code: 'R3.unit.shortName' },
      { row: 7, column: '实施（共同实施）单位', code: 'R3.unit.shortName' },
      { row: 9, column: '类别', code: 'R1.category.normalized' },
    ]);
    expect(warnings[0].message).toBe('类别“依申请”已规范为“依申请类”');
    expect(warnings[1].message).toBe('服务对象“公民、法人”已规范为“个人（公民）、法人”');
    expect(warnings[3].message).toBe('“区财政局”是简称或别名，已规范为全称“张家界市武陵源区财政局”');
    expect(rows.flatMap((r) => r.findings).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('fills the draft with the normalized values: category, objects, co-implementing units by full name, remarks', async () => {
    const [first, second, third] = await convert(await messyForm());
    expect(first.draft).toMatchObject({ name: '学前教育、义务教育阶段入学办理', category: 'on_application', serviceObjects: ['个人（公民）', '法人'], coImplementingUnits: [] });
    expect(second.draft.coImplementingUnits).toEqual([FINANCE]);
    expect(third.draft).toMatchObject({ category: 'proactive', serviceContent: '解答教育政策', remarks: '省市县同步实施' });
  });

  it('reads several bases in one cell, each with its document number, article and text', async () => {
    const [, second] = await convert(await messyForm());
    expect(second.draft.legalBases).toEqual([
      { kind: '规范性文件（含"三定"规定）', title: '《学生资助资金管理办法》', docNumber: '财科教〔2016〕35号', article: '第十条', articleText: '义务教育阶段家庭经济困难寄宿生生活补助…' },
      { kind: '法律', title: '《中华人民共和国义务教育法》', docNumber: null, article: '第四十四条', articleText: '义务教育经费保障…' },
    ]);
  });

  it('makes a row with an unknown category an error at its row and the 类别 column', async () => {
    const rows = await convertRows(item(1, '就业登记'), item(2, '失业登记', { category: '行政许可' }));
    expect(at(rows, 'R1.category.unknown')).toEqual([{ row: 3, column: '类别', code: 'R1.category.unknown', severity: 'error', message: '类别“行政许可”无法识别，只能填写“依申请类”或“主动服务类”' }]);
    expect(rows[1].draft.category).toBeNull();
  });

  it('makes an empty category an error, not only an incomplete item', async () => {
    const rows = await convertRows(item(1, '就业登记', { category: ' ' }));
    expect(rows[0].findings.filter((f) => f.code === 'R1.category.missing').map((f) => f.severity)).toEqual(['error']);
  });

  it('refuses a row whose implementing unit is another unit', async () => {
    const rows = await convertRows(item(1, '就业登记', { units: '区人社局、区教育局' }));
    const [f] = at(rows, 'R3.unit.otherUnit');
    expect(f).toMatchObject({ row: 2, column: '实施（共同实施）单位', severity: 'error' });
    expect(f.message).toContain('张家界市武陵源区人力资源和社会保障局');
  });

  it('names the closest registry units for an unknown co-implementing unit', async () => {
    const rows = await convertRows(item(1, '儿童预防接种', { units: `${EDU}、区卫健局` }));
    const [f] = at(rows, 'R3.unit.unknown');
    expect(f).toMatchObject({ row: 2, column: '实施（共同实施）单位', severity: 'error' });
    expect(f.message).toContain('区卫健局');
    expect(f.message).toContain('张家界市武陵源区卫生和计划生育局');
  });

  it('accepts an alias and the two-name form, separators 、，； and line breaks, and drops the unit itself when repeated', async () => {
    const rows = await convertRows(item(1, '金融知识宣传', { units: `区教育局，区金融办；\n区政府办(区金融办)、${EDU}` }));
    expect(rows[0].draft.coImplementingUnits).toEqual(['张家界市武陵源区人民政府办公室']);
    expect(rows[0].findings.filter((f) => f.code.startsWith('R3')).map((f) => f.code)).toEqual(['R3.unit.shortName', 'R3.unit.shortName', 'R3.unit.shortName', 'R3.unit.duplicate', 'R3.unit.duplicate']);
    expect(rows[0].findings.some((f) => f.severity === 'error')).toBe(false);
  });

  it('takes a missing unit cell as the importing unit, with a warning', async () => {
    const rows = await convertRows(item(1, '就业登记', { units: '' }));
    expect(at(rows, 'R3.unit.missing')).toEqual([expect.objectContaining({ row: 2, severity: 'warning' })]);
  });

  it('reports a duplicate name on the later row, naming the earlier one', async () => {
    const rows = await convertRows(item(1, '就业登记'), item(2, '失业登记'), item(3, ' 就业 登记。'));
    expect(at(rows, 'R6.name.duplicate')).toEqual([{ row: 4, column: '事项名称', code: 'R6.name.duplicate', severity: 'error', message: '事项名称“就业登记”与第2行重复' }]);
  });

  it('normalizes names (serial numbers, spaces, half-width brackets, a trailing 。) with a warning', async () => {
    const rows = await convertRows(item(1, '1、 《出生医学证明》首次签发(补发)。'));
    expect(rows[0].draft.name).toBe('《出生医学证明》首次签发（补发）');
    expect(at(rows, 'R6.name.normalized')).toEqual([expect.objectContaining({ row: 2, column: '事项名称', severity: 'warning' })]);
  });

  it('takes the reason for having no document basis from 备注 and keeps the rest as remarks', async () => {
    const rows = await convertRows(item(1, '图书借阅', { basis: '', remarks: '省市县同步实施\n无文件依据：该服务长期开展，是经常性、常态化、为群众认可的公共服务' }));
    expect(rows[0].draft).toMatchObject({ legalBases: [], noBasisReason: '该服务长期开展，是经常性、常态化、为群众认可的公共服务', remarks: '省市县同步实施' });
    expect(rows[0].findings.filter((f) => f.code.startsWith('R2'))).toEqual([]);
  });

  it('takes the reason from the 办理依据 cell when it says there is none', async () => {
    const rows = await convertRows(item(1, '图书借阅', { basis: '无文件依据：经常性、常态化开展，群众认可' }));
    expect(rows[0].draft.noBasisReason).toBe('经常性、常态化开展，群众认可');
    expect(rows[0].draft.remarks).toBeNull();
  });

  it('makes a row with neither a basis nor a reason an error at 办理依据', async () => {
    const rows = await convertRows(item(1, '图书借阅', { basis: ' ' }));
    expect(at(rows, 'R2.basis.missing')).toEqual([expect.objectContaining({ row: 2, column: '办理依据', severity: 'error' })]);
  });

  it('makes a basis that names no document an error at 办理依据', async () => {
    const rows = await convertRows(item(1, '图书借阅', { basis: '按上级要求办理' }));
    expect(at(rows, 'R2.basis.title')).toEqual([expect.objectContaining({ row: 2, column: '办理依据', severity: 'error' })]);
  });

  it('reports the guide elements the form does not carry as incomplete, with their code and no column', async () => {
    const [first] = await convertRows(item(1, '就业登记'));
    const guide = first.findings.filter((f) => f.code.startsWith('R7.guide.') && f.severity === 'incomplete');
    expect(guide.map((f) => f.code)).toEqual(expect.arrayContaining(['R7.guide.handlingAgency', 'R7.guide.materials', 'R7.guide.steps', 'R7.guide.consultation']));
    expect(guide.every((f) => f.column === null && f.row === 2)).toBe(true);
  });

  it('gives new items of a township unit the township level', async () => {
    const sheet = await readFilingWorkbook(await buildWorkbook({ rows: [HEADER, item(1, '就业登记', { units: '' })] }));
    const [row] = rowsToDrafts(sheet, { unit: { ...unit, level: 'township' }, registry: testRegistry(), existing: new Map() });
    expect(row.draft.level).toBe('township');
  });
});

describe('merging a row into an existing item of the same name', () => {
  const stored: ItemDraft = {
    ...emptyDraft('就业登记'),
    category: 'on_application',
    serviceContent: '办理就业登记',
    legalBases: [{ kind: '地方性法规', title: '《中华人民共和国就业促进法》', docNumber: null, article: '第二十条', articleText: '条款原文' }],
    serviceObjects: ['法人', '个人（公民）'],
    coImplementingUnits: [FINANCE],
    guide: { ...emptyDraft().guide, handlingAgency: '区人社局就业服务中心', consultation: '0744-5612345' },
    screening: { inPowerList: false, isInternal: false, isTemporary: false },
  };
  const existing = (draft: ItemDraft): ExistingItem => ({ itemId: 'i1', state: 'draft', draft });

  it('keeps the guide, screening answers and the stored form values when the form says the same', async () => {
    const buffer = await buildWorkbook({
      rows: [HEADER, item(1, '就业登记', { content: '办理就业登记', basis: '《中华人民共和国就业促进法》第二十条：条款原文', units: `${EDU}、区财政局`, objects: '个人（公民）、法人' })],
    });
    const [row] = await convert(buffer, [existing(stored)]);
    expect(row.existing?.itemId).toBe('i1');
    // The basis kind is not in the form and the object order is only canonicalized: both kept.
    expect(row.draft).toEqual(stored);
  });

  it('takes the changed form fields and keeps everything else', async () => {
    const buffer = await buildWorkbook({ rows: [HEADER, item(1, '就业登记', { content: '办理就业登记和失业登记', basis: '《中华人民共和国就业促进法》第二十条：条款原文\n《就业服务与就业管理规定》（劳社部令第28号）第六十二条：…', units: EDU, objects: '公民' })] });
    const [row] = await convert(buffer, [existing(stored)]);
    expect(row.draft.serviceContent).toBe('办理就业登记和失业登记');
    expect(row.draft.legalBases[0]).toEqual(stored.legalBases[0]);
    expect(row.draft.legalBases[1]).toMatchObject({ title: '《就业服务与就业管理规定》', docNumber: '劳社部令第28号', kind: '部门规章' });
    expect(row.draft.coImplementingUnits).toEqual([]);
    expect(row.draft.serviceObjects).toEqual(['个人（公民）']);
    expect(row.draft.guide).toEqual(stored.guide);
    expect(row.draft.screening).toEqual(stored.screening);
    expect(row.findings.some((f) => f.code === 'R7.guide.handlingAgency')).toBe(false);
  });
});
