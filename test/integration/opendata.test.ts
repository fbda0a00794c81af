/**
 * 开放数据: the catalog of a live edition as CSV, .xlsx and CPSV-AP JSON-LD, for anyone, with every
 * item of the edition; earlier editions by number; the catalog API's filters; the open-data page.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.ts';
import type { Actor } from '../../src/modules/identity/actor.ts';
import { createEdition } from '../../src/modules/publication/commands/create-edition.ts';
import { buildBasis, buildProactiveDraft } from '../factories/item-draft.ts';
import { makeUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { convertToPdf, findSoffice, pdfPageCount } from '../support/libreoffice.ts';
import { approveLatest, createDraftItem } from '../support/publication-chain.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// 10:00 on 2 March 2026, Beijing time.
const clock = fixedClock('2026-03-02T02:00:00Z');
const TRICKY = '提供“学前教育”资助，含以下情形：\n一、家庭经济困难的, 在园幼儿；\n二、孤儿、残疾儿童';
const CPSV = 'http://purl.org/vocab/cpsv#';
const CV = 'http://data.europa.eu/m8g/';
const DCT = 'http://purl.org/dc/terms/';

let t: TestApp;
let visitor: ApiClient;
let first: { code: string; name: string; versionId: string }[];
let added: { code: string; name: string };

/** Creates an item with the given content and approves it; returns its code and name. */
async function approved(unit: string, draft: Parameters<typeof createDraftItem>[2], change?: Parameters<typeof createDraftItem>[3]) {
  const { itemId, code } = await createDraftItem(t.ctx, unit, draft, change);
  return { code, name: draft.name, versionId: await approveLatest(t.ctx, itemId) };
}

/** Opens a CSV in LibreOffice Calc as UTF-8 (filter options 44,34,76: comma, double quote, UTF-8) and returns it as HTML. */
async function calcCsvToHtml(csv: Buffer): Promise<string> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'qd-csv-'));
  try {
    await fs.promises.writeFile(path.join(dir, 'catalog.csv'), csv);
    const args = ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--infilter=CSV:44,34,76,1', '--convert-to', 'html', '--outdir', dir, path.join(dir, 'catalog.csv')];
    await promisify(execFile)(findSoffice()!, args, { timeout: 120_000, env: { ...process.env, HOME: dir } });
    return await fs.promises.readFile(path.join(dir, 'catalog.html'), 'utf8');
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** RFC 4180: fields separated by commas, quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  const pub = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['publisher'] });
  const publisher: Actor = { userId: pub.id, username: pub.username, displayName: '发布员', unitId: pub.unitId, regionCode: '430811', roles: ['publisher'] };
  visitor = new ApiClient(t.app, '10.0.40.1');
  const a = await approved('区教育局', { name: '学前教育资助申请', serviceContent: TRICKY, serviceObjects: ['个人（公民）'] });
  const b = await approved('区教育局', {
    name: '教师资格认定',
    serviceObjects: ['个人（公民）'],
    guide: { fee: { isFree: false, basis: '《教师资格条例》', standard: '每人次20元' }, legalLimit: { value: 20, unit: 'working_day' }, committedLimit: { value: 20, unit: 'working_day' }, onlineDepth: 4, visits: 0, visitsReason: null },
    legalBases: [buildBasis({ kind: '行政法规', title: '《教师资格条例》', docNumber: '国务院令第188号', article: '第十三条', articleText: '幼儿园、小学和初级中学教师资格，由申请人户籍所在地或者申请人任教学校所在地的县级人民政府教育行政部门认定。' })],
  });
  const c = await approved('区财政局', buildProactiveDraft({ name: '会计政策宣传咨询' }));
  first = [a, b, c];
  await createEdition(t.ctx, publisher, { title: '武陵源区公共服务事项目录（第1版）', docNumber: '张武政办发〔2026〕3号', publishedOn: '2026-03-02', effectiveOn: '2026-03-02', versionIds: first.map((i) => i.versionId) });
  const d = await approved('区财政局', { name: '政府采购供应商投诉处理', serviceObjects: ['法人', '其他组织'] }, { reason: '新增事项', trigger: 'other' });
  added = d;
  await createEdition(t.ctx, publisher, { title: '武陵源区公共服务事项目录（第2版）', docNumber: '张武政办发〔2026〕4号', publishedOn: '2026-03-02', effectiveOn: '2026-03-02', versionIds: [d.versionId] });
}, 120_000);
afterAll(async () => t.close());

