import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.ts';
import { buildApp } from '../../src/http/app.ts';
import { createItem } from '../../src/modules/catalog/commands/create-item.ts';
import type { Actor } from '../../src/modules/identity/actor.ts';
import { FILING_NOTES } from '../../src/modules/guides/filing-content.ts';
import { guideRoutes } from '../../src/modules/guides/routes.ts';
import { buildDraft, buildProactiveDraft, OWNER_UNIT } from '../factories/item-draft.ts';
import { makeUser, type TestUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { convertToPdf, pdfPageCount } from '../support/libreoffice.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SCRIPT = '<script>alert("x")</script>';
const CO_UNIT = '张家界市武陵源区财政局';

/** Every element of the service guide (SPEC section 4), as the documents head them. */
const GUIDE_HEADINGS = [
  '一、办理依据',
  '二、承办机构',
  '三、服务对象',
  '四、申请条件',
  '五、申报材料',
  '六、服务流程',
  '七、办理时限',
  '八、收费依据及标准',
  '九、咨询方式',
  '十、办理地点',
  '十一、办公时间',
  '十二、监督投诉方式',
  '十三、办理形式',
  '十四、服务提供方式',
  '十五、网办深度',
  '十六、到办事现场次数',
  '十七、办理结果',
  '十八、线下办理渠道',
  '十九、服务内容',
  '二十、备注',
];

/** Values of the full 依申请类 guide that every rendering must show. */
const GUIDE_VALUES = [
  '「城乡居民基本养老保险参保登记」服务指南',
  OWNER_UNIT,
  CO_UNIT,
  '依申请类',
  '个人（公民）',
  '区级',
  '000123456000',
  '《国务院关于建立统一的城乡居民基本养老保险制度的意见》',
  '国发〔2014〕8号',
  '第三条',
  '规范性文件（含"三定"规定）',
  '《中华人民共和国社会保险法》',
  '第二十条',
  '国家建立和完善新型农村社会养老保险制度',
  '材料名称',
  '居民户口簿',
  '按情形提交：委托他人代办的',
  '原件1份，复印件1份',
  '纸质或电子',
  '区社会保险经办机构审核人员',
  '核对户籍和参保信息',
  '15个工作日',
  '5个工作日',
  '承诺件',
  '不收费',
  '0744-5618000',
  '0744-5618001',
  '工作日 上午8:00-12:00',
  '窗口办理、网上办理',
  'Ⅲ级 网上申报/预审',
  '1次',
  '首次参保须核验本人身份并现场签字确认',
  '城乡居民基本养老保险参保登记信息',
  '劳动保障服务站办理',
  '不属于职工基本养老保险制度覆盖范围的城乡居民办理',
  SCRIPT,
];

let t: TestApp;
let app: FastifyInstance;
let editor: TestUser;
let c: ApiClient;
const ids: Record<'full' | 'proactive' | 'noBasis', { itemId: string; code: string }> = {} as never;

/** The app with the guide routes, whether or not src/http/app.ts registers them yet. */
async function appWithGuideRoutes(test: TestApp): Promise<FastifyInstance> {
  if (test.app.hasRoute({ method: 'GET', url: '/api/v1/items/:id/guide.docx' })) return test.app;
  const built = await buildApp(test.ctx);
  await guideRoutes(built, test.ctx);
  await built.ready();
  return built;
}

/** The text of a .docx body (and, with `part`, of another part), paragraphs one a line, entities decoded. */
async function docxText(buffer: Buffer, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) throw new Error(`no ${part} in the document`);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function docxPart(buffer: Buffer, part: string): Promise<string> {
  return (await (await JSZip.loadAsync(buffer)).file(part)?.async('string')) ?? '';
}

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock('2026-03-05T10:00:00+08:00') });
  app = await appWithGuideRoutes(t);
  editor = await makeUser(t.ctx, { unit: '区人社局', roles: ['unit_editor'] });
  c = await new ApiClient(app).login(editor.username, editor.password);
  const actor: Actor = { userId: editor.id, username: editor.username, displayName: editor.username, unitId: editor.unitId, regionCode: '430811', roles: editor.roles };

  const full = buildDraft({ coImplementingUnits: [CO_UNIT], basicCode: '000123456000', remarks: `省市县同步实施 ${SCRIPT}` });
  full.materials[2] = { ...full.materials[2], requirement: 'conditional', condition: '委托他人代办的' };
  full.guide.applicationConditions = `${full.guide.applicationConditions} ${SCRIPT}`;
  ids.full = await createItem(t.ctx, actor, editor.unitId, full);
  ids.proactive = await createItem(t.ctx, actor, editor.unitId, buildProactiveDraft());
  ids.noBasis = await createItem(
    t.ctx,
    actor,
    editor.unitId,
    buildDraft({ name: '就业创业政策咨询', legalBases: [], noBasisReason: '该事项是经常性、常态化为群众认可的公共服务事项' }),
  );
});
afterAll(async () => {
  if (app && app !== t.app) await app.close();
  await t?.close();
});

