/** What each membership role may do. Permission keys are `<module>.<resource>.<action>`. */
export const ROLES = ['owner', 'admin', 'accountant', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const READ_ONLY = ['identity.tenant.read', 'platform.audit.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly string[]> = {
  owner: ['*'],
  admin: ['*'],
  accountant: [...READ_ONLY, 'platform.audit.verify', 'platform.events.manage'],
  viewer: READ_ONLY,
};

export function permissionsOf(role: Role): ReadonlySet<string> {
  return new Set(ROLE_PERMISSIONS[role]);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
