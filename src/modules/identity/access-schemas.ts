import { z } from 'zod';
import { pageQuery } from '../../platform/http/index.js';
import { INVITATION_TOKEN_RE } from './members.js';
import { API_KEY_RE } from './api-keys.js';
import { METERS, PLANS } from './domain/plans.js';
import { BUILT_IN_ROLES, ROLES } from './domain/roles.js';

/** An exact key (`ledger.entry.post`), a module wildcard (`ledger.*`) or a capability alias (`journal:write`). */
const permissionKey = z
  .string()
  .max(120)
  .regex(
    /^(?:[a-z][a-z0-9_]*\.(?:\*|[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)|[a-z][a-z0-9_]*:[a-z]+)$/,
    'a permission key (identity.members.read), a module wildcard (ledger.*) or an alias (accounts:read)',
  );
const iso = z.string();

export const tenantMemberParams = z.object({ id: z.uuid() });
export const memberParams = z.object({ id: z.uuid(), userId: z.uuid() });
export const invitationParams = z.object({ id: z.uuid(), invitationId: z.uuid() });
const invitationToken = z.string().max(64).regex(INVITATION_TOKEN_RE, 'an invitation token');
export const invitationTokenParams = z.object({ token: invitationToken });
export const acceptInvitationBody = z.strictObject({ token: invitationToken });
export const idParams = z.object({ id: z.uuid() });

const roleFields = {
  role: z.enum([...BUILT_IN_ROLES, 'custom']),
  customRoleId: z.uuid().optional(),
};
const roleChoiceRefine = (b: { role: string; customRoleId?: string | undefined }) => (b.role === 'custom') === (b.customRoleId !== undefined);
const roleChoiceMessage = { message: 'Send customRoleId exactly when role is "custom"', path: ['customRoleId'] };

export const inviteBody = z.strictObject({ email: z.string().trim().max(254).email(), ...roleFields }).refine(roleChoiceRefine, roleChoiceMessage);
export const changeRoleBody = z.strictObject(roleFields).refine(roleChoiceRefine, roleChoiceMessage);

export const memberResponse = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  customRoleId: z.uuid().nullable(),
  customRoleName: z.string().nullable(),
  joinedAt: iso,
});
export const memberList = z.object({ items: z.array(memberResponse) });

export const invitationResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(ROLES),
  customRoleId: z.uuid().nullable(),
  invitedBy: z.uuid(),
  status: z.enum(['open', 'accepted', 'revoked', 'expired']),
  createdAt: iso,
  expiresAt: iso,
  acceptedAt: iso.nullable(),
});
export const invitationList = z.object({ items: z.array(invitationResponse) });
export const acceptResponse = z.object({ tenantId: z.uuid(), member: memberResponse });

export const roleBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(500).nullable().optional(),
  permissions: z.array(permissionKey).min(1).max(500),
});
export const roleResponse = z.object({
  id: z.uuid().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  builtIn: z.boolean(),
  permissions: z.array(z.string()),
  version: z.number().int().nullable(),
  createdAt: iso.nullable(),
  updatedAt: iso.nullable(),
});
const permissionAlias = z.object({ alias: z.string(), keys: z.array(z.string()) });
export const roleList = z.object({
  items: z.array(roleResponse),
  permissions: z.array(z.string()),
  /** Capability aliases a role or API key may name instead of keys; saved as the keys listed. */
  aliases: z.array(permissionAlias),
});
export const permissionCatalogResponse = z.object({
  items: z.array(z.object({ key: z.string(), description: z.string().nullable(), aliases: z.array(z.string()) })),
  aliases: z.array(permissionAlias),
});

export const apiKeyBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  permissions: z.array(permissionKey).min(1).max(500),
  expiresAt: z.iso.datetime({ offset: true }).max(40).nullable().optional(),
});
export const apiKeyResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  permissions: z.array(z.string()),
  createdBy: z.string(),
  createdAt: iso,
  expiresAt: iso.nullable(),
  lastUsedAt: iso.nullable(),
  revokedAt: iso.nullable(),
});
export const apiKeyCreated = apiKeyResponse.extend({ key: z.string().regex(API_KEY_RE) });
export const apiKeyList = z.object({ items: z.array(apiKeyResponse) });

const limits = z.object(Object.fromEntries(METERS.map((m) => [m, z.number().int().nullable()])) as Record<(typeof METERS)[number], z.ZodNullable<z.ZodNumber>>);
const usage = z.object(Object.fromEntries(METERS.map((m) => [m, z.number().int()])) as Record<(typeof METERS)[number], z.ZodNumber>);
export const subscriptionResponse = z.object({
  plan: z.enum(PLANS),
  limits,
  usage,
  period: z.string(),
  plans: z.array(z.object({ plan: z.enum(PLANS), limits })),
});
export const upgradeBody = z.strictObject({ plan: z.enum(PLANS) });

const storeFields = {
  name: z.string().trim().min(1).max(200),
  code: z.string().trim().max(32).nullable().optional(),
  address: z.string().trim().max(1000).nullable().optional(),
  gstin: z.string().trim().toUpperCase().length(15).nullable().optional(),
  stateCode: z.string().regex(/^[0-9]{2}$/, 'two-digit GST state code').max(2).nullable().optional(),
};
export const createStoreBody = z.strictObject(storeFields);
export const updateStoreBody = z
  .strictObject({ ...storeFields, name: storeFields.name.optional() })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const storeResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  code: z.string().nullable(),
  address: z.string().nullable(),
  gstin: z.string().nullable(),
  stateCode: z.string().nullable(),
  status: z.enum(['active', 'archived']),
  version: z.number().int(),
  createdAt: iso,
  updatedAt: iso,
  archivedAt: iso.nullable(),
});
export const storeListQuery = pageQuery.extend({ status: z.enum(['active', 'archived']).optional() });
export const storePage = z.object({ items: z.array(storeResponse), nextCursor: z.string().nullable() });
export const noContent = z.null();

export const callerPermissionsResponse = z.object({
  tenantId: z.uuid().nullable(),
  permissions: z.array(z.string()).describe('Granted keys: `*` grants all, `module.*` all of one module'),
});
