import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export interface PostgresCluster {
  /** postgresql://postgres@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
  /** Stops the server as an operator would (fast shutdown: sessions ended, committed work kept), keeping its data. */
  pause(): Promise<void>;
  /** Starts the paused server again, on the same port. */
  resume(): Promise<void>;
}

interface RunAs {
  uid: number;
  gid: number;
}

interface RunResult {
  code: number | null;
  output: string;
}

const PG_ROOT = '/usr/lib/postgresql';
const START_ATTEMPTS = 3;

export function findPostgresBinDir(): string | null {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv) return fromEnv;
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const binDir = join(PG_ROOT, version, 'bin');
    if (existsSync(join(binDir, 'initdb'))) return binDir;
  }
  return null;
}

// The server refuses to run as root, so as root every PostgreSQL binary runs as `postgres`.
function resolveRunAs(): RunAs | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) {
    throw new Error('Running as root but no `postgres` user exists to run the PostgreSQL server');
  }
  return { uid: Number(uid), gid: Number(gid) };
}

function childEnv(): NodeJS.ProcessEnv {
  // Ambient PG* variables (PGDATA, PGPORT, ...) must not redirect the throwaway cluster.
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PG'))) as NodeJS.ProcessEnv;
}

function run(command: string, args: string[], cwd: string, runAs: RunAs | null): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // cwd is the temp dir because the caller's cwd may not be readable by `postgres`.
    const child = spawn(command, args, {
      cwd,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(runAs ?? {}),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function logTail(logFile: string, lines = 30): Promise<string> {
  try {
    return (await readFile(logFile, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('Could not determine a free port'))));
    });
  });
}

// Safety net for callers that forget stop(): 'exit' handlers must be synchronous.
const liveClusters = new Map<string, () => void>();
let exitHandlerInstalled = false;

function stopAllSync(): void {
  for (const stopSync of liveClusters.values()) stopSync();
  liveClusters.clear();
}

function trackCluster(rootDir: string, stopSync: () => void): void {
  if (!exitHandlerInstalled) {
    process.on('exit', stopAllSync);
    exitHandlerInstalled = true;
  }
  liveClusters.set(rootDir, stopSync);
}

export async function startPostgresCluster(options: { binDir?: string } = {}): Promise<PostgresCluster> {
  const binDir = options.binDir ?? findPostgresBinDir();
  if (!binDir) {
    throw new Error(`No PostgreSQL binaries found: set PG_BIN_DIR or install PostgreSQL under ${PG_ROOT}`);
  }
  if (!existsSync(join(binDir, 'initdb'))) {
    throw new Error(`No initdb in PostgreSQL bin dir ${binDir}`);
  }
  const runAs = resolveRunAs();
  const rootDir = await mkdtemp(join(tmpdir(), 'pg-cluster-'));
  const dataDir = join(rootDir, 'data');
  const logFile = join(rootDir, 'log');
  const pgCtl = join(binDir, 'pg_ctl');
  const stopArgs = ['stop', '-D', dataDir, '-m', 'immediate', '-w', '-t', '30'];
  const startArgs = (port: number) => {
    const serverOptions = [
      `-p ${port}`,
      `-k ${rootDir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=300',
    ].join(' ');
    return ['start', '-w', '-t', '30', '-D', dataDir, '-o', serverOptions, '-l', logFile];
  };
  // postmaster.pid exists exactly while a server owns the data dir, even if pg_ctl start "failed".
  const serverRunning = (): boolean => existsSync(join(dataDir, 'postmaster.pid'));

  const stopSync = (): void => {
    if (serverRunning()) {
      spawnSync(pgCtl, stopArgs, { cwd: rootDir, env: childEnv(), stdio: 'ignore', ...(runAs ?? {}) });
    }
    rmSync(rootDir, { recursive: true, force: true });
  };
  trackCluster(rootDir, stopSync);

  const fail = async (step: string, result: RunResult): Promise<never> => {
    const log = await logTail(logFile);
    const logSection = log ? `\n--- server log ---\n${log}` : '';
    throw new Error(`${step} failed (exit ${result.code}):\n${result.output.trimEnd()}${logSection}`);
  };

  let port = 0;
  try {
    if (runAs) await chown(rootDir, runAs.uid, runAs.gid);

    const initdb = await run(
      join(binDir, 'initdb'),
      ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C'],
      rootDir,
      runAs,
    );
    if (initdb.code !== 0) await fail('initdb', initdb);

    // Another process can grab the "free" port before the server binds it, so retry with a new one.
    for (let attempt = 1; ; attempt++) {
      port = await findFreePort();
      const start = await run(pgCtl, startArgs(port), rootDir, runAs);
      if (start.code === 0) break;
      if (serverRunning()) await run(pgCtl, stopArgs, rootDir, runAs);
      const portTaken = /could not (bind|create listen)/i.test(await logTail(logFile));
      if (attempt >= START_ATTEMPTS || !portTaken) await fail('pg_ctl start', start);
    }
  } catch (error) {
    liveClusters.delete(rootDir);
    stopSync();
    throw error;
  }

  let stopping: Promise<void> | null = null;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop() {
      stopping ??= (async () => {
        if (serverRunning()) {
          const result = await run(pgCtl, stopArgs, rootDir, runAs);
          // On failure the exit handler stays registered, so it still cleans up at exit.
          if (result.code !== 0) await fail('pg_ctl stop', result);
        }
        liveClusters.delete(rootDir);
        await rm(rootDir, { recursive: true, force: true });
      })();
      return stopping;
    },
    async pause() {
      const result = await run(pgCtl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], rootDir, runAs);
      if (result.code !== 0) await fail('pg_ctl stop', result);
    },
    async resume() {
      const result = await run(pgCtl, startArgs(port), rootDir, runAs);
      if (result.code !== 0) await fail('pg_ctl start', result);
    },
  };
}

function assertDatabaseName(name: string): void {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Invalid database name ${JSON.stringify(name)}: only [a-z0-9_] is allowed`);
  }
}

async function withAdminClient(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates a database, as a copy of `template` when given (a fast way to get a migrated, clean one). */
export async function createDatabase(adminUrl: string, name: string, options: { template?: string } = {}): Promise<string> {
  assertDatabaseName(name);
  if (options.template !== undefined) assertDatabaseName(options.template);
  const template = options.template === undefined ? '' : ` TEMPLATE "${options.template}"`;
  await withAdminClient(adminUrl, `CREATE DATABASE "${name}"${template}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  assertDatabaseName(name);
  // FORCE terminates lingering test connections (e.g. an un-disconnected Prisma client).
  await withAdminClient(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
