import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldIssue } from '../../kernel/index.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

let denyList: ReadonlySet<string> | undefined;

/** About 49,000 passwords seen most often in breaches (the zxcvbn-ts common list), lower-cased. */
function commonPasswords(): ReadonlySet<string> {
  denyList ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return denyList;
}

/** Strips digits and symbols from both ends: `Password2024!` → `password`. */
function core(password: string): string {
  return password.toLowerCase().replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
}

export interface PasswordContext {
  email?: string;
  name?: string;
}

/**
 * What is wrong with a new password, as field issues (empty when it is acceptable). Length is
 * counted in characters (code points), after Unicode NFKC normalisation, as NIST SP 800-63B asks;
 * there are no composition rules (no "one digit, one symbol"), only a deny list and context.
 */
export function passwordIssues(password: string, context: PasswordContext = {}, path = 'body.password'): FieldIssue[] {
  const normalised = password.normalize('NFKC');
  const length = [...normalised].length;
  if (length < MIN_PASSWORD_LENGTH) return [{ path, code: 'too_short', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` }];
  if (length > MAX_PASSWORD_LENGTH) return [{ path, code: 'too_long', message: `must be at most ${MAX_PASSWORD_LENGTH} characters` }];
  const lower = normalised.toLowerCase();
  const common = commonPasswords();
  if (common.has(lower) || common.has(core(normalised))) {
    return [{ path, code: 'common', message: 'is one of the most common passwords; choose another' }];
  }
  if (new Set(lower).size < 4) return [{ path, code: 'repetitive', message: 'repeats too few characters' }];
  const email = context.email?.trim().toLowerCase();
  const local = email?.split('@')[0] ?? '';
  if (email && (lower.includes(email) || (local.length > 0 && core(normalised) === local))) {
    return [{ path, code: 'contains_email', message: 'must not contain your email address' }];
  }
  const name = context.name?.trim().toLowerCase();
  if (name && name.length >= 4 && lower === name) return [{ path, code: 'is_name', message: 'must not be your name' }];
  return [];
}
