import { AppError, newId, type Invocation } from '../../kernel/index.js';
import { parseMoney } from '../../kernel/money.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { staleVersion } from '../../platform/http/index.js';
import type { LineInput } from './domain/entries.js';
import { invalidAccount, transactionDeleted, transactionNotFound } from './domain/errors.js';
import * as repo from './repo.js';
import type { LedgerService } from './service.js';
import { transactionView, type TransactionView } from './views.js';

export type TransactionKind = 'income' | 'expense' | 'transfer';

/**
 * A simple money movement (seed 001 `/api/v1/transactions`): `accountId` is where the money is
 * (bank, cash, card); `counterAccountId` is the income or expense category, or the destination of
 * a transfer. Each revision is one posted journal entry; changing or deleting reverses it.
 */
export interface TransactionInput {
  type: TransactionKind;
  date: string;
  /** Decimal string, e.g. "1234.50", in `currency` (default: the money account's). */
  amount: string;
  currency?: string | undefined;
  /** Worth in base currency (decimal string), for a foreign-currency transaction. */
  baseAmount?: string | null | undefined;
  accountId: string;
  counterAccountId: string;
  description?: string | null;
  reference?: string | null;
  partyId?: string | null;
  storeId?: string | null;
  tags?: string[];
}

export const TRANSACTION_SOURCE = 'ledger.transaction';

const MONEY_TYPES = new Set(['asset', 'liability']);
const COUNTER_TYPES: Record<TransactionKind, Set<string>> = {
  income: new Set(['income']),
  expense: new Set(['expense']),
  transfer: MONEY_TYPES,
};

