import type { KontorApp } from '../../../platform/http/index.js';
import type { PermissionDefinition } from '../../../platform/module.js';
import type { BankingDeps } from '../deps.js';
import { registerStatementRoutes } from './routes.js';
import { StatementsService } from './service.js';

/** Bank and cash accounts, CSV mapping presets, statement import and statement lines. */
export const STATEMENT_PERMISSIONS: PermissionDefinition[] = [
  { key: 'banking.account.read', description: 'See bank and cash accounts and their balances', aliases: ['bank_accounts:read'] },
  { key: 'banking.account.manage', description: 'Add, change and archive bank and cash accounts', aliases: ['bank_accounts:write'] },
  { key: 'banking.statement.read', description: 'See imported statements, statement lines and CSV mapping presets', aliases: ['bank_statements:read'] },
  { key: 'banking.statement.import', description: 'Import bank statements and manage CSV mapping presets', aliases: ['bank_statements:write'] },
];

export { StatementsService };
export { importView, lineView, presetView } from './service.js';

export function createStatements(deps: BankingDeps): StatementsService {
  return new StatementsService(deps);
}

export function statementRoutes(app: KontorApp, service: StatementsService): void {
  registerStatementRoutes(app, service);
}
