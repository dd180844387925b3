import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/db.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

function kontor(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', ...args],
      { env: { ...process.env, DATABASE_URL: t.testDb.ownerUrl, NODE_ENV: 'test' }, timeout: 60_000 },
      (error, stdout) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout }),
    );
  });
}

describe('kontor keys rotate', () => {
  it('makes a new signing key current while tokens signed by the old one keep working', async () => {
    const before = await t.signUp();
    const rotated = await kontor(['keys', 'rotate']);
    expect(rotated.code).toBe(0);
    const kid = /new signing key (\S+)/.exec(rotated.stdout)?.[1];
    expect(kid).toBeTruthy();
    const { rows } = await adminQuery(t.testDb.ownerUrl, 'select kid, retired_at from identity.signing_keys order by created_at');
    const keys = rows as { kid: string; retired_at: Date | null }[];
    expect(keys.filter((k) => k.retired_at === null).map((k) => k.kid)).toEqual([kid]);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    const stillValid = await t.app.inject({ method: 'GET', url: '/api/v1/auth/profile', headers: before.headers });
    expect(stillValid.statusCode).toBe(200);
  });
});
