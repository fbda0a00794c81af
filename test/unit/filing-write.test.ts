import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { emptyDraft, type ItemDraft } from '../../src/domain/catalog/item.ts';
import { nameKey } from '../../src/domain/text.ts';
import { draftFingerprint } from '../../src/modules/catalog/repository.ts';
import { readFilingWorkbook } from '../../src/modules/filing/read-filing.ts';
import { rowsToDrafts } from '../../src/modules/filing/rows-to-drafts.ts';
import { chineseDate, FILING_TITLE, SIGNATURE_LINE, writeFilingWorkbook } from '../../src/modules/filing/write-filing.ts';
import { EDU, FINANCE, GOV_OFFICE, HEADER, testRegistry } from '../fixtures/filing/build-workbook.ts';

const unit = { id: 'edu', fullName: EDU, level: 'district' as const };
// 20:30 UTC on the 26th is already the 27th in Beijing.
const date = new Date('2026-11-26T20:30:00Z');

function draft(over: Partial<ItemDraft>): ItemDraft {
  return { ...emptyDraft(over.name ?? '事项'), category: 'on_application', serviceObjects: ['个人（公民）'], ...over };
}

const DRAFTS: ItemDraft[] = [
  draft({
    name: '学前教育、义务教育阶段入学办理',
    serviceContent: '适龄儿童入学登记、学位分配',
    legalBases: [
      { kind: '法律', title: '《中华人民共和国义务教育法》', docNumber: null, article: '第十二条', articleText: '适龄儿童、少年免试入学。地方各级人民政府应当保障适龄儿童、少年在户籍所在地学校就近入学。' },
      { kind: '规范性文件（含"三定"规定）', title: '《学生资助资金管理办法》', docNumber: '财科教〔2016〕35号', article: '第十条', articleText: '义务教育阶段家庭经济困难寄宿生生活补助…' },
      { kind: '行政法规', title: '《社会救助暂行办法》', docNumber: '国务院令第649号', article: '第十一条', articleText: '申请最低生活保障，按照下列程序办理：（一）由共同生活的家庭成员向户籍所在地的乡镇人民政府提出书面申请。' },
    ],
    coImplementingUnits: [FINANCE, GOV_OFFICE],
    serviceObjects: ['个人（公民）', '法人'],
    remarks: '省市县同步实施',
  }),
  draft({ name: '教育政策咨询', category: 'proactive', serviceContent: '解答教育政策', legalBases: [], noBasisReason: '长期开展，是经常性、常态化、为群众认可的公共服务', remarks: null }),
  draft({ name: '图书借阅', serviceContent: null, legalBases: [{ kind: '法律', title: '《中华人民共和国公共图书馆法》', docNumber: null, article: '第三十三条', articleText: null }], remarks: '周末开放\n寒暑假另行通知', noBasisReason: '也写了理由' }),
];

async function sheetOf(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb.worksheets[0];
}

