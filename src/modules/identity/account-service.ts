import type { FastifyBaseLogger } from 'fastify';
import { newId, now } from '../../kernel/index.js';
import type { Database } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { accountExistsMail, passwordChangedMail, resetPasswordMail, verifyEmailMail, type AccountMailer } from './account-mail.js';
import type { RequestMeta } from './auth-service.js';
import { CODE_RULES, type CodePurpose } from './domain/codes.js';
import { invalidCode, weakPassword } from './domain/errors.js';
import { checkCode, generateCode, issueCode } from './one-time-codes.js';
import { passwordIssues } from './password-policy.js';
import { hashPassword, hashSecret } from './passwords.js';
import * as repo from './repo.js';
import { auditInTenants, recordSecurityEvent } from './security-log.js';
import * as sessionRepo from './session-repo.js';
import type { SessionGuard } from './sessions.js';
import { accountKey, ipKey, type AuthThrottle } from './throttle.js';

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/**
 * Self-service account life cycle: sign-up with email verification, and password reset, both
 * through codes sent by mail. Answers never tell whether an address has an account: the same
 * response, about the same time, and the mail (if any) goes out after the response.
 */
export class AccountService {
  constructor(
    private readonly db: Database,
    private readonly throttle: AuthThrottle,
    private readonly mailer: AccountMailer,
    private readonly guard: SessionGuard,
    private readonly log: FastifyBaseLogger,
  ) {}

