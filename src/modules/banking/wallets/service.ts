import { Decimal } from 'decimal.js';
import { AppError, newId, now, type Invocation } from '../../../kernel/index.js';
import { convertMinor, formatMoney, parseMoney } from '../../../kernel/money.js';
import { auditFromInvocation, recordAudit } from '../../../platform/audit/index.js';
import type { Tx } from '../../../platform/db/index.js';
import { appendEvents } from '../../../platform/events/index.js';
import { staleVersion } from '../../../platform/http/index.js';
import { ensureSystemAccounts, partyBalances, type LineInput, type SystemAccountSpec } from '../../ledger/index.js';
import type { InvoiceSnapshot } from '../../sales/index.js';
import type { BankingDeps } from '../deps.js';
import * as errors from '../domain/wallet-errors.js';
import { dateAllowed, EVENT_OF, isBankOrCash, isCheckoutAccount, nextBalance, PARTY_SUBTYPES, walletSide, type MovementKind } from '../domain/wallet.js';
import * as repo from './repo.js';
import { movementView, walletView, type MovementView, type WalletView } from './views.js';

/**
 * The liability account every wallet balance is held in: the chart templates' "Customer Wallet Balances"
 * (2130), added when the chart has none. Found by name: sales' "Customer Advances" has the same subtype.
 */
export const CUSTOMER_WALLETS_ACCOUNT: SystemAccountSpec = {
  code: '2130',
  name: 'Customer Wallet Balances',
  type: 'liability',
  subtype: 'customer_wallet',
  description: 'Prepaid balances customers hold in their wallets',
  findBy: 'name',
};

/** Where an invoice's receivable sits when its entry cannot tell (the sales module's receivable, found by subtype). */
const RECEIVABLE_ACCOUNT: SystemAccountSpec = { code: '1130', name: 'Accounts Receivable', type: 'asset', subtype: 'receivable', description: 'What customers owe the business', findBy: 'subtype' };

const today = () => now().toISOString().slice(0, 10);

export interface MovementResult {
  movement: MovementView;
  wallet: WalletView;
  invoice: { id: string; number: string | null; status: string; amountPaid: string; amountDue: string } | null;
}

interface Common {
  amount: string;
  date?: string | undefined;
  currency?: string | undefined;
  exchangeRate?: string | undefined;
  reference?: string | null | undefined;
  memo?: string | null | undefined;
}

export type TopUpInput = Common & { depositAccountId: string };
export type SpendInput = Common & { invoiceId?: string | undefined; accountId?: string | undefined };
export type RefundInput = Common & { direction: 'to_wallet' | 'from_wallet'; accountId: string; reason?: string | null | undefined };
export interface AdjustInput {
  amount: string;
  date?: string | undefined;
  currency?: string | undefined;
  exchangeRate?: string | undefined;
  accountId: string;
  reason: string;
  reference?: string | null | undefined;
}

/** A customer as wallets need it (see `walletCustomer`). */
export interface WalletCustomer {
  id: string;
  name: string;
  currency: string;
}

export interface WalletAccount {
  id: string;
  type: string;
  subtype: string | null;
}

/** A movement to record on a locked wallet. */
interface Movement {
  kind: MovementKind;
  /** Signed minor units: into the wallet positive. */
  delta: bigint;
  date: string;
  rate: string;
  counterAccountId: string;
  counterPartyId: string | null;
  invoice: InvoiceSnapshot | null;
  reference: string | null;
  memo: string | null;
  reason: string | null;
}

interface Prepared {
  tx: Tx;
  inv: Invocation;
  customer: WalletCustomer;
  currency: string;
  baseCurrency: string;
  wallet: repo.WalletRow;
}

/**
 * Customer wallets: top-up, spend (against an invoice or at checkout), refund (into or out of the
 * wallet) and audited adjustments. Every use case is one transaction: the wallet row is locked
 * FOR UPDATE, the balance moves only if it stays ≥ 0 (a conditional update, and a CHECK behind
 * it), the ledger entry (source module banking), the wallet ledger row, the invoice settlement,
 * audit and events commit together or not at all. Lock order: wallet, then invoice.
 */
