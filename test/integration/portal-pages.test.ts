/**
 * The public portal's server-rendered pages (issue 4, SPEC §6 and §9): every page answers with a
 * meaningful title and a canonical URL, item pages carry schema.org JSON-LD, names are escaped,
 * unpublished files stay private, the item page fits its size budget and 关怀版 is remembered.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/domain/working-days.ts';
import { uploadFile } from '../../src/modules/files/files.ts';
import type { Actor } from '../../src/modules/identity/actor.ts';
import { createEdition } from '../../src/modules/publication/commands/create-edition.ts';
import { assetSize } from '../../src/public-site/assets.ts';
import { buildMaterial, buildStep } from '../factories/item-draft.ts';
import { makeUser, unitIdOf } from '../factories/users.ts';
import { approveLatest, createApprovedItems, createDraftItem, editorOf } from '../support/publication-chain.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let publisher: Actor;
const ITEM = '学前教育幼儿资助申请';
const EVIL = '<script>alert("x")</script>幼儿园入园登记';
let item: { code: string; itemId: string };
let evil: { code: string };
let added: { code: string; name: string };
let unitId: string;
const files: Record<'template' | 'sample' | 'draftOnly' | 'loose', string> = { template: '', sample: '', draftOnly: '', loose: '' };

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const title = (res: LightMyRequestResponse) => /<title>([^<]*)<\/title>/.exec(res.body)?.[1];
const canonical = (res: LightMyRequestResponse) => /<link rel="canonical" href="([^"]*)">/.exec(res.body)?.[1];

beforeAll(async () => {
  t = await createTestApp();
  const ctx = t.ctx;
  const pub = await makeUser(ctx, { unit: '区政务公开政务服务管理办公室', roles: ['publisher'] });
  publisher = { userId: pub.id, username: pub.username, displayName: '测试发布员', unitId: pub.unitId, regionCode: '430811', roles: ['publisher'] };
  unitId = await unitIdOf(ctx, '区教育局');
  const editor = await editorOf(ctx, '区教育局');
  const upload = async (fileName: string) => (await uploadFile(ctx, editor, { fileName, content: Buffer.from(`%PDF-1.4 ${fileName}`) })).id;
  files.template = await upload('幼儿资助申请表.pdf');
  files.sample = await upload('幼儿资助申请表示例.pdf');
  files.draftOnly = await upload('草稿附件.pdf');
  files.loose = await upload('未引用附件.pdf');

  item = await createDraftItem(ctx, '区教育局', {
    name: ITEM,
    materials: [buildMaterial(), buildMaterial({ name: '学前教育幼儿资助申请表', templateFileId: files.template, sampleFileId: files.sample })],
    steps: [buildStep(), buildStep({ name: '审核', timeLimitDays: 3 }), buildStep({ name: '决定', timeLimitDays: 1 })],
  });
  await approveLatest(ctx, item.itemId);
  const [e] = await createApprovedItems(ctx, '区教育局', [EVIL]);
  evil = e;
  // A draft that refers to a file: the file is not public while nothing published offers it.
  await createDraftItem(ctx, '区教育局', { name: '尚未发布的事项', materials: [buildMaterial({ templateFileId: files.draftOnly })] });

  const today = chinaDate(ctx.clock.now());
  const year = today.slice(0, 4);
  const versionIds = async (codes: string[]) =>
    (await ctx.database.executeSql(`select v.id from item_versions v join items i on i.id = v.item_id and v.number = i.latest_version where i.code = any($1)`, [codes])).rows.map((r) => String(r.id));
  await createEdition(ctx, publisher, { title: '武陵源区公共服务事项目录（第1版）', docNumber: `张武政办发〔${year}〕12号`, publishedOn: today, effectiveOn: today, versionIds: await versionIds([item.code, evil.code]) });
  const [a] = await createApprovedItems(ctx, '区教育局', ['义务教育阶段学生转学'], { reason: '新增门户测试事项', trigger: 'other' });
  added = a;
  await createEdition(ctx, publisher, { title: '武陵源区公共服务事项目录（第2版）', docNumber: `张武政办发〔${year}〕13号`, publishedOn: today, effectiveOn: today, versionIds: [a.versionId] });
});
afterAll(async () => t.close());

describe('every page answers with a meaningful title and a canonical URL', () => {
  it.each([
    ['/', '武陵源区公共服务事项目录', '/'],
    ['/items', '事项目录 - 武陵源区公共服务事项目录', '/items'],
    ['/items?q=幼儿', '“幼儿”的搜索结果 - 武陵源区公共服务事项目录', '/items?q=%E5%B9%BC%E5%84%BF'],
    ['/units', '实施单位 - 武陵源区公共服务事项目录', '/units'],
    ['/editions', '目录版本 - 武陵源区公共服务事项目录', '/editions'],
    ['/editions/1/diff/2', '第1版与第2版目录比较 - 武陵源区公共服务事项目录', '/editions/1/diff/2'],
    ['/reports', '纠错查询 - 武陵源区公共服务事项目录', '/reports'],
  ])('%s', async (url, expectedTitle, path) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(title(res)).toBe(expectedTitle);
    expect(canonical(res)).toMatch(new RegExp(`^http://[^/]+${path.replace(/[?]/g, '\\?')}$`));
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('<main id="main"');
  });

  it('the unit page and the edition pages too', async () => {
    const unit = await get(`/units/${unitId}`);
    expect(unit.statusCode).toBe(200);
    expect(title(unit)).toBe('张家界市武陵源区教育局 - 武陵源区公共服务事项目录');
    expect(unit.body).toContain(ITEM);
    const first = await get('/editions/1');
    expect(title(first)).toMatch(/^第1版目录（张武政办发〔\d{4}〕12号）/);
    expect(first.body).toContain('这是历史版本');
    const second = await get('/editions/2');
    expect(second.body).toContain('义务教育阶段学生转学');
    expect(canonical(second)).toMatch(/\/editions\/2$/);
  });
});

describe('the item page', () => {
  let res: LightMyRequestResponse;
  beforeAll(async () => {
    res = await get(`/items/${item.code}`);
  });

  it('shows the whole guide under the item’s name', () => {
    expect(res.statusCode).toBe(200);
    expect(title(res)).toBe(`${ITEM}办事指南 - 武陵源区公共服务事项目录`);
    expect(canonical(res)).toMatch(new RegExp(`/items/${item.code}$`));
    for (const heading of ['服务内容', '申请条件', '申报材料', '办理流程', '办理时限', '收费标准', '办理地点和时间', '不上网怎么办', '咨询和投诉', '办理依据']) {
      expect(res.body).toContain(`>${heading}</h2>`);
    }
    expect(res.body).toContain('《国务院关于建立统一的城乡居民基本养老保险制度的意见》');
    expect(res.body).toContain('5个工作日');
  });

  it('draws the process as an SVG with a text alternative and lists the steps', () => {
    expect(res.body).toMatch(/<svg class="flowchart" role="img" aria-labelledby="flow-title flow-desc"/);
    expect(res.body).toContain('<title id="flow-title">办理流程图</title>');
    expect(res.body).toContain('共3个环节：1. 受理；2. 审核；3. 决定');
    expect(res.body).toMatch(/<ol class="steps">/);
  });

  it('offers the material template and sample for download', () => {
    expect(res.body).toContain(`href="/files/${files.template}"`);
    expect(res.body).toContain(`href="/files/${files.sample}"`);
    expect(res.body).toContain('下载空白表格');
  });

  it('carries schema.org GovernmentService JSON-LD that parses', () => {
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(res.body)?.[1];
    expect(script).toBeDefined();
    const data = JSON.parse(script!);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: ITEM,
      identifier: item.code,
      serviceType: '依申请类',
      provider: { '@type': 'GovernmentOrganization', name: '张家界市武陵源区教育局' },
      areaServed: { '@type': 'AdministrativeArea', identifier: '430811' },
    });
    expect(data.url).toMatch(new RegExp(`/items/${item.code}$`));
    expect(data.audience).toEqual([{ '@type': 'Audience', audienceType: '个人（公民）' }]);
    expect(data.availableChannel.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['窗口办理', '网上办理']));
    expect(data.serviceOperator['@type']).toBe('GovernmentOrganization');
  });

  it('links the print view and the .docx, which both answer', async () => {
    expect(res.body).toContain(`href="/items/${item.code}/print"`);
    const print = await get(`/items/${item.code}/print`);
    expect(print.statusCode).toBe(200);
    expect(print.body).toContain(`「${ITEM}」服务指南`);
    const docx = await get(`/items/${item.code}/guide.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('shows an earlier edition’s content with a notice, and not as the canonical page', async () => {
    const old = await get(`/items/${item.code}?edition=1`);
    expect(old.statusCode).toBe(200);
    expect(old.body).toContain('您正在查看历史版本');
    expect(old.body).toContain('<meta name="robots" content="noindex">');
    expect(canonical(old)).toMatch(new RegExp(`/items/${item.code}\\?edition=1$`));
    expect((await get(`/items/${item.code}?edition=7`)).statusCode).toBe(404);
  });

  it('answers an unknown code with a Chinese 404 page', async () => {
    const missing = await get('/items/NO-SUCH-CODE');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(title(missing)).toBe('事项不存在 - 武陵源区公共服务事项目录');
    expect(missing.body).toContain('没有找到编码为“NO-SUCH-CODE”的事项');
    expect((await get('/units/not-a-unit')).statusCode).toBe(404);
    expect((await get('/editions/9')).statusCode).toBe(404);
  });
});

describe('escaping', () => {
  it('prints a name with markup as text on the item page, in lists and in JSON-LD', async () => {
    for (const url of [`/items/${evil.code}`, '/items?q=幼儿园', `/units/${unitId}`, '/editions/1']) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('<script>alert');
      expect(res.body).toContain('&lt;script&gt;alert');
      expect(res.body).toContain('&lt;/script&gt;');
    }
    const page = (await get(`/items/${evil.code}`)).body;
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1];
    // The name itself is kept (punctuation normalized to full width), and `<` cannot end the script.
    expect(script).not.toContain('</script');
    expect(JSON.parse(script).name).toMatch(/^<script>alert.*<\/script>幼儿园入园登记$/);
  });
});

describe('the list and search page', () => {
  it('finds an item by a word of its name and marks the match', async () => {
    const res = await get(`/items?q=${encodeURIComponent('资助')}`);
    expect(res.body).toContain(`href="/items/${item.code}"`);
    expect(res.body).toMatch(/<mark>[^<]*资助[^<]*<\/mark>|资助/);
    expect(res.body).toContain('共找到 <strong>');
  });

  it('filters with a plain GET form and offers a link that removes each filter', async () => {
    const res = await get(`/items?category=on_application&unit=${unitId}`);
    expect(res.body).toContain('<form class="filters card" method="get" action="/items"');
    expect(res.body).toContain('<label for="f-unit">实施单位</label>');
    expect(res.body).toContain('（移除此条件）');
    expect(res.body).toContain(`href="/items?unit=${unitId}"`);
  });

  it('browses a theme from the home page’s links', async () => {
    const home = (await get('/')).body;
    expect(home).toContain('href="/items?theme=p-education"');
    const res = await get('/items?theme=p-education');
    expect(res.statusCode).toBe(200);
    expect(title(res)).toBe('教育科研（个人办事） - 武陵源区公共服务事项目录');
    expect(res.body).toContain(`href="/items/${item.code}"`);
  });

  it('ignores filters it does not know instead of failing', async () => {
    const res = await get('/items?unit=nope&category=x&object=y&theme=z&depth=9&page=-3&region=999999');
    expect(res.statusCode).toBe(200);
    expect(title(res)).toBe('事项目录 - 武陵源区公共服务事项目录');
  });

  it('says so in words when nothing matches and suggests what to try', async () => {
    const res = await get(`/items?q=${encodeURIComponent('火星移民')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('没有找到与“火星移民”相关的事项');
    expect(res.body).toContain('12345');
  });
});

describe('files of published items', () => {
  it('serves a material template that a live edition offers', async () => {
    const res = await get(`/files/${files.template}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.body).toContain('%PDF-1.4');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
  });

  it.each([
    ['only a draft refers to', 'draftOnly'],
    ['nothing refers to', 'loose'],
  ] as const)('refuses a file %s', async (_what, key) => {
    const res = await get(`/files/${files[key]}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('%PDF');
  });

  it('refuses a malformed id', async () => {
    expect((await get('/files/..%2F..%2Fetc%2Fpasswd')).statusCode).toBe(404);
  });
});

describe('size and caching', () => {
  it('sends the item page compressed, within 50 KB with its stylesheet and script', async () => {
    const res = await get(`/items/${item.code}`, { 'accept-encoding': 'gzip, deflate' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.rawPayload).toString()).toContain(ITEM);
    const total = res.rawPayload.length + assetSize('portal.css', 'gzip') + assetSize('portal.js', 'gzip');
    expect(total).toBeLessThanOrEqual(50 * 1024);
    const br = await get(`/items/${item.code}`, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain(ITEM);
    expect(res.headers.vary).toContain('Accept-Encoding');
  });

  it('keeps the item page rendered: the same ETag, 304 when the browser has it, and a unit’s new phone number at once', async () => {
    const first = await get(`/items/${item.code}`, { 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    // The same page asked for in gzip: another encoding of one page, so the same (weak) ETag.
    const gz = await get(`/items/${item.code}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.etag).toBe(etag);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(brotliDecompressSync(first.rawPayload).toString());
    expect((await get(`/items/${item.code}`, { 'accept-encoding': 'br' })).headers.etag).toBe(etag);
    const known = await get(`/items/${item.code}`, { 'if-none-match': etag.slice(2) });
    expect(known.statusCode).toBe(304);
    expect(known.body).toBe('');
    expect((await get(`/items/${item.code}`, { 'if-none-match': etag })).statusCode).toBe(304);
    // As the unit form does: a new phone number, and the unit's row version goes up.
    await t.ctx.database.executeSql(`update units set phone = '0744-5550001', version = version + 1 where id = $1`, [unitId]);
    const after = await get(`/items/${item.code}`, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('0744-5550001');
    expect(after.headers.etag).not.toBe(etag);
  });

  it('fingerprints the stylesheet and lets browsers keep it, revalidating by ETag', async () => {
    const page = (await get('/')).body;
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(page)![1];
    expect(href).toMatch(/^\/assets\/portal\.css\?v=[0-9a-f]{12}$/);
    const css = await get(href, { 'accept-encoding': 'gzip' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['content-encoding']).toBe('gzip');
    const again = await get(href, { 'if-none-match': String(css.headers.etag) });
    expect(again.statusCode).toBe(304);
  });
});

describe('关怀版', () => {
  it('is switched on by a plain link, remembered in a cookie and honoured by every page', async () => {
    const on = await get('/care?on=1&back=%2Fitems%3Fq%3D%E5%B9%BC%E5%84%BF');
    expect(on.statusCode).toBe(303);
    expect(on.headers.location).toBe('/items?q=%E5%B9%BC%E5%84%BF');
    const cookie = on.cookies.find((c) => c.name === 'qd_care');
    expect(cookie?.value).toBe('1');
    const page = await get('/items', { cookie: 'qd_care=1' });
    expect(page.body).toContain('<body class="care">');
    expect(page.body).toMatch(/<a class="care-toggle" href="\/care\?on=0&amp;back=%2Fitems">标准版/);
    const off = await get('/care?on=0&back=/', { cookie: 'qd_care=1' });
    expect(off.cookies.find((c) => c.name === 'qd_care')?.value).toBe('');
    expect((await get('/items')).body).toContain('<body class="standard">');
  });

  it('goes back only to a page of this site', async () => {
    for (const back of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const res = await get(`/care?on=1&back=${encodeURIComponent(back)}`);
      expect(res.headers.location).toBe('/');
    }
  });
});

describe('sitemap and robots', () => {
  it('lists the home page, the lists, every item and unit of the live edition', async () => {
    const res = await get('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    for (const path of ['/</loc>', '/items</loc>', '/units</loc>', '/editions</loc>', `/items/${item.code}</loc>`, `/items/${added.code}</loc>`, `/units/${unitId}</loc>`]) {
      expect(res.body).toContain(path);
    }
    const robots = await get('/robots.txt');
    expect(robots.body).toMatch(/Sitemap: http:\/\/[^/]+\/sitemap\.xml/);
    expect(robots.body).toContain('Disallow: /admin/');
  });

  it('compares two editions through a GET form', async () => {
    const res = await get('/editions/compare?from=1&to=2');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/editions/1/diff/2');
    const diff = await get('/editions/1/diff/2');
    expect(diff.body).toContain('新增事项（1项）');
    expect(diff.body).toContain(added.name);
    expect(diff.body).toContain('新增门户测试事项');
  });
});

describe('纠错查询', () => {
  it('says in words when no report has the reference', async () => {
    const res = await get('/reports?ref=jc000');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('没有找到编号为“JC000”的纠错');
    expect(res.body).toContain('aria-invalid="true"');
  });
});

describe('pages that do not exist', () => {
  it('show a browser the portal’s Chinese 404 page', async () => {
    const res = await get('/no/such/page', { accept: 'text/html,application/xhtml+xml' });
    expect(res.statusCode).toBe(404);
    expect(title(res)).toBe('页面不存在 - 武陵源区公共服务事项目录');
  });

  it('keep the problem document for API clients', async () => {
    const api = await get('/api/v1/nothing-here', { accept: 'text/html' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    const other = await get('/no/such/page');
    expect(other.headers['content-type']).toContain('application/problem+json');
  });
});