describe('the exported filing form (导出备案表)', () => {
  it('has the layout of Attachment 2: title, 报送单位 and 时间 line, header, one row per item, notes and a signature line', async () => {
    const ws = await sheetOf(await writeFilingWorkbook({ fullName: EDU }, DRAFTS, { date }));
    expect(ws.getCell('A1').value).toBe(FILING_TITLE);
    expect(ws.getCell('H1').isMerged && ws.getCell('H1').master.address).toBe('A1');
    expect(ws.getCell('A2').value).toBe(`报送单位：${EDU}（盖章）`);
    expect(ws.getCell('F2').value).toBe('时间：2026年11月27日');
    expect(ws.getRow(3).values).toEqual([undefined, ...HEADER]);
    expect(ws.getRow(4).values).toEqual([
      undefined,
      1,
      '学前教育、义务教育阶段入学办理',
      '依申请类',
      '适龄儿童入学登记、学位分配',
      expect.stringContaining('《中华人民共和国义务教育法》第十二条：适龄儿童'),
      `${EDU}、${FINANCE}、${GOV_OFFICE}`,
      '个人（公民）、法人',
      '省市县同步实施',
    ]);
    expect(ws.getCell('E4').value).toContain('\n《学生资助资金管理办法》（财科教〔2016〕35号）第十条：');
    expect(ws.getCell('C5').value).toBe('主动服务类');
    expect(ws.getCell('H5').value).toBe('无文件依据：长期开展，是经常性、常态化、为群众认可的公共服务');
    expect(String(ws.getCell('A8').value)).toMatch(/^备注：1\.本表供区直各单位.*\n2\.公共服务事项应为具体服务行为.*6\.备注，填写需要补充说明的事项，如省市县同步实施等。$/s);
    expect(ws.getCell('A10').value).toBe(SIGNATURE_LINE);
    expect(SIGNATURE_LINE).toMatch(/^单位负责人（签字）：\s+（单位盖章）$/);
  });

  it('prints on A4 landscape, fitted to the page width, with the header repeated on every page', async () => {
    const ws = await sheetOf(await writeFilingWorkbook({ fullName: EDU }, DRAFTS, { date }));
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
  });

  it('wraps text and draws borders around every cell of the table, with widths for each column', async () => {
    const ws = await sheetOf(await writeFilingWorkbook({ fullName: EDU }, DRAFTS, { date }));
    for (let c = 1; c <= 8; c++) {
      const cell = ws.getCell(4, c);
      expect(cell.alignment?.wrapText).toBe(true);
      expect(cell.border?.left?.style).toBe('thin');
      expect(ws.getColumn(c).width).toBeGreaterThan(4);
    }
    expect(ws.getRow(4).height).toBeGreaterThan(ws.getRow(5).height);
  });

  it('writes the date in Beijing time', () => {
    expect(chineseDate(new Date('2017-12-07T16:00:00Z'))).toBe('2017年12月8日');
  });

  it('reads back to the same items (round trip)', async () => {
    const buffer = await writeFilingWorkbook({ fullName: EDU }, DRAFTS, { date });
    const sheet = await readFilingWorkbook(buffer);
    expect(sheet.rows.map((r) => r.row)).toEqual([4, 5, 6]);
    expect(sheet.reportingUnit).toEqual({ row: 2, name: EDU });
    const rows = rowsToDrafts(sheet, { unit, registry: testRegistry(), existing: new Map() });
    rows.forEach((r, i) => expect(r.draft).toEqual(DRAFTS[i]));
    // Nothing to normalize and nothing wrong: what the exporter writes is what the importer expects.
    const findings = rows.flatMap((r) => r.findings);
    expect(findings.filter((f) => f.severity === 'error' || /normalized|shortName|fullName/.test(f.code))).toEqual([]);
  });

  it('reads back to exactly the stored items even where a value has no exact cell form', async () => {
    const odd: ItemDraft[] = [
      draft({
        name: '就业登记',
        // A kind other than the one the title suggests, line breaks inside the article text,
        // objects out of their canonical order and spaces around the content.
        legalBases: [{ kind: '地方性法规', title: '《中华人民共和国就业促进法》', docNumber: null, article: '第二十条', articleText: '第一句。\n第二句。' }],
        serviceObjects: ['法人', '个人（公民）'],
        serviceContent: ' 办理就业登记 ',
        guide: { ...emptyDraft().guide, consultation: '0744-5612345' },
        screening: { inPowerList: false, isInternal: false, isTemporary: false },
      }),
    ];
    const sheet = await readFilingWorkbook(await writeFilingWorkbook({ fullName: EDU }, odd, { date }));
    const existing = new Map(odd.map((d, i) => [nameKey(d.name), { itemId: `i${i}`, state: 'draft', draft: d }]));
    const rows = rowsToDrafts(sheet, { unit, registry: testRegistry(), existing });
    expect(draftFingerprint(rows[0].draft)).toBe(draftFingerprint(odd[0]));
  });
});
