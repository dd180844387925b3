import path from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { IdentityApi } from '../../src/modules/identity/index.js';
import { DevMailbox } from '../../src/platform/mail/index.js';
import type { TestApp } from '../support/app.js';

let counter = 0;
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}-${process.pid}-${Date.now().toString(36)}-${counter}@example.test`;
}

export const identityOf = (t: TestApp) => t.context.modules.get<IdentityApi>('identity');

/** Waits for account mail to be written, then returns the newest message to `to` with `tag`. */
export async function lastMail(t: TestApp, to: string, tag: string): Promise<{ subject: string; text: string } | undefined> {
  await identityOf(t).idle();
  const mailbox = new DevMailbox(path.join(t.config.dataDir, 'mail'));
  const [summary] = await mailbox.list({ limit: 1, to, tag });
  if (!summary) return undefined;
  const detail = await mailbox.read(summary.id);
  return detail && { subject: detail.subject, text: detail.text };
}

export async function mailCount(t: TestApp, to: string): Promise<number> {
  await identityOf(t).idle();
  return (await new DevMailbox(path.join(t.config.dataDir, 'mail')).list({ limit: 1_000, to })).length;
}

/** The six-digit code in the newest mail to `to` with `tag`. */
export async function mailedCode(t: TestApp, to: string, tag: string): Promise<string> {
  const mail = await lastMail(t, to, tag);
  const code = /\b(\d{6})\b/.exec(mail?.text ?? '')?.[1];
  if (!code) throw new Error(`no ${tag} code mailed to ${to}`);
  return code;
}

export function post(t: TestApp, url: string, payload: unknown, extra: Partial<InjectOptions> = {}): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'POST', url, payload: payload as InjectOptions['payload'], ...extra });
}

export interface LoginResult {
  accessToken: string;
  refreshToken: string;
  sessionId: string;
  headers: { authorization: string };
}

export async function login(t: TestApp, email: string, password: string, extra: Partial<InjectOptions> & { tenantId?: string } = {}): Promise<LoginResult> {
  const { tenantId, ...options } = extra;
  const response = await post(t, '/api/v1/auth/login', { email, password, ...(tenantId && { tenantId }) }, options);
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const body = response.json() as { accessToken: string; refreshToken: string; sessionId: string };
  return { ...body, headers: { authorization: `Bearer ${body.accessToken}` } };
}

/** Registers over HTTP and verifies the address with the mailed code. */
export async function registerAndVerify(t: TestApp, input: { email?: string; password?: string; name?: string } = {}) {
  const email = input.email ?? uniqueEmail();
  const password = input.password ?? 'a perfectly fine passphrase';
  const registered = await post(t, '/api/v1/auth/register', { email, password, name: input.name ?? 'Asha Verma' });
  if (registered.statusCode !== 202) throw new Error(`register failed: ${registered.statusCode} ${registered.body}`);
  const code = await mailedCode(t, email, 'identity.verify-email');
  const verified = await post(t, '/api/v1/auth/verify-otp', { email, code, purpose: 'verify_email' });
  if (verified.statusCode !== 200) throw new Error(`verify failed: ${verified.statusCode} ${verified.body}`);
  return { email, password };
}