  async register(input: RegisterInput, meta: RequestMeta): Promise<void> {
    const email = input.email.trim();
    const name = input.name.trim();
    const { rules } = this.throttle;
    await this.throttle.enforce([rules.registerIp, ipKey(meta.ip)], [rules.codeMailAccount, accountKey(email)]);
    const issues = passwordIssues(input.password, { email, name });
    if (issues.length > 0) throw weakPassword(issues);
    const passwordHash = await hashPassword(input.password);

    let outcome: { kind: 'created'; userId: string; code: string } | { kind: 'exists'; user: repo.UserRow | undefined };
    try {
      outcome = await this.db.withoutTenant(async (tx) => {
        const existing = await repo.findUserByEmail(tx, email);
        if (existing) {
          await hashSecret(generateCode()); // the time a new code's hash would take
          return { kind: 'exists' as const, user: existing };
        }
        const userId = newId();
        await repo.insertUser(tx, { id: userId, email, name, password_hash: passwordHash });
        const { code } = await issueCode(tx, userId, 'verify_email');
        await recordSecurityEvent(tx, { userId, type: 'auth.registered', ip: meta.ip, userAgent: meta.userAgent });
        await appendEvent(tx, { type: 'user.registered', tenantId: null, actor: { type: 'user', id: userId }, data: { userId } });
        return { kind: 'created' as const, userId, code };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      outcome = { kind: 'exists', user: undefined }; // a concurrent sign-up with the same address won
    }
    if (outcome.kind === 'created') {
      this.log.info({ event: 'auth.registered', userId: outcome.userId }, 'account registered');
      this.mailer.dispatch(verifyEmailMail(email, name, outcome.code, CODE_RULES.verify_email.ttlMs));
    } else if (outcome.user) {
      this.mailer.dispatch(accountExistsMail(outcome.user.email, outcome.user.name));
    }
  }

  /** Mails a fresh verification code if the address has an unverified account. */
  async resendVerification(email: string, meta: RequestMeta): Promise<void> {
    await this.mailCode(email, 'verify_email', meta);
  }

  /** Mails a password reset code if the address has an account. */
  async forgotPassword(email: string, meta: RequestMeta): Promise<void> {
    await this.mailCode(email, 'reset_password', meta);
  }

  /**
   * Checks a mailed code. An email verification code is used up and marks the address verified;
   * a reset code is only checked (the reset itself uses it), so a client can ask for the new
   * password after a good code. Every check counts against the code's attempts.
   */
  async verifyCode(input: { email: string; code: string; purpose: CodePurpose }, meta: RequestMeta): Promise<void> {
    await this.throttle.enforce([this.throttle.rules.codeCheckIp, ipKey(meta.ip)]);
    const verdict = await this.db.withoutTenant(async (tx) => {
      const user = await repo.findUserByEmail(tx, input.email);
      const check = await checkCode(tx, user?.id, input.purpose, input.code, input.purpose === 'verify_email');
      if (check === 'ok' && user && input.purpose === 'verify_email') {
        await repo.markEmailVerified(tx, user.id, now());
        await recordSecurityEvent(tx, { userId: user.id, type: 'auth.email_verified', ip: meta.ip, userAgent: meta.userAgent });
      }
      return check;
    });
    if (verdict !== 'ok') throw invalidCode();
  }

  /** Sets a new password with a reset code; ends every session of the account. */
  async resetPassword(input: { email: string; code: string; newPassword: string }, meta: RequestMeta): Promise<{ sessionsEnded: number }> {
    await this.throttle.enforce([this.throttle.rules.codeCheckIp, ipKey(meta.ip)]);
    const issues = passwordIssues(input.newPassword, { email: input.email }, 'body.newPassword');
    if (issues.length > 0) throw weakPassword(issues);
    const passwordHash = await hashPassword(input.newPassword);
    const at = now();
    const outcome = await this.db.withoutTenant(async (tx) => {
      const user = await repo.findUserByEmail(tx, input.email);
      const check = await checkCode(tx, user?.id, 'reset_password', input.code, true);
      if (check !== 'ok' || !user) return undefined;
      await repo.setPasswordHash(tx, user.id, passwordHash, at);
      await repo.markEmailVerified(tx, user.id, at); // the code proved the mailbox is theirs
      const ended = await sessionRepo.revokeUserSessions(tx, user.id, 'password_reset', at);
      await recordSecurityEvent(tx, { userId: user.id, type: 'auth.password_reset', ip: meta.ip, userAgent: meta.userAgent, detail: { sessionsEnded: ended.length } });
      await repo.actAsUser(tx, user.id);
      const tenants = (await repo.membershipsOfUser(tx, user.id)).map((m) => m.tenant_id);
      return { user, ended, tenants };
    });
    if (!outcome) throw invalidCode();
    const { user, ended, tenants } = outcome;
    this.guard.forget(ended);
    await this.throttle.clearAccount(user.email);
    this.log.info({ event: 'auth.password_reset', userId: user.id, sessionsEnded: ended.length }, 'password reset');
    await auditInTenants(this.db, tenants, {
      actor: { type: 'user', id: user.id },
      action: 'user.password_reset',
      userId: user.id,
      after: { method: 'emailed_code', sessionsEnded: ended.length },
      requestId: meta.requestId,
      ip: meta.ip,
    });
    this.mailer.dispatch(passwordChangedMail(user.email, user.name));
    return { sessionsEnded: ended.length };
  }

  private async mailCode(email: string, purpose: CodePurpose, meta: RequestMeta): Promise<void> {
    const { rules } = this.throttle;
    await this.throttle.enforce([rules.codeMailIp, ipKey(meta.ip)], [rules.codeMailAccount, accountKey(email)]);
    const sent = await this.db.withoutTenant(async (tx) => {
      const user = await repo.findUserByEmail(tx, email);
      if (!user || (purpose === 'verify_email' && user.email_verified_at !== null)) {
        await hashSecret(generateCode()); // the time issuing a code would take
        return undefined;
      }
      const { code } = await issueCode(tx, user.id, purpose);
      if (purpose === 'reset_password') {
        await recordSecurityEvent(tx, { userId: user.id, type: 'auth.password_reset_requested', ip: meta.ip, userAgent: meta.userAgent });
      }
      return { user, code };
    });
    if (!sent) return;
    const ttl = CODE_RULES[purpose].ttlMs;
    this.mailer.dispatch(
      purpose === 'verify_email' ? verifyEmailMail(sent.user.email, sent.user.name, sent.code, ttl) : resetPasswordMail(sent.user.email, sent.user.name, sent.code, ttl),
    );
  }
}
