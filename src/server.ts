import { boot } from './boot.ts';
import { loadConfig } from './config.ts';
import { buildApp } from './http/app.ts';

/** `npm start`: migrate, load the base data once, start the jobs and serve. */
async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const booted = await boot(config);
  const app = await buildApp(booted.ctx, { logger: { level: config.logLevel } });
  await app.listen({ port: config.port, host: config.host });
  const where = `http://localhost:${config.port}`;
  const lines = [
    '',
    `清单 Qingdan 已启动（${booted.ctx.database.kind === 'pglite' ? `内嵌数据库 ${config.dataDir}` : 'PostgreSQL'}，${Date.now() - started} ms）`,
    `  管理后台 Back office: ${where}/admin/`,
    `  接口文档 API docs:    ${where}/api/docs`,
    `  健康检查 Health:      ${where}/healthz`,
  ];
  if (booted.seed.seeded) {
    if (booted.seed.generatedPassword) {
      lines.push(
        `  首个管理员 First administrator: ${booted.seed.adminUsername} / ${booted.seed.generatedPassword}`,
        '  （此密码只显示这一次；也可在首次启动前设置 QINGDAN_ADMIN_PASSWORD。This password is shown only once.）',
      );
    } else {
      lines.push(`  首个管理员 First administrator: ${booted.seed.adminUsername}，密码取自 QINGDAN_ADMIN_PASSWORD`);
    }
    lines.push('  首次登录须绑定动态口令（TOTP）。The administrator enrols a TOTP authenticator at first login.');
  } else {
    lines.push(`  管理员账户 Administrator: ${booted.seed.adminUsername}（已初始化；忘记密码请用 npx qingdan user reset-password）`);
  }
  console.log(lines.join('\n') + '\n');

  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: shutting down`);
    await app.close();
    await booted.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error('启动失败 Startup failed:', err instanceof Error ? err.message : err);
  if (process.env.LOG_LEVEL === 'debug') console.error(err);
  process.exit(1);
});
