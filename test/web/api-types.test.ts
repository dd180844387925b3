import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('web/src/api/schema.d.ts', () => {
  it('matches the OpenAPI document the app serves (regenerate with node scripts/gen-api-types.mjs)', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-api-types.mjs'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.stderr).toContain('is up to date');
    expect(result.status).toBe(0);
  }, 130_000);
});
