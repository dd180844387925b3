import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../../kernel/index.js';

export type KontorApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The authenticated caller of a request. */
export interface Principal {
  type: 'user' | 'api_key' | 'system';
  id: string;
  /** The tenant this principal acts in; null for tenant-free sessions. */
  tenantId: string | null;
  /** Granted permission keys; `*` grants all, `module.*` all of one module. */
  permissions: ReadonlySet<string>;
  displayName?: string;
}

/** Turns request credentials into a principal; null when the request carries none it understands. */
export type Authenticator = (request: FastifyRequest) => Promise<Principal | null>;

export interface RequestContext {
  requestId: string;
  ip: string;
  principal: Principal | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Permission key the caller must hold. Every route declares this or `public`. */
    permission?: string;
    /** Route needs no authentication. */
    public?: boolean;
    /** Route needs authentication but no particular permission (e.g. own profile). */
    authenticated?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export function actorOf(principal: Principal): Actor {
  return { type: principal.type, id: principal.id };
}
