-- Forced row-level security on every tenant table of identity (see platform 0005_system_role.sql).
-- `tenants` is keyed by its own id and `memberships` is also visible to its user: both keep their
-- policies. Per-user tables (users, sessions, refresh tokens, codes, security events) and the
-- signing keys carry no tenant_id and stay outside row-level security.
SELECT platform.protect_tenant_table('identity.tenants');
SELECT platform.protect_tenant_table('identity.memberships');
SELECT platform.protect_tenant_table('identity.roles');
SELECT platform.protect_tenant_table('identity.invitations');
SELECT platform.protect_tenant_table('identity.api_keys');
SELECT platform.protect_tenant_table('identity.stores');
SELECT platform.protect_tenant_table('identity.usage_counters');
