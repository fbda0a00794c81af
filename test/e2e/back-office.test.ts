import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { totpCode } from '../../src/modules/identity/totp.ts';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser.ts';

const base = inject('e2eBaseUrl');
const adminPassword = inject('e2eAdminPassword');
let browser: Browser;
let adminSecret = '';

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 820 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });

async function typeOtp(page: Page, testId: string, code: string) {
  await page.getByTestId(testId).locator('input').first().click();
  await page.keyboard.type(code, { delay: 30 });
}

async function login(page: Page, username: string, password: string) {
  await page.goto(`${base}/admin/`);
  await page.getByTestId('login-form').waitFor();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByTestId('login-submit').click();
}

/** Calls the API as a signed-in user from Node, the way the back office does (cookie + CSRF token). */
async function apiSession(username: string, password: string, secret?: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password, ...(secret ? { totp: totpCode(secret, new Date()) } : {}) }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = await res.json();
  return (method: string, url: string, body?: unknown) =>
    fetch(`${base}${url}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
}

describe('the back office in a browser', () => {
  it('shows a login page that says what is wrong in words', async () => {
    const page = await newPage();
    await page.goto(`${base}/admin/`);
    await page.getByTestId('login-form').waitFor();
    await expect(page.title()).resolves.toContain('清单');
    await shot(page, '01-login');
    await login(page, 'admin', 'Not-The-Password-1');
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('用户名或密码错误');
    await page.context().close();
  });

  it('makes the administrator enrol a TOTP authenticator at first login, then shows the unit tree', async () => {
    const page = await newPage();
    await login(page, 'admin', adminPassword);
    const secret = page.getByTestId('totp-secret');
    await secret.waitFor();
    adminSecret = (await secret.textContent())!.replace(/\s+/g, '');
    expect(adminSecret).toMatch(/^[A-Z2-7]{16,}$/);
    await shot(page, '02-totp-enrol');
    await typeOtp(page, 'totp-code', totpCode(adminSecret, new Date()));
    await page.getByTestId('user-menu').waitFor();

    await page.getByRole('menuitem', { name: '单位管理' }).click();
    const tree = page.getByTestId('unit-tree');
    await tree.waitFor();
    await expect(tree.textContent()).resolves.toContain('区教育局');
    await expect(tree.textContent()).resolves.toContain('区政务公开政务服务管理办公室');
    await tree.getByText('区政府办', { exact: false }).first().click();
    const detail = page.getByTestId('unit-detail');
    await detail.getByText('张家界市武陵源区人民政府办公室').first().waitFor();
    await expect(detail.textContent()).resolves.toContain('区金融办');
    await shot(page, '03-unit-tree');
    await page.context().close();
  });

  it('lets a unit editor log in and see the unit tree, but not the audit log', async () => {
    const admin = await apiSession('admin', adminPassword, adminSecret);
    const units = await (await fetch(`${base}/api/v1/units`)).json();
    const edu = units.items.find((u: { shortName: string }) => u.shortName === '区教育局');
    const created = await admin('POST', '/api/v1/users', { username: 'e2e_editor', displayName: '刘填报', unitId: edu.id, roles: ['unit_editor'], password: 'Liu-Tianbao-2026' });
    expect(created.status).toBe(201);

    const page = await newPage();
    await login(page, 'e2e_editor', 'Liu-Tianbao-2026');
    await page.getByTestId('user-menu').waitFor();
    await expect(page.getByTestId('user-menu').textContent()).resolves.toContain('刘填报');
    await expect(page.getByRole('menuitem', { name: '审计日志' }).count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: '单位管理' }).click();
    await expect(page.getByTestId('unit-tree').textContent()).resolves.toContain('区教育局');
    await page.goto(`${base}/admin/audit`);
    await page.getByTestId('forbidden').waitFor();
    await page.context().close();
  });

  it('shows the auditor the audit log with every login attempt', async () => {
    const admin = await apiSession('admin', adminPassword, adminSecret);
    const units = await (await fetch(`${base}/api/v1/units`)).json();
    const office = units.items.find((u: { shortName: string }) => u.shortName === '区政务公开政务服务管理办公室');
    expect((await admin('POST', '/api/v1/users', { username: 'e2e_auditor', displayName: '陈审计', unitId: office.id, roles: ['auditor'], password: 'Chen-Shenji-2026' })).status).toBe(201);

    const page = await newPage();
    await login(page, 'e2e_auditor', 'Chen-Shenji-2026');
    await page.getByTestId('user-menu').waitFor();
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-table"] tbody tr.ant-table-row').length > 0);
    const text = await table.textContent();
    expect(text).toContain('登录');
    expect(text).toContain('admin');
    expect(text).toContain('失败');
    await shot(page, '04-audit-log');
    await page.context().close();
  });
});