const allCodes = () => [...first.map((i) => i.code), added.code].sort();

describe('the CSV download', () => {
  it('holds every item of the current edition, one row each, UTF-8 with a BOM and a Chinese file name', async () => {
    const res = await visitor.get('/api/v1/open-data/catalog.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('武陵源区公共服务事项目录-第2版.csv')}`);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(res.rawPayload.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows[0].slice(0, 4)).toEqual(['事项编码', '事项名称', '事项类别', '服务内容']);
    const body = rows.slice(1);
    expect(body.map((r) => r[0]).sort()).toEqual(allCodes());
    expect(body.every((r) => r.length === rows[0].length)).toBe(true);
  });

  it('keeps commas, quotes and line breaks inside a field (RFC 4180 quoting)', async () => {
    const rows = parseCsv((await visitor.get('/api/v1/open-data/catalog.csv')).rawPayload.toString('utf8').replace(/^\uFEFF/, ''));
    const header = rows[0];
    const row = rows.find((r) => r[0] === first[0].code)!;
    expect(row[header.indexOf('服务内容')]).toBe(TRICKY);
    const fee = rows.find((r) => r[0] === first[1].code)!;
    expect(fee[header.indexOf('收费')]).toBe('收费：每人次20元（依据：《教师资格条例》）');
    expect(fee[header.indexOf('办理依据')]).toBe('《教师资格条例》（国务院令第188号）第十三条');
    expect(fee[header.indexOf('承诺办结时限')]).toBe('20个工作日');
    expect(fee[header.indexOf('网办深度')]).toBe('Ⅳ级 全程网办');
    expect(fee[header.indexOf('实施单位')]).toBe('张家界市武陵源区教育局');
    expect(fee[header.indexOf('咨询电话')]).toBe('0744-5618000');
    expect(fee[header.indexOf('目录版本')]).toBe('第2版');
    expect(fee[header.indexOf('发文字号')]).toBe('张武政办发〔2026〕4号');
  });

  it('comes compressed when the client accepts gzip', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/open-data/catalog.csv', headers: { 'accept-encoding': 'gzip' }, remoteAddress: '10.0.40.2' });
    expect(res.headers['content-encoding']).toBe('gzip');
    const rows = parseCsv(gunzipSync(res.rawPayload).toString('utf8').replace(/^\uFEFF/, '')).slice(1);
    expect(rows.map((r) => r[0]).sort()).toEqual(allCodes());
  });

  it('gives an earlier edition by its number, without the items added later', async () => {
    const res = await visitor.get('/api/v1/open-data/catalog.csv?edition=1');
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-edition-number']).toBe('1');
    const rows = parseCsv(res.rawPayload.toString('utf8').replace(/^\uFEFF/, '')).slice(1);
    expect(rows.map((r) => r[0]).sort()).toEqual(first.map((i) => i.code).sort());
    expect(rows.every((r) => r.at(-1) === '张武政办发〔2026〕3号')).toBe(true);
  });

  it('answers an edition that does not exist with 404 and a Chinese reason', async () => {
    const res = await visitor.get('/api/v1/open-data/catalog.csv?edition=9');
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('第9版目录不存在或尚未生效');
  });

  it('opens in LibreOffice, which reads it as UTF-8 with every item and its Chinese text', async () => {
    const csv = (await visitor.get('/api/v1/open-data/catalog.csv')).rawPayload;
    expect(pdfPageCount(await convertToPdf(csv, 'csv'))).toBeGreaterThan(0);
    // Headless LibreOffice does not run the import dialog that detects the BOM; name UTF-8 as the dialog would.
    const table = await calcCsvToHtml(csv);
    for (const name of [...first.map((i) => i.name), added.name]) expect(table).toContain(name);
    expect(table).toContain('家庭经济困难的, 在园幼儿');
  }, 180_000);
});

