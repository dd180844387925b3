import type { Database } from '../db/index.js';
import { requireTenant } from '../http/auth.js';
import type { KontorApp } from '../http/types.js';
import { listAuditRecords } from './query.js';
import { auditListQuery, auditPage, auditVerifyBody, auditVerifyResponse } from './schemas.js';
import { verifyOwnAuditChain } from './verify.js';

export interface AuditRouteDeps {
  db: Database;
}

export function registerAuditRoutes(app: KontorApp, deps: AuditRouteDeps): void {
  const { db } = deps;

  app.get(
    '/api/v1/audit-logs',
    {
      config: { permission: 'platform.audit.read' },
      schema: {
        tags: ['audit'],
        summary: "Your tenant's audit trail, newest first",
        querystring: auditListQuery,
        response: { 200: auditPage },
      },
    },
    async (request) => {
      const tenantId = requireTenant(request);
      return db.withTenant(tenantId, (tx) => listAuditRecords(tx, tenantId, request.query));
    },
  );

  app.post(
    '/api/v1/admin/audit/verify',
    {
      config: { permission: 'platform.audit.verify' },
      schema: {
        tags: ['audit'],
        summary: "Check your tenant's audit hash chain and name the first broken record",
        body: auditVerifyBody,
        response: { 200: auditVerifyResponse },
      },
    },
    async (request) => {
      const { ok, checked, firstBroken } = await verifyOwnAuditChain(db, requireTenant(request));
      return { ok, checked, firstBroken };
    },
  );
}