export class TransactionService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly baseCurrencyOf: (tenantId: string) => Promise<string>,
  ) {}

  private async linesFor(tx: Tx, input: TransactionInput, baseCurrency: string): Promise<{ lines: LineInput[]; currency: string; amount: bigint }> {
    const [money, counter] = [await repo.findAccount(tx, input.accountId), await repo.findAccount(tx, input.counterAccountId)];
    const issues = [];
    if (!money) issues.push({ path: 'body.accountId', message: 'no such account' });
    else if (!MONEY_TYPES.has(money.type)) issues.push({ path: 'body.accountId', message: 'must be an asset or liability account (bank, cash, card…)' });
    if (!counter) issues.push({ path: 'body.counterAccountId', message: 'no such account' });
    else if (!COUNTER_TYPES[input.type].has(counter.type)) {
      issues.push({ path: 'body.counterAccountId', message: `a ${input.type} needs a ${[...COUNTER_TYPES[input.type]].join(' or ')} account here` });
    }
    if (input.accountId === input.counterAccountId) issues.push({ path: 'body.counterAccountId', message: 'must differ from accountId' });
    if (issues.length > 0 || !money) throw invalidAccount('The accounts do not fit this transaction', issues);
    const currency = input.currency ?? money.currency;
    const amount = parseMoney(input.amount, currency, { path: 'body.amount', nonNegative: true });
    if (amount === 0n) throw new AppError('validation', 'LEDGER.INVALID_AMOUNT', 'The amount must be positive', { errors: [{ path: 'body.amount', message: 'must be positive' }] });
    const baseAmount =
      input.baseAmount === undefined || input.baseAmount === null ? null : parseMoney(input.baseAmount, baseCurrency, { path: 'body.baseAmount', nonNegative: true });
    const common = { currency, baseAmount, partyId: input.partyId ?? null, storeId: input.storeId ?? null, tags: input.tags ?? [] };
    const debitMoney = input.type === 'income';
    return {
      currency,
      amount,
      lines: [
        { ...common, accountId: input.accountId, ...(debitMoney ? { debit: amount } : { credit: amount }) },
        { ...common, accountId: input.counterAccountId, ...(debitMoney ? { credit: amount } : { debit: amount }) },
      ],
    };
  }

  private async postRevision(tx: Tx, inv: Invocation, id: string, revision: number, input: TransactionInput, baseCurrency: string): Promise<{ entryId: string; currency: string; amount: bigint }> {
    const { lines, currency, amount } = await this.linesFor(tx, input, baseCurrency);
    const { entryId } = await this.ledger.post(tx, {
      tenantId: inv.tenantId,
      date: input.date,
      memo: input.description ?? null,
      reference: input.reference ?? null,
      source: { module: TRANSACTION_SOURCE, id, revision },
      lines,
      actor: inv.actor,
    });
    return { entryId, currency, amount };
  }

  async create(inv: Invocation, input: TransactionInput): Promise<TransactionView> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    return this.ledger.run(inv.tenantId, async (tx) => {
      const id = newId();
      const posted = await this.postRevision(tx, inv, id, 0, input, baseCurrency);
      await repo.insertTransaction(tx, {
        tenant_id: inv.tenantId,
        id,
        ...transactionColumns(input, posted),
      });
      const view = transactionView((await repo.findTransaction(tx, id))!);
      await recordAudit(tx, auditFromInvocation(inv, 'transaction.created', 'transaction', id, null, view));
      await appendEvent(tx, { type: 'transaction.created', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    });
  }

  async get(tenantId: string, id: string): Promise<TransactionView> {
    const row = await this.ledger.run(tenantId, (tx) => repo.findTransaction(tx, id));
    if (!row) throw transactionNotFound();
    return transactionView(row);
  }

  async list(tenantId: string, filter: repo.TransactionFilter): Promise<repo.TransactionRow[]> {
    return this.ledger.run(tenantId, (tx) => repo.listTransactions(tx, filter));
  }

  /** Replaces the transaction: its current entry is reversed and the new version posted (both linked by source id). */
  async update(inv: Invocation, id: string, expectedVersion: number, input: TransactionInput): Promise<TransactionView> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    return this.ledger.run(inv.tenantId, async (tx) => {
      const before = await repo.findTransaction(tx, id, true);
      if (!before) throw transactionNotFound();
      if (before.status === 'deleted') throw transactionDeleted();
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      await this.ledger.reverseIn(tx, inv.tenantId, before.entry_id, { memo: `Superseded by revision ${before.revision + 1}`, actor: inv.actor });
      const revision = before.revision + 1;
      const posted = await this.postRevision(tx, inv, id, revision, input, baseCurrency);
      await repo.updateTransaction(tx, id, expectedVersion, {
        ...transactionColumns(input, posted),
        revision,
      });
      const view = transactionView((await repo.findTransaction(tx, id))!);
      await recordAudit(tx, auditFromInvocation(inv, 'transaction.updated', 'transaction', id, transactionView(before), view));
      await appendEvent(tx, { type: 'transaction.updated', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return view;
    });
  }

  /** Deleting reverses the posted entry; the transaction stays, marked deleted, for the audit trail. */
  async delete(inv: Invocation, id: string): Promise<void> {
    await this.ledger.run(inv.tenantId, async (tx) => {
      const before = await repo.findTransaction(tx, id, true);
      if (!before) throw transactionNotFound();
      if (before.status === 'deleted') return;
      await this.ledger.reverseIn(tx, inv.tenantId, before.entry_id, { memo: 'Transaction deleted', actor: inv.actor });
      await repo.updateTransaction(tx, id, before.version, { status: 'deleted' });
      await recordAudit(tx, auditFromInvocation(inv, 'transaction.deleted', 'transaction', id, transactionView(before), null));
      await appendEvent(tx, { type: 'transaction.deleted', tenantId: inv.tenantId, actor: inv.actor, data: { id, entryId: before.entry_id } });
    });
  }
}

/** The stored columns of a transaction version, from its input and the entry that posted it. */
function transactionColumns(input: TransactionInput, posted: { entryId: string; currency: string; amount: bigint }) {
  return {
    kind: input.type,
    txn_date: input.date,
    amount: posted.amount,
    currency: posted.currency,
    account_id: input.accountId,
    counter_account_id: input.counterAccountId,
    description: input.description ?? null,
    reference: input.reference ?? null,
    party_id: input.partyId ?? null,
    store_id: input.storeId ?? null,
    tags: input.tags ?? [],
    entry_id: posted.entryId,
  };
}
