import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordIssues } from '../../src/modules/identity/password-policy.js';
import { HASH_PARAMETERS, hashPassword, verifyPassword } from '../../src/modules/identity/passwords.js';

const codes = (password: string, context = {}) => passwordIssues(password, context).map((i) => i.code);

describe('password policy', () => {
  it(`needs at least ${MIN_PASSWORD_LENGTH} characters, counted as characters not bytes`, () => {
    expect(codes('short pass1')).toEqual(['too_short']);
    expect(codes('a'.repeat(5) + 'bcdefg')).toEqual(['too_short']);
    expect(codes('ünïcødé wörd')).toEqual([]); // 12 characters, more bytes
    expect(codes('x'.repeat(257))).toEqual(['too_long']);
  });

  it('refuses the most common breached passwords, also with digits and symbols around them', () => {
    expect(codes('qwertyuiop123')).toEqual(['common']);
    expect(codes('1q2w3e4r5t6y')).toEqual(['common']);
    expect(codes('PASSWORD1234')).toEqual(['common']);
    expect(codes('Password2024!!')).toEqual(['common']);
    expect(codes('sunshine12345')).toEqual(['common']);
  });

  it('refuses passwords of very few distinct characters', () => {
    expect(codes('aaaaaaaaaaaaaaa')).toEqual(['repetitive']);
    expect(codes('abababababababab')).toEqual(['repetitive']);
  });

  it('refuses the email address inside the password', () => {
    expect(codes('priya.sharma-2026', { email: 'Priya.Sharma@example.test' })).toEqual(['contains_email']);
    expect(codes('xx priya.sharma@example.test', { email: 'Priya.Sharma@example.test' })).toEqual(['contains_email']);
    expect(codes('correct horse battery staple', { email: 'priya@example.test' })).toEqual([]);
    expect(codes('kontor-demo-2026', { email: 'demo@kontor.local' })).toEqual([]); // the demo login
  });

  it('accepts long passphrases without composition rules', () => {
    expect(codes('correct horse battery staple')).toEqual([]);
    expect(codes('kontor-demo-2026')).toEqual([]);
    expect(passwordIssues('short', {}, 'body.newPassword')[0]).toMatchObject({ path: 'body.newPassword', code: 'too_short' });
  });
});

describe('password hashing', () => {
  it('uses argon2id with the documented parameters and a salt per hash', async () => {
    expect(HASH_PARAMETERS).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(a, 'correct horse battery stapl')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('normalises Unicode (NFKC) so the same text typed differently matches', async () => {
    const composed = 'caf\u00e9 au lait please';
    const decomposed = 'cafe\u0301 au lait please';
    expect(await verifyPassword(await hashPassword(composed), decomposed)).toBe(true);
  });
});
