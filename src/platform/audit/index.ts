export { recordAudit, recordAudits, auditFromInvocation, type AuditEntry, type AppendedAuditRecord } from './record.js';
export {
  verifyAuditLog,
  verifyOwnAuditChain,
  verifyTenantChain,
  runAuditVerify,
  type AuditVerifyReport,
  type TenantChainResult,
  type BrokenRecord,
  type BreakReason,
} from './verify.js';
export { GENESIS_HASH } from './chain.js';
