import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { newId, now, type Actor } from '../../kernel/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { readMemberAccess } from './access.js';
import type { BackgroundWork } from './background.js';
import { invalidCredentials, tooManyAttempts } from './domain/errors.js';
import {
  acceptedStep,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  otpauthUri,
  recoveryCodeHash,
  TOTP_ISSUER,
} from './domain/totp.js';
import { enableTwoFactorFirst, invalidChallenge, invalidTwoFactorCode, passwordIncorrect, twoFactorAlreadyEnabled, twoFactorNotEnabled, twoFactorNotSetUp } from './domain/totp-errors.js';
import { isRole, type Role } from './domain/roles.js';
import { verifyPassword } from './passwords.js';
import * as repo from './repo.js';
import { auditInTenants, recordSecurityEvent, type SecurityEventType } from './security-log.js';
import { sha256, type ClientInfo } from './sessions.js';
import type { AuthThrottle } from './throttle.js';
import { accountKey, ipKey } from './throttle.js';
import { TotpSecretBox } from './two-factor-crypto.js';
import type { TwoFactorPolicy } from './two-factor-policy.js';
import * as tf from './two-factor-repo.js';

/** The second sign-in step must follow the password within five minutes, in at most five tries. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
export const CHALLENGE_MAX_ATTEMPTS = 5;
export const CHALLENGE_PREFIX = 'kmfa_';

/** A second factor as typed: a code from the app, or one of the recovery codes. */
export type SecondFactor = { code: string; recoveryCode?: undefined } | { recoveryCode: string; code?: undefined };
export type SecondFactorMethod = 'totp' | 'recovery_code';

export interface TwoFactorStatus {
  enabled: boolean;
  /** Tenants whose policy requires 2FA for the user's role there. */
  requiredBy: { tenantId: string; tenantName: string; role: Role }[];
  enabledAt: Date | null;
  /** Set up but not yet confirmed with a code. */
  pending: boolean;
  recoveryCodesRemaining: number;
}

export interface IssuedChallenge {
  challenge: string;
  expiresAt: Date;
}

/** Who passed the second step: the user and the tenant they asked for with their password. */
export interface PassedChallenge {
  user: repo.UserRow;
  requestedTenantId: string | null;
  method: SecondFactorMethod;
  recoveryCodesRemaining: number | null;
}

/** Where a request came from (the same shape as the auth service's RequestMeta). */
export interface RequestMeta extends ClientInfo {
  requestId: string | null;
}

const UNAUTHENTICATED: Actor = { type: 'system', id: 'unauthenticated' };

/**
 * TOTP two-factor authentication: enrolment with a password re-check, confirmation with a first
 * code (which hands out ten single-use recovery codes, once), turning it off, new recovery codes,
 * and the second step of a sign-in. Every password or code check counts in the sign-in throttle
 * of the account (a stolen session cannot guess its way to the recovery codes), and every change
 * goes to the user's security log and to the audit trail of each of their tenants.
 */
export class TwoFactorService {
  private readonly box: TotpSecretBox;

  constructor(
    private readonly db: Database,
    private readonly throttle: AuthThrottle,
    private readonly policy: TwoFactorPolicy,
    private readonly background: BackgroundWork,
    private readonly log: FastifyBaseLogger,
  ) {
    this.box = new TotpSecretBox(db.system);
  }

  async status(userId: string): Promise<TwoFactorStatus> {
    return this.db.withoutTenant(async (tx) => {
      const row = await tf.findTwoFactor(tx, userId);
      const enabled = Boolean(row?.enabled_at);
      await repo.actAsUser(tx, userId);
      const requiring = await tf.tenantsRequiring(tx, userId);
      return {
        enabled,
        requiredBy: requiring.flatMap((r) => (isRole(r.role) ? [{ tenantId: r.tenant_id, tenantName: r.tenant_name, role: r.role }] : [])),
        enabledAt: row?.enabled_at ?? null,
        pending: row !== undefined && !enabled,
        recoveryCodesRemaining: enabled ? await tf.unusedRecoveryCodes(tx, userId) : 0,
      };
    });
  }

