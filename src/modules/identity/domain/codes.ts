/** One-time codes mailed to a user: what each is for, how long it lives, how many guesses it takes. */
export const CODE_PURPOSES = ['verify_email', 'reset_password'] as const;
export type CodePurpose = (typeof CODE_PURPOSES)[number];

export const CODE_DIGITS = 6;

export const CODE_RULES: Record<CodePurpose, { ttlMs: number; maxAttempts: number }> = {
  verify_email: { ttlMs: 24 * 3_600_000, maxAttempts: 5 },
  reset_password: { ttlMs: 30 * 60_000, maxAttempts: 5 },
};

export const CODE_RE = /^\d{6}$/;
