import { newId, type Invocation } from '../../kernel/index.js';
import { formatMoney } from '../../kernel/money.js';
import { auditFromInvocation, recordAudit } from '../../platform/audit/index.js';
import type { Tx } from '../../platform/db/index.js';
import { appendEvent } from '../../platform/events/index.js';
import { nextDay, revaluationLines, revaluePositions, unrealisedTotal, type FxPosition, type RevaluedPosition } from './domain/fx.js';
import { invalidGainLossAccount, rateMissing } from './domain/fx-errors.js';
import { FX_UNREALISED_ACCOUNT } from './domain/templates.js';
import * as repo from './repo.js';
import { ratesOn } from './rates-repo.js';
import { fxAdjustmentsSoFar } from './revaluation-repo.js';
import type { BaseCurrencyOf, LedgerService } from './service.js';
import { accountView, type EntryView } from './views.js';

export const REVALUATION_SOURCE = 'ledger.revaluation';

/** Balances that are claims to or obligations in money get revalued; stock, fixed assets and prepayments keep their historical cost. */
const NON_MONETARY = new Set(['inventory', 'fixed_asset', 'prepaid']);

export interface RevaluationLine {
  accountId: string;
  code: string;
  name: string;
  currency: string;
  /** Debit-positive balance in the foreign currency. */
  balance: string;
  rate: string;
  rateDate: string;
  /** Debit-positive base value as carried, and at the closing rate. */
  carriedBase: string;
  revaluedBase: string;
  difference: string;
}

export interface RevaluationResult {
  date: string;
  baseCurrency: string;
  posted: boolean;
  /** Net unrealised gain (positive) or loss (negative) in base currency. */
  total: string;
  gainLossAccountId: string | null;
  entry: EntryView | null;
  reversal: EntryView | null;
  accounts: RevaluationLine[];
}

/**
 * Period-end revaluation of open foreign-currency balances: one entry on the as-of date moves each
 * balance's base value to the closing rate against "Unrealised Exchange Gain/Loss", and its
 * reversal on the next day restores historical values, so payments later realise the difference
 * against the original rate. Running it again for the same date posts only what changed since.
 */
export class RevaluationService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly baseCurrencyOf: BaseCurrencyOf,
  ) {}

  async preview(tenantId: string, date: string): Promise<RevaluationResult> {
    const baseCurrency = await this.baseCurrencyOf(tenantId);
    return this.ledger.run(tenantId, async (tx) => {
      const { revalued, rates, accounts } = await this.plan(tx, date, baseCurrency, 'querystring.date');
      const gainLoss = await findGainLossAccount(tx);
      return result(date, baseCurrency, revalued, rates, accounts, { posted: false, gainLossAccountId: gainLoss?.id ?? null, entry: null, reversal: null });
    });
  }

  async run(inv: Invocation, input: { date: string; gainLossAccountId?: string | undefined }): Promise<RevaluationResult> {
    const baseCurrency = await this.baseCurrencyOf(inv.tenantId);
    return this.ledger.run(inv.tenantId, async (tx) => {
      const { revalued, rates, accounts } = await this.plan(tx, input.date, baseCurrency, 'body.date');
      const changed = revalued.filter((p) => p.difference !== 0n);
      const gainLoss = input.gainLossAccountId ? await chosenAccount(tx, input.gainLossAccountId) : await findGainLossAccount(tx);
      if (changed.length === 0) {
        return result(input.date, baseCurrency, revalued, rates, accounts, { posted: false, gainLossAccountId: gainLoss?.id ?? null, entry: null, reversal: null });
      }
      const account = gainLoss ?? (await createGainLossAccount(tx, inv, baseCurrency));
      const revision = await repo.countEntriesBySource(tx, REVALUATION_SOURCE, input.date);
      const { entryId, created } = await this.ledger.post(tx, {
        tenantId: inv.tenantId,
        date: input.date,
        memo: `Unrealised exchange gain/loss at ${input.date}`,
        reference: `FXREVAL-${input.date}`,
        source: { module: REVALUATION_SOURCE, id: input.date, revision },
        lines: revaluationLines(changed, account.id, baseCurrency),
        actor: inv.actor,
      });
      if (created) {
        await this.ledger.reverseIn(tx, inv.tenantId, entryId, { date: nextDay(input.date), memo: `Reversal of unrealised exchange gain/loss at ${input.date}`, actor: inv.actor });
      }
      const entry = await this.ledger.entryIn(tx, entryId);
      const reversalId = entry.reversedById;
      const reversal = reversalId ? await this.ledger.entryIn(tx, reversalId) : null;
      const out = result(input.date, baseCurrency, revalued, rates, accounts, { posted: created, gainLossAccountId: account.id, entry, reversal });
      if (created) {
        await recordAudit(tx, auditFromInvocation(inv, 'ledger.revalued', 'journal_entry', entryId, null, out));
        await appendEvent(tx, {
          type: 'ledger.revalued',
          tenantId: inv.tenantId,
          actor: inv.actor,
          data: { date: input.date, entryId, reversalId, total: out.total, baseCurrency },
        });
      }
      return out;
    });
  }

  /** Open foreign balances of monetary asset and liability accounts as of `date`, valued at the closing rates. */
  private async plan(tx: Tx, date: string, baseCurrency: string, path: string) {
    const accounts = new Map((await repo.allAccounts(tx)).map((a) => [a.id, a]));
    const eligible = (id: string) => {
      const a = accounts.get(id);
      return !!a && !a.is_group && (a.type === 'asset' || a.type === 'liability') && !NON_MONETARY.has(a.subtype ?? '');
    };
    const positions = new Map<string, FxPosition>();
    const at = (accountId: string, currency: string) => {
      const key = `${accountId}|${currency}`;
      let p = positions.get(key);
      if (!p) positions.set(key, (p = { accountId, currency, foreignNet: 0n, carriedBaseNet: 0n }));
      return p;
    };
    for (const b of await repo.balancesAsOf(tx, date)) {
      const currency = b.currency.trim();
      if (currency === baseCurrency || !eligible(b.account_id)) continue;
      const p = at(b.account_id, currency);
      p.foreignNet += BigInt(b.debit) - BigInt(b.credit);
      p.carriedBaseNet += BigInt(b.base_debit) - BigInt(b.base_credit);
    }
    for (const r of await fxAdjustmentsSoFar(tx, date)) {
      if (r.currency === baseCurrency || !eligible(r.account_id)) continue;
      at(r.account_id, r.currency).carriedBaseNet += BigInt(r.base_net);
    }
    const open = [...positions.values()]
      .filter((p) => p.foreignNet !== 0n || p.carriedBaseNet !== 0n)
      .sort((x, y) => (accounts.get(x.accountId)!.code + x.currency).localeCompare(accounts.get(y.accountId)!.code + y.currency));
    const currencies = [...new Set(open.map((p) => p.currency))].sort();
    const rates = await ratesOn(tx, baseCurrency, currencies, date);
    const missing = currencies.filter((c) => !rates.has(c));
    if (missing.length > 0) throw rateMissing(missing.map((currency) => ({ currency, baseCurrency, date, path })));
    const revalued = revaluePositions(open, new Map([...rates].map(([c, r]) => [c, r.rate])), baseCurrency);
    return { revalued, rates, accounts };
  }
}