  async isEnabled(userId: string): Promise<boolean> {
    const row = await this.db.withoutTenant((tx) => tf.findTwoFactor(tx, userId));
    return Boolean(row?.enabled_at);
  }

  /** Step 1 of enrolment: a new secret, kept encrypted and unconfirmed until `enable`. */
  async setup(userId: string, password: string, meta: RequestMeta): Promise<{ secret: string; otpauthUri: string; issuer: string; account: string }> {
    const user = await this.confirmPassword(userId, password, meta);
    if (await this.isEnabled(userId)) throw twoFactorAlreadyEnabled();
    const secret = newTotpSecret();
    const sealed = await this.box.seal(userId, secret);
    await this.db.withoutTenant(async (tx) => {
      const current = await tf.findTwoFactor(tx, userId, true);
      if (current?.enabled_at) throw twoFactorAlreadyEnabled();
      await tf.savePendingSecret(tx, userId, sealed.keyId, sealed.ciphertext, now());
    });
    return { secret, otpauthUri: otpauthUri(secret, user.email), issuer: TOTP_ISSUER, account: user.email };
  }

  /** Step 2 of enrolment: the first code from the app turns 2FA on; the recovery codes are shown once. */
  async enable(userId: string, code: string, meta: RequestMeta): Promise<{ recoveryCodes: string[] }> {
    const recoveryCodes = newRecoveryCodes();
    await this.db.withoutTenant(async (tx) => {
      const row = await tf.findTwoFactor(tx, userId, true);
      if (!row) throw twoFactorNotSetUp();
      if (row.enabled_at) throw twoFactorAlreadyEnabled();
      const at = now();
      const step = acceptedStep(await this.secretOf(row), code, at, row.last_used_step);
      if (step === null) throw invalidTwoFactorCode();
      await tf.markEnabled(tx, userId, step, at);
      await tf.replaceRecoveryCodes(tx, userId, this.hashes(userId, recoveryCodes), at);
      await this.securityEvent(tx, userId, 'auth.two_factor_enabled', meta, {});
    });
    this.policy.forget();
    await this.audit(userId, { type: 'user', id: userId }, 'user.two_factor_enabled', { recoveryCodes: recoveryCodes.length }, meta);
    return { recoveryCodes };
  }

  /** Turns 2FA off: needs the password and a code (from the app, or a recovery code). */
  async disable(userId: string, password: string, factor: SecondFactor, meta: RequestMeta): Promise<void> {
    const user = await this.confirmPassword(userId, password, meta);
    const method = await this.checkSecondFactor(user, factor, meta, 'disable');
    await this.db.withoutTenant(async (tx) => {
      await tf.deleteTwoFactor(tx, userId);
      await this.securityEvent(tx, userId, 'auth.two_factor_disabled', meta, { method });
    });
    this.policy.forget();
    await this.audit(userId, { type: 'user', id: userId }, 'user.two_factor_disabled', { method }, meta);
  }

  /** Ten new recovery codes (the old ones stop working); needs a current code from the app. */
  async regenerateRecoveryCodes(userId: string, code: string, meta: RequestMeta): Promise<{ recoveryCodes: string[] }> {
    const user = await this.userOf(userId);
    await this.checkSecondFactor(user, { code }, meta, 'recovery_codes');
    const recoveryCodes = newRecoveryCodes();
    await this.db.withoutTenant(async (tx) => {
      await tf.replaceRecoveryCodes(tx, userId, this.hashes(userId, recoveryCodes), now());
      await this.securityEvent(tx, userId, 'auth.recovery_codes_regenerated', meta, {});
    });
    await this.audit(userId, { type: 'user', id: userId }, 'user.recovery_codes_regenerated', { recoveryCodes: recoveryCodes.length }, meta);
    return { recoveryCodes };
  }

  /** Requiring 2FA of one's own role without having it would shut oneself out of the tenant. */
  async assertMayRequire(tenantId: string, userId: string, roles: readonly string[]): Promise<void> {
    const member = await this.db.withTenant(tenantId, (tx) => readMemberAccess(tx, tenantId, userId));
    if (member && roles.includes(member.role) && !(await this.isEnabled(userId))) throw enableTwoFactorFirst();
  }

