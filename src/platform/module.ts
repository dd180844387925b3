import type { FastifyBaseLogger } from 'fastify';
import type { KontorConfig } from './config.js';
import type { Database, Tx } from './db/index.js';
import type { EventEnvelope } from './events/envelope.js';
import type { Authenticator, KontorApp } from './http/types.js';
import type { MailPort } from './mail/port.js';

/** What the platform hands every module when it is wired. */
export interface ModuleContext {
  config: KontorConfig;
  db: Database;
  mail: MailPort;
  logger: FastifyBaseLogger;
  /** Other modules' public APIs, by module name, as returned by their `api` factory. */
  modules: ModuleRegistryView;
  /** Every permission the platform and the loaded modules declare (roles and API keys grant from these). */
  permissions: readonly PermissionDefinition[];
}

export interface ModuleRegistryView {
  get<T>(name: string): T;
  has(name: string): boolean;
}

export interface PermissionDefinition {
  /** `<module>.<resource>.<action>`, e.g. `tenancy.tenant.update`. */
  key: string;
  description: string;
  /**
   * Capability aliases this key belongs to, `<resource>:read` or `<resource>:write` (`accounts:read`,
   * `journal:write`). A custom role or API key may name an alias instead of the keys: it gets every
   * key that declares the alias, and `<resource>:write` also brings the keys of `<resource>:read`.
   */
  aliases?: readonly string[];
}

/** The shape of a capability alias: `accounts:read`, `api_keys:write`. */
export const PERMISSION_ALIAS_RE = /^[a-z][a-z0-9_]*:(read|write)$/;

export interface EventHandlerDefinition {
  /** Stable consumer name; part of the inbox key, so renaming it re-delivers history. */
  consumer: string;
  eventTypes: string[];
  /** Runs inside a transaction scoped to the event's tenant; the inbox makes it run once per event. */
  handle(tx: Tx, event: EventEnvelope): Promise<void>;
}

export interface JobDefinition {
  name: string;
  intervalMs: number;
  run(ctx: ModuleContext): Promise<void>;
}

export interface ModuleDefinition<Api = unknown> {
  name: string;
  /** PostgreSQL schema this module owns; no other module touches it. */
  schema: string;
  /** Absolute directory of this module's `NNNN_name.sql` migrations. */
  migrationsDir: string;
  /** Other modules this one calls; they are loaded first. */
  dependsOn?: string[];
  permissions: PermissionDefinition[];
  /** Builds the public API other modules call (exposed through `ctx.modules.get(name)`). */
  api?(ctx: ModuleContext): Api;
  /** Turns request credentials into a principal (the identity module provides one). */
  authenticator?(ctx: ModuleContext): Authenticator;
  routes?(app: KontorApp, ctx: ModuleContext): void | Promise<void>;
  eventHandlers?(ctx: ModuleContext): EventHandlerDefinition[];
  jobs?: JobDefinition[];
  /** Adds this module's part of the demo tenant. Must be idempotent. */
  demo?(ctx: ModuleContext, demo: DemoContext): Promise<void>;
}

export interface DemoContext {
  tenantId: string;
  userId: string;
}

export function defineModule<Api>(definition: ModuleDefinition<Api>): ModuleDefinition<Api> {
  return definition;
}
