import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { KontorConfig } from '../../platform/config.js';
import { retryAfterSeconds, type RateLimiter, type RateLimitRule, type RateLimitState } from '../../platform/ratelimit/index.js';
import { tooManyAttempts } from './domain/errors.js';

/** Rate-limit keys never hold an email address: a short hash of the normalised address instead. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex').slice(0, 32);
}

/** One key per IPv4 address, and per /64 for IPv6 (one machine usually holds a whole /64). */
export function ipKey(ip: string | null | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIP(ip) !== 6) return ip;
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(':')}::/64`;
}

export interface ThrottleRules {
  loginAccount: RateLimitRule;
  loginIp: RateLimitRule;
  registerIp: RateLimitRule;
  codeMailAccount: RateLimitRule;
  codeMailIp: RateLimitRule;
  codeCheckIp: RateLimitRule;
}

export function throttleRules(config: Pick<KontorConfig, 'loginMaxFailuresPerAccount' | 'loginMaxFailuresPerIp' | 'loginThrottleWindowSeconds'>): ThrottleRules {
  const window = config.loginThrottleWindowSeconds * 1000;
  const hour = 3_600_000;
  return {
    loginAccount: { name: 'login.account', limit: config.loginMaxFailuresPerAccount, windowMs: window },
    loginIp: { name: 'login.ip', limit: config.loginMaxFailuresPerIp, windowMs: window },
    registerIp: { name: 'register.ip', limit: 20, windowMs: hour },
    codeMailAccount: { name: 'code_mail.account', limit: 5, windowMs: hour },
    codeMailIp: { name: 'code_mail.ip', limit: 30, windowMs: hour },
    codeCheckIp: { name: 'code_check.ip', limit: 30, windowMs: 15 * 60_000 },
  };
}

export type LoginGate = { allowed: true } | { allowed: false; retryAfterSeconds: number; firstRefusal: boolean };

/**
 * Login throttling per account and per client IP. Every attempt is counted before the password
 * is checked (so parallel guesses cannot slip past the limit); a success then resets the
 * account's count and takes its attempt back from the IP's, so only failures add up.
 */
export class AuthThrottle {
  constructor(
    private readonly limiter: RateLimiter,
    readonly rules: ThrottleRules,
  ) {}

  async beginLogin(email: string, ip: string | null): Promise<LoginGate> {
    const [account, byIp] = await Promise.all([
      this.limiter.consume(this.rules.loginAccount, accountKey(email)),
      this.limiter.consume(this.rules.loginIp, ipKey(ip)),
    ]);
    const refused = [account, byIp].filter((s) => !s.allowed);
    if (refused.length === 0) return { allowed: true };
    const wait = Math.max(...refused.map(retryAfterSeconds));
    return { allowed: false, retryAfterSeconds: wait, firstRefusal: account.count === this.rules.loginAccount.limit + 1 };
  }

  async loginSucceeded(email: string, ip: string | null): Promise<void> {
    await Promise.all([this.limiter.reset(this.rules.loginAccount, accountKey(email)), this.limiter.refund(this.rules.loginIp, ipKey(ip))]);
  }

  /** After a password reset the owner may sign in at once. */
  async clearAccount(email: string): Promise<void> {
    await this.limiter.reset(this.rules.loginAccount, accountKey(email));
  }

  /** Counts one hit on each (rule, key) and throws 429 if any is over its limit. */
  async enforce(...hits: [RateLimitRule, string][]): Promise<void> {
    const states: RateLimitState[] = await Promise.all(hits.map(([rule, key]) => this.limiter.consume(rule, key)));
    const refused = states.filter((s) => !s.allowed);
    if (refused.length > 0) throw tooManyAttempts(Math.max(...refused.map(retryAfterSeconds)));
  }
}
