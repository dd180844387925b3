import { formatMoney, parseMoney } from '../../kernel/money.js';
import type { PartyRow } from './repo.js';

const iso = (d: Date | string) => new Date(d).toISOString();

/** A numeric column (decimal string) as minor units of the party's currency. */
export function minorOf(value: string, currency: string): bigint {
  return parseMoney(value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value, currency);
}

/** A numeric column re-formatted with the currency's decimals ("1000.000000" → "1000.00"). */
export function moneyOf(value: string | null, currency: string): string | null {
  return value === null ? null : formatMoney(minorOf(value, currency), currency);
}

export function partyView(p: PartyRow) {
  return {
    id: p.id,
    isCustomer: p.is_customer,
    isVendor: p.is_vendor,
    legalName: p.legal_name,
    displayName: p.display_name,
    registrationType: p.registration_type,
    gstin: p.gstin,
    gstStateCode: p.gst_state_code,
    pan: p.pan,
    billingAddress: p.billing_address,
    shippingAddress: p.shipping_address,
    contacts: p.contacts,
    paymentTermsDays: p.payment_terms_days,
    currency: p.currency,
    creditLimit: moneyOf(p.credit_limit, p.currency),
    openingBalance:
      p.opening_balance === null || p.opening_balance_date === null
        ? null
        : { amount: moneyOf(p.opening_balance, p.currency)!, date: p.opening_balance_date, entryId: p.opening_entry_id },
    tags: p.tags,
    notes: p.notes,
    status: p.status,
    version: p.version,
    createdAt: iso(p.created_at),
    updatedAt: iso(p.updated_at),
  };
}
export type PartyView = ReturnType<typeof partyView>;
