import { parseArgs } from 'node:util';
import { boot } from '../boot.ts';
import { loadConfig } from '../config.ts';
import { AppError } from '../domain/errors.ts';
import { exportFilingCommand, importFilingCommand } from '../modules/filing/cli.ts';
import { userAdd, userResetPassword, userUnlock } from './user.ts';

const HELP = `用法 Usage: npx qingdan <command>

  user add --username U --unit 单位名称 --roles r1,r2 [--display-name 姓名] [--password-stdin]
                       新增用户；密码从标准输入读取，未提供时生成一次性初始密码
  user reset-password --username U     重置密码（生成一次性密码，下次登录须修改）
  user unlock --username U             解除账户锁定
  import-filing FILE.xlsx --unit 单位名称 [--dry-run] [--json]
                                       导入备案表（有错误时不写入；--dry-run 只预览；--json 输出报告对象）
                                       退出状态：0 已导入（或预览无错误），1 有错误未写入，2 文件或参数无法使用
  export-filing --unit 单位名称 --out FILE.xlsx
                                       导出单位的备案表（附件2格式，A4 横向打印）
  seed                                 迁移数据库并载入基础数据（已载入时不重复）
  migrate                              只迁移数据库

环境变量 Environment: DATA_DIR（默认 ./data）, DATABASE_URL（postgres://…，使用 PostgreSQL）
`;

/** Entry point of `npx qingdan`. Exit codes: 0 done, 1 refused (bad input), 2 cannot run. */
export async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return command ? 0 : 2;
  }
  const config = loadConfig();
  const booted = await boot(config, { jobs: false });
  try {
    switch (command) {
      case 'migrate':
        console.log('数据库已迁移到最新版本');
        return 0;
      case 'seed':
        console.log(booted.seed.seeded ? '基础数据已载入' : '基础数据此前已载入，未重复载入');
        if (booted.seed.generatedPassword) console.log(`首个管理员：${booted.seed.adminUsername} / ${booted.seed.generatedPassword}（只显示这一次）`);
        return 0;
      case 'import-filing':
        return await importFilingCommand(booted.ctx, [sub, ...rest].filter((a): a is string => a !== undefined));
      case 'export-filing':
        return await exportFilingCommand(booted.ctx, [sub, ...rest].filter((a): a is string => a !== undefined));
      case 'user': {
        const { values } = parseArgs({
          args: rest,
          options: {
            username: { type: 'string' },
            unit: { type: 'string' },
            roles: { type: 'string' },
            'display-name': { type: 'string' },
            'password-stdin': { type: 'boolean', default: false },
          },
          strict: true,
        });
        if (sub === 'add') return await userAdd(booted.ctx, values);
        if (sub === 'reset-password') return await userResetPassword(booted.ctx, values.username);
        if (sub === 'unlock') return await userUnlock(booted.ctx, values.username);
        console.error(`未知子命令：user ${sub ?? ''}\n\n${HELP}`);
        return 2;
      }
      default:
        console.error(`未知命令：${command}\n\n${HELP}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`错误：${err.detail}`);
      for (const f of err.fields ?? []) console.error(`  ${f.path}: ${f.message}`);
      return 1;
    }
    if (err instanceof TypeError && 'code' in err && String((err as { code?: string }).code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`参数错误：${err.message}\n\n${HELP}`);
      return 2;
    }
    throw err;
  } finally {
    await booted.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error('命令失败：', err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
