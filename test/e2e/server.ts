import { simpleParser } from 'mailparser';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/platform/config.js';
import { startKontor, type RunningKontor } from '../../src/runtime.js';

export interface E2EServer {
  url: string;
  dataDir: string;
  kontor: RunningKontor;
  stop(): Promise<void>;
}

/**
 * A real Kontor (all modules, embedded PostgreSQL, mail to files) on 127.0.0.1 and a free port;
 * `env` adds configuration (e.g. `KONTOR_OIDC_<ID>_*`).
 */
export async function startServer(env: Record<string, string> = {}): Promise<E2EServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontor-e2e-'));
  await fs.chmod(dataDir, 0o755); // the embedded PostgreSQL runs as `postgres` when we are root
  const config = loadConfig({ ...env, KONTOR_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, { port: 0, host: '127.0.0.1' });
  const kontor = await startKontor({ config, listen: true });
  const url = kontor.url!.replace('0.0.0.0', '127.0.0.1');
  const stop = async () => {
    await kontor.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  const probe = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
  if (probe.status !== 200 || !(probe.headers.get('content-type') ?? '').includes('text/html')) {
    await stop();
    throw new Error(`GET / answered ${probe.status}: the web app is not served (registerWebApp must be called in src/app.ts)`);
  }
  return { url, dataDir, kontor, stop };
}

/**
 * The newest code mailed to `to` whose subject contains `subjectPart`, read from the `.eml` files
 * the development mail port writes under `<dataDir>/mail/`. Waits for the mail (it is sent after
 * the request, from the outbox).
 */
export async function mailedCode(dataDir: string, to: string, subjectPart: string, timeoutMs = 15_000): Promise<string> {
  const dir = path.join(dataDir, 'mail');
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).sort().reverse();
    for (const name of names) {
      const mail = await simpleParser(await fs.readFile(path.join(dir, name)));
      const recipients = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
      const code = mail.subject?.includes(subjectPart) ? /\b(\d{6})\b/.exec(mail.subject)?.[1] : undefined;
      if (code && recipients.includes(to.toLowerCase())) return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no "${subjectPart}" mail to ${to} within ${timeoutMs} ms`);
}
