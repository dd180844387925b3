/**
 * What the signed-in member may do, for hiding what they cannot use (the server still checks
 * every call). The answer is the server's (`GET /api/v1/auth/permissions`, custom roles
 * included); until it arrives, built-in roles map to their keys through the server's own table
 * (`src/modules/identity/domain/roles.ts`, pure code with no imports, bundled as is) and a custom
 * role sees everything — the server's 403 (the Forbidden page) still stands behind every item.
 */
import { covers, permissionsOf } from '../../../src/modules/identity/domain/roles';
import { useQuery } from '@tanstack/react-query';
import { callerPermissionsQuery } from '../api/queries';
import type { SessionTenant } from '../api/session';
import { useSession } from '../api/use-session';

export type MemberRole = SessionTenant['role'];

/** A predicate over permission keys; `*` and `module.*` cover as on the server. */
export type Can = (permission: string | undefined) => boolean;

export function canFor(role: MemberRole | null | undefined): Can {
  if (!role) return (permission) => permission === undefined;
  if (role === 'custom') return () => true;
  const held = permissionsOf(role);
  return (permission) => permission === undefined || covers(held, permission);
}

/** `can('identity.members.manage')` for the member signed in to the current business. */
export function useCan(): Can {
  const state = useSession();
  const tenant = state.status === 'signed-in' ? state.tenant : null;
  const { data } = useQuery({ ...callerPermissionsQuery(tenant?.id ?? '', tenant?.role ?? ''), enabled: Boolean(tenant) });
  if (!tenant) return canFor(null);
  if (!data || data.tenantId !== tenant.id) return canFor(tenant.role);
  const held = new Set(data.permissions);
  return (permission) => permission === undefined || covers(held, permission);
}
