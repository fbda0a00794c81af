import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boot } from '../../src/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { ADMIN_PASSWORD, freshPostgresDatabase, testDb } from '../support/test-app.ts';

describe('starting twice', () => {
  it('keeps every change and never seeds twice', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdan-restart-'));
    const pgdb = testDb === 'postgres' ? await freshPostgresDatabase() : null;
    const config = { ...loadConfig({}), dataDir, databaseUrl: pgdb?.url ?? null, adminPassword: ADMIN_PASSWORD, jobs: false };
    try {
      const first = await boot(config);
      expect(first.seed.seeded).toBe(true);
      await first.ctx.database.executeSql(`update units set phone = '0744-5600000' where short_name = '区教育局'`);
      const count = async (b: typeof first, table: string) => Number((await b.ctx.database.executeSql(`select count(*)::int as n from ${table}`)).rows[0].n);
      const before = { units: await count(first, 'units'), items: await count(first, 'items'), editions: await count(first, 'editions') };
      // The notice's 28 units and 3 offices, and the demo data's sub-unit.
      expect(before.units).toBe(32);
      await first.stop();

      const second = await boot(config);
      expect(second.seed.seeded).toBe(false);
      expect({ units: await count(second, 'units'), items: await count(second, 'items'), editions: await count(second, 'editions') }).toEqual(before);
      const admins = await second.ctx.database.executeSql(`select count(*)::int as n from users where username = 'admin'`);
      expect(Number(admins.rows[0].n)).toBe(1);
      const phone = await second.ctx.database.executeSql(`select phone from units where short_name = '区教育局'`);
      expect(phone.rows[0].phone).toBe('0744-5600000');
      await second.stop();
    } finally {
      await pgdb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a weak QINGDAN_ADMIN_PASSWORD with a clear message', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdan-weak-'));
    const pgdb = testDb === 'postgres' ? await freshPostgresDatabase() : null;
    try {
      const config = { ...loadConfig({}), dataDir, databaseUrl: pgdb?.url ?? null, adminPassword: 'admin', jobs: false };
      await expect(boot(config, { inMemory: true })).rejects.toThrow(/QINGDAN_ADMIN_PASSWORD 不符合密码策略/);
    } finally {
      await pgdb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
