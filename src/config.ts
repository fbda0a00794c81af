import path from 'node:path';

/** Runtime configuration, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… switches from the embedded PGlite database to a PostgreSQL server. */
  databaseUrl: string | null;
  adminPassword: string | null;
  /** Idle sessions end after this many minutes (等保: 30). */
  sessionIdleMinutes: number;
  /** Secure cookies need HTTPS; off by default for the single-machine install on http://localhost. */
  secureCookies: boolean;
  logLevel: string;
  /** Region loaded on first start (GB/T 2260 code). */
  defaultRegion: string;
  /** Start pg-boss workers (jobs and schedules). */
  jobs: boolean;
  /** Load the demo catalog on first start (QINGDAN_DEMO=false for a clean production install). */
  demoData: boolean;
  /** smtp://user:pass@host:port (smtps:// for TLS); unset = mails stay queued in the outbox. */
  smtpUrl: string | null;
  /** Sender of notification mails. */
  mailFrom: string;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number.parseInt(value, 10);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${value}`);
  return n;
}

/** Reads the configuration from `env` (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL.length > 0 ? env.DATABASE_URL : null,
    adminPassword: env.QINGDAN_ADMIN_PASSWORD ?? null,
    sessionIdleMinutes: int(env.SESSION_IDLE_MINUTES, 30),
    secureCookies: env.SECURE_COOKIES === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    defaultRegion: env.QINGDAN_REGION ?? '430811',
    jobs: env.QINGDAN_JOBS !== 'false',
    demoData: env.QINGDAN_DEMO !== 'false',
    smtpUrl: env.SMTP_URL && env.SMTP_URL.length > 0 ? env.SMTP_URL : null,
    mailFrom: env.MAIL_FROM && env.MAIL_FROM.length > 0 ? env.MAIL_FROM : '清单平台 <noreply@localhost>',
  };
}
