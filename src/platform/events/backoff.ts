/** How failed deliveries are retried. Attempts count every delivery, the first one included. */
export interface RetryPolicy {
  /** After this many failed attempts the delivery is dead-lettered. */
  maxAttempts: number;
  /** Delay before the second attempt; each later one doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Share of the delay that is randomised, 0..1 ("equal jitter" at 0.5). */
  jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  jitter: 0.5,
};

/** Delay before the attempt that follows `failedAttempts` failures. */
export function backoffDelay(failedAttempts: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
  const jitter = Math.min(1, Math.max(0, policy.jitter));
  return Math.round(ceiling * (1 - jitter) + ceiling * jitter * random());
}

export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...overrides };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) throw new Error('RetryPolicy.maxAttempts must be a positive integer');
  if (policy.baseDelayMs < 0 || policy.maxDelayMs < policy.baseDelayMs) throw new Error('RetryPolicy delays must satisfy 0 <= baseDelayMs <= maxDelayMs');
  return policy;
}
