-- Forced row-level security on every ledger table (see platform 0005_system_role.sql).
SELECT platform.protect_tenant_table('ledger.settings');
SELECT platform.protect_tenant_table('ledger.accounts');
SELECT platform.protect_tenant_table('ledger.journal_entries');
SELECT platform.protect_tenant_table('ledger.journal_lines');
SELECT platform.protect_tenant_table('ledger.daily_balances');
SELECT platform.protect_tenant_table('ledger.transactions');
