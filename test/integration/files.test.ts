import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDraft } from '../factories/item-draft.ts';
import { makeUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let editor: ApiClient;
let stranger: ApiClient;

beforeAll(async () => {
  t = await createTestApp();
  const u = await makeUser(t.ctx, { unit: '区人社局', roles: ['unit_editor'] });
  editor = await new ApiClient(t.app).login(u.username, u.password);
  const s = await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] });
  stranger = await new ApiClient(t.app).login(s.username, s.password);
});
afterAll(async () => t.close());

const pdf = Buffer.from('%PDF-1.4\n% 申请表样表\n%%EOF\n');

describe('material templates and samples', () => {
  it('are uploaded, linked to a material and served back byte for byte with their name', async () => {
    const up = await editor.upload(`/api/v1/files?fileName=${encodeURIComponent('参保登记表.pdf')}`, pdf, 'application/pdf');
    expect(up.statusCode, up.body).toBe(201);
    const file = up.json();
    expect(file).toMatchObject({ filename: '参保登记表.pdf', size: pdf.length, mimeType: 'application/pdf' });
    const draft = buildDraft({ name: '带样表的事项' });
    draft.materials[0].templateFileId = file.id;
    expect((await editor.post('/api/v1/items', { draft })).statusCode).toBe(201);
    const res = await editor.get(`/api/v1/files/${file.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('参保登记表.pdf'));
    expect(res.rawPayload.equals(pdf)).toBe(true);
  });

  it('refuse types that could run in a browser, empty files and a missing name', async () => {
    const html = await editor.upload('/api/v1/files?fileName=x.html', Buffer.from('<script>alert(1)</script>'), 'text/html');
    expect(html.statusCode).toBe(400);
    expect(html.json().detail).toContain('不支持的文件类型');
    expect((await editor.upload('/api/v1/files?fileName=a.pdf', Buffer.alloc(0), 'application/pdf')).statusCode).toBe(400);
    expect((await editor.upload('/api/v1/files', pdf, 'application/pdf')).statusCode).toBe(400);
  });

  it("of one unit are neither served to nor usable by another unit", async () => {
    const file = (await editor.upload('/api/v1/files?fileName=a.pdf', pdf, 'application/pdf')).json();
    expect((await stranger.get(`/api/v1/files/${file.id}`)).statusCode).toBe(404);
    const draft = buildDraft({ name: '借用别人样表的事项' });
    draft.materials[0].sampleFileId = file.id;
    const res = await stranger.post('/api/v1/items', { draft });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('附件不存在');
  });
});