describe("one item's service guide", () => {
  it('downloads as a .docx named after the item that LibreOffice opens, showing every guide element', async () => {
    const res = await c.get(`/api/v1/items/${ids.full.itemId}/guide.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="guide-${ids.full.code}.docx"; filename*=UTF-8''${encodeURIComponent('服务指南-城乡居民基本养老保险参保登记.docx')}`,
    );
    const docx = res.rawPayload;

    const text = await docxText(docx);
    for (const heading of GUIDE_HEADINGS) expect(text).toContain(heading);
    for (const value of [...GUIDE_VALUES, ids.full.code]) expect(text).toContain(value);
    // The page header names the unit; the footer numbers the pages 第 X 页 共 Y 页.
    const header = await docxText(docx, 'word/header1.xml');
    expect(header).toContain(OWNER_UNIT);
    const footer = await docxPart(docx, 'word/footer1.xml');
    expect(footer).toMatch(/第 .*PAGE.*页 {2}共 .*NUMPAGES.*页/s);
    // A4 portrait, Chinese fonts for East Asian text.
    expect(await docxPart(docx, 'word/document.xml')).toMatch(/<w:pgSz w:w="1190\d" w:h="1683\d"/);
    expect(await docxPart(docx, 'word/styles.xml')).toContain('w:eastAsia="仿宋_GB2312"');

    const pdf = await convertToPdf(docx, 'docx');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
  });

  it('prints on A4 from an HTML view that shows every element and escapes what people typed', async () => {
    const res = await c.get(`/api/v1/items/${ids.full.itemId}/guide/print`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    const html = res.body;
    expect(html).toContain('@page { size: A4; margin: 20mm;');
    for (const heading of GUIDE_HEADINGS) expect(html).toContain(heading);
    for (const value of GUIDE_VALUES.filter((v) => v !== SCRIPT)) expect(html).toContain(value.replace(/"/g, '&quot;'));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<thead>');
    expect(html).toMatch(/class="toolbar no-print"[^>]*>按 <kbd>Ctrl<\/kbd>\+<kbd>P<\/kbd>/);
  });

  it('prints 无文件依据 with its reason, and 主动服务类 with its way of delivery, never dropping an empty element', async () => {
    const noBasis = await docxText((await c.get(`/api/v1/items/${ids.noBasis.itemId}/guide.docx`)).rawPayload);
    expect(noBasis).toContain('无文件依据，理由：该事项是经常性、常态化为群众认可的公共服务事项');

    const proactive = (await c.get(`/api/v1/items/${ids.proactive.itemId}/guide/print`)).body;
    for (const heading of GUIDE_HEADINGS) expect(proactive).toContain(heading);
    expect(proactive).toContain('主动服务类');
    expect(proactive).toContain('每月通过区政府门户网站');
    expect(proactive).toContain('0次（不见面办理）');
    // 承办机构, 申报材料, 服务流程, 办理时限 and 收费 were left empty: they read 未填写.
    expect(proactive.match(/未填写/g)?.length).toBeGreaterThanOrEqual(5);
  });
});

describe("a unit's guides compiled in one document", () => {
  it('has a cover, a table of contents, and every guide from a new page, in code order; LibreOffice opens it', async () => {
    const res = await c.get(`/api/v1/units/${editor.unitId}/guides.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`服务指南汇编-${OWNER_UNIT}.docx`)}`);
    const docx = res.rawPayload;

    const text = await docxText(docx);
    expect(text).toContain(`${OWNER_UNIT}\n公共服务事项服务指南汇编`);
    expect(text).toContain('2026年3月5日');
    expect(text).toContain('目　　录');
    const xml = await docxPart(docx, 'word/document.xml');
    expect(xml).toContain('TOC \\h \\o &quot;1-1&quot;');
    expect(await docxPart(docx, 'word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/);

    const titles = ['「城乡居民基本养老保险参保登记」服务指南', '「人力资源市场供求信息发布」服务指南', '「就业创业政策咨询」服务指南'];
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>(<w:pageBreakBefore\/>)?.*?<w:t[^>]*>([^<]+)<\/w:t>/g)].map((m) => ({ newPage: Boolean(m[1]), title: m[2] }));
    // In code order, which is the order they were created in; each guide after the first breaks the page.
    expect(headings).toEqual(titles.map((title, i) => ({ title, newPage: i > 0 })));
    for (const title of titles) expect(text.split(title).length - 1).toBeGreaterThanOrEqual(2); // in the contents and as a heading
    for (const heading of GUIDE_HEADINGS) expect(text.split(heading).length - 1).toBe(3);
    for (const code of [ids.full.code, ids.proactive.code, ids.noBasis.code]) expect(text).toContain(code);

    const pdf = await convertToPdf(docx, 'docx');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2 + titles.length);
  });
});

describe('the filing form print view (备案表)', () => {
  it('lays the unit’s items out on A4 landscape with the header on every page, the notes and the signature lines', async () => {
    const res = await c.get(`/api/v1/units/${editor.unitId}/filing/print`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    expect(html).toContain('@page { size: A4 landscape;');
    expect(html).toContain('<h1>清理规范公共服务事项备案表</h1>');
    expect(html).toMatch(/报送单位：<span class="unit-name">张家界市武陵源区人力资源和社会保障局<\/span>（盖章）/);
    expect(html).toContain('时间：2026年3月5日');
    const thead = /<thead>(.*?)<\/thead>/s.exec(html)?.[1] ?? '';
    expect([...thead.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1])).toEqual(['序号', '事项名称', '类别', '服务内容', '办理依据', '实施（共同实施）单位', '服务对象', '备注']);
    const rows = [...html.matchAll(/<tbody>(.*?)<\/tbody>/gs)][0][1].match(/<tr>/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(html).toContain(`${OWNER_UNIT}、${CO_UNIT}`);
    expect(html).toContain('1.《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）第三条：');
    expect(html).toContain('无文件依据：该事项是经常性、常态化为群众认可的公共服务事项');
    expect(html).toContain('主动服务类');
    for (const note of FILING_NOTES) expect(html).toContain(note.replace(/"/g, '&quot;'));
    expect(html).toContain('本表供区直各单位在事项审核填报时使用');
    expect(html).toContain('单位负责人（签字）：');
    expect(html).toContain('（单位公章）');
    expect(html).toContain('省市县同步实施 &lt;script&gt;');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('who may have the documents', () => {
  it("gives another unit's editor 404 for the items and 403 for the unit, and anonymous visitors 401", async () => {
    const other = await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] });
    const o = await new ApiClient(app).login(other.username, other.password);
    expect((await o.get(`/api/v1/items/${ids.full.itemId}/guide.docx`)).statusCode).toBe(404);
    expect((await o.get(`/api/v1/items/${ids.full.itemId}/guide/print`)).statusCode).toBe(404);
    expect((await o.get(`/api/v1/units/${editor.unitId}/guides.docx`)).statusCode).toBe(403);
    expect((await o.get(`/api/v1/units/${editor.unitId}/filing/print`)).statusCode).toBe(403);

    const anonymous = new ApiClient(app);
    expect((await anonymous.get(`/api/v1/items/${ids.full.itemId}/guide.docx`)).statusCode).toBe(401);
    expect((await anonymous.get(`/api/v1/units/${editor.unitId}/filing/print`)).statusCode).toBe(401);
    expect((await c.get('/api/v1/items/00000000-0000-4000-8000-000000000000/guide.docx')).statusCode).toBe(404);
  });

  it('lets the district reviewer read every unit’s guides', async () => {
    const reviewer = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['district_reviewer'] });
    const r = await new ApiClient(app).login(reviewer.username, reviewer.password);
    expect((await r.get(`/api/v1/items/${ids.full.itemId}/guide/print`)).statusCode).toBe(200);
    expect((await r.get(`/api/v1/units/${editor.unitId}/filing/print`)).statusCode).toBe(200);
  });

  it('documents the four routes in a valid OpenAPI 3.1 document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(doc.paths['/api/v1/items/{id}/guide.docx'].get.responses['200'].content).toHaveProperty([DOCX]);
    expect(doc.paths['/api/v1/items/{id}/guide/print'].get.responses['200'].content).toHaveProperty(['text/html']);
    expect(doc.paths['/api/v1/units/{id}/guides.docx'].get.summary).toContain('服务指南汇编');
    expect(doc.paths['/api/v1/units/{id}/filing/print'].get.summary).toContain('备案表');
  });
});
