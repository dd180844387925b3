import { AppError, isUuid, newId, type Actor, type Invocation } from '../../kernel/index.js';
import { formatMoney, parseMoney } from '../../kernel/money.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Database, Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { staleVersion } from '../../platform/http/index.js';
import { partyBalances, type LedgerApi, type LineInput } from '../ledger/index.js';
import { checkCreditLimit } from './domain/credit.js';
import * as errors from './domain/errors.js';
import { checkTaxIdentity, contactKeys, defaultRegistrationType, searchText, type Address, type Contact, type RegistrationType } from './domain/party.js';
import { withRunningBalance, type StatementSide } from './domain/statement.js';
import * as repo from './repo.js';
import type { CreatePartyBody, UpdatePartyBody } from './schemas.js';
import { minorOf, partyView, type PartyView } from './views.js';

export type BaseCurrencyOf = (tenantId: string) => Promise<string>;
export type PartyKind = repo.PartyKind;

export interface DuplicateWarning {
  code: 'PARTIES.POSSIBLE_DUPLICATE';
  partyId: string;
  field: 'gstin' | 'email';
  message: string;
}

/** The answer of `checkCredit`: figures as decimal strings in the party's currency. */
export interface CreditCheckResult {
  ok: boolean;
  currency: string;
  exposure: string;
  limit: string | null;
  exceededBy: string;
  mode: 'warn' | 'block';
  warning: { code: 'PARTIES.CREDIT_LIMIT_EXCEEDED'; message: string } | null;
}

/** Statements show at most this many lines; narrow the dates for more. */
const STATEMENT_MAX_LINES = 5000;
const OPENING_SOURCE_MODULE = 'parties';

const sideOf = (kind: PartyKind): StatementSide => (kind === 'customer' ? 'receivable' : 'payable');
const isKind = (p: repo.PartyRow, kind: PartyKind) => (kind === 'customer' ? p.is_customer : p.is_vendor);

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

interface OpeningBalance {
  amount: bigint;
  date: string;
  side: StatementSide;
}

export class PartiesService {
  constructor(
    private readonly db: Database,
    private readonly ledger: () => LedgerApi,
    private readonly baseCurrencyOf: BaseCurrencyOf,
  ) {}

  // ---------------- parties ----------------

  async create(inv: Invocation, kind: PartyKind, body: CreatePartyBody): Promise<{ party: repo.PartyRow; warnings: DuplicateWarning[] }> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    const currency = body.currency ?? baseCurrency;
    const gstin = body.gstin ?? null;
    const registrationType = body.registrationType ?? defaultRegistrationType(gstin);
    const contacts = body.contacts ?? [];
    const tax = checkTaxIdentity({
      registrationType,
      gstin,
      pan: body.pan ?? null,
      billingAddress: body.billingAddress ?? null,
      shippingAddress: body.shippingAddress ?? null,
      contacts,
    });
    if (tax.issues.length > 0) throw errors.invalidParty(tax.issues);
    const creditLimit = body.creditLimit == null ? null : formatMoney(parseMoney(body.creditLimit, currency, { path: 'body.creditLimit', nonNegative: true }), currency);
    const opening = body.openingBalance ? this.openingOf(body.openingBalance, currency, sideOf(kind)) : null;
    const isCustomer = kind === 'customer' ? true : (body.isCustomer ?? false);
    const isVendor = kind === 'vendor' ? true : (body.isVendor ?? false);
    const { emails, phones } = contactKeys(contacts);
    const displayName = body.displayName ?? body.legalName;