  /** After a right password: an opaque, short-lived ticket for the second step (only its sha256 is kept). */
  async issueChallenge(userId: string, requestedTenantId: string | null): Promise<IssuedChallenge> {
    const challenge = `${CHALLENGE_PREFIX}${randomBytes(32).toString('base64url')}`;
    const at = now();
    const expiresAt = new Date(at.getTime() + CHALLENGE_TTL_MS);
    await this.db.withoutTenant((tx) =>
      tf.insertChallenge(tx, { id: newId(), token_hash: sha256(challenge), user_id: userId, requested_tenant_id: requestedTenantId, created_at: at, expires_at: expiresAt }),
    );
    return { challenge, expiresAt };
  }

  /**
   * The second sign-in step. Each try counts against the challenge (five at most) and in the
   * account's sign-in throttle; a right code uses the challenge up and resets the throttle.
   */
  async passChallenge(challenge: string, factor: SecondFactor, meta: RequestMeta): Promise<PassedChallenge> {
    const hash = sha256(challenge);
    const found = await this.db.withoutTenant((tx) => tf.findChallenge(tx, hash));
    if (!found || !this.open(found)) throw invalidChallenge();
    const user = await this.userOf(found.user_id);
    const gate = await this.throttle.beginLogin(user.email, meta.ip);
    if (!gate.allowed) {
      this.log.warn({ event: 'auth.sign_in_throttled', account: accountKey(user.email), ipKey: ipKey(meta.ip), step: 'two_factor' }, 'sign-in throttled');
      if (gate.firstRefusal) {
        this.background.run('security event', () =>
          this.db.withoutTenant((tx) => this.securityEvent(tx, user.id, 'auth.sign_in_throttled', meta, { retryAfterSeconds: gate.retryAfterSeconds, step: 'two_factor' })),
        );
      }
      throw tooManyAttempts(gate.retryAfterSeconds);
    }
    const outcome = await this.db.withoutTenant(async (tx) => {
      const locked = await tf.lockChallenge(tx, hash);
      if (!locked || !this.open(locked)) return { kind: 'expired' as const };
      const attempts = locked.attempts + 1;
      const verdict = await this.verify(tx, user.id, factor);
      const burnt = verdict === null && attempts >= CHALLENGE_MAX_ATTEMPTS;
      await tf.recordChallengeAttempt(tx, locked.id, attempts, verdict !== null || burnt ? now() : null);
      if (verdict === null) return { kind: 'wrong' as const };
      const remaining = verdict === 'recovery_code' ? await tf.unusedRecoveryCodes(tx, user.id) : null;
      if (verdict === 'recovery_code') await this.securityEvent(tx, user.id, 'auth.recovery_code_used', meta, { remaining });
      return { kind: 'passed' as const, method: verdict, requestedTenantId: locked.requested_tenant_id, remaining };
    });
    if (outcome.kind === 'expired') throw invalidChallenge();
    if (outcome.kind === 'wrong') {
      this.background.run('failed two-factor records', () => this.codeFailed(user.id, meta, 'sign_in'));
      throw invalidTwoFactorCode(factor.recoveryCode !== undefined ? 'body.recoveryCode' : 'body.code');
    }
    await this.throttle.loginSucceeded(user.email, meta.ip);
    if (outcome.method === 'recovery_code') {
      await this.audit(user.id, { type: 'user', id: user.id }, 'user.recovery_code_used', { remaining: outcome.remaining }, meta);
    }
    return { user, requestedTenantId: outcome.requestedTenantId, method: outcome.method, recoveryCodesRemaining: outcome.remaining };
  }

  private open(challenge: tf.ChallengeRow): boolean {
    return challenge.consumed_at === null && new Date(challenge.expires_at).getTime() > now().getTime();
  }

  /** Checks a code or recovery code in the caller's transaction and uses it up; null when wrong. */
  private async verify(tx: Tx, userId: string, factor: SecondFactor): Promise<SecondFactorMethod | null> {
    const row = await tf.findTwoFactor(tx, userId, true);
    if (!row?.enabled_at) return null;
    const at = now();
    if (factor.recoveryCode !== undefined) {
      const normalised = normaliseRecoveryCode(factor.recoveryCode);
      return normalised && (await tf.useRecoveryCode(tx, userId, recoveryCodeHash(userId, normalised), at)) ? 'recovery_code' : null;
    }
    const step = acceptedStep(await this.secretOf(row), factor.code, at, row.last_used_step);
    if (step === null) return null;
    await tf.markStepUsed(tx, userId, step, at);
    return 'totp';
  }

