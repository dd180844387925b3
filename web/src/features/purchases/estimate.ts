/**
 * Live totals of a purchase document while it is being edited: line amounts exactly (decimal.js,
 * rounded half-up per line to the currency's minor unit), and a GST estimate from the tax engine
 * (`POST /api/v1/tax/calculate`, nothing stored) with the vendor's state as the other party. The
 * saved document carries the server's own figures; this only shows them before saving.
 */
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Decimal } from 'decimal.js';
import { api, unwrap } from '../../api/client';
import { currencyExponent, sumAmounts } from '../../lib/list/decimal';
import type { Party } from '../parties/api';
import { vendorState } from './shared';

/** quantity × unit price, rounded half-up to the currency's minor unit; null when either is not a number yet. */
export function lineAmount(quantity: string, unitPrice: string, currency: string): string | null {
  const q = quantity.trim();
  const p = unitPrice.trim();
  if (!/^\d+(\.\d+)?$/.test(q) || !/^\d+(\.\d+)?$/.test(p)) return null;
  const exponent = currencyExponent(currency) ?? 2;
  return new Decimal(q).mul(p).toDecimalPlaces(exponent, Decimal.ROUND_HALF_UP).toFixed(exponent);
}

export interface EstimateLine {
  amount: string | null;
  hsn: string | null;
  kind: 'goods' | 'service';
  gstRate: string | null;
}

export interface Estimate {
  subtotal: string;
  /** The GST estimate, or null when it cannot be estimated (no HSN/rate, foreign vendor, engine error). */
  tax: string | null;
  total: string | null;
  components: { code: string; amount: string }[];
}

interface GstTotals {
  totals: { cgst: string; sgst: string; utgst: string; igst: string; cess: string; totalTax: string };
}

export function useEstimate(lines: readonly EstimateLine[], vendor: Party | undefined, currency: string, date: string): Estimate {
  const priced = lines.filter((l): l is EstimateLine & { amount: string } => l.amount !== null);
  const subtotal = sumAmounts(
    priced.map((l) => l.amount),
    currency,
  );
  const taxable = priced.filter((l) => l.hsn || l.gstRate);
  const gst = currency === 'INR' && vendor !== undefined && vendor.registrationType !== 'overseas';
  const body = {
    ...(date && { date }),
    // The engine takes the business as the seller: the vendor stands in as the other party, so the
    // supply is intra-state (CGST + SGST) exactly when the vendor is in the business's state.
    buyer: { country: 'IN', ...(vendorState(vendor) && { stateCode: vendorState(vendor) }), ...(vendor?.gstin ? { gstin: vendor.gstin, registration: 'registered' as const } : { registration: 'unregistered' as const }) },
    // A rate without an HSN/SAC goes in under the placeholder code the purchases module uses too.
    lines: taxable.map((l) => ({ amount: l.amount, kind: l.hsn ? l.kind : ('goods' as const), hsn: l.hsn ?? '0000', ...(l.gstRate && { rate: l.gstRate }) })),
  };
  const [debounced] = useDebouncedValue(JSON.stringify(body), 300);
  const calc = useQuery({
    queryKey: ['purchases', 'estimate', debounced],
    queryFn: async () => unwrap(await api.POST('/api/v1/tax/calculate', { body: JSON.parse(debounced) as typeof body })),
    // The debounced body lags behind the lines: never send it before it has any.
    enabled: gst && taxable.length > 0 && !debounced.includes('"lines":[]'),
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });
  if (!gst) return { subtotal, tax: currency === 'INR' ? null : '0', total: currency === 'INR' ? null : subtotal, components: [] };
  if (taxable.length === 0) return { subtotal, tax: '0.00', total: subtotal, components: [] };
  const result = calc.data?.engine === 'gst' ? (calc.data.result as GstTotals) : null;
  if (!result || calc.error) return { subtotal, tax: null, total: null, components: [] };
  const t = result.totals;
  const components = (['cgst', 'sgst', 'utgst', 'igst', 'cess'] as const).filter((c) => !/^0+(\.0+)?$/.test(t[c])).map((c) => ({ code: c.toUpperCase(), amount: t[c] }));
  return { subtotal, tax: t.totalTax, total: sumAmounts([subtotal, t.totalTax], currency), components };
}
