import type { Invocation } from '../../kernel/index.js';
import { AppError } from '../../kernel/index.js';
import { convertMinor } from '../../kernel/money.js';
import type { Tx } from '../../platform/db/index.js';
import type { LineInput } from '../ledger/index.js';
import type { TaxApi } from '../tax/index.js';

/** A document amount (minor units of `currency`) in base minor units at `rate`, half-up. */
export function baseOf(minor: bigint, currency: string, baseCurrency: string, rate: string): bigint {
  return currency === baseCurrency ? minor : convertMinor(minor, currency, baseCurrency, rate, 'half_up');
}

/**
 * Collects debit-positive amounts per account, currency, party and tags, and turns them into ledger
 * lines (netting what lands on the same key). A line in a foreign currency carries its base value.
 */
export class Book {
  private readonly entries = new Map<string, { accountId: string; currency: string; partyId: string | null; tags: string[]; memo: string | null; amount: bigint; base: bigint }>();

  add(accountId: string, currency: string, amount: bigint, base: bigint, options: { partyId?: string | null; tags?: string[]; memo?: string | null } = {}): void {
    if (amount === 0n && base === 0n) return;
    const tags = options.tags ?? [];
    const key = `${accountId}|${currency}|${options.partyId ?? ''}|${tags.join(',')}`;
    const e = this.entries.get(key) ?? { accountId, currency, partyId: options.partyId ?? null, tags, memo: options.memo ?? null, amount: 0n, base: 0n };
    e.amount += amount;
    e.base += base;
    this.entries.set(key, e);
  }

  lines(baseCurrency: string): LineInput[] {
    const out: LineInput[] = [];
    for (const e of this.entries.values()) {
      if (e.amount === 0n) continue;
      const debit = e.amount > 0n;
      const abs = debit ? e.amount : -e.amount;
      out.push({
        accountId: e.accountId,
        currency: e.currency,
        ...(debit ? { debit: abs } : { credit: abs }),
        ...(e.currency !== baseCurrency && { baseAmount: debit ? e.base : -e.base }),
        partyId: e.partyId,
        memo: e.memo,
        ...(e.tags.length > 0 && { tags: e.tags }),
      });
    }
    return out;
  }
}

type TdsService = TaxApi['tds']['service'];
type TdsRecordInput = Parameters<TdsService['record']>[1];

/**
 * Records a TDS deduction through the tax module (its register, thresholds, its posting of
 * Dr Accounts Payable [vendor] / Cr TDS Payable, its audit and event) inside the bill's own
 * transaction, so the bill and its deduction commit or roll back together; field paths point at `body.tds`.
 */
export async function recordTdsIn(tds: TdsService, tx: Tx, inv: Invocation, input: TdsRecordInput) {
  try {
    return await tds.recordIn(tx, inv, input);
  } catch (error) {
    if (error instanceof AppError && error.errors.length > 0) {
      throw new AppError(error.kind, error.code, error.message, { errors: error.errors.map((e) => ({ ...e, path: e.path.replace(/^body\./, 'body.tds.') })), extra: error.extra });
    }
    throw error;
  }
}