  /** A code check of a signed-in user (turning 2FA off, new recovery codes), throttled like a sign-in. */
  private async checkSecondFactor(user: repo.UserRow, factor: SecondFactor, meta: RequestMeta, purpose: string): Promise<SecondFactorMethod> {
    await this.gate(user.email, meta);
    const verdict = await this.db.withoutTenant(async (tx) => {
      const row = await tf.findTwoFactor(tx, user.id, true);
      if (!row?.enabled_at) throw twoFactorNotEnabled();
      return this.verify(tx, user.id, factor);
    });
    if (verdict === null) {
      this.background.run('failed two-factor records', () => this.codeFailed(user.id, meta, purpose));
      throw invalidTwoFactorCode(factor.recoveryCode !== undefined ? 'body.recoveryCode' : 'body.code');
    }
    await this.throttle.loginSucceeded(user.email, meta.ip);
    return verdict;
  }

  /** The password again, before anything that changes how the account signs in. */
  private async confirmPassword(userId: string, password: string, meta: RequestMeta): Promise<repo.UserRow> {
    const user = await this.userOf(userId);
    await this.gate(user.email, meta);
    if (!(await verifyPassword(user.password_hash, password))) {
      this.background.run('failed password check records', () =>
        this.db.withoutTenant((tx) => this.securityEvent(tx, userId, 'auth.password_check_failed', meta, {})),
      );
      throw passwordIncorrect();
    }
    await this.throttle.loginSucceeded(user.email, meta.ip);
    return user;
  }

  private async gate(email: string, meta: RequestMeta): Promise<void> {
    const gate = await this.throttle.beginLogin(email, meta.ip);
    if (!gate.allowed) throw tooManyAttempts(gate.retryAfterSeconds);
  }

  private async userOf(userId: string): Promise<repo.UserRow> {
    const user = await this.db.withoutTenant((tx) => repo.findUserById(tx, userId));
    if (!user) throw invalidCredentials();
    return user;
  }

  private async secretOf(row: tf.TwoFactorRow): Promise<string> {
    return this.box.open(row.user_id, row.key_id, Buffer.from(row.secret_ciphertext));
  }

  private hashes(userId: string, codes: string[]): Buffer[] {
    return codes.map((c) => recoveryCodeHash(userId, normaliseRecoveryCode(c)!));
  }

  /** A wrong code: at sign-in nobody is authenticated yet; otherwise the signed-in user typed it. */
  private async codeFailed(userId: string, meta: RequestMeta, purpose: string): Promise<void> {
    this.log.info({ event: 'auth.two_factor_failed', userId, ipKey: ipKey(meta.ip), purpose }, 'two-factor code rejected');
    await this.db.withoutTenant((tx) => this.securityEvent(tx, userId, 'auth.two_factor_failed', meta, { purpose }));
    const actor: Actor = purpose === 'sign_in' ? UNAUTHENTICATED : { type: 'user', id: userId };
    await this.audit(userId, actor, 'user.two_factor_failed', { purpose, userAgent: meta.userAgent }, meta);
  }

  private async audit(userId: string, actor: Actor, action: string, after: Record<string, unknown>, meta: RequestMeta): Promise<void> {
    const tenants = await this.db.withoutTenant(async (tx) => {
      await repo.actAsUser(tx, userId);
      return (await repo.membershipsOfUser(tx, userId)).map((m) => m.tenant_id);
    });
    await auditInTenants(this.db, tenants, { actor, action, userId, after, requestId: meta.requestId, ip: meta.ip });
  }

  private securityEvent(tx: Tx, userId: string, type: SecurityEventType, meta: RequestMeta, detail: Record<string, string | number | boolean | null>): Promise<void> {
    return recordSecurityEvent(tx, { userId, type, sessionId: null, ip: meta.ip, userAgent: meta.userAgent, detail });
  }
}