describe('the .xlsx download', () => {
  async function workbook(url: string) {
    const res = await visitor.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return { wb, raw: res.rawPayload, res };
  }

  it('holds every item on sheet 事项目录 under a frozen header, with 说明 describing the edition and the columns', async () => {
    const { wb, res } = await workbook('/api/v1/open-data/catalog.xlsx');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('武陵源区公共服务事项目录-第2版.xlsx')}`);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['事项目录', '说明']);
    const sheet = wb.getWorksheet('事项目录')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('事项编码');
    expect(sheet.getRow(1).getCell(2).value).toBe('事项名称');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    const codes: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) codes.push(String(row.getCell(1).value));
    });
    expect(codes.sort()).toEqual(allCodes());
    const notes = wb.getWorksheet('说明')!;
    const text: string[] = [];
    notes.eachRow((row) => text.push(row.values ? (row.values as unknown[]).filter(Boolean).join('|') : ''));
    expect(text).toContain('发文字号|张武政办发〔2026〕4号');
    expect(text).toContain('目录版本|第2版（现行目录）');
    expect(text.some((l) => l.startsWith('办理依据|'))).toBe(true);
  });

  it('holds the earlier edition when asked for it', async () => {
    const { wb } = await workbook('/api/v1/open-data/catalog.xlsx?edition=1');
    expect(wb.getWorksheet('事项目录')!.rowCount).toBe(first.length + 1);
  });

  it('opens in LibreOffice', async () => {
    const { raw } = await workbook('/api/v1/open-data/catalog.xlsx');
    expect(pdfPageCount(await convertToPdf(raw, 'xlsx'))).toBeGreaterThan(0);
  }, 180_000);
});

describe('the CPSV-AP JSON-LD', () => {
  /** Nothing may be fetched: the context is inline. */
  const offline = async (url: string) => {
    throw new Error(`no network in tests: ${url}`);
  };

  async function expanded(url: string) {
    const res = await visitor.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(res.rawPayload.toString('utf8'));
    const out = await jsonld.expand(doc, { documentLoader: offline as never });
    const nodes: Record<string, unknown>[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        nodes.push(v as Record<string, unknown>);
        Object.values(v).forEach(walk);
      }
    };
    walk(out);
    return { doc, nodes };
  }

  const services = (nodes: Record<string, unknown>[]) => nodes.filter((n) => Array.isArray(n['@type']) && (n['@type'] as string[]).includes(`${CPSV}PublicService`));
  const value = (n: Record<string, unknown>, p: string) => (n[p] as { '@value': string }[] | undefined)?.[0]?.['@value'];

  it('expands with the jsonld package into one cpsv:PublicService per item, each with identifier and title', async () => {
    const { nodes } = await expanded('/api/v1/open-data/catalog.jsonld');
    const list = services(nodes);
    expect(list.map((s) => value(s, `${DCT}identifier`)).sort()).toEqual(allCodes());
    for (const s of list) expect(value(s, `${DCT}title`)).toBeTruthy();
    const title = (list.find((s) => value(s, `${DCT}identifier`) === first[0].code)![`${DCT}title`] as { '@language': string; '@value': string }[])[0];
    expect(title).toEqual({ '@language': 'zh', '@value': '学前教育资助申请' });
  });

  it('describes authority, legal resource, requirement, evidence, cost, channel, processing time and contact point', async () => {
    const { nodes } = await expanded('/api/v1/open-data/catalog.jsonld');
    const s = services(nodes).find((n) => value(n, `${DCT}identifier`) === first[1].code)!;
    const one = (p: string) => (s[p] as Record<string, unknown>[])[0];
    expect(one(`${CV}hasCompetentAuthority`)['@type']).toEqual([`${CV}PublicOrganisation`]);
    expect(value(one(`${CV}hasCompetentAuthority`), 'http://www.w3.org/2004/02/skos/core#prefLabel')).toBe('张家界市武陵源区教育局');
    expect(one(`${CV}hasLegalResource`)['@type']).toEqual(['http://data.europa.eu/eli/ontology#LegalResource']);
    expect(one(`${CV}holdsRequirement`)['@type']).toEqual([`${CV}Requirement`]);
    expect((s[`${CPSV}hasInput`] as Record<string, unknown>[]).every((e) => (e['@type'] as string[])[0] === `${CV}Evidence`)).toBe(true);
    expect(value(one(`${CV}hasCost`), `${DCT}description`)).toBe('收费标准：每人次20元；收费依据：《教师资格条例》');
    expect((s[`${CV}hasChannel`] as Record<string, unknown>[]).length).toBe(2);
    expect(s[`${CV}processingTime`]).toEqual([{ '@type': 'http://www.w3.org/2001/XMLSchema#duration', '@value': 'P20D' }]);
    expect(JSON.stringify(s['http://www.w3.org/2004/02/skos/core#note'])).toContain('工作日');
    expect(one(`${CV}contactPoint`)[`${CV}telephone`]).toEqual([{ '@value': '0744-5618000' }]);
  });

  it('says a free item costs nothing', async () => {
    const { nodes } = await expanded('/api/v1/open-data/catalog.jsonld');
    const s = services(nodes).find((n) => value(n, `${DCT}identifier`) === first[0].code)!;
    const cost = (s[`${CV}hasCost`] as Record<string, unknown>[])[0];
    expect(value(cost, `${DCT}description`)).toBe('不收费');
    expect(value(cost, `${CV}hasValue`)).toBe('0');
  });

  it('gives the earlier edition by number as a dataset naming its document number', async () => {
    const { doc, nodes } = await expanded('/api/v1/open-data/catalog.jsonld?edition=1');
    expect(doc['dct:identifier']).toBe('张武政办发〔2026〕3号');
    expect(services(nodes)).toHaveLength(first.length);
  });
});

describe('the catalog API filters as the list page does', () => {
  const codes = async (query: string) => ((await visitor.get(`/api/v1/catalog?${query}`)).json().items as { code: string }[]).map((i) => i.code).sort();

  it('by service object and online depth', async () => {
    expect(await codes(`object=${encodeURIComponent('法人')}`)).toEqual([first[2].code, added.code].sort());
    expect(await codes('depth=4')).toEqual([first[1].code]);
    expect(await codes('depth=4&edition=1')).toEqual([first[1].code]);
  });

  it('by theme, from the search index of the edition (nothing when the edition has no index rows)', async () => {
    const res = await visitor.get('/api/v1/catalog?theme=p-education');
    expect(res.statusCode).toBe(200);
    const indexed = (await t.ctx.database.executeSql("select count(*)::int as n from search_entries where themes @> '[\"p-education\"]'")).rows[0].n;
    if (Number(indexed) > 0) expect(res.json().items.map((i: { code: string }) => i.code)).toContain(first[0].code);
    else expect(res.json().total).toBe(0);
  });

  it('refuses an unknown service object in Chinese', async () => {
    const res = await visitor.get(`/api/v1/catalog?object=${encodeURIComponent('公民')}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('服务对象应为');
  });
});

