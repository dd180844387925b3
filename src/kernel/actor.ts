/** Who did something: recorded on events and audit records. */
export interface Actor {
  type: 'user' | 'api_key' | 'system';
  id: string;
}

export const systemActor = (id = 'kontor'): Actor => ({ type: 'system', id });

/** Who is calling a use case, in which tenant, and from which request (for audit and events). */
export interface Invocation {
  actor: Actor;
  tenantId: string;
  requestId: string | null;
  ip: string | null;
}