export class WalletsService {
  constructor(private readonly deps: BankingDeps) {}

  private baseCurrencyOf(tenantId: string): Promise<string> {
    return this.deps.identity().baseCurrencyOf(tenantId);
  }

  /** A tenant transaction whose ledger refusals (also those raised at commit) surface as AppErrors. */
  private run<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.deps.ledger().service.run(tenantId, fn).catch(mapWalletDbError);
  }

  // ---------------- reads ----------------

  async list(
    tenantId: string,
    filter: repo.WalletFilter,
  ): Promise<{ items: (WalletView & { customerName: string | null })[]; nextCursor: string | null; totals: { currency: string; balance: string; wallets: number }[] }> {
    const { page, more, totals } = await this.run(tenantId, async (tx) => {
      const rows = await repo.listWallets(tx, { ...filter, limit: filter.limit + 1 });
      const totals = (await repo.totals(tx, filter)).map((t) => ({ currency: t.currency, balance: formatMoney(BigInt(t.balance), t.currency), wallets: t.wallets }));
      return { page: rows.slice(0, filter.limit), more: rows.length > filter.limit, totals };
    });
    // Names through the parties module (its API, not its tables), once per customer on the page.
    const parties = this.deps.parties().service;
    const ids = [...new Set(page.map((w) => w.customer_id))];
    const names = new Map(
      await Promise.all(ids.map(async (id) => [id, await parties.get(tenantId, null, id).then((p) => p.display_name, () => null)] as const)),
    );
    return { items: page.map((w) => ({ ...walletView(w), customerName: names.get(w.customer_id) ?? null })), nextCursor: more ? (page[page.length - 1]?.id ?? null) : null, totals };
  }

  /** The customer's wallet in a currency (default: the customer's), with a page of its statement. */
  async customerWallet(tenantId: string, customerId: string, options: { currency?: string | undefined; afterSeq?: string | undefined; limit: number }) {
    const customer = await this.walletCustomer(tenantId, customerId, false);
    const currency = options.currency ?? customer.currency;
    return this.run(tenantId, async (tx) => {
      const wallet = (await repo.findWallet(tx, customerId, currency)) ?? null;
      const rows = wallet ? await repo.movementsOf(tx, wallet.id, options.afterSeq, options.limit + 1) : [];
      const page = rows.slice(0, options.limit);
      const first = page[0];
      const opening = first ? BigInt(first.balance_after) - BigInt(first.amount) : wallet && options.afterSeq !== undefined ? BigInt(wallet.balance) : 0n;
      const ledgerBalance = wallet
        ? -(await partyBalances.partyNet(tx, { partyId: customerId, accountIds: [wallet.account_id], useBase: false, currency }))
        : 0n;
      return {
        customerId,
        customerName: customer.name,
        currency,
        balance: formatMoney(wallet ? BigInt(wallet.balance) : 0n, currency),
        ledgerBalance: formatMoney(ledgerBalance, currency),
        wallet: wallet ? walletView(wallet) : null,
        statement: {
          openingBalance: formatMoney(opening, currency),
          items: page.map(movementView),
          nextCursor: rows.length > options.limit ? (page[page.length - 1]?.seq ?? null) : null,
        },
      };
    });
  }

  /** The customer's wallet balance in minor units, in the caller's transaction (0 without a wallet). For the point of sale. */
  async balanceIn(tx: Tx, customerId: string, currency: string): Promise<bigint> {
    const wallet = await repo.findWallet(tx, customerId, currency);
    return wallet ? BigInt(wallet.balance) : 0n;
  }

  // ---------------- movements ----------------

  /** POST /customers/:id/wallet/top-up: Dr the deposit account / Cr Customer Wallets. */
  async topUp(inv: Invocation, customerId: string, input: TopUpInput, expected: number | null = null): Promise<MovementResult> {
    const customer = await this.walletCustomer(inv.tenantId, customerId, true);
    const currency = input.currency ?? customer.currency;
    const amount = this.positive(input.amount, currency);
    const deposit = await this.walletAccount(inv.tenantId, input.depositAccountId, 'body.depositAccountId', currency);
    if (!isBankOrCash(deposit)) throw errors.invalidAccount('body.depositAccountId', 'not a bank or cash account');
    return this.run(inv.tenantId, async (tx) => {
      const p = await this.prepare(tx, inv, customer, currency, expected);
      const date = input.date ?? today();
      return this.record(p, {
        kind: 'top_up',
        delta: amount,
        date,
        rate: await this.rateOf(tx, inv.tenantId, currency, p.baseCurrency, date, input.exchangeRate),
        counterAccountId: deposit.id,
        counterPartyId: null,
        invoice: null,
        reference: input.reference ?? null,
        memo: input.memo ?? null,
        reason: null,
      });
    });
  }

  /**
   * POST /customers/:id/wallet/spend: against an invoice (Dr Customer Wallets / Cr receivable, the
   * invoice settled through the sales module's invoices port) or at checkout (Cr the given revenue
   * or clearing account).
   */
  async spend(inv: Invocation, customerId: string, input: SpendInput, expected: number | null = null): Promise<MovementResult> {
    const customer = await this.walletCustomer(inv.tenantId, customerId, true);
    const checkout = input.accountId !== undefined ? await this.walletAccount(inv.tenantId, input.accountId, 'body.accountId', null) : null;
    if (checkout && !isCheckoutAccount(checkout)) throw errors.invalidAccount('body.accountId', 'not a revenue or clearing account');
    return this.run(inv.tenantId, (tx) => this.spendIn(tx, inv, customer, input, checkout, expected));
  }

  /**
   * A spend in the caller's transaction (the point of sale pays with the wallet this way). The
   * customer and the checkout account must have been checked (as `spend` does).
   */
  async spendIn(tx: Tx, inv: Invocation, customer: WalletCustomer, input: SpendInput, checkout: WalletAccount | null, expected: number | null = null): Promise<MovementResult> {
    const currency = input.currency ?? customer.currency;
    const amount = this.positive(input.amount, currency);
    const p = await this.prepare(tx, inv, customer, currency, expected);
    const date = input.date ?? today();
    let invoice: InvoiceSnapshot | null = null;
    let counterAccountId: string;
    let counterPartyId: string | null = null;
    if (input.invoiceId !== undefined) {
      invoice = await this.lockInvoice(tx, inv.tenantId, input.invoiceId);
      if (invoice.customerId !== customer.id) throw errors.invoiceOtherCustomer('body.invoiceId');
      if (invoice.currency !== currency) throw errors.invoiceCurrency('body.invoiceId', invoice.currency, currency);
      if (date < invoice.date) throw errors.dateBeforeInvoice('body.date', invoice.date);
      // The balance is checked first (the stable wallet error), then what is due.
      this.checkBalance(p.wallet, -amount, currency);
      if (amount > parseMoney(invoice.amountDue, currency)) throw errors.overpayment('body.amount', invoice.amountDue);
      counterAccountId = await this.receivableOf(tx, inv, invoice, p.baseCurrency);
      counterPartyId = customer.id;
    } else {
      if (!checkout) throw errors.invalidAccount('body.accountId', 'no such account');
      counterAccountId = checkout.id;
      if (checkout.subtype !== null && PARTY_SUBTYPES.has(checkout.subtype)) counterPartyId = customer.id;
    }
    return this.record(p, {
      kind: 'spend',
      delta: -amount,
      date,
      rate: await this.rateOf(tx, inv.tenantId, currency, p.baseCurrency, date, input.exchangeRate),
      counterAccountId,
      counterPartyId,
      invoice,
      reference: input.reference ?? invoice?.number ?? null,
      memo: input.memo ?? null,
      reason: null,
    });
  }

  /** POST /customers/:id/wallet/refund: a credit into the wallet, or the wallet paid back to the customer. */
  async refund(inv: Invocation, customerId: string, input: RefundInput, expected: number | null = null): Promise<MovementResult> {
    const customer = await this.walletCustomer(inv.tenantId, customerId, true);
    const currency = input.currency ?? customer.currency;
    const amount = this.positive(input.amount, currency);
    const out = input.direction === 'from_wallet';
    const account = await this.walletAccount(inv.tenantId, input.accountId, 'body.accountId', out ? currency : null);
    if (out && !isBankOrCash(account)) throw errors.invalidAccount('body.accountId', 'not a bank or cash account');
    return this.run(inv.tenantId, async (tx) => {
      const p = await this.prepare(tx, inv, customer, currency, expected);
      const date = input.date ?? today();
      return this.record(p, {
        kind: out ? 'refund_out' : 'refund_in',
        delta: out ? -amount : amount,
        date,
        rate: await this.rateOf(tx, inv.tenantId, currency, p.baseCurrency, date, input.exchangeRate),
        counterAccountId: account.id,
        counterPartyId: account.subtype !== null && PARTY_SUBTYPES.has(account.subtype) ? customer.id : null,
        invoice: null,
        reference: input.reference ?? null,
        memo: input.memo ?? null,
        reason: input.reason ?? null,
      });
    });
  }

  /** POST /customers/:id/wallet/adjust: a correction with a reason, either way (audited; banking.wallet.adjust). */
  async adjust(inv: Invocation, customerId: string, input: AdjustInput, expected: number | null = null): Promise<MovementResult> {
    const customer = await this.walletCustomer(inv.tenantId, customerId, true);
    const currency = input.currency ?? customer.currency;
    const delta = parseMoney(input.amount, currency, { path: 'body.amount' });
    if (delta === 0n) throw errors.zeroAdjustment('body.amount');
    const account = await this.walletAccount(inv.tenantId, input.accountId, 'body.accountId', null);
    return this.run(inv.tenantId, async (tx) => {
      const p = await this.prepare(tx, inv, customer, currency, expected);
      const date = input.date ?? today();
      return this.record(p, {
        kind: 'adjustment',
        delta,
        date,
        rate: await this.rateOf(tx, inv.tenantId, currency, p.baseCurrency, date, input.exchangeRate),
        counterAccountId: account.id,
        counterPartyId: account.subtype !== null && PARTY_SUBTYPES.has(account.subtype) ? customer.id : null,
        invoice: null,
        reference: input.reference ?? null,
        memo: null,
        reason: input.reason,
      });
    });
  }

  // ---------------- the one way a balance moves ----------------

  /** Finds (or adds) the Customer Wallets account, then locks (or opens) the customer's wallet in the currency. */
  private async prepare(tx: Tx, inv: Invocation, customer: WalletCustomer, currency: string, expected: number | null): Promise<Prepared> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    // The tenant's first wallet may add the Customer Wallets account: first wallets are serialised so only one is added.
    if (!(await repo.anyWallet(tx))) await repo.lockTenantWallets(tx, inv.tenantId);
    const [accountId] = await ensureSystemAccounts(tx, inv, [CUSTOMER_WALLETS_ACCOUNT], baseCurrency);
    const wallet = await repo.lockOrCreateWallet(tx, { tenant_id: inv.tenantId, id: newId(), customer_id: customer.id, currency, account_id: accountId! });
    if (expected !== null && wallet.version !== expected) throw staleVersion(wallet.version);
    return { tx, inv, customer, currency, baseCurrency, wallet };
  }

  private checkBalance(wallet: repo.WalletRow, delta: bigint, currency: string): bigint {
    const after = nextBalance(BigInt(wallet.balance), delta);
    if (after === null) throw errors.insufficientBalance('body.amount', formatMoney(BigInt(wallet.balance), currency), currency);
    return after;
  }

  private async record(p: Prepared, m: Movement): Promise<MovementResult> {
    const { tx, inv, wallet, currency, baseCurrency, customer } = p;
    if (m.counterAccountId === wallet.account_id) throw errors.invalidAccount(m.kind === 'top_up' ? 'body.depositAccountId' : 'body.accountId', 'the Customer Wallets account itself');
    if (!dateAllowed(m.date, wallet.last_movement_date)) throw errors.dateBeforeLastMovement('body.date', wallet.last_movement_date!);
    this.checkBalance(wallet, m.delta, currency);

    const id = newId();
    const abs = m.delta < 0n ? -m.delta : m.delta;
    const base = currency === baseCurrency ? undefined : convertMinor(abs, currency, baseCurrency, m.rate, 'half_up');
    const side = walletSide(m.delta);
    const other = side === 'credit' ? 'debit' : 'credit';
    const memo = `Wallet ${m.kind.replace('_', ' ')}: ${customer.name}`.slice(0, 500);
    const lines: LineInput[] = [
      { accountId: m.counterAccountId, currency, [other]: abs, ...(base !== undefined && { baseAmount: base }), partyId: m.counterPartyId, memo: m.memo ?? memo },
      { accountId: wallet.account_id, currency, [side]: abs, ...(base !== undefined && { baseAmount: base }), partyId: customer.id, memo: m.memo ?? memo },
    ];
    // Debit first, as entries read.
    if (side === 'debit') lines.reverse();
    const posted = await this.deps.ledger().post(tx, {
      tenantId: inv.tenantId,
      date: m.date,
      memo,
      reference: m.reference?.slice(0, 100) ?? null,
      source: { module: 'banking', id },
      lines,
      actor: inv.actor,
    });

    let invoice: MovementResult['invoice'] = null;
    if (m.invoice) {
      const after = await this.deps.sales().invoices.applySettlement(tx, inv, m.invoice.id, formatMoney(abs, currency));
      invoice = { id: after.id, number: after.number, status: after.status, amountPaid: after.amountPaid, amountDue: after.amountDue };
    }

    const updated = await repo.moveBalance(tx, wallet.id, m.delta, m.date);
    if (!updated) throw errors.insufficientBalance('body.amount', formatMoney(BigInt(wallet.balance), currency), currency);
    const row = await repo.insertMovement(tx, {
      tenant_id: inv.tenantId,
      id,
      wallet_id: wallet.id,
      customer_id: customer.id,
      kind: m.kind,
      movement_date: m.date,
      currency,
      amount: m.delta.toString(),
      balance_after: updated.balance,
      exchange_rate: m.rate,
      counter_account_id: m.counterAccountId,
      invoice_id: m.invoice?.id ?? null,
      invoice_number: m.invoice?.number ?? null,
      reference: m.reference?.slice(0, 100) ?? null,
      memo: m.memo,
      reason: m.reason,
      entry_id: posted.entryId,
      created_by: inv.actor.type === 'user' ? inv.actor.id : null,
    });
    const result: MovementResult = { movement: movementView(row), wallet: walletView(updated), invoice };
    await recordAudit(tx, auditFromInvocation(inv, `wallet.${m.kind}`, 'wallet', wallet.id, walletView(wallet), result));
    await appendEvents(tx, [{ type: EVENT_OF[m.kind], tenantId: inv.tenantId, actor: inv.actor, data: { ...result.movement, balance: result.wallet.balance } }]);
    return result;
  }

  // ---------------- helpers ----------------

  private positive(value: string, currency: string): bigint {
    const amount = parseMoney(value, currency, { path: 'body.amount', nonNegative: true });
    if (amount <= 0n) throw errors.notPositive('body.amount');
    return amount;
  }

  /** The customer through the parties module: 404 when unknown (also another tenant's), 422 for a vendor-only or (on writes) inactive party. */
  async walletCustomer(tenantId: string, id: string, writing: boolean): Promise<WalletCustomer> {
    let party;
    try {
      party = await this.deps.parties().service.get(tenantId, null, id);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') throw errors.customerNotFound();
      throw error;
    }
    if (!party.is_customer) throw writing ? errors.notACustomer() : errors.customerNotFound();
    if (writing && party.status !== 'active') throw errors.customerInactive(party.status);
    return { id: party.id, name: party.display_name, currency: party.currency };
  }

  /** An active, postable ledger account; when `currency` is given, one that can take it (its own or the base currency). */
  async walletAccount(tenantId: string, accountId: string, path: string, currency: string | null): Promise<WalletAccount> {
    let account;
    try {
      account = await this.deps.ledger().service.getAccount(tenantId, accountId);
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') throw errors.invalidAccount(path, 'no such account');
      throw error;
    }
    if (account.status !== 'active') throw errors.invalidAccount(path, 'the account is archived');
    if (account.is_group) throw errors.invalidAccount(path, 'a group account takes no lines');
    if (currency !== null && account.currency !== currency && account.currency !== (await this.baseCurrencyOf(tenantId))) {
      throw errors.invalidAccount(path, `a ${account.currency} account cannot take ${currency}`);
    }
    return { id: account.id, type: account.type, subtype: account.subtype };
  }

  /** Locks the invoice through the sales module's invoices port; its errors point at body.invoiceId. */
  private async lockInvoice(tx: Tx, tenantId: string, invoiceId: string): Promise<InvoiceSnapshot> {
    try {
      return await this.deps.sales().invoices.lockOpen(tx, tenantId, invoiceId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.kind === 'not_found') throw errors.invoiceNotFound('body.invoiceId');
      throw new AppError(error.kind, error.code, error.message, { errors: [{ path: 'body.invoiceId', message: error.message }], extra: error.extra, cause: error });
    }
  }

  /** The receivable account the invoice booked (its entry's debit line naming the customer), else the chart's receivable. */
  private async receivableOf(tx: Tx, inv: Invocation, invoice: InvoiceSnapshot, baseCurrency: string): Promise<string> {
    if (invoice.entryId !== null) {
      const entry = await this.deps.ledger().service.entryIn(tx, invoice.entryId);
      const line = entry.lines.find((l) => l.partyId === invoice.customerId && l.currency === invoice.currency && parseMoney(l.debit, l.currency) > 0n);
      if (line) return line.accountId;
    }
    const [id] = await ensureSystemAccounts(tx, inv, [RECEIVABLE_ACCOUNT], baseCurrency);
    return id!;
  }

  /** 1 in the base currency; the given rate or the ledger's rate on the date otherwise. */
  private async rateOf(tx: Tx, tenantId: string, currency: string, baseCurrency: string, date: string, given: string | undefined): Promise<string> {
    if (currency === baseCurrency) {
      if (given !== undefined && !new Decimal(given).eq(1)) throw errors.invalidRate('body.exchangeRate', 'must be 1 (or left out) in the base currency');
      return '1';
    }
    if (given !== undefined) {
      if (!new Decimal(given).gt(0)) throw errors.invalidRate('body.exchangeRate', 'must be more than 0');
      return new Decimal(given).toFixed();
    }
    try {
      return new Decimal((await this.deps.ledger().rates.rateOn(tx, tenantId, currency, date)).rate).toFixed();
    } catch (error) {
      if (error instanceof AppError) {
        throw new AppError(error.kind, error.code, `${error.message}; send exchangeRate or add the rate`, { errors: [{ path: 'body.exchangeRate', message: `no ${currency} rate on or before ${date}` }], extra: error.extra });
      }
      throw error;
    }
  }
}

/** The CHECK (balance ≥ 0) is the last line of defence: its refusal is the same stable error. */
function mapWalletDbError(error: unknown): never {
  const pg = error as { code?: string; constraint?: string } | null;
  if (pg && pg.code === '23514' && (pg.constraint === 'wallets_balance_not_negative' || pg.constraint === 'wallet_movements_balance_after_check')) {
    throw new AppError('conflict', 'BANKING.WALLET_INSUFFICIENT_BALANCE', 'The wallet balance cannot go below zero', { errors: [{ path: 'body.amount', message: 'more than the wallet holds' }], cause: error });
  }
  throw error;
}
