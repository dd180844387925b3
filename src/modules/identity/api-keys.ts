import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { newId, now } from '../../kernel/index.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Database } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import type { Principal } from '../../platform/http/index.js';
import type { PermissionCatalog } from './access.js';
import { apiKeyNotFound, cannotGrant } from './domain/errors.js';
import { canGrant } from './domain/roles.js';
import type { Caller } from './members.js';
import { sha256 } from './sessions.js';

export const API_KEY_PREFIX = 'kontor_';
export const API_KEY_RE = /^kontor_[A-Za-z0-9_-]{43}$/;
/** `last_used_at` is written at most this often per key. */
export const API_KEY_TOUCH_MS = 60_000;

export interface ApiKeyRow {
  id: string;
  tenant_id: string;
  name: string;
  prefix: string;
  permissions: string[];
  created_by: string;
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = ['id', 'tenant_id', 'name', 'prefix', 'permissions', 'created_by', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'] as const;

export function apiKeyView(k: ApiKeyRow) {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    permissions: [...k.permissions].sort(),
    createdBy: k.created_by,
    createdAt: new Date(k.created_at).toISOString(),
    expiresAt: iso(k.expires_at),
    lastUsedAt: iso(k.last_used_at),
    revokedAt: iso(k.revoked_at),
  };
}

/** Tenant-scoped API keys: chosen permissions, shown once, stored as sha256, revocable. */
export class ApiKeyService {
  private readonly cache = new Map<string, { principal: Principal | null; until: number }>();
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly db: Database,
    private readonly catalog: PermissionCatalog,
    private readonly cacheMs = 5_000,
  ) {}

  list(tenantId: string): Promise<ApiKeyRow[]> {
    return this.db.withTenant(tenantId, (tx) =>
      tx.selectFrom('identity.api_keys').select(COLUMNS).where('tenant_id', '=', tenantId).orderBy('created_at', 'desc').limit(500).$castTo<ApiKeyRow>().execute(),
    );
  }

  async create(caller: Caller, input: { name: string; permissions: string[]; expiresAt?: string | null | undefined }): Promise<{ key: ApiKeyRow; secret: string }> {
    const permissions = this.catalog.expand(input.permissions);
    if (!canGrant(caller.permissions, new Set(permissions))) throw cannotGrant();
    const tenantId = caller.inv.tenantId;
    const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const key = await this.db.withTenant(tenantId, async (tx) => {
      const row = await tx
        .insertInto('identity.api_keys')
        .values({
          id: newId(),
          tenant_id: tenantId,
          name: input.name.trim(),
          prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
          key_hash: sha256(secret),
          permissions,
          created_by: caller.inv.actor.id,
          created_at: now(),
          expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
        })
        .returning(COLUMNS)
        .$castTo<ApiKeyRow>()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditFromInvocation(caller.inv, 'api_key.created', 'api_key', row.id, null, apiKeyView(row)));
      await appendEvent(tx, { type: 'api_key.created', tenantId, actor: caller.inv.actor, data: apiKeyView(row) });
      return row;
    });
    return { key, secret };
  }

  async revoke(caller: Caller, id: string): Promise<void> {
    const tenantId = caller.inv.tenantId;
    await this.db.withTenant(tenantId, async (tx) => {
      const before = await tx.selectFrom('identity.api_keys').select(COLUMNS).where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().$castTo<ApiKeyRow>().executeTakeFirst();
      if (!before || before.revoked_at) throw apiKeyNotFound();
      const after = await tx
        .updateTable('identity.api_keys')
        .set({ revoked_at: now() })
        .where('id', '=', id)
        .returning(COLUMNS)
        .$castTo<ApiKeyRow>()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditFromInvocation(caller.inv, 'api_key.revoked', 'api_key', id, apiKeyView(before), apiKeyView(after)));
      await appendEvent(tx, { type: 'api_key.revoked', tenantId, actor: caller.inv.actor, data: { id } });
    });
    this.cache.clear();
  }

  /**
   * The principal of a presented key, or null when it is unknown, revoked or expired. Answers
   * are cached for `cacheMs` (revoking clears this process's cache at once); `last_used_at` is
   * written at most once a minute per key.
   */
  async authenticate(secret: string): Promise<Principal | null> {
    if (!API_KEY_RE.test(secret)) return null;
    const hash = sha256(secret);
    const cacheKey = hash.toString('base64');
    const at = now();
    const cached = this.cache.get(cacheKey);
    let principal: Principal | null;
    if (cached && cached.until > at.getTime()) {
      principal = cached.principal;
    } else {
      principal = await this.lookup(hash, at);
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(cacheKey, { principal, until: at.getTime() + this.cacheMs });
    }
    if (principal?.tenantId) await this.touch(principal.tenantId, principal.id, at);
    return principal;
  }

  private async lookup(hash: Buffer, at: Date): Promise<Principal | null> {
    const found = await this.db.withoutTenant(async (tx) => {
      const { rows } = await sql<{ id: string; tenant_id: string }>`select id, tenant_id from identity.api_key_by_hash(${hash})`.execute(tx);
      return rows[0];
    });
    if (!found) return null;
    const key = await this.db.withTenant(found.tenant_id, (tx) =>
      tx.selectFrom('identity.api_keys').select(COLUMNS).where('id', '=', found.id).$castTo<ApiKeyRow>().executeTakeFirst(),
    );
    if (!key || key.revoked_at || (key.expires_at && new Date(key.expires_at) <= at)) return null;
    return { type: 'api_key', id: key.id, tenantId: key.tenant_id, permissions: new Set(key.permissions), displayName: key.name };
  }

  private async touch(tenantId: string, id: string, at: Date): Promise<void> {
    const last = this.touched.get(id) ?? 0;
    if (at.getTime() - last < API_KEY_TOUCH_MS) return;
    this.touched.set(id, at.getTime());
    if (this.touched.size > 10_000) this.touched.clear();
    await this.db.withTenant(tenantId, (tx) =>
      tx
        .updateTable('identity.api_keys')
        .set({ last_used_at: at })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(at.getTime() - API_KEY_TOUCH_MS))]))
        .execute(),
    );
  }
}