describe('the open-data page', () => {
  it('offers every live edition’s files, documents the API, the columns and the CPSV-AP mapping', async () => {
    const res = await visitor.get('/open-data');
    expect(res.statusCode).toBe(200);
    const page = res.body;
    for (const n of [1, 2]) for (const ext of ['csv', 'xlsx', 'jsonld']) expect(page).toContain(`/api/v1/open-data/catalog.${ext}?edition=${n}`);
    expect(page).toContain('GET /api/v1/catalog');
    expect(page).toContain('href="/api/docs"');
    expect(page).toContain('cv:hasCompetentAuthority');
    expect(page).toContain('cv:processingTime');
    expect(page).toContain('政府信息公开条例');
    expect(page).toContain('<th scope="row">承诺办结时限</th>');
    expect(page).toContain(`&quot;code&quot;: &quot;`);
  });

  it('comes compressed like every portal page, gzip or brotli as the client accepts, varying on Accept-Encoding', async () => {
    const gz = await t.app.inject({ method: 'GET', url: '/open-data', headers: { 'accept-encoding': 'gzip' }, remoteAddress: '10.0.40.3' });
    expect(gz.statusCode).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(String(gz.headers.vary)).toMatch(/accept-encoding/i);
    expect(String(gz.headers.vary)).toMatch(/cookie/i);
    const page = gunzipSync(gz.rawPayload).toString('utf8');
    expect(page).toContain('<h1>开放数据</h1>');
    expect(page).toContain('cv:hasCompetentAuthority');
    const br = await t.app.inject({ method: 'GET', url: '/open-data', headers: { 'accept-encoding': 'br' }, remoteAddress: '10.0.40.3' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(page);
    const plain = await t.app.inject({ method: 'GET', url: '/open-data', remoteAddress: '10.0.40.3' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(page);
  });

  it('lets a keyboard reach every table that scrolls sideways on a phone: a focusable region named by its caption', async () => {
    const page = (await visitor.get('/open-data')).body;
    const wrappers = [...page.matchAll(/<div class="table-scroll"([^>]*)>/g)].map((m) => m[1]);
    expect(wrappers).toHaveLength(4);
    for (const attrs of wrappers) {
      expect(attrs).toContain('role="region"');
      expect(attrs).toContain('tabindex="0"');
      const id = /aria-labelledby="([^"]+)"/.exec(attrs)?.[1];
      expect(page).toMatch(new RegExp(`<caption id="${id}">[^<]+</caption>`));
    }
  });
});
