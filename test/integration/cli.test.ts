import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot } from '../../src/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { ADMIN_PASSWORD, freshPostgresDatabase, testDb } from '../support/test-app.ts';

let dataDir: string;
let pgdb: Awaited<ReturnType<typeof freshPostgresDatabase>> | null = null;

function qingdan(args: string[], input = '') {
  const env = { ...process.env, DATA_DIR: dataDir, QINGDAN_ADMIN_PASSWORD: ADMIN_PASSWORD, DATABASE_URL: pgdb?.url ?? '' };
  return spawnSync(process.execPath, ['bin/qingdan.mjs', ...args], { input, env, encoding: 'utf8', timeout: 60_000 });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdan-cli-'));
  if (testDb === 'postgres') pgdb = await freshPostgresDatabase();
});
afterAll(async () => {
  await pgdb?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npx qingdan user add', () => {
  it('works on a fresh data folder, resolving the unit by its short name and reading the password from stdin', async () => {
    const r = qingdan(['user', 'add', '--username', 'wangfang', '--unit', '区金融办', '--roles', 'unit_editor,unit_head', '--display-name', '王芳', '--password-stdin'], 'Wang-Fang-2026\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('已新增用户 wangfang（张家界市武陵源区人民政府办公室；单位填报员、单位负责人）');

    const booted = await boot({ ...loadConfig({}), dataDir, databaseUrl: pgdb?.url ?? null, adminPassword: ADMIN_PASSWORD, jobs: false });
    try {
      const rows = await booted.ctx.database.executeSql(`select u.display_name, u.must_change_password from users u where u.username = 'wangfang'`);
      expect(rows.rows[0]).toEqual({ display_name: '王芳', must_change_password: false });
      const audit = await booted.ctx.database.executeSql(`select username from audit_log where action = 'user.create'`);
      expect(audit.rows.map((r) => r.username)).toContain('cli');
    } finally {
      await booted.stop();
    }
  });

  it('refuses a weak password and an unknown unit with Chinese messages and exit status 1', () => {
    const weak = qingdan(['user', 'add', '--username', 'weakling', '--unit', '区教育局', '--roles', 'unit_editor'], 'abc\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('密码');
    const unknown = qingdan(['user', 'add', '--username', 'nobody', '--unit', '区卫健局', '--roles', 'unit_editor'], 'Good-Pass-2026\n');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('未找到单位“区卫健局”，是否指：张家界市武陵源区卫生和计划生育局');
  });

  it('generates a one-time password when none is given', () => {
    const r = qingdan(['user', 'add', '--username', 'zhaoliu', '--unit', '区教育局', '--roles', 'unit_editor'], '');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/初始密码：\S{12,}（只显示这一次/);
  });

  it('prints help and exits 2 on an unknown command', () => {
    const r = qingdan(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('未知命令：frobnicate');
  });
});