function result(
  date: string,
  baseCurrency: string,
  revalued: RevaluedPosition[],
  rates: Map<string, { rate: string; date: string }>,
  accounts: Map<string, repo.AccountRow>,
  rest: Pick<RevaluationResult, 'posted' | 'gainLossAccountId' | 'entry' | 'reversal'>,
): RevaluationResult {
  return {
    date,
    baseCurrency,
    total: formatMoney(unrealisedTotal(revalued), baseCurrency),
    ...rest,
    accounts: revalued.map((p) => {
      const a = accounts.get(p.accountId)!;
      return {
        accountId: p.accountId,
        code: a.code,
        name: a.name,
        currency: p.currency,
        balance: formatMoney(p.foreignNet, p.currency),
        rate: p.rate,
        rateDate: rates.get(p.currency)!.date,
        carriedBase: formatMoney(p.carriedBaseNet, baseCurrency),
        revaluedBase: formatMoney(p.revaluedBaseNet, baseCurrency),
        difference: formatMoney(p.difference, baseCurrency),
      };
    }),
  };
}

const postable = (a: repo.AccountRow) => a.status === 'active' && !a.is_group && (a.type === 'income' || a.type === 'expense');

async function chosenAccount(tx: Tx, id: string): Promise<repo.AccountRow> {
  const account = await repo.findAccount(tx, id);
  if (!account || !postable(account)) throw invalidGainLossAccount();
  return account;
}

/** The chart's "Unrealised Exchange Gain/Loss" account (by name: codes differ between charts). */
async function findGainLossAccount(tx: Tx): Promise<repo.AccountRow | undefined> {
  const wanted = FX_UNREALISED_ACCOUNT.name.toLowerCase();
  return (await repo.allAccounts(tx)).find((a) => postable(a) && a.name.toLowerCase() === wanted);
}

/** Adds the unrealised gain/loss account to a chart made before templates had it. */
async function createGainLossAccount(tx: Tx, inv: Invocation, baseCurrency: string): Promise<repo.AccountRow> {
  const all = await repo.allAccounts(tx);
  const codes = new Set(all.map((a) => a.code.toLowerCase()));
  const code = [FX_UNREALISED_ACCOUNT.code, 'FX-UNREALISED', ...Array.from({ length: 20 }, (_, i) => `FX-UNREALISED-${i + 2}`)].find((c) => !codes.has(c.toLowerCase()))!;
  const incomeGroup = all.find((a) => a.code === '4000' && a.is_group && a.type === 'income' && a.status === 'active');
  const row = await repo.insertAccount(tx, {
    tenant_id: inv.tenantId,
    id: newId(),
    code,
    name: FX_UNREALISED_ACCOUNT.name,
    type: 'income',
    subtype: 'other_income',
    parent_id: incomeGroup?.id ?? null,
    is_group: false,
    currency: baseCurrency,
    description: 'Created by the first exchange-rate revaluation',
  });
  await recordAudit(tx, auditFromInvocation(inv, 'account.created', 'account', row.id, null, accountView(row)));
  await appendEvent(tx, { type: 'account.created', tenantId: inv.tenantId, actor: inv.actor, data: accountView(row) });
  return row;
}