    return this.writing(inv.tenantId, async (tx) => {
      const id = newId();
      const entryId = opening && opening.amount !== 0n ? await this.postOpening(tx, inv, { id, currency, displayName }, opening, 0) : null;
      const party = await repo.insertParty(tx, {
        tenant_id: inv.tenantId,
        id,
        is_customer: isCustomer,
        is_vendor: isVendor,
        legal_name: body.legalName,
        display_name: displayName,
        registration_type: registrationType,
        gstin,
        gst_state_code: tax.gstStateCode,
        pan: tax.pan,
        billing_address: body.billingAddress ?? null,
        shipping_address: body.shippingAddress ?? null,
        contacts,
        emails,
        phones,
        payment_terms_days: body.paymentTermsDays ?? null,
        currency,
        credit_limit: creditLimit,
        opening_balance: opening ? formatMoney(opening.amount, currency) : null,
        opening_balance_date: opening?.date ?? null,
        opening_entry_id: entryId,
        opening_side: opening?.side ?? null,
        opening_revision: 0,
        tags: [...new Set(body.tags ?? [])].sort(),
        notes: body.notes ?? null,
        search_text: searchText({ legalName: body.legalName, displayName, gstin, pan: tax.pan, emails, phones }),
      });
      const warnings = await this.duplicateWarnings(tx, party);
      const view = partyView(party);
      await recordAudit(tx, auditFromInvocation(inv, 'party.created', 'party', id, null, view));
      await this.announce(tx, inv.tenantId, inv.actor, party, 'created', view);
      return { party, warnings };
    });
  }

  async get(tenantId: string, kind: PartyKind | null, id: string): Promise<repo.PartyRow> {
    const party = await this.db.withTenant(tenantId, (tx) => repo.findParty(tx, id));
    if (!party || (kind && !isKind(party, kind))) throw errors.partyNotFound(kind ?? 'party');
    return party;
  }

  async list(tenantId: string, filter: repo.PartyFilter): Promise<repo.PartyRow[]> {
    return this.db.withTenant(tenantId, (tx) => repo.listParties(tx, filter));
  }

  async update(inv: Invocation, kind: PartyKind, id: string, expectedVersion: number, body: UpdatePartyBody): Promise<{ party: repo.PartyRow; warnings: DuplicateWarning[] }> {
    return this.writing(inv.tenantId, async (tx) => {
      const before = await repo.findParty(tx, id, true);
      if (!before || !isKind(before, kind)) throw errors.partyNotFound(kind);
      if (before.version !== expectedVersion) throw staleVersion(before.version);

      const currency = body.currency ?? before.currency;
      if (currency !== before.currency && (await partyBalances.partyHasLines(tx, id))) throw errors.currencyLocked();
      const gstin = body.gstin === undefined ? before.gstin : body.gstin;
      // A GSTIN given or removed without a registration type keeps the old type when it still fits.
      const keepsType = (gstin !== null) === ['registered', 'composition', 'sez'].includes(before.registration_type);
      const registrationType: RegistrationType = body.registrationType ?? (keepsType ? before.registration_type : defaultRegistrationType(gstin));
      // A new GSTIN brings its own PAN unless one is given with it.
      const pan = body.pan !== undefined ? body.pan : body.gstin !== undefined ? null : before.pan;
      const contacts: Contact[] = body.contacts ?? before.contacts;
      const billingAddress: Address | null = body.billingAddress === undefined ? before.billing_address : body.billingAddress;
      const shippingAddress: Address | null = body.shippingAddress === undefined ? before.shipping_address : body.shippingAddress;
      const tax = checkTaxIdentity({ registrationType, gstin, pan, billingAddress, shippingAddress, contacts });
      const isCustomer = body.isCustomer ?? before.is_customer;
      const isVendor = body.isVendor ?? before.is_vendor;
      if (!isCustomer && !isVendor) tax.issues.push({ path: 'body.isCustomer', message: 'a party is a customer, a vendor or both' });
      if (tax.issues.length > 0) throw errors.invalidParty(tax.issues);

      const creditLimitRaw = body.creditLimit === undefined ? before.credit_limit : body.creditLimit;
      const creditLimit = creditLimitRaw === null ? null : formatMoney(parseMoney(stripZeros(creditLimitRaw), currency, { path: 'body.creditLimit', nonNegative: true }), currency);
      const { emails, phones } = contactKeys(contacts);
      const legalName = body.legalName ?? before.legal_name;
      const displayName = body.displayName ?? (body.legalName !== undefined && before.display_name === before.legal_name ? body.legalName : before.display_name);

      const openingChanges = body.openingBalance === undefined ? {} : await this.replaceOpening(tx, inv, before, body.openingBalance, currency, sideOf(kind), displayName);

      const after = await repo.updateParty(tx, id, expectedVersion, {
        is_customer: isCustomer,
        is_vendor: isVendor,
        legal_name: legalName,
        display_name: displayName,
        registration_type: registrationType,
        gstin,
        gst_state_code: tax.gstStateCode,
        pan: tax.pan,
        billing_address: billingAddress,
        shipping_address: shippingAddress,
        contacts,
        emails,
        phones,
        ...(body.paymentTermsDays !== undefined && { payment_terms_days: body.paymentTermsDays }),
        currency,
        credit_limit: creditLimit,
        ...openingChanges,
        ...(body.tags !== undefined && { tags: [...new Set(body.tags)].sort() }),
        ...(body.notes !== undefined && { notes: body.notes }),
        search_text: searchText({ legalName, displayName, gstin, pan: tax.pan, emails, phones }),
      });
      if (!after) throw staleVersion(before.version + 1);
      const warnings = gstin !== before.gstin || emails.join() !== before.emails.join() ? await this.duplicateWarnings(tx, after) : [];
      const view = partyView(after);
      await recordAudit(tx, auditFromInvocation(inv, 'party.updated', 'party', id, partyView(before), view));
      await this.announce(tx, inv.tenantId, inv.actor, after, 'updated', view);
      return { party: after, warnings };
    });
  }

  /**
   * Suspends, reactivates or archives a party. `allowed` says whether the caller may do it to this
   * party (a party that is both customer and vendor needs both permissions).
   */
  async setStatus(inv: Invocation, id: string, action: 'suspend' | 'reactivate' | 'archive', options: { kind?: PartyKind; expectedVersion: number | null; allowed: (p: repo.PartyRow) => boolean }): Promise<repo.PartyRow> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.findParty(tx, id, true);
      if (!before || (options.kind && !isKind(before, options.kind))) throw errors.partyNotFound(options.kind ?? 'party');
      if (!options.allowed(before)) throw new AppError('forbidden', 'AUTH.FORBIDDEN', 'You may not change the status of this party');
      if (options.expectedVersion !== null && before.version !== options.expectedVersion) throw staleVersion(before.version);
      const target = action === 'suspend' ? 'suspended' : action === 'archive' ? 'archived' : 'active';
      if (before.status === target) return before;
      if (action === 'suspend' && before.status === 'archived') throw errors.notSuspendable(before.status);
      const after = await repo.updateParty(tx, id, before.version, { status: target });
      if (!after) throw staleVersion(before.version + 1);
      const view = partyView(after);
      const verb = action === 'suspend' ? 'suspended' : action === 'archive' ? 'archived' : 'reactivated';
      await recordAudit(tx, auditFromInvocation(inv, `party.${verb}`, 'party', id, partyView(before), view));
      await this.announce(tx, inv.tenantId, inv.actor, after, verb, view);
      return after;
    });
  }

  // ---------------- statements ----------------

  /** The party's account as the ledger has it: receivable lines for a customer, payable lines for a vendor. */
  async statement(tenantId: string, kind: PartyKind, id: string, range: { from?: string | undefined; to?: string | undefined }) {
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    return this.db.withTenant(tenantId, async (tx) => {
      const party = await repo.findParty(tx, id);
      if (!party || !isKind(party, kind)) throw errors.partyNotFound(kind);
      if (range.from && range.to && range.from > range.to) {
        throw new AppError('validation', 'PARTIES.INVALID_RANGE', 'from is after to', { errors: [{ path: 'querystring.from', message: 'after to' }] });
      }
      const side = sideOf(kind);
      const filter = { partyId: id, accountIds: await partyBalances.accountIdsOf(tx, side), useBase: party.currency === baseCurrency, currency: party.currency };
      const sign = (net: bigint) => (side === 'receivable' ? net : -net);
      const opening = range.from ? sign(await partyBalances.partyNet(tx, filter, range.from)) : 0n;
      const lines = await partyBalances.partyLines(tx, { ...filter, from: range.from, to: range.to }, STATEMENT_MAX_LINES + 1);
      const truncated = lines.length > STATEMENT_MAX_LINES;
      const shown = withRunningBalance(side, opening, lines.slice(0, STATEMENT_MAX_LINES));
      const closing = truncated ? sign(await partyBalances.partyNet(tx, filter, range.to ? dayAfter(range.to) : undefined)) : shown.closing;
      const fmt = (v: bigint) => formatMoney(v, party.currency);
      return {
        partyId: id,
        side,
        currency: party.currency,
        from: range.from ?? null,
        to: range.to ?? null,
        openingBalance: fmt(opening),
        lines: shown.lines.map((l) => ({
          date: l.date,
          entryId: l.entryId,
          lineNo: l.lineNo,
          accountId: l.accountId,
          memo: l.memo,
          reference: l.reference,
          source: l.sourceModule,
          debit: fmt(l.debit),
          credit: fmt(l.credit),
          balance: fmt(l.balance),
        })),
        closingBalance: fmt(closing),
        truncated,
      };
    });
  }

  // ---------------- credit limits ----------------

  /**
   * Would adding `additionalAmount` (a decimal string in the customer's currency) take the customer
   * over the credit limit? Exposure is the receivable balance in the ledger plus that amount.
   * Over the limit, `customer.credit_limit_exceeded` is emitted; in block mode the check then throws
   * 422 PARTIES.CREDIT_LIMIT_EXCEEDED, and the event is written in its own transaction so that the
   * refusal stays on record when the caller's transaction rolls back.
   */
  async checkCredit(tx: Tx, tenantId: string, partyId: string, additionalAmount: string, actor: Actor | null = null): Promise<CreditCheckResult> {
    const party = isUuid(partyId) ? await repo.findParty(tx, partyId) : undefined;
    if (!party || !party.is_customer) throw errors.partyNotFound('customer');
    // A suspended or archived customer takes no new sales, whatever its limit.
    if (party.status !== 'active') throw errors.customerNotActive(party.status);
    const additional = parseMoney(additionalAmount, party.currency, { path: 'additionalAmount' });
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    const accountIds = await partyBalances.accountIdsOf(tx, 'receivable');
    const balance = await partyBalances.partyNet(tx, { partyId, accountIds, useBase: party.currency === baseCurrency, currency: party.currency });
    const limit = party.credit_limit === null ? null : minorOf(party.credit_limit, party.currency);
    const check = checkCreditLimit(balance, additional, limit);
    const { credit_limit_mode: mode } = await repo.settings(tx, tenantId);
    const fmt = (v: bigint) => formatMoney(v, party.currency);
    const figures = { partyId, currency: party.currency, exposure: fmt(check.exposure), limit: limit === null ? null : fmt(limit), exceededBy: fmt(check.exceededBy) };
    if (check.ok) return { ok: true, ...figures, mode, warning: null };

    const event = { type: 'customer.credit_limit_exceeded', tenantId, actor, data: { ...figures, additionalAmount: fmt(additional), mode } };
    if (mode === 'block') {
      await this.db.withTenant(tenantId, (own) => appendEvent(own, event));
      throw errors.creditLimitExceeded({ ...figures, limit: figures.limit! });
    }
    await appendEvent(tx, event);
    return {
      ok: false,
      ...figures,
      mode,
      warning: { code: 'PARTIES.CREDIT_LIMIT_EXCEEDED', message: `This takes the customer ${figures.exceededBy} ${party.currency} over the credit limit of ${figures.limit}` },
    };
  }

  // ---------------- settings ----------------

  async getSettings(tenantId: string): Promise<repo.SettingsRow> {
    return this.db.withTenant(tenantId, (tx) => repo.settings(tx, tenantId));
  }

  async updateSettings(inv: Invocation, mode: 'warn' | 'block', expectedVersion: number): Promise<repo.SettingsRow> {
    return this.db.withTenant(inv.tenantId, async (tx) => {
      const before = await repo.settings(tx, inv.tenantId);
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      const after = await repo.setSettings(tx, inv.tenantId, mode, expectedVersion);
      if (!after) throw staleVersion(before.version + 1);
      const view = { creditLimitMode: after.credit_limit_mode, version: after.version };
      await recordAudit(tx, auditFromInvocation(inv, 'parties.settings_updated', 'parties_settings', inv.tenantId, { creditLimitMode: before.credit_limit_mode }, view));
      await appendEvent(tx, { type: 'parties.settings_updated', tenantId: inv.tenantId, actor: inv.actor, data: view });
      return after;
    });
  }

  // ---------------- internals ----------------

  /**
   * A write that may post an opening balance: when two of them create the tenant's Opening Balance
   * Equity account at once, the loser of the race runs again and finds the winner's account.
   */
  private async writing<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.db.withTenant(tenantId, fn);
    } catch (error) {
      const pg = error as { code?: string; constraint?: string };
      if (pg?.code === '23505' && pg.constraint === 'accounts_code_key') return this.db.withTenant(tenantId, fn);
      throw error;
    }
  }

  private openingOf(input: { amount: string; date: string }, currency: string, side: StatementSide): OpeningBalance {
    return { amount: parseMoney(input.amount, currency, { path: 'body.openingBalance.amount' }), date: input.date, side };
  }

  /**
   * Posts an opening balance: the receivable (payable) account against Opening Balance Equity, the
   * control line carrying the party. Positive amounts are owed by a customer / owed to a vendor.
   */
  private async postOpening(tx: Tx, inv: Invocation, party: { id: string; currency: string; displayName: string }, opening: OpeningBalance, revision: number): Promise<string> {
    const ledger = this.ledger();
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    const controls = await partyBalances.postableAccountsOf(tx, opening.side);
    const control = controls.find((a) => a.currency === party.currency) ?? controls[0];
    if (!control) throw errors.noControlAccount(opening.side);
    const equity = await partyBalances.ensureOpeningEquityAccount(tx, inv, baseCurrency);
    const magnitude = opening.amount < 0n ? -opening.amount : opening.amount;
    // Receivable grows with a debit, payable with a credit; a negative opening balance is the other side.
    const controlDebits = opening.side === 'receivable' ? opening.amount > 0n : opening.amount < 0n;
    const lines: LineInput[] = [
      { accountId: control.id, currency: party.currency, partyId: party.id, memo: `Opening balance: ${party.displayName}`.slice(0, 500), ...(controlDebits ? { debit: magnitude } : { credit: magnitude }) },
      { accountId: equity.id, currency: party.currency, ...(controlDebits ? { credit: magnitude } : { debit: magnitude }) },
    ];
    const { entryId } = await ledger.post(tx, {
      tenantId: inv.tenantId,
      date: opening.date,
      memo: `Opening balance: ${party.displayName}`.slice(0, 1000),
      reference: 'OPENING',
      source: { module: OPENING_SOURCE_MODULE, id: `opening-balance:${party.id}`, revision },
      lines,
      actor: inv.actor,
    });
    return entryId;
  }

  /** A changed opening balance reverses the previous entry (on its own date) and posts the next revision. */
  private async replaceOpening(
    tx: Tx,
    inv: Invocation,
    before: repo.PartyRow,
    input: { amount: string; date: string } | null,
    currency: string,
    side: StatementSide,
    displayName: string,
  ): Promise<repo.PartyChanges> {
    const next = input ? this.openingOf(input, currency, side) : null;
    const previous =
      before.opening_balance !== null && before.opening_balance_date !== null && before.opening_side !== null
        ? { amount: minorOf(before.opening_balance, before.currency), date: before.opening_balance_date, side: before.opening_side }
        : null;
    const same = (a: OpeningBalance | null, b: OpeningBalance | null) => (a === null || b === null ? a === b : a.amount === b.amount && a.date === b.date && a.side === b.side);
    if (same(previous, next) && currency === before.currency) return {};
    if (before.opening_entry_id && previous) {
      await this.ledger().reverse(tx, inv.tenantId, before.opening_entry_id, { date: previous.date, memo: `Opening balance replaced: ${displayName}`.slice(0, 1000) });
    }
    const revision = before.opening_revision + 1;
    const entryId = next && next.amount !== 0n ? await this.postOpening(tx, inv, { id: before.id, currency, displayName }, next, revision) : null;
    return {
      opening_balance: next ? formatMoney(next.amount, currency) : null,
      opening_balance_date: next?.date ?? null,
      opening_side: next?.side ?? null,
      opening_entry_id: entryId,
      opening_revision: revision,
    };
  }

  private async duplicateWarnings(tx: Tx, party: repo.PartyRow): Promise<DuplicateWarning[]> {
    const found = await repo.possibleDuplicates(tx, { id: party.id, gstin: party.gstin, emails: party.emails });
    return found.map((d) => ({
      code: 'PARTIES.POSSIBLE_DUPLICATE' as const,
      partyId: d.id,
      field: d.field,
      message: d.field === 'gstin' ? 'Another party has the same GSTIN' : 'Another party has a contact with the same email',
    }));
  }

  /**
   * `customer.*` for a customer and `vendor.*` for a vendor (both for a party that is both), in the
   * writing transaction. `customer.created|updated|suspended` are seed 002's CustomerCreated,
   * CustomerUpdated and CustomerSuspended.
   */
  private async announce(tx: Tx, tenantId: string, actor: Actor, party: repo.PartyRow, verb: string, view: PartyView): Promise<void> {
    if (party.is_customer) await appendEvent(tx, { type: `customer.${verb}`, tenantId, actor, data: view });
    if (party.is_vendor) await appendEvent(tx, { type: `vendor.${verb}`, tenantId, actor, data: view });
  }
}

/** A stored numeric ("1000.000000") as a decimal string parseMoney accepts for any currency. */
function stripZeros(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
